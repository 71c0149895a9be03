package io.casework.system;

import io.casework.testing.KeycloakTokens;
import io.restassured.path.json.JsonPath;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The list benchmarks' reads of the running suite as a demo user with a real token: one read, the same read many
 * times, or a walk through a list's pages by their cursor, each timed from the request sent to the body read. A read
 * that is not a 200 stops the benchmark: a number measured on refusals would mean nothing.
 */
final class TimedReads {

    // One connection reused, as a browser keeps one open to its origin; HTTP/1.1, as the front speaks to a service.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TimedReads() {
    }

    /**
     * A walk through a list: the time of each page, how many items they showed together, and the last page's
     * {@code next} (null when the walk reached the end), from which a later read can start deep in the list.
     */
    record Walk(List<Long> times, int items, String next) {
    }

    /** Up to {@code pages} pages from the first, each after the previous one's {@code next}. */
    static Walk walk(String user, String first, int pages) throws Exception {
        List<Long> times = new ArrayList<>();
        int items = 0;
        String after = null;
        do {
            String page = after == null ? first : first + "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            String answer = read(user, page);
            times.add(System.nanoTime() - start);
            JsonPath body = JsonPath.from(answer);
            items += body.getList("items").size();
            after = body.getString("next");
        } while (after != null && times.size() < pages);
        return new Walk(times, items, after);
    }

    /** The same read {@code samples} times in a row, each timed. */
    static List<Long> timed(String user, String uri, int samples) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            read(user, uri);
            times.add(System.nanoTime() - start);
        }
        return times;
    }

    /** The body of a GET as {@code user}, which must answer 200. */
    static String read(String user, String uri) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", KeycloakTokens.bearer(user)).header("Accept", "application/json").GET()
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " as " + user + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer.body();
    }
}
