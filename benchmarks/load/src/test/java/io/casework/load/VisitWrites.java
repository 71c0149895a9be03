package io.casework.load;

import io.gatling.javaapi.core.Simulation;

import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * Social workers arranging statutory visits ahead ({@code arrangeVisit} of visits-service) for children on child
 * protection plans, at a fixed arrival rate: {@code -Drate=50 -Dseconds=30 [-DwarmUp=10]}. Arranging is the write a
 * worker makes of visits-service most often and the one that repeats: the visit itself is recorded as a case note in
 * case-notes-service, and the only other writes (a child's own frequency, a cancellation) are a manager's or follow
 * an arrangement. Each visit is for a day in the next four weeks, one in three announced; the children are registered
 * before the clock starts, and the run waits until visits-service has heard of each.
 */
public class VisitWrites extends Simulation {

    private static final int CHILDREN_PER_WORKER = 5;
    /** Visits are arranged for a day up to four weeks ahead. */
    private static final int DAYS_AHEAD = 28;

    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final AccessTokens tokens = new AccessTokens();
    private final RoundRobin<Child> children = new RoundRobin<>();
    private final AtomicLong arranged = new AtomicLong();
    private final FixedRateWrites writes = new FixedRateWrites("visits", "arrangeVisit", settings);

    {
        setUp(writes.populations(
                session -> {
                    Child child = children.next();
                    long n = arranged.getAndIncrement();
                    return session.set(Requests.CALLER, child.worker()).set("childId", child.id())
                            .set("visitDate", Caseloads.today().plusDays(1 + n % DAYS_AHEAD).toString())
                            .set("announced", n % 3 == 0);
                },
                name -> Requests.asCaller(http(name).post("/children/#{childId}/visit-appointments")
                        .body(StringBody("{\"visitDate\": \"#{visitDate}\", \"announced\": #{announced}}")), tokens),
                201, jsonPath("$.visitDate").isEL("#{visitDate}")))
                .protocols(FixedRateWrites.protocol(Service.VISITS));
    }

    @Override
    public void before() {
        tokens.signIn(Caseloads.SOCIAL_WORKERS);
        SetUpClient client = new SetUpClient(tokens);
        children.fill(Caseloads.register(client, "CP", CHILDREN_PER_WORKER));
        Caseloads.awaitKnownToVisits(client, children.all());
        writes.requireWithinRateLimit(children.all().stream().map(Child::worker).toList());
        writes.startClock();
    }

    @Override
    public void after() {
        tokens.close();
        writes.report();
    }
}
