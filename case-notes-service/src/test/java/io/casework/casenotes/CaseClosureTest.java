package io.casework.casenotes;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.CaseClosed;
import io.casework.contracts.events.CaseClosureRequested;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.note;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Closing a child's case through the API (002 s.12 "Case Closures"; DOMAIN.md rule 11): refused while the pathway keeps
 * the case open, worked through the checklist, sent to the practice manager, and closed (or returned) by the decision
 * approvals-service publishes.
 */
@QuarkusTest
class CaseClosureTest {

    private static final String PROBLEM = "urn:casework:problem:";
    private static final EventCodec CODEC = new EventCodec();
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static TopicProbe events;
    static String approvalsTopic;

    @BeforeAll
    static void subscribe() {
        var config = ConfigProvider.getConfig();
        events = new TopicProbe(config.getValue("casework.outbox.topic", String.class));
        approvalsTopic = config.getValue("mp.messaging.incoming.approvals-events.topic", String.class);
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    @DisplayName("002 s.12: a referral closed with no further action needs the referrer's feedback; steps 1-2 name the "
            + "closing summary and the chronology entry, each step once with who and when; submitted once steps 1-2 "
            + "and 4-8 are done; north.pm's approval closes the case with a management entry and case-closed, once; "
            + "feedback is still recorded after closure")
    void closeThroughTheChecklist() {
        String child = registerChild("north.sw1", "CIN");
        as("north.sw1").body(Map.of("reason", "NO_FURTHER_ACTION_ON_REFERRAL", "reasonDetails", "No role for us"))
                .post(closures(child)).then().statusCode(400).body("violations.field", hasItem("referrerFeedback"));
        String closure = as("north.sw1").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("reason", "NO_FURTHER_ACTION_ON_REFERRAL", "reasonDetails",
                        "Concerns addressed by the school nurse", "referrerFeedback",
                        "Told the school's safeguarding lead by phone")).post(closures(child)).then().statusCode(201)
                .body("state", equalTo("OPEN")).body("steps.size()", equalTo(8))
                .body("steps[2].step", equalTo("MANAGEMENT_OVERSIGHT")).body("steps[2].managers", equalTo(true))
                .extract().path("id");
        as("north.sw1").body(Map.of("reason", "OTHER", "reasonDetails", "Again")).post(closures(child)).then()
                .statusCode(409).body("type", equalTo(PROBLEM + "closure-in-progress"));

        String summary = write("north.sw1", child, note("CASE_NOTE"));
        String chronology = write("north.sw1", child, note("CASE_NOTE"));
        step(child, closure, "CLOSING_SUMMARY", Map.of("details", "No note")).statusCode(400)
                .body("violations.field", hasItem("noteId"));
        step(child, closure, "CLOSING_SUMMARY", Map.of("noteId", UUID.randomUUID().toString())).statusCode(400);
        step(child, closure, "CLOSING_SUMMARY", Map.of("noteId", summary)).statusCode(200)
                .body("steps[0].done", equalTo(true)).body("steps[0].noteId", equalTo(summary))
                .body("steps[0].doneBy.username", equalTo("north.sw1")).body("steps[0].doneAt", notNullValue());
        step(child, closure, "CLOSING_SUMMARY", Map.of("noteId", summary)).statusCode(409)
                .body("type", equalTo(PROBLEM + "closure-step-done"));
        step(child, closure, "MANAGEMENT_OVERSIGHT", Map.of("details", "Self-approved")).statusCode(409)
                .body("type", equalTo(PROBLEM + "closure-step-is-managers"));
        as("north.sw1").body(Map.of("details", "Letter")).put(closure(child, closure)
                + "/steps/CHILD_AND_FAMILY_INFORMED").then().statusCode(428);
        step(child, closure, "CHRONOLOGY_DECISION", Map.of("noteId", chronology)).statusCode(200);
        step(child, closure, "CHILD_AND_FAMILY_INFORMED", Map.of("details", "Letter to the mother")).statusCode(200);
        step(child, closure, "ORGANISATIONS_INFORMED", Map.of("details", "School and GP told")).statusCode(200);
        step(child, closure, "MOVE_ACROSS_BOUNDARIES_CHECKED", Map.of("details", "Not moving")).statusCode(200);
        step(child, closure, "WORKBOOK_EPISODE_ENDED", Map.of("details", "No workbook open")).statusCode(200);
        submit(child, closure).statusCode(409).body("type", equalTo(PROBLEM + "closure-steps-not-done"));
        step(child, closure, "INVOLVEMENT_ENDED", Map.of("details", "Involvements ended")).statusCode(200);
        submit(child, closure).statusCode(202).body("state", equalTo("AWAITING_OVERSIGHT"));
        step(child, closure, "INVOLVEMENT_ENDED", Map.of("details", "Again")).statusCode(409)
                .body("type", equalTo(PROBLEM + "closure-not-open"));

        CaseClosureRequested asked = CODEC.data(published(EventType.CASE_CLOSURE_REQUESTED.type(), child),
                CaseClosureRequested.class);
        assertThat(asked.closureId()).isEqualTo(UUID.fromString(closure));
        assertThat(asked.team()).isEqualTo("north");
        assertThat(asked.reason()).isEqualTo("NO_FURTHER_ACTION_ON_REFERRAL");
        assertThat(asked.referrerFeedback()).isEqualTo("Told the school's safeguarding lead by phone");

        ApprovalDecided approval = decided(child, closure, Outcome.APPROVED, "Closure appropriate: no further role");
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get(closure(child, closure)).then()
                .statusCode(200).body("state", equalTo("CLOSED"))
                .body("closedOn", equalTo(LocalDate.now(LONDON).toString()))
                .body("decision.outcome", equalTo("APPROVED"))
                .body("decision.comments", equalTo("Closure appropriate: no further role"))
                .body("decision.managementEntryId", notNullValue())
                .body("steps[2].done", equalTo(true)).body("steps[2].doneBy.username", equalTo("north.pm")));
        CaseClosed closed = CODEC.data(published(EventType.CASE_CLOSED.type(), child), CaseClosed.class);
        assertThat(closed.approvalRequestId()).isEqualTo(approval.requestId());
        assertThat(closed.approvedBy()).isEqualTo("north.pm");

