package io.casework.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.casework.system.Suite.CASE_NOTES;
import static io.casework.system.Suite.DEADLINES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: "case-notes-service judges a note late when it is recorded, synchronously, with the same library rule and
 * version as the deadline here, and a test proves the two agree." A note recorded late in case-notes-service names the
 * rule, version and due date it was judged by; deadlines-service, the service that counts due dates, publishes the
 * same version and rule, and its calculator gives the same due date from the event's day.
 */
class LateMarkAgreementTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String AUTHORITY = System.getenv().getOrDefault("CASEWORK_AUTHORITY", "rochdale");

    @Test
    @DisplayName("001 \"Principles: Timely\" (a case record entry within 3 working days of the event): a note recorded "
            + "20 days after its event is marked late by the rule, version and due date that deadlines-service's "
            + "published timescales and working-day calculator give")
    void caseNotesAndDeadlinesAgree() {
        String child = CASE_NOTES.as("north.sw1").body(Map.of("givenName", "Timely", "familyName", UniqueNames.next(),
                        "dateOfBirth", "2015-03-12", "planType", "CIN", "planStartDate",
                        LocalDate.now(LONDON).minusDays(60).toString()))
                .post("/children").then().statusCode(201).extract().path("id");
        LocalDate event = LocalDate.now(LONDON).minusDays(20);
        Map<String, Object> late = CASE_NOTES.as("north.sw1").body(Map.of("noteType", "CASE_NOTE", "eventDate",
                        event.toString(), "eventTime", "10:00", "title", "Home visit", "narrative",
                        "Recorded three weeks after the visit."))
                .post("/children/" + child + "/case-notes").then().statusCode(201).extract().path("late");
        assertThat(late).as("the note is marked late").isNotNull();

        Map<String, Object> ruleSet = DEADLINES.as("north.sw1").get("/timescales/" + AUTHORITY).then().statusCode(200)
                .extract().path("");
        assertThat(ruleSet.get("version")).as("the version of the rules and calendar")
                .isEqualTo(late.get("rulesVersion"));
        @SuppressWarnings("unchecked")
        Map<String, Object> rule = ((List<Map<String, Object>>) ruleSet.get("rules")).stream()
                .filter(r -> late.get("ruleId").equals(r.get("id"))).findFirst().orElseThrow();
        assertThat(rule.get("unit")).isEqualTo("WORKING_DAYS");
        String counted = DEADLINES.as("north.sw1").queryParam("from", event.toString())
                .queryParam("add", rule.get("amount").toString()).get("/calendar/working-days").then().statusCode(200)
                .extract().path("date");
        assertThat(late.get("dueDate")).as("the due date").isEqualTo(counted);
    }
}
