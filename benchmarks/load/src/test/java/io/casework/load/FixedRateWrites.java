package io.casework.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One write operation at a fixed arrival rate, an open model: a new virtual user arrives every 1/rate seconds whatever
 * the earlier ones are waiting for, makes its one request and leaves, as people across an authority write without
 * waiting for one another, so queueing in the suite shows as latency instead of slowing the load. A warm-up at the
 * same rate goes first and is left out of the figures; it is a scenario of its own, so that Gatling's report shows
 * the two apart too. Each measured request's latency runs from its virtual user's arrival to the answer, timed here
 * with {@link System#nanoTime()} (Gatling keeps whole milliseconds only, too coarse for writes of a few). A user that
 * Gatling starts late, its own JVM short of CPU, is timed from when it did start; the console says how late the
 * arrivals were ({@link ArrivalLag}), so that such a run can be told apart.
 */
final class FixedRateWrites {

    private static final String STARTED = "casework.started";
    private static final String STATUS = "casework.status";
    private static final String GATLING_MILLIS = "casework.gatlingMillis";
    private static final long WINDOW_MILLIS = 10_000;
    /** The machine's busy share below which it counts as quiet: the JVMs' and databases' idle work. */
    private static final double QUIET = 0.15;

    private final String id;
    private final String operation;
    private final LoadSettings settings;
    private final Latencies measured = new Latencies();
    private volatile MachineLoad started = MachineLoad.now();

    /**
     * @param id        the measure's name in writes.json before its rate, such as {@code notes}
     * @param operation the OpenAPI operation written, such as {@code createCaseNote}
     */
    FixedRateWrites(String id, String operation, LoadSettings settings) {
        this.id = id;
        this.operation = operation;
        this.settings = settings;
    }

    /**
     * The warm-up and the measured phase, back to back at the same rate.
     *
     * @param arrive         what a virtual user does on arriving, before its request: chooses what it writes on, as
     *                       session attributes the request reads
     * @param request        the request, given the name to report it under, without checks
     * @param expectedStatus the status of a successful answer; any other counts as an error
     * @param checks         what else a successful answer must hold
     */
    List<PopulationBuilder> populations(Function<Session, Session> arrive,
                                        Function<String, HttpRequestActionBuilder> request, int expectedStatus,
                                        CheckBuilder... checks) {
        Function<String, HttpRequestActionBuilder> checked = name -> request.apply(name)
                // saved first, whatever the answer: a failing check may stop those after it
                .check(status().saveAs(STATUS), responseTimeInMillis().saveAs(GATLING_MILLIS),
                        status().is(expectedStatus))
                .check(checks);
        List<PopulationBuilder> populations = new ArrayList<>();
        Duration warmUp = Duration.ofSeconds(settings.warmUpSeconds());
        if (!warmUp.isZero()) {
            populations.add(scenario(operation + " warm-up").exec(chain(false, arrive, checked))
                    .injectOpen(constantUsersPerSec(settings.rate()).during(warmUp)));
        }
        populations.add(scenario(operation).exec(chain(true, arrive, checked))
                .injectOpen(nothingFor(warmUp), constantUsersPerSec(settings.rate())
                        .during(Duration.ofSeconds(settings.seconds()))));
        return populations;
    }

    /**
     * HTTP as the suite's clients meet it: JSON both ways, and no request of Gatling's own anywhere (its default
     * warm-up fetches a page from the internet). Connections are shared by all virtual users, as a front or an ingress
     * keeps its connections to a service open; one per user would time a TCP handshake with every write and, at
     * hundreds a second, run the machine out of ports.
     */
    static HttpProtocolBuilder protocol(Service service) {
        return http.baseUrl(service.api()).shareConnections().disableWarmUp().disableCaching()
                .acceptHeader("application/json").contentTypeHeader("application/json")
                .userAgentHeader("casework-load (Gatling)");
    }

    /**
     * Refuses a run that would go over the services' per-person rate limit: its 429s would measure the limit, not
     * the service. {@code callers} names the person making each of the requests handed out in turn.
     */
    void requireWithinRateLimit(Collection<String> callers) {
        if (settings.rateLimit() <= 0) {
            return;
        }
        Map<String, Long> counts = callers.stream().collect(Collectors.groupingBy(caller -> caller,
                Collectors.counting()));
        for (Map.Entry<String, Long> caller : counts.entrySet()) {
            double perWindow = settings.rate() * caller.getValue() / callers.size() * WINDOW_MILLIS / 1000;
            // a little short of the limit: a window may catch one more arrival than the average
            if (perWindow > settings.rateLimit() - 10) {
                throw new IllegalStateException(String.format("At %s a second, %s would make %.0f calls in 10 s, "
                        + "over the services' limit of %d a person: run at a lower rate, or restart the services with "
                        + "CASEWORK_RATE_LIMIT_ENABLED=false and pass -Drate.limit=0", settings.rateText(),
                        caller.getKey(), perWindow, settings.rateLimit()));
            }
        }
    }

    /**
     * The end of a simulation's set-up. Waits until the machine has been under 15% busy for 5 s (at most
     * {@code -Dquiet.wait} seconds, 60 by default): the set-up's writes set off events that the other services work
     * through for a while, and the run should time the writes, not that backlog. Then waits for the start of the
     * services' next rate-limit window (fixed windows of 10 s from the epoch, on this machine's clock), so that no
     * set-up call counts in the same window as the run's first calls.
     */
    void startClock() {
        int quietWait = Integer.getInteger("quiet.wait", 60);
        if (quietWait > 0) {
            MachineLoad.awaitQuiet(QUIET, Duration.ofSeconds(5), Duration.ofSeconds(quietWait));
        }
        if (settings.rateLimit() > 0) {
            long now = System.currentTimeMillis();
            Caseloads.pause(Duration.ofMillis(WINDOW_MILLIS - now % WINDOW_MILLIS + 50));
        }
        started = MachineLoad.now();
    }

    /** Writes the measure into writes.json and the samples beside it, and prints what it says. */
    Measure report() {
        List<Sample> samples = measured.inArrivalOrder();
        String rate = settings.rateText();
        Measure measure = Measure.of(id + "-" + rate, operation + ", " + rate + " a second", settings.rate(),
                settings.seconds(), "writes-" + id + "-" + rate + ".samples", samples);
        WritesFile.merge(settings.resultsDir(), measure, samples);
        System.out.printf("%n%s: %d requests (%d failed) at %s a second for %d s after %d s of warm-up;"
                        + " %.1f answered a second; latency p50 %s ms, p99 %s ms, p99.9 %s ms, max %s ms%n",
                measure.label(), measure.count(), measure.errors(), rate, settings.seconds(),
                settings.warmUpSeconds(), measure.throughput(), measure.p50(), measure.p99(), measure.p999(),
                measure.max());
        System.out.printf("  statuses %s (0: no answer); Gatling's own response times %s; arrivals %s;"
                        + " machine %.0f%% busy over the warm-up and the run%n", Measure.statuses(samples),
                Measure.gatlingView(samples), ArrivalLag.of(samples, settings.rate()),
                100 * MachineLoad.now().busySince(started));
        System.out.printf("  written to %s%n", settings.resultsDir().resolve(WritesFile.NAME));
        return measure;
    }

    private ChainBuilder chain(boolean measure, Function<Session, Session> arrive,
                               Function<String, HttpRequestActionBuilder> request) {
        String name = measure ? operation : operation + " (warm-up)";
        return exec(session -> arrive.apply(session.set(STARTED, System.nanoTime())))
                .exec(request.apply(name))
                .exec(session -> {
                    long answered = System.nanoTime();
                    if (measure) {
                        measured.record(new Sample(session.getLong(STARTED), answered,
                                session.contains(STATUS) ? session.getInt(STATUS) : 0, !session.isFailed(),
                                session.contains(GATLING_MILLIS) ? session.getInt(GATLING_MILLIS) : -1,
                                session.userId()));
                    }
                    return session;
                });
    }
}
