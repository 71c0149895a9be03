package io.casework.approvals;

import io.casework.contracts.EventCodec;
import io.casework.contracts.NoteType;
import io.casework.contracts.NoteContentField;
import io.casework.contracts.PersonConcerned;
import io.casework.contracts.PersonalInformationKind;
import io.casework.contracts.RemovalGround;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.InformationRemovalRequested;
import io.casework.testing.TestRunTopics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** This test run's topics (named from casework.test-run) and case-notes events as case-notes-service sends them. */
public final class TestTopics {

    private static final EventCodec CODEC = new EventCodec();

    private TestTopics() {
    }

    public static String caseNotes() {
        return TestRunTopics.topic("case-notes");
    }

    public static String approvals() {
        return TestRunTopics.topic("approvals");
    }

    public static String deadLetters() {
        return TestRunTopics.deadLetters("approvals");
    }

    public static CaseNoteSubmitted submitted(NoteType noteType, String author, String authorName, String team) {
        return submitted(UUID.randomUUID(), noteType, author, authorName, team);
    }

    public static CaseNoteSubmitted submitted(UUID childId, NoteType noteType, String author, String authorName,
            String team) {
        return new CaseNoteSubmitted(UUID.randomUUID(), childId, 1, noteType, LocalDate.now(), author, authorName,
                team, Instant.now());
    }

    /** A valid envelope around the note, as case-notes-service's outbox would publish it. */
    public static String envelope(CaseNoteSubmitted note) {
        return CODEC.write(CODEC.wrap(note, "/case-notes-service", note.childId().toString(), null));
    }

    /** A request to remove a third party's health information from version 1 of a note, as case-notes asks. */
    public static InformationRemovalRequested removalRequested(String requester, String requesterName, String team) {
        return removalRequested(requester, requesterName, team, NoteContentField.NARRATIVE);
    }

    /** The same request, naming these parts of the version. */
    public static InformationRemovalRequested removalRequested(String requester, String requesterName, String team,
            NoteContentField... parts) {
        return new InformationRemovalRequested(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1,
                List.of(parts), PersonalInformationKind.HEALTH, PersonConcerned.THIRD_PARTY,
                RemovalGround.RECORDED_ON_WRONG_RECORD, "A neighbour's health condition, recorded here by mistake.",
                "An amendment would leave it readable.", "No later entry refers to it.", team, requester,
                requesterName, Instant.now());
    }

    /** Publishes the note on this run's case-notes topic, keyed by child like every event. */
    public static CaseNoteSubmitted send(CaseNoteSubmitted note) {
        TestRunTopics.publishAsOwner(note, note.childId());
        return note;
    }
}
