package io.casework.system.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.contracts.CaseClosureDecision;
import io.casework.contracts.EventType;
import io.casework.contracts.InformationRemovalDecision;
import io.casework.contracts.NoteOversight;
import io.casework.contracts.NoteType;
import io.casework.contracts.PathwayOutcomeDecision;
import io.casework.contracts.RestrictionDecision;
import io.casework.contracts.RiskAlertDecision;
import io.casework.contracts.RollBackDecision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.casework.system.check.ServiceStore.APPROVALS;
import static io.casework.system.check.ServiceStore.CASE_NOTES;
import static io.casework.system.check.ServiceStore.DEADLINES;
import static io.casework.system.check.ServiceStore.VISITS;

/**
 * What applying each event type leaves behind in each service that consumes it: the checker counts those rows and
 * expects exactly one per event, so an effect that was lost or applied twice is caught, not only a missing
 * {@code processed_event} row. Every type in the contracts module must be listed here, with an empty list when no
 * service acts on it (a test fails otherwise): adding an event type means saying what its effects are.
 */
public final class EventEffects {

    /**
     * One effect of an event in one service, counted for all events of a run in one query: {@code countSql} takes
     * one parameter, the text array of every event's {@code lookup} value, and answers rows of (key, count); each
     * event's {@code key} must be counted exactly once when the effect applies to it.
     */
    public record Effect(ServiceStore at, String what, String countSql, Function<JsonNode, String> lookup,
                         Function<JsonNode, String> key, Predicate<JsonNode> appliesTo) {

        /** An effect found by one field of the event's data, which is also its key. */
        static Effect by(ServiceStore at, String what, String countSql, String field) {
            return new Effect(at, what, countSql, d -> d.get(field).asText(), d -> d.get(field).asText(), d -> true);
        }

        /** An effect looked up by one field and told apart by two (the key is "first|second"). */
        static Effect by(ServiceStore at, String what, String countSql, String field, String second) {
            return new Effect(at, what, countSql, d -> d.get(field).asText(),
                    d -> d.get(field).asText() + "|" + d.get(second).asText(), d -> true);
        }

        Effect when(Predicate<JsonNode> condition) {
            return new Effect(at, what, countSql, lookup, key, condition);
        }
    }

    // Plan types that get a plan of visits (CIN, CP, CLA; a care leaver's KIT contacts); early help does not.
    private static final Set<String> STATUTORY_VISIT_PLANS = Set.of("CIN", "CP", "CLA", "CARE_LEAVER");
    // Pathway steps that are a basis of visits (issue 16): each has a plan of visits of its own, or the child's
    // registration plan adopted it.
    private static final Set<String> VISIT_BASIS_STEPS = Set.of("CHILD_PROTECTION_PLAN", "CHILD_IN_NEED_PLAN",
            "PLACEMENT", "PRIVATE_FOSTERING_ARRANGEMENT", "LEAVING_CARE_ELIGIBILITY");
    // Approval kinds whose decision is applied to a case note by case-notes-service.

    // The management posts every team of the demo holds: a deadline's alert to one of them is always sent.
    private static final Set<String> LINE_ROLES = Set.of("PRACTICE_MANAGER", "TEAM_MANAGER");

    private static final Map<EventType, List<Effect>> EFFECTS = new EnumMap<>(EventType.class);

