package io.casework.system;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * The files a page served by a service loads, found by following it as a browser would: the scripts and style sheets
 * its HTML names, and the modules each script imports. The access matrix compares them with the pages it lists, so a
 * file added to the console without being listed (and so without being checked) fails it.
 */
final class PageRoutes {

    private static final Pattern HTML_REFERENCE =
            Pattern.compile("<(?:script|link)\\b[^>]*?\\b(?:src|href)=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODULE_IMPORT = Pattern.compile("\\bfrom\\s+'(\\.{1,2}/[^']+)'");

    private PageRoutes() {
    }

    /** Every path under the service's prefix that {@code entry} loads, the entry included. */
    static Set<String> loadedBy(Suite service, String entry) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(entry);
        while (!pending.isEmpty()) {
            String path = pending.pop();
            if (!found.add(path)) {
                continue;
            }
            String body = given().baseUri(service.url()).get(path).then().statusCode(200).extract().asString();
            Pattern references = path.endsWith(".js") ? MODULE_IMPORT : path.endsWith("/") ? HTML_REFERENCE : null;
            if (references == null) {
                continue;
            }
            Matcher reference = references.matcher(body);
            while (reference.find()) {
                URI target = URI.create(path).resolve(reference.group(1)).normalize();
                // A data: URL (the page's empty icon) is not fetched from the service.
                if (target.getScheme() == null) {
                    pending.add(target.toString());
                }
            }
        }
        return found;
    }

    /** Whether a listed path, where {@code *} stands for one segment (a version), names this path. */
    static boolean matches(String listed, String path) {
        return path.matches(Pattern.quote(listed).replace("*", "\\E[^/]+\\Q"));
    }
}
