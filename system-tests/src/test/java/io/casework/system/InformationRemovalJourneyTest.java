package io.casework.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.casework.system.Suite.APPROVALS;
import static io.casework.system.Suite.CASE_NOTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Removing factually inaccurate personal information across the two services that share it, by Kafka only, with real
 * tokens: requested on the note in case-notes-service, routed to the team manager's inbox in approvals-service,
 * decided there with reasons, applied back on the note: the text gone, the removal's facts shown, the chain intact
 * (002 s.5, 001 "Case Record Integrity", DOMAIN.md rule 20).
 */
class InformationRemovalJourneyTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final String INACCURATE = "The neighbour at number 12 has a heart condition.";

    @Test
    @DisplayName("002 s.5: request, routing to north.tm, decision with reasons, redaction; the chain verifies")
    void removalJourney() {
        Map<String, Object> child = Map.of("givenName", "Removal", "familyName", UniqueNames.next(),
                "dateOfBirth", "2015-02-11", "planType", "CIN", "planStartDate", LocalDate.now().minusDays(3)
                        .toString());
        String childId = CASE_NOTES.as("north.sw1").body(child).post("/children").then().statusCode(201)
                .extract().path("id");
        String noteId = CASE_NOTES.as("north.sw1").body(Map.of("noteType", "CASE_NOTE", "eventDate",
                        LocalDate.now().toString(), "eventTime", "00:00", "title", "Call with the school", "narrative",
                        "Spoke with the school. " + INACCURATE))
                .post("/children/" + childId + "/case-notes").then().statusCode(201).extract().path("id");
        CASE_NOTES.as("north.sw1").post("/case-notes/" + noteId + "/finalise").then().statusCode(200);

        String removalRequest = CASE_NOTES.as("north.sw1").body(Map.of("version", 1, "fields", List.of("NARRATIVE"),
                        "informationKind", "HEALTH", "concerns", "THIRD_PARTY",
                        "reason", "A neighbour's health, recorded on this child's record by mistake.",
                        "criteria", Map.of("ground", "RECORDED_ON_WRONG_RECORD",
                                "whyAmendmentIsNotEnough", "An amendment would leave it readable.",
                                "laterEntriesUnaffected", "Nothing later refers to it.")))
                .post("/case-notes/" + noteId + "/removal-requests").then().statusCode(202)
                .body("state", equalTo("PENDING")).extract().path("id");

        String requestId = await().atMost(EVENTUALLY).until(() -> {
            List<Map<String, Object>> pending = APPROVALS.as("north.tm").queryParam("childId", childId)
                    .get("/inbox").then().statusCode(200).extract().path("items");
            return pending.stream().filter(r -> removalRequest.equals(r.get("subjectId")))
                    .map(r -> (String) r.get("id")).findFirst().orElse(null);
        }, id -> id != null);
        String shown = APPROVALS.as("north.tm").get("/approval-requests/" + requestId).then().statusCode(200)
                .body("informationRemoval.fields", equalTo(List.of("NARRATIVE"))).extract().asString();
        assertThat(shown).as("the decider sees what and why, not the content").doesNotContain("heart condition");
        APPROVALS.as("north.tm").body(Map.of("outcome", "APPROVED", "comments", " ")).post("/approval-requests/"
                + requestId + "/decision").then().statusCode(400);
        APPROVALS.as("north.tm").body(Map.of("outcome", "APPROVED", "comments", "The criteria are met."))
                .post("/approval-requests/" + requestId + "/decision").then().statusCode(200);

        await().atMost(EVENTUALLY).untilAsserted(() -> CASE_NOTES.as("north.sw1").get("/case-notes/" + noteId)
                .then().statusCode(200).body("removedInformation[0].field", equalTo("NARRATIVE")));
        String note = CASE_NOTES.as("north.sw1").get("/case-notes/" + noteId).then()
                .body("removedInformation[0].decidedBy.username", equalTo("north.tm"))
                .body("removedInformation[0].approvalRequestId", equalTo(requestId))
                .extract().asString();
        assertThat(note).doesNotContain("heart condition");
        CASE_NOTES.as("north.tm").get("/children/" + childId + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));
    }
}
