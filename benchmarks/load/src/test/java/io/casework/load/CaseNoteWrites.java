package io.casework.load;

import io.gatling.javaapi.core.Simulation;

import java.time.LocalDate;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * Social workers writing draft case notes ({@code createCaseNote}) on children of their caseloads, at a fixed arrival
 * rate: {@code -Drate=50 -Dseconds=30 [-DwarmUp=10]}. The children are registered before the clock starts, five for
 * each of four social workers, whose real tokens the writes carry in turn. A note is written as the worker's screen
 * sends it: yesterday's telephone call with the school, fact and opinion apart.
 */
public class CaseNoteWrites extends Simulation {

    /** Several children a worker: a child's record chain takes one entry at a time, so writes on one would queue. */
    private static final int CHILDREN_PER_WORKER = 5;

    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final AccessTokens tokens = new AccessTokens();
    private final RoundRobin<Child> children = new RoundRobin<>();
    private final FixedRateWrites writes = new FixedRateWrites("notes", "createCaseNote", settings);

    {
        setUp(writes.populations(
                session -> {
                    Child child = children.next();
                    return session.set(Requests.CALLER, child.worker()).set("childId", child.id());
                },
                name -> Requests.asCaller(http(name).post("/children/#{childId}/case-notes")
                        .body(StringBody(session -> note(Caseloads.today()))), tokens),
                201, jsonPath("$.status").is("DRAFT")))
                .protocols(FixedRateWrites.protocol(Service.CASE_NOTES));
    }

    @Override
    public void before() {
        tokens.signIn(Caseloads.SOCIAL_WORKERS);
        children.fill(Caseloads.register(new SetUpClient(tokens), "CIN", CHILDREN_PER_WORKER));
        writes.requireWithinRateLimit(children.all().stream().map(Child::worker).toList());
        writes.startClock();
    }

    @Override
    public void after() {
        tokens.close();
        writes.report();
    }

    // Yesterday's event: a note may not record an event later than now.
    private static String note(LocalDate today) {
        return """
                {"noteType": "CASE_NOTE", "eventDate": "%s", "eventTime": "10:30",
                 "title": "Telephone call with school",
                 "narrative": "Spoke with the head of year. Fact: attendance is 94%% this half term and there have \
                been no incidents. Opinion of the school: the child is more settled since joining the football club."}\
                """.formatted(today.minusDays(1));
    }
}