        String closedTag = as("north.sw1").get(closure(child, closure)).then().extract().header("ETag");
        send(child, approval);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> as("north.sw1")
                .get(closure(child, closure)).then().extract().header("ETag").equals(closedTag));

        as("north.sw1").body(Map.of("feedback", "Wrote to the referrer: the case closed"))
                .post(closure(child, closure) + "/feedback").then().statusCode(201)
                .body("feedback", equalTo("Wrote to the referrer: the case closed"))
                .body("recordedBy.username", equalTo("north.sw1"));
        as("north.sw1").body(Map.of("feedback", "Phoned the referrer as well"))
                .post(closure(child, closure) + "/feedback").then().statusCode(201);
        // Listed a page at a time, the latest first, and the closure among the child's closures.
        String next = as("north.sw1").queryParam("limit", 1).get(closure(child, closure) + "/feedback").then()
                .statusCode(200).body("items.feedback", equalTo(List.of("Phoned the referrer as well")))
                .extract().path("next");
        as("north.sw1").queryParam("limit", 1).queryParam("after", next).get(closure(child, closure) + "/feedback")
                .then().statusCode(200)
                .body("items.feedback", equalTo(List.of("Wrote to the referrer: the case closed")))
                .body("next", nullValue());
        as("north.sw1").get("/children/" + child + "/closures").then().statusCode(200)
                .body("items.id", equalTo(List.of(closure))).body("items[0].state", equalTo("CLOSED"));
        as("north.pm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    @DisplayName("002 s.12, DOMAIN rule 20: north.pm's refusal returns the closure to the worker with the reasons and "
            + "the case stays open; a new closure may start")
    void refusedClosureReturns() {
        String child = registerChild("north.sw1", "CIN");
        String closure = startOther(child);
        doWorkersSteps(child, closure);
        submit(child, closure).statusCode(202);
        published(EventType.CASE_CLOSURE_REQUESTED.type(), child);
        decided(child, closure, Outcome.RETURNED, "The CIN plan's review is not done yet");
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get(closure(child, closure)).then()
                .body("state", equalTo("RETURNED")).body("closedOn", nullValue())
                .body("decision.comments", equalTo("The CIN plan's review is not done yet"))
                .body("steps[2].done", equalTo(false)));
        startOther(child);
    }

    @Test
    @DisplayName("002 s.12, DOMAIN rule 11: refused while the child is subject to a CP plan, then for three months "
            + "from the review conference that ended it; refused while looked after and for a care leaver entitled "
            + "to support; nothing recorded")
    void refusedWhileThePathwayKeepsTheCaseOpen() {
        String child = registerChild("north.sw1", "CP");
        String plan = childProtectionPlan(child);
        startRefused(child, "closure-child-protection-plan-open");

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String review = start(child, "REVIEW_CHILD_PROTECTION_CONFERENCE", plan, Map.of());
        held(child, review, now.minus(1, ChronoUnit.MINUTES), "Chris Chair");
        outcome(child, review, "END_PLAN_CHILD_IN_NEED", Map.of()).statusCode(200);
        as("north.sw1").get(pathway(child) + "/steps/" + plan).then().body("state", equalTo("ENDED"));
        String until = LocalDate.now(LONDON).plusMonths(3).toString();
        as("north.sw1").body(Map.of("reason", "CHILD_PROTECTION_PLAN_ENDED", "reasonDetails", "Plan ended"))
                .post(closures(child)).then().statusCode(409)
                .body("type", equalTo(PROBLEM + "closure-child-in-need-period"))
                .body("detail", org.hamcrest.Matchers.containsString(until));

        String lookedAfter = registerChild("north.sw1", "CLA");
        start(lookedAfter, "LOOKED_AFTER_EPISODE", null, Map.of("legalStatus", "C2"));
        startRefused(lookedAfter, "closure-child-looked-after");

        String careLeaver = registerChild("north.sw1", "CLA");
        start(careLeaver, "LEAVING_CARE_ELIGIBILITY", null, Map.of("category", "FORMER_RELEVANT"));
        startRefused(careLeaver, "closure-care-leaver-entitled");
    }

    private static void startRefused(String child, String problem) {
        as("north.sw1").body(Map.of("reason", "OTHER", "reasonDetails", "Worker thinks it can close"))
                .post(closures(child)).then().statusCode(409).body("type", equalTo(PROBLEM + problem));
    }

    private static String startOther(String child) {
        return as("north.sw1").body(Map.of("reason", "CHILD_IN_NEED_PLAN_ENDED", "reasonDetails",
                "Plan's aims met")).post(closures(child)).then().statusCode(201).extract().path("id");
    }

    private static void doWorkersSteps(String child, String closure) {
        String note = write("north.sw1", child, note("CASE_NOTE"));
        step(child, closure, "CLOSING_SUMMARY", Map.of("noteId", note)).statusCode(200);
        step(child, closure, "CHRONOLOGY_DECISION", Map.of("noteId", note)).statusCode(200);
        for (String step : List.of("CHILD_AND_FAMILY_INFORMED", "ORGANISATIONS_INFORMED",
                "MOVE_ACROSS_BOUNDARIES_CHECKED", "WORKBOOK_EPISODE_ENDED", "INVOLVEMENT_ENDED")) {
            step(child, closure, step, Map.of("details", "Done")).statusCode(200);
        }
    }

    /** A CP plan as the pathway opens one: discussion, S47 and conference authorised or decided in turn. */
    private static String childProtectionPlan(String child) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String discussion = start(child, "STRATEGY_DISCUSSION", null, Map.of("promptedBy", "REFERRAL",
                "promptedAt", now.minus(2, ChronoUnit.HOURS).toString()));
        // Held just now, not an hour ago: the discussion started today, and an hour ago may be yesterday.
        as("north.sw1").header("If-Match", stepEtag(child, discussion)).body(Map.of("heldAt",
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "participants", List.of(participant()), "details",
                Map.of("reasons", "Bruising seen at school", "allegedAbuseCategory", "PHYSICAL_ABUSE")))
                .put(pathway(child) + "/steps/" + discussion + "/held").then().statusCode(200);
        outcome(child, discussion, "S47_ENQUIRY", Map.of("toConference", true, "furtherActions", List.of(Map.of(
                "action", "Joint visit", "who", "Police and the social worker", "byWhen",
                LocalDate.now(LONDON).toString())))).statusCode(200);
        authorise(child, "STRATEGY_DISCUSSION_DECISION", discussion);
        String enquiry = await().atMost(WAIT).until(() -> openedFrom(child, discussion), id -> id != null);
        outcome(child, enquiry, "INITIAL_CHILD_PROTECTION_CONFERENCE", Map.of("method", "JOINT_AGENCY",
                "childSeen", true)).statusCode(200);
        authorise(child, "S47_OUTCOME", enquiry);
        String conference = await().atMost(WAIT).until(() -> openedFrom(child, enquiry), id -> id != null);
        // Held just now: the conference the outcome opened started today, by the service's clock.
        held(child, conference, Instant.now().truncatedTo(ChronoUnit.SECONDS), "Chris Chair");
        outcome(child, conference, "CHILD_PROTECTION_PLAN", Map.of("category", "NEGLECT")).statusCode(200);
        return openedFrom(child, conference);
    }

    private static Map<String, Object> participant() {
        return Map.of("name", "Alex Example", "role", "Practice manager", "agency", "CHILDRENS_SOCIAL_CARE",
                "manager", true, "input", "Threshold met");
    }

    private static String start(String child, String kind, String partOf, Map<String, Object> details) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "startDate",
                LocalDate.now(LONDON).toString(), "details", details));
        if (partOf != null) {
            body.put("partOf", partOf);
        }
        return as("north.sw1").body(body).post(pathway(child) + "/steps").then().statusCode(201).extract().path("id");
    }

    private static void held(String child, String step, Instant at, String chair) {
        as("north.sw1").header("If-Match", stepEtag(child, step)).body(Map.of("heldAt", at.toString(), "chair", chair,
                "participants", List.of(participant()), "details", Map.of()))
                .put(pathway(child) + "/steps/" + step + "/held").then().statusCode(200);
    }

    private static ValidatableResponse outcome(String child, String step, String outcome,
            Map<String, Object> details) {
        return as("north.sw1").header("If-Match", stepEtag(child, step)).body(Map.of("outcome", outcome,
                "completedDate", LocalDate.now(LONDON).toString(), "reasons", "As discussed with the manager",
                "details", details)).put(pathway(child) + "/steps/" + step + "/outcome").then();
    }

    private static void authorise(String child, String kind, String step) {
        String requestId = as("north.sw1").queryParam("act", "OUTCOME_REQUESTED")
                .get(pathway(child) + "/steps/" + step + "/entries").then().statusCode(200).extract()
                .path("items[0].facts.outcomeRequestId");
        ApprovalDecided decision = new ApprovalDecided(UUID.randomUUID(), kind, UUID.fromString(child), requestId,
                Outcome.APPROVED, "Agreed", "north.pm", "Alex Example", "Practice Manager", Instant.now());
        send(child, decision);
    }

    private static String openedFrom(String child, String step) {
        List<Map<String, Object>> items = as("north.sw1").get(pathway(child)).then().statusCode(200).extract()
                .path("items");
        return items.stream().filter(s -> step.equals(s.get("openedFrom"))).map(s -> (String) s.get("id"))
                .findFirst().orElse(null);
    }

    private static String stepEtag(String child, String step) {
        return as("north.sw1").get(pathway(child) + "/steps/" + step).then().statusCode(200).extract()
                .header("ETag");
    }

    private static ApprovalDecided decided(String child, String closure, Outcome outcome, String comments) {
        ApprovalDecided decision = new ApprovalDecided(UUID.randomUUID(), "CASE_CLOSURE", UUID.fromString(child),
                closure, outcome, comments, "north.pm", "Alex Example", "Practice Manager", Instant.now());
        send(child, decision);
        return decision;
    }

    private static void send(String child, ApprovalDecided decision) {
        TopicProbe.send(approvalsTopic, child, events.event(decision, "/approvals-service", child));
    }

    private static ValidatableResponse step(String child, String closure, String step, Map<String, Object> body) {
        return as("north.sw1").header("If-Match", etag(child, closure)).body(body)
                .put(closure(child, closure) + "/steps/" + step).then();
    }

    private static ValidatableResponse submit(String child, String closure) {
        return as("north.sw1").header("If-Match", etag(child, closure)).post(closure(child, closure) + "/submit")
                .then();
    }

    private static String etag(String child, String closure) {
        return as("north.sw1").get(closure(child, closure)).then().statusCode(200).extract().header("ETag");
    }

    private static String pathway(String child) {
        return "/children/" + child + "/pathway";
    }

    private static String closures(String child) {
        return "/children/" + child + "/closures";
    }

    private static String closure(String child, String closure) {
        return closures(child) + "/" + closure;
    }

    private static EventEnvelope published(String type, String child) {
        return CODEC.read(events.await(r -> {
            EventEnvelope e = CODEC.read(r.value());
            return e.type().equals(type) && child.equals(e.subject());
        }, WAIT).value());
    }
}
