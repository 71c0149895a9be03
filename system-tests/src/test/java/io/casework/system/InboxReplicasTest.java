package io.casework.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.testing.EventStreamClient;
import io.casework.testing.KeycloakTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.casework.system.Suite.APPROVALS;
import static io.casework.system.Suite.CASE_NOTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 9: a practice manager's live inbox, dropped by one replica of approvals-service and resumed on another with
 * Last-Event-ID, misses nothing and repeats nothing. The second replica is the same packaged service on port 8094,
 * started by the project's own script as an operator would add one.
 */
class InboxReplicasTest {

    private static final String SECOND = "approvals-service:8094";
    private static final String SECOND_URL = "http://127.0.0.1:8094" + APPROVALS.prefix();
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void secondReplica() {
        Scripts.suite("start", SECOND);
    }

    @AfterAll
    static void stopSecondReplica() {
        Scripts.suite("stop", SECOND);
    }

    @Test
    @DisplayName("a stream resumed on another replica with Last-Event-ID gets exactly what was missed, then what is new")
    void resumedOnAnotherReplica() throws Exception {
        String child = CASE_NOTES.as("north.sw1").body(Map.of("givenName", "Replica", "familyName", UniqueNames.next(),
                        "dateOfBirth", "2016-06-01", "planType", "CP", "planStartDate", LocalDate.now().toString()))
                .post("/children").then().statusCode(201).extract().path("id");

        JsonNode first;
        try (EventStreamClient onFirst = EventStreamClient.open(APPROVALS.url() + "/inbox/stream",
                KeycloakTokens.bearer("north.pm"))) {
            assertThat(onFirst.status()).isEqualTo(200);
            String note = submitNote(child);
            first = JSON.readTree(onFirst.await(data -> data.contains(note), EVENTUALLY));
        }
        List<String> missed = List.of(submitNote(child), submitNote(child));
        await().atMost(EVENTUALLY).until(() -> APPROVALS.as("north.pm").queryParam("childId", child)
                .get("/inbox/notifications").then().statusCode(200).extract().<List<String>>path("items").size() == 3);

        try (EventStreamClient onSecond = EventStreamClient.open(SECOND_URL + "/inbox/stream",
                KeycloakTokens.bearer("north.pm"), first.path("sequence").asText())) {
            assertThat(onSecond.status()).isEqualTo(200);
            String later = submitNote(child);
            List<String> data = new ArrayList<>(onSecond.collectUntil(d -> d.contains(later), EVENTUALLY));
            // A notification sent twice would come with the next look, which the new note has just caused.
            Thread.sleep(2000);
            data.addAll(onSecond.received());
            List<JsonNode> events = new ArrayList<>();
            for (String element : data) {
                events.add(JSON.readTree(element));
            }
            List<String> ours = events.stream().map(e -> e.path("subjectId").asText())
                    .filter(subject -> missed.contains(subject) || subject.equals(later)).toList();
            assertThat(ours).as("each missed notification and the new one, once, in order")
                    .containsExactly(missed.get(0), missed.get(1), later);
            assertThat(events.get(0).path("sequence").asLong()).as("resumed right after Last-Event-ID")
                    .isEqualTo(first.path("sequence").asLong() + 1);
        }
    }

    private static String submitNote(String child) {
        String note = CASE_NOTES.as("north.sw1").body(VisitNotes.statutoryVisit(LocalDate.now(), "Replica visit",
                "Seen at home.")).post("/children/" + child + "/case-notes").then().statusCode(201)
                .extract().path("id");
        CASE_NOTES.as("north.sw1").post("/case-notes/" + note + "/submit").then().statusCode(200);
        return note;
    }
}
