package io.casework.system;

import io.casework.testing.KeycloakTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Case-note write throughput and latency beside the framework's ceiling, in one run (issue 11): the same number of
 * clients, each writing one note after another, alternately against case-notes-service's {@code createCaseNote}
 * (token, access policy and log, version, chain, outbox) and against the plain insert endpoint of
 * {@code benchmarks/plain-insert} (the same JSON into the same PostgreSQL, nothing else). The rounds alternate so that
 * a noisy machine slows both alike; the figure that matters is the ratio. A benchmark, not a test: it asserts nothing.
 *
 * <p>Usage: {@code NotesWriteBenchmark [seconds per round] [clients] [rounds]} (default 20, 8, 3); run it through
 * {@code scripts/bench-notes.sh}, which starts the baseline and lifts the suite's rate limit for the run.
 */
public final class NotesWriteBenchmark {

    private static final String WORKER = "north.sw1";
    private static final String NARRATIVE = "Phoned the school about attendance; spoke with the head of year, who "
            + "says attendance is up to 92% this half term and that Sam has joined the football club.";
    private static final int WARM_UP_MIN_WINDOWS = 12;
    private static final int WARM_UP_MAX_WINDOWS = 30;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private NotesWriteBenchmark() {
    }

    /** Where one round writes (client {@code c} to the {@code c}-th child), and the headers a request needs there. */
    private record Target(String name, List<URI> uris, Supplier<String[]> headers) {

        URI uri(int client) {
            return uris.get(client % uris.size());
        }
    }

    /** What one round measured. */
    private record Round(long writes, long failures, double seconds, List<Long> nanos) {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        LocalDate today = LocalDate.now();
        // One child per client, as workers write on their own children: a child's record chain takes one entry at a
        // time by design (each is sealed after the one before), so clients sharing one child would queue on it.
        List<String> children = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            children.add(Suite.CASE_NOTES.as(WORKER).body(Map.of("givenName", "Bench", "familyName",
                            UniqueNames.next(), "dateOfBirth", today.minusYears(9).toString(), "planType", "CIN",
                            "planStartDate", today.minusMonths(6).toString()))
                    .post("/children").then().statusCode(201).extract().<String>path("id"));
        }
        String plainBase = System.getenv().getOrDefault("PLAIN_INSERT_URL", "http://127.0.0.1:8095");
        Target plain = new Target("plain insert", children.stream()
                .map(child -> URI.create(plainBase + "/plain/children/" + child + "/notes")).toList(),
                () -> new String[] {"Content-Type", "application/json"});
        Target notes = new Target("createCaseNote", children.stream()
                .map(child -> URI.create(Suite.CASE_NOTES.url() + "/children/" + child + "/case-notes")).toList(),
                () -> new String[] {"Content-Type", "application/json", "Authorization", KeycloakTokens.bearer(WORKER)});
        // Yesterday's event: a note may not record an event later than now.
        String body = """
                {"noteType": "CASE_NOTE", "eventDate": "%s", "eventTime": "10:30", "title": "School contact",
                 "narrative": "%s"}""".formatted(today.minusDays(1), NARRATIVE);

        warmUp(plain, body, clients);
        warmUp(notes, body, clients);
        List<Round> plainRounds = new ArrayList<>();
        List<Round> noteRounds = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            plainRounds.add(report(plain, r, round(plain, body, clients, seconds)));
            noteRounds.add(report(notes, r, round(notes, body, clients, seconds)));
        }
        double plainRate = rate(plainRounds);
        double noteRate = rate(noteRounds);
        System.out.printf("%nover %d rounds of %d s with %d clients:%n", rounds, seconds, clients);
        System.out.printf("  plain insert:   %.0f writes/s, %s%n", plainRate, Percentiles.of(all(plainRounds)));
        System.out.printf("  createCaseNote: %.0f writes/s, %s%n", noteRate, Percentiles.of(all(noteRounds)));
        System.out.printf("  case-note writes at %.0f%% of the plain insert's throughput%n", 100 * noteRate / plainRate);
        BenchResults.Part part = new BenchResults.Part("throughput", "Case-note writes beside the framework's ceiling"
                + " (closed loop, " + clients + " clients)", 20);
        BenchResults.value(part, "plain-insert", "plain Quarkus Panache insert (the framework's ceiling)", plainRate,
                "writes/s", null, null, null);
        BenchResults.value(part, "create-case-note", "createCaseNote with a real token", noteRate, "writes/s",
                "plain-insert", noteRate / plainRate,
                BenchResults.Target.atLeast("ratio", 0.5, "at least half the plain insert's throughput"));
        BenchResults.latencies(part, "plain-insert-latency", "plain insert, latency", all(plainRounds), 0, null);
        BenchResults.latencies(part, "create-case-note-latency", "createCaseNote, latency", all(noteRounds),
                (int) noteRounds.stream().mapToLong(Round::failures).sum(), null);
    }

    /**
     * Writes until the throughput settles: at least {@value #WARM_UP_MIN_WINDOWS} windows of 10 seconds, then until
     * the last three agree within 7% of their mean, at most {@value #WARM_UP_MAX_WINDOWS}. The case-note path is long
     * (token, policy, chain, Hibernate) and on two cores the JIT compiles it over two or three minutes, in steps with
     * plateaus between them: a shorter or looser rule stopped on a plateau and timed the compiler.
     */
    private static void warmUp(Target target, String body, int clients) throws Exception {
        List<Double> rates = new ArrayList<>();
        for (int window = 1; window <= WARM_UP_MAX_WINDOWS; window++) {
            Round round = round(target, body, clients, 10);
            rates.add(round.writes() / round.seconds());
            System.out.printf("warming up %-15s %7.0f writes/s%n", target.name(), rates.get(rates.size() - 1));
            if (window >= WARM_UP_MIN_WINDOWS && settled(rates.subList(rates.size() - 3, rates.size()))) {
                return;
            }
        }
    }

    private static boolean settled(List<Double> last) {
        double mean = last.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return last.stream().allMatch(rate -> Math.abs(rate - mean) <= 0.07 * mean);
    }

    private static Round round(Target target, String body, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong failures = new AtomicLong();
        List<List<Long>> perClient = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            List<Long> nanos = new ArrayList<>();
            perClient.add(nanos);
            URI uri = target.uri(c);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(uri).headers(target.headers().get())
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            nanos.add(System.nanoTime() - sent);
                        } else if (failures.incrementAndGet() == 1) {
                            System.out.printf("first failure at %s: %d %s%n", target.name(), response.statusCode(),
                                    response.body());
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> nanos = new ArrayList<>();
        perClient.forEach(nanos::addAll);
        return new Round(nanos.size(), failures.get(), elapsed, nanos);
    }

    private static Round report(Target target, int number, Round round) {
        System.out.printf("round %d %-15s %6d writes (%d failed) %7.0f writes/s, %s%n", number, target.name(),
                round.writes(), round.failures(), round.writes() / round.seconds(), Percentiles.of(round.nanos()));
        return round;
    }

    private static double rate(List<Round> rounds) {
        return rounds.stream().mapToLong(Round::writes).sum() / rounds.stream().mapToDouble(Round::seconds).sum();
    }

    private static List<Long> all(List<Round> rounds) {
        List<Long> nanos = new ArrayList<>();
        rounds.forEach(round -> nanos.addAll(round.nanos()));
        return nanos;
    }
}
