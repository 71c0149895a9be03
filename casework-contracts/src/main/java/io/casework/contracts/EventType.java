package io.casework.contracts;

import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.ApprovalRequested;
import io.casework.contracts.events.CaseNoteFinalised;
import io.casework.contracts.events.CaseNoteReturned;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.DeadlineMet;
import io.casework.contracts.events.DeadlineOpened;
import io.casework.contracts.events.ManagementOversightRecorded;
import io.casework.contracts.events.VisitCompleted;
import io.casework.contracts.events.VisitRecorded;
import io.casework.contracts.events.VisitScheduled;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type of the suite, the topic it travels on, its payload class and its JSON Schema
 * ({@code schemas/<type>.v<version>.json} on the classpath). Adding an event means adding it here and writing its schema.
 */
public enum EventType {

    CHILD_REGISTERED("casework.case-notes.child-registered", Topics.CASE_NOTES, ChildRegistered.class),
    CASE_NOTE_SUBMITTED("casework.case-notes.case-note-submitted", Topics.CASE_NOTES, CaseNoteSubmitted.class),
    CASE_NOTE_RETURNED("casework.case-notes.case-note-returned", Topics.CASE_NOTES, CaseNoteReturned.class),
    CASE_NOTE_FINALISED("casework.case-notes.case-note-finalised", Topics.CASE_NOTES, CaseNoteFinalised.class),
    VISIT_RECORDED("casework.case-notes.visit-recorded", Topics.CASE_NOTES, VisitRecorded.class),
    MANAGEMENT_OVERSIGHT_RECORDED("casework.case-notes.management-oversight-recorded", Topics.CASE_NOTES,
            ManagementOversightRecorded.class),
    VISIT_SCHEDULED("casework.visits.visit-scheduled", Topics.VISITS, VisitScheduled.class),
    VISIT_COMPLETED("casework.visits.visit-completed", Topics.VISITS, VisitCompleted.class),
    DEADLINE_OPENED("casework.deadlines.deadline-opened", Topics.DEADLINES, DeadlineOpened.class),
    DEADLINE_MET("casework.deadlines.deadline-met", Topics.DEADLINES, DeadlineMet.class),
    APPROVAL_REQUESTED("casework.approvals.approval-requested", Topics.APPROVALS, ApprovalRequested.class),
    APPROVAL_DECIDED("casework.approvals.approval-decided", Topics.APPROVALS, ApprovalDecided.class);

    /** The schema version every type is at today; bumped per type when its data changes incompatibly. */
    public static final int CURRENT_VERSION = 1;

    private final String type;
    private final String topic;
    private final Class<?> payload;

    EventType(String type, String topic, Class<?> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<?> payload() {
        return payload;
    }

    public String schemaResource(int version) {
        return "schemas/" + type + ".v" + version + ".json";
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static Optional<EventType> of(Class<?> payload) {
        return Arrays.stream(values()).filter(t -> t.payload.equals(payload)).findFirst();
    }
}
