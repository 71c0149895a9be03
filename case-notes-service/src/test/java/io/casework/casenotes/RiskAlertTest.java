package io.casework.casenotes;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.DeadlineOpened;
import io.casework.testing.TestRunTopics;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.writeStatutoryVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * 001 "Risk Alerts" through the API with real tokens: an alert asked for with the dated entries it refers to, decided
 * by the head of service in approvals-service (the decision arrives here as approvals-service publishes it), reviewed
 * by that head of service; when each review is due is learnt from deadlines-service (issue 15), which counts it.
 */
@QuarkusTest
class RiskAlertTest {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String REQUESTED = "casework.case-notes.risk-alert-requested";
    static final String ACTIVATED = "casework.case-notes.risk-alert-activated";
    static final String REVIEWED = "casework.case-notes.risk-alert-reviewed";
    static final EventCodec CODEC = new EventCodec();

    static TopicProbe events;

    @Inject
    DataSource runtime;

    @BeforeAll
    static void subscribe() {
        events = new TopicProbe(ConfigProvider.getConfig().getValue("casework.outbox.topic", String.class));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    @DisplayName("001 \"Risk Alerts\": north.sw1 asks for a DANGEROUS_PET alert with its start date, description and "
            + "the visit note it refers to; it is PENDING and published for the head of service; head.of.service's "
            + "approval makes it ACTIVE with the approving head of service, published as risk-alert-activated; its "
            + "review is due on the day deadlines-service announces (issue 15), without a new version; the same "
            + "decision again changes nothing; the chain holds")
    void approvedAlertIsActiveWithItsReviewDue() {
        String child = registerChild("north.sw1", "CP");
        String note = submittedNote(child);
        String alert = ask(child, "DANGEROUS_PET", note);
        as("north.sw1").get("/children/" + child + "/risk-alerts/" + alert).then().statusCode(200)
                .body("state", equalTo("PENDING")).body("type", equalTo("DANGEROUS_PET"))
                .body("noteIds", equalTo(List.of(note))).body("requestedBy.username", equalTo("north.sw1"))
                .body("decidedBy", nullValue()).body("reviewDue", nullValue());

        EventEnvelope asked = events.awaitEvent(REQUESTED, child, WAIT);
        assertThat(asked.data().path("riskAlertId").asText()).isEqualTo(alert);
        assertThat(asked.data().path("team").asText()).isEqualTo("north");
        assertThat(asked.data().path("startedOn").asText()).isEqualTo("2026-10-14");
        assertThat(asked.data().path("noteIds").get(0).asText()).isEqualTo(note);

        Instant approvedAt = Instant.now();
        UUID approval = decide(child, alert, Outcome.APPROVED, "Agreed: visit in pairs", approvedAt);
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get("/children/" + child + "/risk-alerts/" + alert)
                .then().statusCode(200).body("state", equalTo("ACTIVE")));
        String active = as("north.sw1").get("/children/" + child + "/risk-alerts/" + alert).then()
                .body("decidedBy.username", equalTo("head.of.service"))
                .body("decidedBy.fullName", equalTo("Margaret Osborne"))
                .body("decisionReasons", equalTo("Agreed: visit in pairs"))
                .body("reviewDue", nullValue()).body("reviewOverdue", equalTo(false)).extract().header("ETag");
        EventEnvelope activated = events.awaitEvent(ACTIVATED, child, WAIT);
        assertThat(activated.data().path("riskAlertId").asText()).isEqualTo(alert);
        assertThat(activated.data().has("reviewDue")).as("not counted here").isFalse();
        String due = LocalDate.ofInstant(approvedAt, LONDON).plusMonths(6).toString();
        reviewDueAnnounced(child, alert, LocalDate.parse(due));
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get("/children/" + child + "/risk-alerts/" + alert)
                .then().body("reviewDue", equalTo(due)).header("ETag", equalTo(active)));
        assertThat(activated.data().path("approvedBy").asText()).isEqualTo("head.of.service");

