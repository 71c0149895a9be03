package io.casework.contracts;

import io.casework.contracts.events.AccessRecorded;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.ApprovalRequested;
import io.casework.contracts.events.CaseClosed;
import io.casework.contracts.events.CaseClosureRequested;
import io.casework.contracts.events.CaseNoteAmended;
import io.casework.contracts.events.CaseNoteDisputed;
import io.casework.contracts.events.CaseNoteFinalised;
import io.casework.contracts.events.CaseNoteReturned;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ChildAllocated;
import io.casework.contracts.events.ChildBorn;
import io.casework.contracts.events.ChildDetailsChanged;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.ChildRestrictionChanged;
import io.casework.contracts.events.ChildRolledBack;
import io.casework.contracts.events.DeadlineBreached;
import io.casework.contracts.events.DeadlineEscalated;
import io.casework.contracts.events.DeadlineExtended;
import io.casework.contracts.events.DeadlineMet;
import io.casework.contracts.events.DeadlineOpened;
import io.casework.contracts.events.DocumentAdded;
import io.casework.contracts.events.FailedAccessEnded;
import io.casework.contracts.events.FailedAccessEscalated;
import io.casework.contracts.events.InformationRemovalRequested;
import io.casework.contracts.events.InformationRemoved;
import io.casework.contracts.events.IroAssigned;
import io.casework.contracts.events.KeepInTouchRecorded;
import io.casework.contracts.events.ManagementOversightRecorded;
import io.casework.contracts.events.PathwayOutcomeRequested;
import io.casework.contracts.events.PathwayStepDecided;
import io.casework.contracts.events.PathwayStepEnded;
import io.casework.contracts.events.PathwayStepHeld;
import io.casework.contracts.events.PathwayStepPriorityChanged;
import io.casework.contracts.events.PathwayStepScheduled;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.contracts.events.RestrictedAccessRefused;
import io.casework.contracts.events.RestrictionRequested;
import io.casework.contracts.events.RiskAlertActivated;
import io.casework.contracts.events.RiskAlertRequested;
import io.casework.contracts.events.RiskAlertReviewed;
import io.casework.contracts.events.RollBackRequested;
import io.casework.contracts.events.StaffMemberChanged;
import io.casework.contracts.events.SubjectAccessExtended;
import io.casework.contracts.events.SubjectAccessRequested;
import io.casework.contracts.events.SubjectAccessReviewCompleted;
import io.casework.contracts.events.TeamChanged;
import io.casework.contracts.events.VisitCompleted;
import io.casework.contracts.events.VisitRecorded;
import io.casework.contracts.events.VisitReopened;
import io.casework.contracts.events.VisitScheduled;
import io.casework.contracts.events.VisitWithdrawn;

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
    CASE_NOTE_AMENDED("casework.case-notes.case-note-amended", Topics.CASE_NOTES, CaseNoteAmended.class),
    CASE_NOTE_DISPUTED("casework.case-notes.case-note-disputed", Topics.CASE_NOTES, CaseNoteDisputed.class),
    VISIT_RECORDED("casework.case-notes.visit-recorded", Topics.CASE_NOTES, VisitRecorded.class),
    KEEP_IN_TOUCH_RECORDED("casework.case-notes.keep-in-touch-recorded", Topics.CASE_NOTES,
            KeepInTouchRecorded.class),
    MANAGEMENT_OVERSIGHT_RECORDED("casework.case-notes.management-oversight-recorded", Topics.CASE_NOTES,
            ManagementOversightRecorded.class),
    CHILD_ALLOCATED("casework.case-notes.child-allocated", Topics.CASE_NOTES, ChildAllocated.class),
    IRO_ASSIGNED("casework.case-notes.iro-assigned", Topics.CASE_NOTES, IroAssigned.class),
    CHILD_DETAILS_CHANGED("casework.case-notes.child-details-changed", Topics.CASE_NOTES, ChildDetailsChanged.class),
    CHILD_BORN("casework.case-notes.child-born", Topics.CASE_NOTES, ChildBorn.class),
    CHILD_RESTRICTION_CHANGED("casework.case-notes.child-restriction-changed", Topics.CASE_NOTES,
            ChildRestrictionChanged.class),
    INFORMATION_REMOVAL_REQUESTED("casework.case-notes.information-removal-requested", Topics.CASE_NOTES,
            InformationRemovalRequested.class),
    INFORMATION_REMOVED("casework.case-notes.information-removed", Topics.CASE_NOTES, InformationRemoved.class),
    DOCUMENT_ADDED("casework.case-notes.document-added", Topics.CASE_NOTES, DocumentAdded.class),
    RESTRICTION_REQUESTED("casework.case-notes.restriction-requested", Topics.CASE_NOTES,
            RestrictionRequested.class),
    RESTRICTED_ACCESS_REFUSED("casework.case-notes.restricted-record-access-refused", Topics.CASE_NOTES,
            RestrictedAccessRefused.class),
    SUBJECT_ACCESS_REQUESTED("casework.case-notes.subject-access-requested", Topics.CASE_NOTES,
            SubjectAccessRequested.class),
    SUBJECT_ACCESS_EXTENDED("casework.case-notes.subject-access-extended", Topics.CASE_NOTES,
            SubjectAccessExtended.class),
    SUBJECT_ACCESS_REVIEW_COMPLETED("casework.case-notes.subject-access-review-completed", Topics.CASE_NOTES,
            SubjectAccessReviewCompleted.class),
    PATHWAY_STEP_STARTED("casework.case-notes.pathway-step-started", Topics.CASE_NOTES, PathwayStepStarted.class),
    PATHWAY_STEP_PRIORITY_CHANGED("casework.case-notes.pathway-step-priority-changed", Topics.CASE_NOTES,
            PathwayStepPriorityChanged.class),
    PATHWAY_STEP_SCHEDULED("casework.case-notes.pathway-step-scheduled", Topics.CASE_NOTES,
            PathwayStepScheduled.class),
    PATHWAY_STEP_HELD("casework.case-notes.pathway-step-held", Topics.CASE_NOTES, PathwayStepHeld.class),
    PATHWAY_OUTCOME_REQUESTED("casework.case-notes.pathway-outcome-requested", Topics.CASE_NOTES,
            PathwayOutcomeRequested.class),
    PATHWAY_STEP_DECIDED("casework.case-notes.pathway-step-decided", Topics.CASE_NOTES, PathwayStepDecided.class),
    PATHWAY_STEP_ENDED("casework.case-notes.pathway-step-ended", Topics.CASE_NOTES, PathwayStepEnded.class),
    // Risk alerts (001 "Risk Alerts").
    RISK_ALERT_REQUESTED("casework.case-notes.risk-alert-requested", Topics.CASE_NOTES, RiskAlertRequested.class),
    RISK_ALERT_ACTIVATED("casework.case-notes.risk-alert-activated", Topics.CASE_NOTES, RiskAlertActivated.class),
    RISK_ALERT_REVIEWED("casework.case-notes.risk-alert-reviewed", Topics.CASE_NOTES, RiskAlertReviewed.class),
    CASE_CLOSURE_REQUESTED("casework.case-notes.case-closure-requested", Topics.CASE_NOTES,
            CaseClosureRequested.class),
    CASE_CLOSED("casework.case-notes.case-closed", Topics.CASE_NOTES, CaseClosed.class),
    // Roll-back without loss (issue 14): asked on 000's form, decided by the head of service, applied once.
    ROLL_BACK_REQUESTED("casework.case-notes.roll-back-requested", Topics.CASE_NOTES, RollBackRequested.class),
    CHILD_ROLLED_BACK("casework.case-notes.child-rolled-back", Topics.CASE_NOTES, ChildRolledBack.class),
    VISIT_SCHEDULED("casework.visits.visit-scheduled", Topics.VISITS, VisitScheduled.class),
    VISIT_COMPLETED("casework.visits.visit-completed", Topics.VISITS, VisitCompleted.class),
    VISIT_REOPENED("casework.visits.visit-reopened", Topics.VISITS, VisitReopened.class),
    VISIT_WITHDRAWN("casework.visits.visit-withdrawn", Topics.VISITS, VisitWithdrawn.class),
    // Failed visits (004): each step of the ladder once per spell of failed access, and its end (issue 16).
    FAILED_ACCESS_ESCALATED("casework.visits.failed-access-escalated", Topics.VISITS, FailedAccessEscalated.class),
    FAILED_ACCESS_ENDED("casework.visits.failed-access-ended", Topics.VISITS, FailedAccessEnded.class),
    DEADLINE_OPENED("casework.deadlines.deadline-opened", Topics.DEADLINES, DeadlineOpened.class),
    DEADLINE_MET("casework.deadlines.deadline-met", Topics.DEADLINES, DeadlineMet.class),
    // Breaches and their escalation steps, each published once whatever the number of replicas (issue 15).
    DEADLINE_BREACHED("casework.deadlines.deadline-breached", Topics.DEADLINES, DeadlineBreached.class),
    DEADLINE_ESCALATED("casework.deadlines.deadline-escalated", Topics.DEADLINES, DeadlineEscalated.class),
    DEADLINE_EXTENDED("casework.deadlines.deadline-extended", Topics.DEADLINES, DeadlineExtended.class),
    APPROVAL_REQUESTED("casework.approvals.approval-requested", Topics.APPROVALS, ApprovalRequested.class),
    APPROVAL_DECIDED("casework.approvals.approval-decided", Topics.APPROVALS, ApprovalDecided.class),
    STAFF_MEMBER_CHANGED("casework.approvals.staff-member-changed", Topics.APPROVALS, StaffMemberChanged.class),
    TEAM_CHANGED("casework.approvals.team-changed", Topics.APPROVALS, TeamChanged.class),
    /**
     * Published by every service that serves a child's data other than case-notes-service, on its own topic
     * ({@link #topic()} is null); case-notes-service appends each to the child's access log.
     */
    ACCESS_RECORDED("casework.access.access-recorded", null, AccessRecorded.class);

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

    /** The topic the type travels on; null for a type every service publishes on its own topic. */
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