    static {
        EFFECTS.put(EventType.CHILD_REGISTERED, new ArrayList<>(List.of(
                Effect.by(VISITS, "child in the visits read model", """
                        select child_id::text, count(*) from child where child_id = any(cast(? as uuid[]))
                        group by 1""", "childId"),
                Effect.by(VISITS, "visit plan for the child's plan type", """
                        select child_id::text || '|' || plan_type, count(*) from visit_plan
                        where child_id = any(cast(? as uuid[])) group by 1""", "childId", "planType").when(d -> STATUTORY_VISIT_PLANS.contains(d.get("planType").asText())))));
        EFFECTS.get(EventType.CHILD_REGISTERED).addAll(accessFacts("child's access facts", """
                select child_id::text, count(*) from access_child where child_id = any(cast(? as uuid[]))
                group by 1""", "childId", null));
        // A removal request becomes one approval request in approvals-service, routed to the team manager.
        EFFECTS.put(EventType.INFORMATION_REMOVAL_REQUESTED, List.of(
                Effect.by(APPROVALS, "removal request routed for a decision", """
                        select subject_id, count(*) from approval_request
                        where kind = 'REMOVE_INACCURATE_INFORMATION' and subject_id = any(?) group by 1""",
                        "removalRequestId")));
        // The removal is case-notes-service's own; no other service holds a note's content to act on.
        EFFECTS.put(EventType.INFORMATION_REMOVED, List.of());
        // A document added stays on case-notes-service's record; the deadlines its type's upload timescale starts come
        // with a later change, which will list its effect here.
        EFFECTS.put(EventType.DOCUMENT_ADDED, List.of());
        // A subject access request's deadline is announced for deadlines-service to track once it tracks deadlines of
        // every kind; until then no service of the suite acts on these, and the request lives on the record.
        EFFECTS.put(EventType.SUBJECT_ACCESS_REQUESTED, List.of());
        EFFECTS.put(EventType.SUBJECT_ACCESS_EXTENDED, List.of());
        EFFECTS.put(EventType.SUBJECT_ACCESS_REVIEW_COMPLETED, List.of());
        EFFECTS.put(EventType.CHILD_ALLOCATED, accessFacts("child's allocation in the access facts", """
                select child_id::text || '|' || allocated_worker, count(*) from access_child
                where child_id = any(cast(? as uuid[])) group by 1""", "childId", "allocatedWorker"));
        EFFECTS.put(EventType.IRO_ASSIGNED, accessFacts("child's IRO in the access facts", """
                select child_id::text || '|' || coalesce(iro, 'null'), count(*) from access_child
                where child_id = any(cast(? as uuid[])) group by 1""", "childId", "iro"));
        EFFECTS.put(EventType.CHILD_RESTRICTION_CHANGED, accessFacts("child's restriction in the access facts", """
                select child_id::text || '|' || restriction, count(*) from access_child
                where child_id = any(cast(? as uuid[])) group by 1""", "childId", "restriction"));
        // The child's names in the visits read model (its worktray), as of this change of the record or a later one.
        // Deadlines and approvals keep no names: they only record the event as processed.
        EFFECTS.put(EventType.CHILD_DETAILS_CHANGED, List.of(childNamesInVisits()));
        EFFECTS.put(EventType.CHILD_BORN, List.of(childNamesInVisits()));
        EFFECTS.put(EventType.CASE_NOTE_SUBMITTED, List.of(
                Effect.by(APPROVALS, "oversight request for this version", """
                        select subject_id || '|' || subject_version, count(*) from approval_request
                        where subject_id = any(?) group by 1""", "noteId", "version"),
                Effect.by(DEADLINES, "oversight deadline for the note", """
                        select subject_id, count(*) from deadline
                        where kind = 'MANAGEMENT_OVERSIGHT' and subject_id = any(?) group by 1""", "noteId").when(EventEffects::isStatutoryVisitNote)));
        EFFECTS.put(EventType.CASE_NOTE_RETURNED, List.of());
        EFFECTS.put(EventType.CASE_NOTE_FINALISED, List.of(
                Effect.by(DEADLINES, "oversight deadline met", """
                        select subject_id, count(*) from deadline
                        where kind = 'MANAGEMENT_OVERSIGHT' and state = 'MET' and subject_id = any(?)
                        group by 1""", "noteId").when(EventEffects::isStatutoryVisitNote)));
        // Corrections stay on the child's record; no other service acts on them.
        EFFECTS.put(EventType.CASE_NOTE_AMENDED, List.of());
        EFFECTS.put(EventType.CASE_NOTE_DISPUTED, List.of());
        // One recorded visit per note, whichever versions of it were announced: a later one replaces the first.
        // One keep-in-touch contact per note, likewise.
        EFFECTS.put(EventType.KEEP_IN_TOUCH_RECORDED, List.of(
                Effect.by(VISITS, "keep-in-touch contact", """
                        select note_id::text, count(*) from kit_contact where note_id = any(cast(? as uuid[]))
                        group by 1""", "noteId")));
        EFFECTS.put(EventType.VISIT_RECORDED, List.of(
                Effect.by(VISITS, "recorded visit", """
                        select note_id::text, count(*) from recorded_visit where note_id = any(cast(? as uuid[]))
                        group by 1""", "noteId")));
        EFFECTS.put(EventType.MANAGEMENT_OVERSIGHT_RECORDED, List.of(
                // Only an approval meets the deadline; a return leaves it open for the resubmission. The event does
                // not say the note's type, and only statutory visit notes have an oversight deadline: a note with
                // none counts as one effect here (its submission's effect says whether one was due).
                Effect.by(DEADLINES, "oversight deadline met by the approval", """
                        select n.id, (select case when count(*) = 0 then 1 else count(*) filter (where state = 'MET')
                                      end from deadline
                                      where kind = 'MANAGEMENT_OVERSIGHT' and subject_id = n.id)
                        from unnest(cast(? as text[])) as n(id)""", "noteId")
                        .when(d -> "APPROVED".equals(d.get("outcome").asText()))));
        EFFECTS.put(EventType.VISIT_SCHEDULED, List.of(
                Effect.by(DEADLINES, "statutory visit deadline", """
                        select subject_id, count(*) from deadline
                        where kind = 'STATUTORY_VISIT' and subject_id = any(?) group by 1""", "visitId")));
        // A visit met and later reopened (its visit corrected, 003 s.5b) has still been met by this event.
        EFFECTS.put(EventType.VISIT_COMPLETED, List.of(
                Effect.by(DEADLINES, "statutory visit deadline met", """
                        select subject_id, count(*) from deadline
                        where kind = 'STATUTORY_VISIT' and (state = 'MET' or reopened_at is not null)
                        and subject_id = any(?) group by 1""", "visitId")));
        // One deadline per visit for its whole life: withdrawn and reopened in place, when and why kept on the row
        // (a withdrawn visit due again after all keeps when it was withdrawn).
        EFFECTS.put(EventType.VISIT_WITHDRAWN, List.of(
                Effect.by(DEADLINES, "statutory visit deadline withdrawn", """
                        select subject_id, count(*) from deadline
                        where kind = 'STATUTORY_VISIT' and withdrawn_at is not null and subject_id = any(?)
                        group by 1""", "visitId")));
        EFFECTS.put(EventType.VISIT_REOPENED, List.of(
                Effect.by(DEADLINES, "statutory visit deadline reopened", """
                        select subject_id, count(*) from deadline
                        where kind = 'STATUTORY_VISIT' and reopened_at is not null and subject_id = any(?)
                        group by 1""", "visitId")));
        // A restriction request becomes one approval request in approvals-service, routed to the head of service.
        EFFECTS.put(EventType.RESTRICTION_REQUESTED, List.of(
                Effect.by(APPROVALS, "restriction request routed for a decision", """
                        select subject_id, count(*) from approval_request
                        where kind = 'RESTRICT_RECORD' and subject_id = any(?) group by 1""",
                        "restrictionRequestId")));
        // A refused attempt on a restricted record becomes one alert in the area manager's inbox.
        EFFECTS.put(EventType.RESTRICTED_ACCESS_REFUSED, List.of(
                Effect.by(APPROVALS, "alert in the area manager's inbox", """
                        select attempt_id::text, count(*) from notification
                        where attempt_id = any(cast(? as uuid[])) group by 1""", "attemptId")));
        // A C&F started opens the supervisor's reminder to set its priority (004), one per step whatever the priority.
        // Deadlines of an authority's own rules are not counted here, since the checker does not know which authority
        // the suite runs as: under Rochdale's or Trafford's rules a contact or referral started also opens
        // contact-referral-recording (001, 003 Appendix A), and its decision meets it.
        EFFECTS.put(EventType.PATHWAY_STEP_STARTED, List.of(
                Effect.by(DEADLINES, "C&F priority reminder opened", """
                        select subject_id, count(*) from deadline where subject_id = any(?)
                        and kind = 'PATHWAY_STEP' and rule_id = 'cf-priority-supervisor-alert' group by 1""", "stepId")
                        .when(d -> "CF_ASSESSMENT".equals(d.get("kind").asText())),
                Effect.by(VISITS, "plan of visits for the step", """
                        select basis_step_id::text, count(*) from visit_plan
                        where basis_step_id = any(cast(? as uuid[])) group by 1""", "stepId")
                        .when(d -> VISIT_BASIS_STEPS.contains(d.get("kind").asText()))));
        // A priority reset the practice manager made directly is kept in approvals-service's register of the child's
        // decisions (issue 17), once per reset; one applied from an approved request is that request's decision.
        EFFECTS.put(EventType.PATHWAY_STEP_PRIORITY_CHANGED, List.of(directDecision("CF_PRIORITY_CHANGE", "stepId",
                "changedAt")));
        EFFECTS.put(EventType.PATHWAY_STEP_SCHEDULED, List.of());
        EFFECTS.put(EventType.PATHWAY_STEP_HELD, List.of());
        // A pathway outcome sent for authorisation becomes one approval request for the decider of the child's team.
        EFFECTS.put(EventType.PATHWAY_OUTCOME_REQUESTED, List.of(
                Effect.by(APPROVALS, "outcome request routed for authorisation", """
                        select subject_id, count(*) from approval_request
                        where kind in ('CF_OUTCOME', 'S47_OUTCOME', 'STRATEGY_DISCUSSION_DECISION')
                        and subject_id = any(?) group by 1""",
                        "outcomeRequestId")));
        EFFECTS.put(EventType.PATHWAY_STEP_DECIDED, List.of());
        EFFECTS.put(EventType.PATHWAY_STEP_ENDED, List.of());
        // A risk alert asked for becomes one approval request for the head of service of the child's service area.
        EFFECTS.put(EventType.RISK_ALERT_REQUESTED, List.of(
                Effect.by(APPROVALS, "risk alert routed for a decision", """
                        select subject_id, count(*) from approval_request
                        where kind = 'RISK_ALERT' and subject_id = any(?) group by 1""", "riskAlertId")));
        // A risk alert's activation and review open and meet its review deadline in deadlines-service where the
        // authority's rules set one (Rochdale's risk-alert-review, 001); the checker does not know which authority the
        // suite runs as, so it counts nothing for them. An overdue review is that deadline's breach.
        EFFECTS.put(EventType.RISK_ALERT_ACTIVATED, List.of());
        EFFECTS.put(EventType.RISK_ALERT_REVIEWED, List.of(directDecision("RISK_ALERT_REVIEW", "riskAlertId",
                "reviewedAt")));
        // approvals-service learns every due date deadlines-service announces (a decision's request is due when its
        // subject's deadline is, issue 15): one row per deadline, whatever the number of times it is announced.
        // case-notes-service learns a C&F's due date and its priority reminder's date from the deadlines opened for the
        // step (issue 15): the step shows the date once the announcement is applied.
        EFFECTS.put(EventType.DEADLINE_OPENED, List.of(knownDeadline(),
                cfaDate("C&F due date known to case-notes-service", "due_date")
                        .when(d -> d.get("ruleId").asText().startsWith("cf-assessment-priority-")),
                cfaDate("C&F priority reminder's date known to case-notes-service", "priority_alert_date")
                        .when(d -> "cf-priority-supervisor-alert".equals(d.get("ruleId").asText()))));
        EFFECTS.put(EventType.DEADLINE_EXTENDED, List.of(knownDeadline(),
                directDecision("DEADLINE_EXTENSION", "deadlineId", "extendedAt")));
        // A deadline met is announced for worktrays and reports outside the suite; no service of the suite acts on it.
        EFFECTS.put(EventType.DEADLINE_MET, List.of());
        // A breach becomes one alert for whom the deadline belongs to: its holder by name, or the practice or team
        // manager its rule names (posts every team of the demo holds); a role the team has vacant alerts nobody.
        EFFECTS.put(EventType.DEADLINE_BREACHED, List.of(
                Effect.by(APPROVALS, "alert of the breach in the holder's inbox", """
                        select deadline_id::text, count(*) from notification
                        where escalation_step = 0 and deadline_id = any(cast(? as uuid[])) group by 1""",
                        "deadlineId")
                        .when(d -> !d.get("assignee").isNull() || LINE_ROLES.contains(d.get("owner").asText()))));
        // Each escalation step becomes one alert for the holder of its role, told apart by the step's number.
        EFFECTS.put(EventType.DEADLINE_ESCALATED, List.of(
                new Effect(APPROVALS, "alert of the escalation step in the role holder's inbox", """
                        select deadline_id::text || '|' || escalation_step, count(*) from notification
                        where escalation_step > 0 and deadline_id = any(cast(? as uuid[])) group by 1""",
                        d -> d.get("deadlineId").asText(),
                        d -> d.get("deadlineId").asText() + "|" + d.get("step").asInt(),
                        d -> LINE_ROLES.contains(d.get("role").asText()))));
        // Failed access (004 "Failed visits"): each step escalated opens one deadline for its manager's case management
        // decision in deadlines-service (subject "<spell>:<step>", under every authority, since none overrides the
        // base's rules) and puts one alert in that manager's inbox in approvals-service (every team of the demo has a
        // practice manager, a team manager and a senior manager), told apart by the step, however often announced.
        EFFECTS.put(EventType.FAILED_ACCESS_ESCALATED, List.of(
                Effect.by(DEADLINES, "deadline for the step's case management decision", """
                        select split_part(subject_id, ':', 1) || '|' || split_part(subject_id, ':', 2), count(*)
                        from deadline where kind = 'FAILED_ACCESS' and split_part(subject_id, ':', 1) = any(?)
                        group by 1""", "failedAccessId", "escalateTo"),
                Effect.by(APPROVALS, "alert of the step in its manager's inbox", """
                        select failed_access_id::text || '|' || failed_access_step, count(*) from notification
                        where failed_access_id = any(cast(? as uuid[])) group by 1""",
                        "failedAccessId", "escalateTo")));
        // Its end leaves none of the spell's steps open in deadlines-service (withdrawn, or met before) and none of its
        // alerts unread in approvals-service: one effect per spell, whatever the number of steps it had (none, too).
        EFFECTS.put(EventType.FAILED_ACCESS_ENDED, List.of(
                Effect.by(DEADLINES, "the spell's open steps withdrawn", """
                        select s.id, (select case when count(*) = 0 then 1 else 0 end from deadline
                                      where kind = 'FAILED_ACCESS' and state = 'OPEN'
                                      and split_part(subject_id, ':', 1) = s.id)
                        from unnest(cast(? as text[])) as s(id)""", "failedAccessId"),
                Effect.by(APPROVALS, "the spell's alerts read", """
                        select s.id, (select case when count(*) = 0 then 1 else 0 end from notification
                                      where failed_access_id = cast(s.id as uuid) and read_at is null)
                        from unnest(cast(? as text[])) as s(id)""", "failedAccessId")));
        // Approval requests reach people through approvals-service's own live stream, not through another service.
        EFFECTS.put(EventType.APPROVAL_REQUESTED, List.of());
        EFFECTS.put(EventType.APPROVAL_DECIDED, List.of(
                Effect.by(CASE_NOTES, "management entry for the decision", """
                        select approval_request_id::text, count(*) from management_entry
                        where approval_request_id = any(cast(? as uuid[])) group by 1""", "requestId")
                        .when(d -> NoteOversight.covers(d.get("kind").asText())
                                || InformationRemovalDecision.covers(d.get("kind").asText())),
                Effect.by(CASE_NOTES, "removal request decided", """
                        select approval_request_id::text, count(*) from information_removal_request
                        where approval_request_id = any(cast(? as uuid[])) group by 1""", "requestId")
                        .when(d -> InformationRemovalDecision.covers(d.get("kind").asText())),
                Effect.by(CASE_NOTES, "information removed on the approval", """
                        select approval_request_id::text, count(*) from information_removal
                        where approval_request_id = any(cast(? as uuid[])) group by 1""", "requestId")
                        .when(d -> InformationRemovalDecision.covers(d.get("kind").asText())
                                && "APPROVED".equals(d.get("outcome").asText())),
                Effect.by(CASE_NOTES, "restriction request decided", """
                        select approval_request_id::text, count(*) from child_restriction_request
                        where approval_request_id = any(cast(? as uuid[])) group by 1""", "requestId")
                        .when(d -> RestrictionDecision.covers(d.get("kind").asText())),
                Effect.by(CASE_NOTES, "pathway outcome request decided", """
                        select approval_request_id::text, count(*) from pathway_outcome_request
                        where approval_request_id = any(cast(? as uuid[])) group by 1""", "requestId")
                        .when(d -> PathwayOutcomeDecision.covers(d.get("kind").asText())),
                // The decision is on the step's history, sealed on the child's chain, once.
                Effect.by(CASE_NOTES, "pathway step's authorisation or return on its history", """
                        select facts ->> 'approvalRequestId', count(*) from pathway_step_entry
                        where act in ('OUTCOME_AUTHORISED', 'OUTCOME_RETURNED')
                        and facts ->> 'approvalRequestId' = any(?) group by 1""", "requestId")
                        .when(d -> PathwayOutcomeDecision.covers(d.get("kind").asText())),
                // The head of service's decision on a risk alert, applied to the alert once and sealed on its history.
                Effect.by(CASE_NOTES, "risk alert decided", """
                        select approval_request_id::text, count(*) from risk_alert
                        where approval_request_id = any(cast(? as uuid[])) group by 1""", "requestId")
                        .when(d -> RiskAlertDecision.covers(d.get("kind").asText())),
                Effect.by(CASE_NOTES, "risk alert's approval or refusal on its history", """
                        select facts ->> 'approvalRequestId', count(*) from risk_alert_entry
                        where act in ('APPROVED', 'REFUSED')
                        and facts ->> 'approvalRequestId' = any(?) group by 1""", "requestId")
                        .when(d -> RiskAlertDecision.covers(d.get("kind").asText()))));
        // Closing a child's case (002 s.12): the closure sent for the manager's oversight becomes one approval request
        // for the practice manager of the child's team; the decision is applied to the closure once, and on an approval
        // the case closes. visits-service does not consume case-closed yet (its schedules will); deadlines-service
        // withdraws the child's open failed access steps on it, which most closed children have none of, so nothing
        // is counted for it here.
        EFFECTS.put(EventType.CASE_CLOSURE_REQUESTED, List.of(
                Effect.by(APPROVALS, "case closure routed for the manager's oversight", """
                        select subject_id, count(*) from approval_request
                        where kind = 'CASE_CLOSURE' and subject_id = any(?) group by 1""", "closureId")));
        EFFECTS.put(EventType.CASE_CLOSED, List.of());
        EFFECTS.put(EventType.APPROVAL_DECIDED, Stream.concat(EFFECTS.get(EventType.APPROVAL_DECIDED).stream(),
                Stream.of(
                        Effect.by(CASE_NOTES, "case closure decided", """
                                select approval_request_id::text, count(*) from case_closure
                                where approval_request_id = any(cast(? as uuid[])) group by 1""", "requestId")
                                .when(d -> CaseClosureDecision.covers(d.get("kind").asText())),
                        Effect.by(CASE_NOTES, "management entry with the reasons for closure", """
                                select approval_request_id::text, count(*) from management_entry
                                where approval_request_id = any(cast(? as uuid[])) group by 1""", "requestId")
                                .when(d -> CaseClosureDecision.covers(d.get("kind").asText())
                                        && "APPROVED".equals(d.get("outcome").asText())))).toList());
        // The organisation model, in every other service's read model (a member who left is removed from it).
        EFFECTS.put(EventType.STAFF_MEMBER_CHANGED, Stream.of(CASE_NOTES, VISITS, DEADLINES).map(store ->
                Effect.by(store, "member in the organisation read model", """
                        select username || '|' || version, count(*) from org_member where username = any(?)
                        group by 1""", "username", "version").when(d -> !d.get("left").asBoolean())).toList());
        EFFECTS.put(EventType.TEAM_CHANGED, Stream.of(CASE_NOTES, VISITS, DEADLINES).map(store ->
                Effect.by(store, "team in the organisation read model", """
                        select team || '|' || version, count(*) from org_team where team = any(?)
                        group by 1""", "team", "version")).toList());
        // Every service's accesses end on the child's access log, kept once each.
        EFFECTS.put(EventType.ACCESS_RECORDED, List.of(
                Effect.by(CASE_NOTES, "entry on the child's access log", """
                        select access_id::text, count(*) from access_log_entry
                        where access_id = any(cast(? as uuid[])) group by 1""", "accessId")));
        // Roll-backs (000): a request the line manager commented on becomes one approval request for the head of
        // service; the decision is applied once on the child's record (added to the decision's effects above).
        EFFECTS.put(EventType.ROLL_BACK_REQUESTED, List.of(
                Effect.by(APPROVALS, "roll-back request routed to the head of service", """
                        select subject_id, count(*) from approval_request
                        where kind = 'ROLL_BACK' and subject_id = any(?) group by 1""", "rollBackRequestId")));
        // Published for visits, deadlines and payments; no service of the suite recomputes from it yet.
        EFFECTS.put(EventType.CHILD_ROLLED_BACK, List.of());
        EFFECTS.merge(EventType.APPROVAL_DECIDED, List.of(
                Effect.by(CASE_NOTES, "roll-back request decided", """
                        select approval_request_id::text, count(*) from roll_back_request
                        where approval_request_id = any(cast(? as uuid[])) group by 1""", "requestId")
                        .when(d -> RollBackDecision.covers(d.get("kind").asText()))),
                (before, added) -> Stream.concat(before.stream(), added.stream()).toList());
    }

