package io.casework.casenotes;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.PathwayStepEnded;
import io.casework.contracts.events.PathwayStepHeld;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
import static org.hamcrest.Matchers.nullValue;

/**
 * The case pathway beyond the front door, through the API with real tokens (004 "Case Pathway"): strategy
 * discussions and their compliance, the S47 enquiry and conference their authorised outcomes open, the CP plan a
 * conference starts and a review conference ends, a looked-after episode with its placement and review, matching for
 * adoption, and what every step's events carry.
 */
@QuarkusTest
class PathwayJourneyTest {

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
    @DisplayName("004 \"Strategy Discussions\": held more than 24 hours after the incident without a CSC manager it is "
            + "recorded and flagged with both reasons; held within 24 hours with a CSC manager, police and health it "
            + "is compliant; its record names the reasons and the alleged abuse category")
    void strategyDiscussionCompliance() {
        String child = registerChild("north.sw1", "CIN");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String late = start(child, "STRATEGY_DISCUSSION", null, today(), Map.of("promptedBy", "INCIDENT",
                "promptedAt", now.minus(30, ChronoUnit.HOURS).toString()));
        held(child, late, now.plus(1, ChronoUnit.HOURS), null, List.of(police(), health()), record())
                .statusCode(400).body("violations.field", hasItem("heldAt"));
        held(child, late, now.minus(1, ChronoUnit.HOURS), null, List.of(police(), health()), Map.of())
                .statusCode(400).body("violations.field", hasItem("details.reasons"))
                .body("violations.field", hasItem("details.allegedAbuseCategory"));
        held(child, late, now.minus(1, ChronoUnit.HOURS), null, List.of(police(), health()), record()).statusCode(200)
                .body("nonCompliance", equalTo(List.of("HELD_AFTER_24_HOURS", "NO_CSC_MANAGER")))
                .body("details.reasons", equalTo("Bruising to the arm seen at school"));
        PathwayStepHeld flagged = CODEC.data(published(EventType.PATHWAY_STEP_HELD.type(), child, late),
                PathwayStepHeld.class);
        assertThat(flagged.compliant()).isFalse();
        assertThat(flagged.nonCompliance()).containsExactly("HELD_AFTER_24_HOURS", "NO_CSC_MANAGER");

        String prompt = start(child, "STRATEGY_DISCUSSION", null, today(), Map.of("promptedBy", "INCIDENT",
                "promptedAt", now.minus(3, ChronoUnit.HOURS).toString()));
        held(child, prompt, now.minus(1, ChronoUnit.HOURS), null, List.of(cscManager(), police(), health()),
                record()).statusCode(200).body("nonCompliance", equalTo(List.of()));
        assertThat(CODEC.data(published(EventType.PATHWAY_STEP_HELD.type(), child, prompt), PathwayStepHeld.class)
                .compliant()).isTrue();
        held(child, prompt, now, null, List.of(cscManager()), Map.of()).statusCode(409)
                .body("type", equalTo(PROBLEM + "pathway-meeting-held"));
    }