        TestRunTopics.publishAs("approvals", decision(approval, child, alert, Outcome.APPROVED, "Again",
                Instant.now()), UUID.fromString(child));
        String etag = as("north.sw1").get("/children/" + child + "/risk-alerts/" + alert).then().extract()
                .header("ETag");
        await().during(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() ->
                as("north.sw1").get("/children/" + child + "/risk-alerts/" + alert).then().statusCode(200)
                        .header("ETag", equalTo(etag)).body("decisionReasons", equalTo("Agreed: visit in pairs")));
        as("north.tm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    @DisplayName("001 \"Risk Alerts\": a refused alert is kept REFUSED with the head of service's reasons; the list "
            + "shows ACTIVE alerts first, then the others, newest first, a page at a time")
    void refusedKeptAndActiveListedFirst() {
        String child = registerChild("north.sw1", "CIN");
        String note = submittedNote(child);
        String older = ask(child, "PERSON_KNOWN_TO_BE_VIOLENT", note);
        String refused = ask(child, "MAPPA", note);
        String pending = ask(child, "OFFENCE", note);
        decide(child, refused, Outcome.RETURNED, "Not a MAPPA case: no offender is managed under it", Instant.now());
        decide(child, older, Outcome.APPROVED, "Agreed", Instant.now());
        await().atMost(WAIT).untilAsserted(() -> {
            as("north.sw1").get("/children/" + child + "/risk-alerts/" + refused).then().statusCode(200)
                    .body("state", equalTo("REFUSED"))
                    .body("decisionReasons", equalTo("Not a MAPPA case: no offender is managed under it"));
            as("north.sw1").get("/children/" + child + "/risk-alerts/" + older).then().body("state",
                    equalTo("ACTIVE"));
        });
        List<String> all = as("north.sw1").get("/children/" + child + "/risk-alerts").then().statusCode(200)
                .extract().path("items.id");
        assertThat(all).containsExactly(older, pending, refused);
        String next = as("north.sw1").queryParam("limit", 2).get("/children/" + child + "/risk-alerts").then()
                .statusCode(200).body("items.id", equalTo(List.of(older, pending))).extract().path("next");
        as("north.sw1").queryParam("limit", 2).queryParam("after", next).get("/children/" + child + "/risk-alerts")
                .then().statusCode(200).body("items.id", equalTo(List.of(refused))).body("next", nullValue());
    }

    @Test
    @DisplayName("001 \"Risk Alerts\": the description \"should refer to a specific dated case record(s) or "
            + "document(s)\": no entry, a draft, another child's note, an unknown document, a date after today or "
            + "no description are refused with the field named, and nothing is recorded")
    void refersToTheChildsDatedEntries() {
        String child = registerChild("north.sw1", "CIN");
        String other = registerChild("north.sw1", "CIN");
        String othersNote = submittedNote(other);
        String draft = writeStatutoryVisit("north.sw1", child);
        String base = "/children/" + child + "/risk-alerts";
        as("north.sw1").body(Map.of("type", "DANGEROUS_PET", "startedOn", "2026-10-14", "description", "A dog"))
                .post(base).then().statusCode(400).body("violations[0].field", equalTo("noteIds"));
        as("north.sw1").body(body("DANGEROUS_PET", draft)).post(base).then().statusCode(400)
                .body("violations[0].field", equalTo("noteIds[0]"));
        as("north.sw1").body(body("DANGEROUS_PET", othersNote)).post(base).then().statusCode(400)
                .body("violations[0].field", equalTo("noteIds[0]"));
        as("north.sw1").body(Map.of("type", "DANGEROUS_PET", "startedOn", "2026-10-14", "description", "A dog",
                "documentIds", List.of(UUID.randomUUID().toString()))).post(base).then().statusCode(400)
                .body("violations[0].field", equalTo("documentIds[0]"));
        String note = submittedNote(child);
        as("north.sw1").body(Map.of("type", "DANGEROUS_PET", "startedOn", LocalDate.now(LONDON).plusDays(1)
                .toString(), "description", "A dog", "noteIds", List.of(note))).post(base).then().statusCode(400)
                .body("violations[0].field", equalTo("startedOn"));
        as("north.sw1").body(Map.of("type", "DANGEROUS_PET", "startedOn", "2026-10-14", "noteIds", List.of(note)))
                .post(base).then().statusCode(400);
        as("north.sw1").body(Map.of("type", "GHOSTS", "startedOn", "2026-10-14", "description", "A dog",
                "noteIds", List.of(note))).post(base).then().statusCode(400);
        as("north.sw1").get(base).then().statusCode(200).body("items.size()", equalTo(0));
        // Someone with no right to record on the child is refused before anything is checked.
        as("east.sw1").body(body("DANGEROUS_PET", note)).post(base).then().statusCode(403);
    }

