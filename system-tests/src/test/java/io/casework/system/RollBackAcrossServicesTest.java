package io.casework.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.casework.system.Suite.APPROVALS;
import static io.casework.system.Suite.CASE_NOTES;
import static io.casework.system.Suite.VISITS;
import static org.awaitility.Awaitility.await;

/**
 * 000: an approved roll-back "tells the other services". Through the running suite with real tokens: a plan for
 * adoption puts a looked-after child on the adoption team manager's list in visits-service as in case-notes-service
 * (ACCESS-RULES.md "adoption"); the head of service approves a roll-back of the plan in approvals-service, and
 * visits-service, which learns only from the topic, takes the child off that list; the worker re-adds the plan and
 * the child is back on it there too.
 */
class RollBackAcrossServicesTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String PURPOSE = "Family finding for the adoption panel";

    @Test
    @DisplayName("000, ACCESS-RULES \"adoption\": a plan for adoption rolled back on the head of service's approval "
            + "takes the child off the adoption team manager's list in visits-service; re-added, it puts the child "
            + "back")
    void rollBackReachesTheOtherServices() {
        LocalDate today = LocalDate.now(LONDON);
        String child = CASE_NOTES.as("north.sw1").body(Map.of("givenName", "Rolled", "familyName",
                        UniqueNames.next(), "dateOfBirth", "2019-03-02", "planType", "CLA", "planStartDate",
                        today.minusDays(200).toString()))
                .post("/children").then().statusCode(201).extract().path("id");
        String episode = start(child, Map.of("kind", "LOOKED_AFTER_EPISODE", "startDate",
                today.minusDays(200).toString(), "details", Map.of("legalStatus", "C2")));
        String plan = start(child, Map.of("kind", "ADOPTION_PLAN", "partOf", episode, "startDate",
                today.minusDays(10).toString(), "details", Map.of()));
        adoptionListInVisits(child, 200);

        String requestId = CASE_NOTES.as("north.sw1").body(Map.of("reason", "The plan was recorded before the "
                        + "panel's recommendation", "rollBackTo", today.minusDays(20).toString(), "impact",
                        "Family finding pauses until the plan is made"))
                .post("/children/" + child + "/roll-back-requests").then().statusCode(201).extract().path("id");
        CASE_NOTES.as("north.tm").body(Map.of("comments", "Agreed"))
                .put("/children/" + child + "/roll-back-requests/" + requestId + "/comments").then().statusCode(200);
        String approval = await().atMost(EVENTUALLY).until(() -> {
            List<String> waiting = APPROVALS.as("head.of.service").queryParam("childId", child).get("/inbox")
                    .then().statusCode(200).extract().path("items.id");
            return waiting.isEmpty() ? null : waiting.get(0);
        }, Objects::nonNull);
        APPROVALS.as("head.of.service").body(Map.of("outcome", "APPROVED", "comments", "Approved: recorded early"))
                .post("/approval-requests/" + approval + "/decision").then().statusCode(200);
        adoptionListInVisits(child, 403);

        String rollBack = CASE_NOTES.as("north.sw1").get("/children/" + child + "/roll-back-requests/" + requestId)
                .then().statusCode(200).extract().path("rollBackId");
        CASE_NOTES.as("north.sw1").post("/children/" + child + "/roll-backs/" + rollBack + "/items/" + plan
                + "/re-add").then().statusCode(201);
        adoptionListInVisits(child, 200);
    }

    private static String start(String child, Map<String, Object> body) {
        return CASE_NOTES.as("north.sw1").body(body).post("/children/" + child + "/pathway/steps").then()
                .statusCode(201).extract().path("id");
    }

    /** Waits until the adoption team manager's read of the child's visits in visits-service answers {@code status}. */
    private static void adoptionListInVisits(String child, int status) {
        await().atMost(EVENTUALLY).untilAsserted(() -> VISITS.as("adoption.tm").header("X-Access-Purpose", PURPOSE)
                .get("/children/" + child + "/visits").then().statusCode(status));
    }
}
