package io.casework.load;

import io.gatling.javaapi.core.Simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * Managers deciding approval requests ({@code decideApprovalRequest} of approvals-service) at a fixed arrival rate:
 * {@code -Drate=50 -Dseconds=30 [-DwarmUp=10]}. A request is decided once, so the set-up makes one for every arrival
 * (and a few more) before the clock starts, as they arise in the suite: statutory visit notes written and submitted
 * for oversight by four social workers ({@link OversightRequests}). Nine decisions in ten approve the visit; the tenth
 * returns it to the worker with what to add. The practice and team managers of three teams decide, each with their
 * own token.
 */
public class DecisionWrites extends Simulation {

    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final AccessTokens tokens = new AccessTokens();
    private final RoundRobin<Decision> pending = new RoundRobin<>();
    private final AtomicLong decided = new AtomicLong();
    private final FixedRateWrites writes = new FixedRateWrites("decisions", "decideApprovalRequest", settings);

    {
        setUp(writes.populations(
                session -> {
                    Decision decision = pending.next();
                    boolean returned = decided.getAndIncrement() % 10 == 9;
                    return session.set(Requests.CALLER, decision.manager()).set("requestId", decision.requestId())
                            .set("outcome", returned ? "RETURNED" : "APPROVED")
                            .set("comments", returned ? "Please add who else was at home and how the child's "
                                    + "views were obtained." : "Good direct work; the plan is on track.");
                },
                name -> Requests.asCaller(http(name).post("/approval-requests/#{requestId}/decision")
                        .body(StringBody("{\"outcome\": \"#{outcome}\", \"comments\": \"#{comments}\"}")), tokens),
                200, jsonPath("$.state").isEL("#{outcome}")))
                .protocols(FixedRateWrites.protocol(Service.APPROVALS));
    }

    @Override
    public void before() {
        List<String> people = new ArrayList<>(Caseloads.SOCIAL_WORKERS);
        people.addAll(OversightRequests.managers());
        tokens.signIn(people);
        // One request for every arrival, and a second's worth more: should Gatling start a user more than rate times
        // seconds, it finds a request still pending rather than deciding one twice (a 409, counted as an error).
        long needed = settings.arrivals() + (long) Math.ceil(settings.rate()) + 5;
        pending.fill(OversightRequests.make(new SetUpClient(tokens), needed));
        writes.requireWithinRateLimit(pending.all().stream().map(Decision::manager).toList());
        writes.startClock();
    }

    @Override
    public void after() {
        tokens.close();
        writes.report();
    }
}