    @Test
    @DisplayName("004 \"Strategy Discussions\", \"Recording Outcomes from S47 Enquiries\", DOMAIN rule 20: the "
            + "decision and the S47's outcome open nothing until authorised; authorised they open the S47 and the "
            + "initial conference; the conference, held with its chair, starts a CP plan of its category; a core "
            + "group ends once held; a review conference ends the plan and opens a CIN plan (DOMAIN rule 11)")
    void fromStrategyDiscussionToChildProtectionPlan() {
        String child = registerChild("north.sw1", "CIN");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        as("north.sw1").body(Map.of("kind", "S47_ENQUIRY", "startDate", today().toString()))
                .post(pathway(child) + "/steps").then().statusCode(409)
                .body("type", equalTo(PROBLEM + "pathway-step-not-startable"));
        String discussion = start(child, "STRATEGY_DISCUSSION", null, today(), Map.of("promptedBy", "REFERRAL",
                "promptedAt", now.minus(2, ChronoUnit.HOURS).toString()));
        held(child, discussion, now.minus(1, ChronoUnit.HOURS), null, List.of(cscManager(), police(), health()),
                record()).statusCode(200);
        outcome(child, discussion, "S47_ENQUIRY", Map.of("toConference", true)).statusCode(400)
                .body("violations.field", hasItem("details.furtherActions"));
        outcome(child, discussion, "S47_ENQUIRY", Map.of("toConference", true, "furtherActions", List.of(Map.of(
                "action", "Joint visit to the child at school", "who", "DC Shah and the social worker",
                "byWhen", today().toString())))).statusCode(200).body("state", equalTo("AWAITING_AUTHORISATION"));
        assertThat(kinds(child)).doesNotContain("S47_ENQUIRY");

        authorise(child, "STRATEGY_DISCUSSION_DECISION", discussion);
        String enquiry = await().atMost(WAIT).until(() -> openedFrom(child, discussion), id -> id != null);
        as("north.sw1").get(step(child, enquiry)).then().statusCode(200).body("kind", equalTo("S47_ENQUIRY"))
                .body("details.allegedAbuseCategory", equalTo("PHYSICAL_ABUSE"));
        outcome(child, enquiry, "INITIAL_CHILD_PROTECTION_CONFERENCE", Map.of("method", "JOINT_AGENCY",
                "childSeen", true)).statusCode(200).body("state", equalTo("AWAITING_AUTHORISATION"));
        authorise(child, "S47_OUTCOME", enquiry);
        String conference = await().atMost(WAIT).until(() -> openedFrom(child, enquiry), id -> id != null);

        outcome(child, conference, "CHILD_PROTECTION_PLAN", Map.of("category", "NEGLECT")).statusCode(409)
                .body("type", equalTo(PROBLEM + "pathway-meeting-not-held"));
        Instant meeting = now.minus(30, ChronoUnit.MINUTES);
        as("north.sw1").header("If-Match", etag(child, conference)).body(Map.of("scheduledFor", meeting.toString(),
                "chair", "Chris Chair")).put(step(child, conference) + "/schedule").then().statusCode(200)
                .body("scheduledFor", equalTo(meeting.toString()));
        held(child, conference, meeting, null, List.of(cscManager()), Map.of()).statusCode(400)
                .body("violations.field", hasItem("chair"));
        held(child, conference, meeting, "Chris Chair", List.of(cscManager(), police()), Map.of()).statusCode(200);
        outcome(child, conference, "CHILD_PROTECTION_PLAN", Map.of()).statusCode(400)
                .body("violations.field", hasItem("details.category"));
        outcome(child, conference, "CHILD_PROTECTION_PLAN", Map.of("category", "NEGLECT")).statusCode(200)
                .body("state", equalTo("DECIDED")).body("opens", equalTo(List.of("CHILD_PROTECTION_PLAN")));
        String plan = openedFrom(child, conference);
        as("north.sw1").get(step(child, plan)).then().statusCode(200).body("kind", equalTo("CHILD_PROTECTION_PLAN"))
                .body("details.category", equalTo("NEGLECT")).body("startDate", equalTo(today().toString()));

        String coreGroup = start(child, "CORE_GROUP_MEETING", plan, today(), Map.of());
        held(child, coreGroup, now.minus(5, ChronoUnit.MINUTES), null, List.of(cscManager()), Map.of())
                .statusCode(200).body("state", equalTo("ENDED")).body("endReason", equalTo("Held"));
        String review = start(child, "REVIEW_CHILD_PROTECTION_CONFERENCE", plan, today(), Map.of());
        held(child, review, now.minus(1, ChronoUnit.MINUTES), "Chris Chair", List.of(cscManager()), Map.of())
                .statusCode(200);
        outcome(child, review, "END_PLAN_CHILD_IN_NEED", Map.of()).statusCode(200).body("state", equalTo("DECIDED"));
        as("north.sw1").get(step(child, plan)).then().statusCode(200).body("state", equalTo("ENDED"))
                .body("endedByStep", equalTo(review));
        PathwayStepEnded ended = CODEC.data(published(EventType.PATHWAY_STEP_ENDED.type(), child, plan),
                PathwayStepEnded.class);
        assertThat(ended.endedByStep()).isEqualTo(UUID.fromString(review));
        assertThat(ended.endDate()).isEqualTo(today());
        assertThat(openedFrom(child, review)).isNotNull();
        assertThat(kinds(child)).contains("CHILD_IN_NEED_PLAN");
        // Every act above is an entry sealed on the child's chain, and reads back as sealed.
        as("north.pm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    @DisplayName("004 \"Case Pathway\": a looked-after episode with its legal status, a placement of it with its type "
            + "(the event carries both for visits-service), a looked-after review over once held with its chair; a "
            + "placement stands only in an episode; ending the episode ends its placement")
    void lookedAfterEpisode() {
        String child = registerChild("north.sw1", "CLA");
        LocalDate start = today().minusDays(3);
        as("north.sw1").body(Map.of("kind", "LOOKED_AFTER_EPISODE", "startDate", start.toString(),
                "details", Map.of("legalStatus", "Z9"))).post(pathway(child) + "/steps").then().statusCode(400)
                .body("violations.field", hasItem("details.legalStatus"));
        String episode = start(child, "LOOKED_AFTER_EPISODE", null, start, Map.of("legalStatus", "C2"));
        as("north.sw1").body(Map.of("kind", "PLACEMENT", "startDate", start.toString(),
                "details", Map.of("placementType", "U1"))).post(pathway(child) + "/steps").then().statusCode(400)
                .body("violations.field", hasItem("partOf"));
        String placement = start(child, "PLACEMENT", episode, start, Map.of("placementType", "U1",
                "provider", "Foster carers of the council"));
        PathwayStepStarted placed = CODEC.data(published(EventType.PATHWAY_STEP_STARTED.type(), child, placement),
                PathwayStepStarted.class);
        assertThat(placed.partOf()).isEqualTo(UUID.fromString(episode));
        assertThat(placed.details()).containsEntry("placementType", "U1");
        assertThat(placed.startDate()).isEqualTo(start);

        String review = start(child, "LOOKED_AFTER_REVIEW", episode, today(), Map.of());
        held(child, review, Instant.now().minus(10, ChronoUnit.MINUTES), "Robin Example (IRO)",
                List.of(Map.of("name", "Robin Example", "role", "Independent reviewing officer",
                        "agency", "CHILDRENS_SOCIAL_CARE", "manager", false, "input", "Placement meets needs")),
                Map.of()).statusCode(200).body("state", equalTo("ENDED"));

        as("north.sw1").header("If-Match", etag(child, episode)).body(Map.of("endDate", today().toString(),
                "reason", "Returned home under a supervision order")).put(step(child, episode) + "/end").then()
                .statusCode(200).body("state", equalTo("ENDED"));
        as("north.sw1").get(step(child, placement)).then().statusCode(200).body("state", equalTo("ENDED"))
                .body("endDate", equalTo(today().toString()))
                .body("endReason", equalTo("Ended with its LOOKED_AFTER_EPISODE"));
        as("north.sw1").queryParam("act", "ENDED").get(step(child, placement) + "/entries").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].by", equalTo("north.sw1"));
    }