    /**
     * A decision a manager made within their own authority, in approvals-service's register (issue 17): one row per
     * decision, told apart by its subject and the moment it was made (to the millisecond); none for a change that
     * applied an approved request ({@code approvalRequestId} set), which is the request's own decision.
     */
    private static Effect directDecision(String kind, String subjectField, String atField) {
        return new Effect(APPROVALS, "direct decision in the child's register", """
                select subject_id || '|' || floor(extract(epoch from decided_at) * 1000)::bigint, count(*)
                from approval_request where direct and kind = '%s' and subject_id = any(?)
                group by 1""".formatted(kind), d -> d.get(subjectField).asText(),
                d -> d.get(subjectField).asText() + "|" + Instant.parse(d.get(atField).asText()).toEpochMilli(),
                d -> !d.hasNonNull("approvalRequestId"));
    }

    /** The due date of a deadline, as approvals-service keeps it. */
    private static Effect knownDeadline() {
        return Effect.by(APPROVALS, "due date known to approvals-service", """
                select deadline_id::text, count(*) from known_deadline
                where deadline_id = any(cast(? as uuid[])) group by 1""", "deadlineId");
    }

    /** A C&F step whose date ({@code column}) case-notes-service has learnt from a deadline opened for it. */
    private static Effect cfaDate(String what, String column) {
        return Effect.by(CASE_NOTES, what, """
                select id::text, count(*) from pathway_step where id = any(cast(? as uuid[]))
                and kind = 'CF_ASSESSMENT' and %s is not null group by 1""".formatted(column), "subjectId");
    }