    @Test
    @DisplayName("001 \"Risk Alerts\": \"reviewed by a Head of Service ... at least six monthly thereafter\": only "
            + "head.of.service reviews (north.tm and senior.manager are refused), with If-Match; CONTINUE sets the "
            + "next review six months from the review; END keeps the alert as ENDED; an ended or pending alert is "
            + "not reviewed")
    void reviewedByTheHeadOfService() {
        String child = registerChild("north.sw1", "CP");
        String note = submittedNote(child);
        String alert = ask(child, "NEED_TO_PROTECT_INFORMATION", note);
        String path = "/children/" + child + "/risk-alerts/" + alert;
        Map<String, String> keep = Map.of("outcome", "CONTINUE", "reasons", "The family still asks about the address");
        String pendingTag = as("north.sw1").get(path).then().statusCode(200).extract().header("ETag");
        as("head.of.service").header("If-Match", pendingTag).body(keep).put(path + "/review").then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:risk-alert-not-active"));
        decide(child, alert, Outcome.APPROVED, "Agreed", Instant.now());
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get(path).then().body("state", equalTo("ACTIVE")));
        String etag = as("north.sw1").get(path).then().extract().header("ETag");

        for (String who : List.of("north.tm", "senior.manager", "north.sw1")) {
            as(who).header("If-Match", etag).body(keep).put(path + "/review").then().statusCode(403)
                    .body("type", equalTo("urn:casework:problem:access-refused"));
        }
        as("head.of.service").body(keep).put(path + "/review").then().statusCode(428);
        as("head.of.service").header("If-Match", "\"99\"").body(keep).put(path + "/review").then().statusCode(412);
        as("head.of.service").header("If-Match", etag).body(Map.of("outcome", "CONTINUE")).put(path + "/review")
                .then().statusCode(400);