    @Test
    @DisplayName("004 \"Case Pathway\"; Care Planning, Placement and Case Review (England) Regulations 2010 reg 28: "
            + "a placement says whether it is meant to last until the child is 18 and whether it is one visited "
            + "weekly until the first review (with a parent before the assessment is done, with a connected person "
            + "approved for now), and its event carries both for visits-service; an arrangement the schema does "
            + "not know is refused")
    void placementDetailsForVisitFrequency() {
        String child = registerChild("north.sw1", "CLA");
        LocalDate start = today().minusDays(2);
        String episode = start(child, "LOOKED_AFTER_EPISODE", null, start, Map.of("legalStatus", "C2"));

        String withParent = start(child, "PLACEMENT", episode, start, Map.of("placementType", "P1",
                "arrangement", "PARENT_BEFORE_ASSESSMENT"));
        as("north.sw1").get(step(child, withParent)).then().statusCode(200)
                .body("details.arrangement", equalTo("PARENT_BEFORE_ASSESSMENT"));
        assertThat(CODEC.data(published(EventType.PATHWAY_STEP_STARTED.type(), child, withParent),
                PathwayStepStarted.class).details()).containsEntry("arrangement", "PARENT_BEFORE_ASSESSMENT")
                .containsEntry("placementType", "P1");

        String longTerm = start(child, "PLACEMENT", episode, today(), Map.of("placementType", "U4",
                "intendedToLastUntil18", true));
        assertThat(CODEC.data(published(EventType.PATHWAY_STEP_STARTED.type(), child, longTerm),
                PathwayStepStarted.class).details()).containsEntry("intendedToLastUntil18", true);

        as("north.sw1").body(Map.of("kind", "PLACEMENT", "partOf", episode, "startDate", today().toString(),
                        "details", Map.of("placementType", "P1", "arrangement", "WITH_GRANDPARENTS")))
                .post(pathway(child) + "/steps").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("details.arrangement"));
    }

    @Test
    @DisplayName("001 \"Restricted Records\": \"Adoption records will be restricted at the point of matching\": "
            + "a plan for adoption puts the child on the adoption team manager's list (ACCESS-RULES: read with a "
            + "purpose); matching recorded on the pathway restricts the record to the adoption list at once")
    void matchingRestrictsTheRecord() {
        String child = registerChild("north.sw1", "CLA");
        String episode = start(child, "LOOKED_AFTER_EPISODE", null, today().minusDays(200),
                Map.of("legalStatus", "E1"));
        as("adoption.tm").header("X-Access-Purpose", "Family finding").get("/children/" + child).then()
                .statusCode(403);
        start(child, "ADOPTION_PLAN", episode, today().minusDays(100), Map.of());
        as("adoption.tm").header("X-Access-Purpose", "Family finding").get("/children/" + child).then()
                .statusCode(200);
        start(child, "ADOPTION_MATCHING", episode, today(), Map.of());
        as("adoption.tm").header("X-Access-Purpose", "Matching panel").get("/children/" + child).then()
                .statusCode(200);
        as("north.sw1").get("/children/" + child + "/restriction").then().statusCode(200)
                .body("restriction", equalTo("ADOPTION"));
        as("north.sw2").header("X-Access-Purpose", "Duty cover").get("/children/" + child).then().statusCode(403);
    }

    @Test
    @DisplayName("004 \"Completing a C&F Assessment\": \"Link case note to C&F Assessment\": a case note is linked "
            + "once, however often asked, and shows in the step's history; a note of another child is not found")
    void caseNoteLinkedToAssessment() {
        String child = registerChild("north.sw1", "CIN");
        String assessment = start(child, "CF_ASSESSMENT", null, today(), Map.of());
        String noteId = write("north.sw1", child, note("CASE_NOTE"));
        as("north.sw1").put(step(child, assessment) + "/case-notes/" + noteId).then().statusCode(204);
        as("north.sw1").put(step(child, assessment) + "/case-notes/" + noteId).then().statusCode(204);
        as("north.sw1").queryParam("act", "CASE_NOTE_LINKED").get(step(child, assessment) + "/entries").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("items[0].facts.noteId", equalTo(noteId));
        as("north.sw1").queryParam("act", "LINKED").get(step(child, assessment) + "/entries").then().statusCode(400)
                .body("type", equalTo(PROBLEM + "constraint-violation"));
        String other = registerChild("north.sw1", "CIN");
        String otherNote = write("north.sw1", other, note("CASE_NOTE"));
        as("north.sw1").put(step(child, assessment) + "/case-notes/" + otherNote).then().statusCode(404);
    }

    @Test
    @DisplayName("004 \"Case Pathway\": a plan has no outcome and ends with its reason; a step with outcomes ends only "
            + "once decided; the kinds of step are public reference data, no token needed")
    void endingAndReference() {
        String child = registerChild("north.sw1", "CIN");
        String plan = start(child, "CHILD_IN_NEED_PLAN", null, today(), Map.of());
        outcome(child, plan, "CONTINUE_PLAN", Map.of()).statusCode(409)
                .body("type", equalTo(PROBLEM + "pathway-step-has-no-outcomes"));
        String assessment = start(child, "CF_ASSESSMENT", null, today(), Map.of());
        as("north.sw1").header("If-Match", etag(child, assessment)).body(Map.of("endDate", today().toString(),
                "reason", "Not needed")).put(step(child, assessment) + "/end").then().statusCode(409)
                .body("type", equalTo(PROBLEM + "pathway-outcome-required"));
        as("north.sw1").header("If-Match", etag(child, plan)).body(Map.of("endDate",
                LocalDate.now(LONDON).plusDays(1).toString(), "reason", "Needs met")).put(step(child, plan) + "/end").then().statusCode(400)
                .body("violations.field", hasItem("endDate"));
        as("north.sw1").header("If-Match", etag(child, plan)).body(Map.of("endDate", today().toString(),
                "reason", "Needs met")).put(step(child, plan) + "/end").then().statusCode(200)
                .body("state", equalTo("ENDED")).body("outcome", nullValue());
        List<Map<String, Object>> kinds = RestAssured.given().get("/pathway/step-kinds").then().statusCode(200)
                .extract().path("$");
        Map<String, Object> placement = kinds.stream().filter(k -> "PLACEMENT".equals(k.get("kind"))).findFirst()
                .orElseThrow();
        assertThat(placement.get("partOf")).isEqualTo(List.of("LOOKED_AFTER_EPISODE"));
        assertThat(((Map<?, ?>) placement.get("detailsSchema")).containsKey("properties")).isTrue();
    }

    @Test
    @DisplayName("003 Appendix A \"Early Help Timescales\", \"Pathway Plan\", \"Pre - Proceedings\", \"Care "
            + "Proceedings\"; 002 s.5: an Early Help episode with its assessment and a family support meeting; a care "
            + "leaver's eligibility, pathway plan and its review; private fostering from the date the authority became "
            + "aware; a legal planning meeting whose decision names pre-proceedings, started with the letter's date; "
            + "care proceedings and an order received; a supervision session recorded on the child's record")
    void everyOtherPathway() {
        String child = registerChild("north.sw1", "CIN");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, Object>> worker = List.of(Map.of("name", "Sam Example", "role", "Social worker",
                "agency", "CHILDRENS_SOCIAL_CARE", "manager", false, "input", "Plan reviewed with the family"));

        String earlyHelp = start(child, "EARLY_HELP_EPISODE", null, today().minusDays(20), Map.of());
        start(child, "EARLY_HELP_ASSESSMENT", earlyHelp, today().minusDays(19), Map.of());
        String familyMeeting = start(child, "FAMILY_SUPPORT_MEETING", earlyHelp, today(), Map.of());
        held(child, familyMeeting, now.minus(1, ChronoUnit.HOURS), null, worker, Map.of()).statusCode(200)
                .body("state", equalTo("ENDED"));

        as("north.sw1").body(Map.of("kind", "PRIVATE_FOSTERING_ARRANGEMENT", "startDate", today().toString(),
                "details", Map.of())).post(pathway(child) + "/steps").then().statusCode(400)
                .body("violations.field", hasItem("details.authorityAwareOn"));
        start(child, "PRIVATE_FOSTERING_ARRANGEMENT", null, today().minusDays(10),
                Map.of("authorityAwareOn", today().minusDays(3).toString()));

        String eligibility = start(child, "LEAVING_CARE_ELIGIBILITY", null, today().minusDays(30),
                Map.of("category", "RELEVANT"));
        start(child, "PATHWAY_ASSESSMENT", eligibility, today().minusDays(29), Map.of());
        String pathwayPlan = start(child, "PATHWAY_PLAN", eligibility, today().minusDays(5), Map.of());
        as("north.sw1").body(Map.of("kind", "PATHWAY_PLAN_REVIEW", "partOf", eligibility,
                "startDate", today().toString())).post(pathway(child) + "/steps").then().statusCode(400)
                .body("violations.field", hasItem("partOf"));
        String planReview = start(child, "PATHWAY_PLAN_REVIEW", pathwayPlan, today(), Map.of());
        held(child, planReview, now.minus(30, ChronoUnit.MINUTES), null, worker, Map.of()).statusCode(200)
                .body("state", equalTo("ENDED"));

        String legal = start(child, "LEGAL_PLANNING_MEETING", null, today(), Map.of());
        held(child, legal, now.minus(20, ChronoUnit.MINUTES), null, worker, Map.of()).statusCode(200);
        outcome(child, legal, "PRE_PROCEEDINGS", Map.of()).statusCode(200).body("state", equalTo("DECIDED"))
                .body("opens", equalTo(List.of("PRE_PROCEEDINGS")));
        assertThat(openedFrom(child, legal)).as("pre-proceedings start with the letter's date, known to the worker")
                .isNull();
        start(child, "PRE_PROCEEDINGS", null, today(), Map.of("letterSentOn", today().toString()));
        String proceedings = start(child, "CARE_PROCEEDINGS", null, today(),
                Map.of("letterOfIntentOn", today().toString()));
        String order = start(child, "COURT_ORDER", proceedings, today(), Map.of("orderType", "INTERIM_CARE_ORDER",
                "court", "Family Court at Manchester"));
        as("north.sw1").get(step(child, order)).then().statusCode(200).body("partOf", equalTo(proceedings))
                .body("details.orderType", equalTo("INTERIM_CARE_ORDER"));

        String supervision = start(child, "SUPERVISION_SESSION", null, today(), Map.of());
        held(child, supervision, now.minus(5, ChronoUnit.MINUTES), "Alex Example (practice manager)", worker,
                Map.of()).statusCode(200).body("state", equalTo("ENDED"))
                .body("chair", equalTo("Alex Example (practice manager)"));
    }

    // The day the journeys' steps start: three hours back, so that a meeting held an hour ago is never before the day
    // its step started when the tests run just after midnight (the rule that refuses that is what they test).
    private static LocalDate today() {
        return LocalDate.ofInstant(Instant.now().minus(3, ChronoUnit.HOURS), LONDON);
    }

    private static String pathway(String child) {
        return "/children/" + child + "/pathway";
    }

    private static String step(String child, String step) {
        return pathway(child) + "/steps/" + step;
    }

    private static String start(String child, String kind, String partOf, LocalDate start,
            Map<String, Object> details) {
        return CaseNotesApi.startStep(child, kind, partOf, start, details);
    }

    private static ValidatableResponse held(String child, String step, Instant at, String chair,
            List<Map<String, Object>> participants, Map<String, Object> details) {
        Map<String, Object> body = new HashMap<>(Map.of("heldAt", at.toString(), "participants", participants,
                "details", details));
        if (chair != null) {
            body.put("chair", chair);
        }
        return as("north.sw1").header("If-Match", etag(child, step)).body(body).put(step(child, step) + "/held")
                .then();
    }

    private static ValidatableResponse outcome(String child, String step, String outcome,
            Map<String, Object> details) {
        return as("north.sw1").header("If-Match", etag(child, step)).body(Map.of("outcome", outcome,
                        "completedDate", today().toString(), "reasons", "As discussed with the manager",
                        "details", details))
                .put(step(child, step) + "/outcome").then();
    }

    /** The record of the discussion (004: reasons and the alleged abuse category). */
    private static Map<String, Object> record() {
        return Map.of("reasons", "Bruising to the arm seen at school", "allegedAbuseCategory", "PHYSICAL_ABUSE");
    }

    private static Map<String, Object> cscManager() {
        return Map.of("name", "Alex Example", "role", "Practice manager", "agency", "CHILDRENS_SOCIAL_CARE",
                "manager", true, "input", "Threshold for an S47 met");
    }

    private static Map<String, Object> police() {
        return Map.of("name", "DC Priya Shah", "role", "Detective constable", "agency", "POLICE", "manager", false,
                "input", "No previous reports for the address");
    }

    private static Map<String, Object> health() {
        return Map.of("name", "Nurse Lee", "role", "School nurse", "agency", "HEALTH", "manager", false,
                "input", "Seen in clinic last month; no concerns then");
    }

    /** The practice manager's authorisation, as approvals-service publishes it, of the step's waiting outcome. */
    private static void authorise(String child, String kind, String step) {
        String requestId = as("north.sw1").queryParam("act", "OUTCOME_REQUESTED").get(step(child, step) + "/entries")
                .then().statusCode(200).extract().path("items[0].facts.outcomeRequestId");
        ApprovalDecided decision = new ApprovalDecided(UUID.randomUUID(), kind, UUID.fromString(child), requestId,
                Outcome.APPROVED, "Agreed: the right outcome", "north.pm", "Alex Example", "Practice Manager",
                Instant.now());
        TopicProbe.send(approvalsTopic, child, events.event(decision, "/approvals-service", child));
    }

    private static String etag(String child, String step) {
        return as("north.sw1").get(step(child, step)).then().statusCode(200).extract().header("ETag");
    }

    private static List<String> kinds(String child) {
        List<Map<String, Object>> items = as("north.sw1").get(pathway(child)).then().statusCode(200).extract()
                .path("items");
        return items.stream().map(s -> (String) s.get("kind")).toList();
    }

    private static String openedFrom(String child, String step) {
        List<Map<String, Object>> items = as("north.sw1").get(pathway(child)).then().statusCode(200).extract()
                .path("items");
        return items.stream().filter(s -> step.equals(s.get("openedFrom"))).map(s -> (String) s.get("id"))
                .findFirst().orElse(null);
    }

    private static EventEnvelope published(String type, String child, String step) {
        return CODEC.read(events.await(r -> {
            EventEnvelope e = CODEC.read(r.value());
            return e.type().equals(type) && child.equals(e.subject()) && step.equals(e.data().path("stepId").asText());
        }, WAIT).value());
    }
}