    /** The names a change of the child's record announced, at its version or a later one's, in the visits read model. */
    private static Effect childNamesInVisits() {
        return Effect.by(VISITS, "child's names in the visits read model", """
                select child_id::text, count(*) from child where child_id = any(cast(? as uuid[]))
                and names_version > 1 group by 1""", "childId");
    }

    /** The same access facts, kept by each service that applies the event (case-notes-service writes its own). */
    private static List<Effect> accessFacts(String what, String countSql, String field, String second) {
        List<Effect> effects = new ArrayList<>();
        for (ServiceStore store : List.of(VISITS, DEADLINES, APPROVALS)) {
            effects.add(second == null ? Effect.by(store, what, countSql, field)
                    : new Effect(store, what, countSql, d -> d.get(field).asText(),
                    d -> d.get(field).asText() + "|" + (d.get(second).isNull() ? "null" : d.get(second).asText()),
                    d -> true));
        }
        return effects;
    }

    private EventEffects() {
    }

    private static boolean isStatutoryVisitNote(JsonNode data) {
        return NoteType.valueOf(data.get("noteType").asText()).needsOversight();
    }

    /** The effects of one event type; an unknown type is a checker that has fallen behind the contracts. */
    public static List<Effect> of(EventType type) {
        List<Effect> effects = EFFECTS.get(type);
        if (effects == null) {
            throw new IllegalStateException("The delivery checker does not know event type " + type.type()
                    + ": add its effects to EventEffects");
        }
        return effects;
    }
}