        String continued = as("head.of.service").header("If-Match", etag).body(keep).put(path + "/review").then()
                .statusCode(200).body("state", equalTo("ACTIVE")).body("reviewDue", nullValue())
                .body("reviewedBy.username", equalTo("head.of.service"))
                .body("reviewReasons", equalTo("The family still asks about the address")).extract().header("ETag");
        EventEnvelope reviewed = events.awaitEvent(REVIEWED, child, WAIT);
        assertThat(reviewed.data().path("outcome").asText()).isEqualTo("CONTINUE");
        String nextDue = LocalDate.now(LONDON).plusMonths(6).toString();
        reviewDueAnnounced(child, alert, LocalDate.parse(nextDue));
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get(path).then().body("reviewDue",
                equalTo(nextDue)));

        as("head.of.service").header("If-Match", continued).body(Map.of("outcome", "END", "reasons",
                "The family moved; the address is no longer at risk")).put(path + "/review").then().statusCode(200)
                .body("state", equalTo("ENDED")).body("reviewOverdue", equalTo(false));
        String ended = as("north.sw1").get(path).then().statusCode(200).body("state", equalTo("ENDED"))
                .extract().header("ETag");
        as("head.of.service").header("If-Match", ended).body(keep).put(path + "/review").then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:risk-alert-not-active"));
        // The reviews stay on the alert's history, the latest first, with who did each and their reasons.
        as("north.sw1").get(path + "/entries").then().statusCode(200)
                .body("items.act", equalTo(List.of("ENDED", "CONTINUED", "APPROVED", "REQUESTED")))
                .body("items[1].by.username", equalTo("head.of.service"))
                .body("items[1].facts.reasons", equalTo("The family still asks about the address"));
        as("north.sw1").queryParam("act", "CONTINUED").get(path + "/entries").then().statusCode(200)
                .body("items.size()", equalTo(1));
        as("north.sw1").queryParam("act", "REVIEWED").get(path + "/entries").then().statusCode(400);
        as("north.tm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    @DisplayName("001 \"Risk Alerts\": a review not done by the day deadlines-service announced is overdue: the "
            + "alert stays ACTIVE and says reviewOverdue (the breach itself is announced by deadlines-service)")
    void overdueReviewIsShown() {
        String child = registerChild("north.sw1", "CP");
        String alert = ask(child, "RISK_TO_CHILDREN", submittedNote(child));
        decide(child, alert, Outcome.APPROVED, "Agreed", Instant.now());
        String path = "/children/" + child + "/risk-alerts/" + alert;
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get(path).then().body("state", equalTo("ACTIVE")));
        LocalDate yesterday = LocalDate.now(LONDON).minusDays(1);
        reviewDueAnnounced(child, alert, yesterday);
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get(path).then().statusCode(200)
                .body("state", equalTo("ACTIVE")).body("reviewDue", equalTo(yesterday.toString()))
                .body("reviewOverdue", equalTo(true)));
    }

    @Test
    @DisplayName("001 \"Case Record Integrity\" for risk alerts: as the runtime role the service connects as, an alert "
            + "is never deleted, a refused one never becomes active, what was asked never changes, and its sealed "
            + "entries are never changed or deleted")
    void alertsAndTheirEntriesAreKept() throws SQLException {
        String child = registerChild("north.sw1", "CIN");
        String alert = ask(child, "ALLEGATION", submittedNote(child));
        decide(child, alert, Outcome.RETURNED, "Not substantiated", Instant.now());
        await().atMost(WAIT).untilAsserted(() -> as("north.sw1").get("/children/" + child + "/risk-alerts/" + alert)
                .then().body("state", equalTo("REFUSED")));
        UUID id = UUID.fromString(alert);
        assertThatThrownBy(() -> run("delete from risk_alert where id = ?", id)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> run("update risk_alert set state = 'ACTIVE', review_due = current_date "
                + "where id = ?", id)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> run("update risk_alert set description = 'Changed' where id = ?", id))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> run("update risk_alert_entry set facts = '{}' where alert_id = ?", id))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> run("delete from risk_alert_entry where alert_id = ?", id))
                .isInstanceOf(SQLException.class);
        try (Connection c = runtime.getConnection(); PreparedStatement s = c.prepareStatement(
                "select act from risk_alert_entry where alert_id = ? order by at, id")) {
            s.setObject(1, id);
            List<String> acts = new java.util.ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    acts.add(rows.getString(1));
                }
            }
            assertThat(acts).containsExactly("REQUESTED", "REFUSED");
        }
    }

    private int run(String sql, Object parameter) throws SQLException {
        try (Connection c = runtime.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            return s.executeUpdate();
        }
    }

    /** When the alert's review is due, announced as deadlines-service announces it, on its topic of this run. */
    private static void reviewDueAnnounced(String child, String alert, LocalDate due) {
        TestRunTopics.publishAsOwner(new DeadlineOpened(UUID.randomUUID(), UUID.fromString(child),
                "RISK_ALERT_REVIEW", "risk-alert-review", alert, "north", null, due, "test"),
                UUID.fromString(child));
    }

    /** A statutory visit note of the child, written and submitted by north.sw1: a dated entry of the record. */
    static String submittedNote(String child) {
        String note = writeStatutoryVisit("north.sw1", child);
        as("north.sw1").post("/case-notes/" + note + "/submit").then().statusCode(200);
        return note;
    }

    static Map<String, Object> body(String type, String note) {
        return Map.of("type", type, "startedOn", "2026-10-14", "description", "Described in the visit note of 14 "
                + "October 2026", "noteIds", List.of(note));
    }

    /** north.sw1 asks for the alert, referring to the note; its id. */
    static String ask(String child, String type, String note) {
        return as("north.sw1").header("Idempotency-Key", UUID.randomUUID().toString()).body(body(type, note))
                .post("/children/" + child + "/risk-alerts").then().statusCode(202)
                .body("state", equalTo("PENDING")).extract().path("id");
    }

    /** The head of service's decision, as approvals-service publishes it once they have decided; its request id. */
    static UUID decide(String child, String alert, Outcome outcome, String comments, Instant at) {
        UUID approval = UUID.randomUUID();
        TestRunTopics.publishAs("approvals", decision(approval, child, alert, outcome, comments, at),
                UUID.fromString(child));
        return approval;
    }

    static ApprovalDecided decision(UUID approval, String child, String alert, Outcome outcome, String comments,
            Instant at) {
        return new ApprovalDecided(approval, "RISK_ALERT", UUID.fromString(child), alert, outcome, comments,
                "head.of.service", "Margaret Osborne", "Head of Service", at);
    }
}
