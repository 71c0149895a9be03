package io.casework.approvals;

import io.casework.contracts.EventCodec;
import io.casework.contracts.NoteType;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.testing.TestRunTopics;

import java.time.Instant;
import java.time.LocalDate;
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

    /** Publishes the note on this run's case-notes topic, keyed by child like every event. */
    public static CaseNoteSubmitted send(CaseNoteSubmitted note) {
        TestRunTopics.publishAsOwner(note, note.childId());
        return note;
    }
}
