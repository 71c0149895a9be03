package io.casework.system.faults;

import io.casework.system.ApprovalInbox;
import io.casework.system.Scripts;
import io.casework.system.UniqueNames;
import io.casework.system.VisitNotes;
import io.casework.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.casework.system.Suite.CASE_NOTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Losing case-notes-service's database and restoring it from a backup, by the operators' own scripts
 * (docs/operations.md "Backup and restore"): nothing acknowledged before the backup is missing, the record's chains
 * verify, what the service consumed after the backup is applied again from the topics, and what it wrote after the
 * backup, which no topic can give back, is listed to be recorded again.
 */
@Tag("faults")
class RestoreTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final Path BACKUP = Path.of("target", "restore", "casenotes.dump");

    @Test
    @DisplayName("issue 19: a backup of case-notes-service's database, more written, the database lost and restored: "
            + "what was acknowledged before is all there and its chains verify; a decision consumed after is applied "
            + "again from the topic; a note written after is reported lost")
    void restoreAfterLosingTheDatabase() throws IOException {
        // Before the backup: a child, a visit note approved and final, and one waiting for the manager's decision.
        String childId = CASE_NOTES.as("north.sw1").body(Map.of("givenName", "Restored", "familyName",
                UniqueNames.next(), "dateOfBirth", "2015-02-11", "planType", "CP", "planStartDate",
                WorkingDayCalendar.englandAndWales().previousWorkingDay(TODAY.minusDays(3)).toString()))
                .post("/children").then().statusCode(201).extract().path("id");
        String finalNote = submittedVisit(childId, "Seen at home before the backup.");
        decide(childId, finalNote, "Approved before the backup.");
        awaitStatus(finalNote, "FINAL");
        String waiting = submittedVisit(childId, "Seen at school before the backup.");
        String waitingRequest = ApprovalInbox.awaitRequestAbout("north.pm", childId, waiting);

        // A run on a machine whose databases outlived their chain key (another checkout's) starts with breaks of its
        // own: the restore must add none.
        long brokenBefore = brokenChains();
        Files.createDirectories(BACKUP.getParent());
        Files.deleteIfExists(BACKUP);
        Scripts.script("db-backup.sh", "case-notes-service", BACKUP.toAbsolutePath().toString());

        // After the backup: the manager's decision (applied by case-notes-service from approvals' topic) and a new
        // note, submitted (case-notes-service's own write, which it publishes).
        ApprovalInbox.approve("north.pm", waitingRequest, "Approved after the backup.");
        awaitStatus(waiting, "FINAL");
        String lostNote = submittedVisit(childId, "Seen at the family centre after the backup.");

        // The database is lost, and restored from the backup.
        // Rewound a minute before the backup, not the hour operations use: here no consumer lags, and the short fault
        // tests before this one leave many events to go through again.
        Scripts.script(Map.of("CASEWORK_RESTORE_REPLAY_MARGIN", "60"), "db-restore.sh", "case-notes-service",
                BACKUP.toAbsolutePath().toString());

        // Acknowledged before the backup: all there.
        CASE_NOTES.as("north.sw1").get("/children/" + childId).then().statusCode(200);
        CASE_NOTES.as("north.sw1").get("/case-notes/" + finalNote).then().statusCode(200)
                .body("status", equalTo("FINAL"))
                .body("managementEntries.find { it.outcome == 'APPROVED' }.comments",
                        equalTo("Approved before the backup."));
        // Consumed after the backup: applied again from approvals-service's topic.
        await().atMost(EVENTUALLY).untilAsserted(() -> CASE_NOTES.as("north.sw1").get("/case-notes/" + waiting)
                .then().statusCode(200).body("status", equalTo("FINAL"))
                .body("managementEntries.find { it.outcome == 'APPROVED' }.comments",
                        equalTo("Approved after the backup.")));
        // Written after the backup: gone from the database, and listed as lost.
        CASE_NOTES.as("north.sw1").get("/case-notes/" + lostNote).then().statusCode(404);
        List<String> lost = Files.readAllLines(Path.of(BACKUP + ".lost.jsonl"), StandardCharsets.UTF_8);
        assertThat(lost).as("the writes lost with the database").anySatisfy(line -> assertThat(line).contains(lostNote));
        assertThat(lost).as("nothing the backup holds, nor what the replay applied again, is reported lost")
                .allSatisfy(line -> assertThat(line).contains(lostNote));

        // The record's chains verify: the restored child's, and no chain of any child breaks by the restore.
        CASE_NOTES.as("north.tm").get("/children/" + childId + "/record-chain").then().statusCode(200)
                .body("intact", equalTo(true));
        assertThat(brokenChains()).as("children whose chain does not verify, after the restore")
                .isEqualTo(brokenBefore);
        // And the record goes on: a note written now is kept.
        CASE_NOTES.as("north.sw1").body(VisitNotes.statutoryVisit(TODAY, "Written after the restore",
                "Seen at home after the restore.")).post("/children/" + childId + "/case-notes").then().statusCode(201);
    }

    /** How many children's chains do not verify now (POST /record-chain/verifications, as the nightly run). */
    private static long brokenChains() {
        Number broken = CASE_NOTES.as("casework.admin").post("/record-chain/verifications").then().statusCode(200)
                .extract().path("brokenChildren");
        return broken.longValue();
    }

    private static String submittedVisit(String childId, String narrative) {
        String noteId = CASE_NOTES.as("north.sw1").body(VisitNotes.statutoryVisit(TODAY, "CP statutory visit",
                narrative)).post("/children/" + childId + "/case-notes").then().statusCode(201).extract().path("id");
        CASE_NOTES.as("north.sw1").post("/case-notes/" + noteId + "/submit").then().statusCode(200);
        return noteId;
    }

    private static void decide(String childId, String noteId, String comments) {
        ApprovalInbox.approve("north.pm", ApprovalInbox.awaitRequestAbout("north.pm", childId, noteId), comments);
    }

    private static void awaitStatus(String noteId, String status) {
        await().atMost(EVENTUALLY).untilAsserted(() -> CASE_NOTES.as("north.sw1").get("/case-notes/" + noteId)
                .then().statusCode(200).body("status", equalTo(status)));
    }
}
