package io.casework.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.casework.system.Suite.APPROVALS;
import static io.casework.system.Suite.CASE_NOTES;
import static io.casework.system.Suite.DEADLINES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * What a worker asks of their practice manager through approvals-service, applied by the service that holds it, by
 * Kafka only, with real tokens (issue 17; 004 "Setting A Due Date (Priority) for New C&F"): an extension of a C&F's
 * deadline applied by deadlines-service, a change of its priority applied by case-notes-service, each kept once in the
 * child's register of decisions.
 */
class ApprovedChangesJourneyTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Test
    @DisplayName("004: north.sw1 asks north.pm to extend the C&F's deadline and then to reset its priority to 30 "
            + "working days; approved in approvals-service, deadlines-service and case-notes-service apply them")
    void extensionAndPriorityChangeAskedAndApplied() {
        String child = CASE_NOTES.as("north.sw1").body(Map.of("givenName", "Asked", "familyName", UniqueNames.next(),
                        "dateOfBirth", "2016-05-02", "planType", "CIN", "planStartDate",
                        LocalDate.now().minusDays(2).toString()))
                .post("/children").then().statusCode(201).extract().path("id");
        String step = cfAssessment(child);
        Map<String, Object> deadline = await().atMost(EVENTUALLY).until(() -> openDeadline(child, step),
                found -> found != null);
        LocalDate later = LocalDate.parse((String) deadline.get("dueDate")).plusDays(7);

        String extension = ask("DEADLINE_EXTENSION", child, (String) deadline.get("id"),
                Map.of("dueDate", later.toString(), "reason", "The school's report comes after half term."));
        approve(extension);
        await().atMost(EVENTUALLY).untilAsserted(() -> DEADLINES.as("north.sw1").queryParam("childId", child)
                .get("/deadlines").then().statusCode(200)
                .body("items.find { it.id == '" + deadline.get("id") + "' }.dueDate", equalTo(later.toString())));

        String priority = ask("CF_PRIORITY_CHANGE", child, step,
                Map.of("priority", "30", "reason", "Three agencies still to hear from."));
        approve(priority);
        await().atMost(EVENTUALLY).untilAsserted(() -> CASE_NOTES.as("north.sw1")
                .get("/children/" + child + "/pathway/steps/" + step).then().statusCode(200)
                .body("priorityWorkingDays", equalTo(30)));

        // Each change is the request's decision, once: the applied changes are not registered again as direct ones.
        List<Map<String, Object>> decisions = APPROVALS.as("north.sw1").get("/children/" + child + "/decisions")
                .then().statusCode(200).extract().path("items");
        assertThat(decisions).extracting(d -> d.get("kind"))
                .containsExactlyInAnyOrder("DEADLINE_EXTENSION", "CF_PRIORITY_CHANGE");
        assertThat(decisions).allSatisfy(d -> assertThat(d).containsEntry("state", "APPROVED"));
    }

    // A contact decided at the front door as a referral, and the referral as a C&F assessment (004).
    private static String cfAssessment(String child) {
        String pathway = "/children/" + child + "/pathway";
        String contact = CASE_NOTES.as("north.sw1").body(Map.of("source", "The school's safeguarding lead",
                        "receivedAt", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()))
                .post(pathway + "/contacts").then().statusCode(201).extract().path("id");
        decide(pathway, contact, "REFERRAL_TO_SOCIAL_CARE");
        decide(pathway, openedFrom(pathway, contact), "CF_ASSESSMENT");
        return openedFrom(pathway, openedFrom(pathway, contact));
    }

    private static void decide(String pathway, String step, String decision) {
        String etag = CASE_NOTES.as("north.sw1").get(pathway + "/steps/" + step).then().statusCode(200).extract()
                .header("ETag");
        CASE_NOTES.as("north.sw1").header("If-Match", etag).body(Map.of("decision", decision))
                .put(pathway + "/steps/" + step + "/front-door-decision").then().statusCode(200);
    }

    private static String openedFrom(String pathway, String step) {
        List<Map<String, Object>> items = CASE_NOTES.as("north.sw1").get(pathway).then().statusCode(200).extract()
                .path("items");
        return items.stream().filter(s -> step.equals(s.get("openedFrom"))).map(s -> (String) s.get("id"))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> openDeadline(String child, String step) {
        List<Map<String, Object>> items = DEADLINES.as("north.sw1").queryParam("childId", child)
                .queryParam("state", "OPEN").get("/deadlines").then().statusCode(200).extract().path("items");
        return items.stream().filter(d -> step.equals(d.get("subjectId"))
                        && String.valueOf(d.get("ruleId")).startsWith("cf-assessment-priority-"))
                .findFirst().orElse(null);
    }

    private static String ask(String kind, String child, String subject, Map<String, String> fields) {
        return APPROVALS.as("north.sw1").body(Map.of("kind", kind, "childId", child, "subjectId", subject,
                        "fields", fields))
                .post("/approval-requests").then().statusCode(201).body("assignee.username", equalTo("north.pm"))
                .extract().path("id");
    }

    private static void approve(String request) {
        APPROVALS.as("north.pm").body(Map.of("outcome", "APPROVED", "comments", "Agreed at supervision."))
                .post("/approval-requests/" + request + "/decision").then().statusCode(200);
    }
}
