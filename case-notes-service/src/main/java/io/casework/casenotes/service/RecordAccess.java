package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.AccessDecision;
import io.casework.backbone.access.AccessPolicy;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.Relation;
import io.casework.backbone.access.Relations;
import io.casework.casenotes.domain.RestrictionRequestRules;
import java.util.Set;
import io.casework.backbone.access.enforce.AccessRecorder;
import io.casework.backbone.access.enforce.AccessingPerson;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Caller;
import io.casework.backbone.access.enforce.AccessRecord;
import io.casework.backbone.access.enforce.AccessingPerson;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.security.Caller;
import io.casework.backbone.security.Person;
import io.casework.contracts.Post;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.repository.AccessLogEntry;
import io.casework.casenotes.repository.Child;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;

/**
 * The suite's access policy applied to the child's record here: each read and write is checked by the backbone's
 * {@link ChildAccess} and logged on the child's chained access log (002 s.5), allowed or refused.
 */
@ApplicationScoped
public class RecordAccess {

    @Inject
    ChildAccess access;

    @Inject
    RecordChain chain;

    @Inject
    Clock clock;

    @Inject
    AccessRecorder recorder;

    @Inject
    StoredOrganisation organisation;

    @Inject
    Caller caller;

    /** Allows the access or throws a 403 problem; logs either way. */
    public AccessDecision require(Child child, AccessClass accessClass, String action) {
        return access.require(accessClass, child.getId(), action);
    }

    /**
     * Allows the access or throws a 403 problem, as {@link #require}, logging {@code purpose} as what the access was
     * for, with the purpose the caller stated after it: an access made to answer something on the record (a subject
     * access request's export) names it. The caller states a purpose outside their caseload all the same.
     */
    public AccessDecision requireFor(Child child, AccessClass accessClass, String action, String purpose) {
        String stated = access.purpose();
        ChildFacts facts = organisation.child(child.getId())
                .orElseThrow(() -> Problems.notFound("child", child.getId()));
        AccessDecision decision = AccessPolicy.decide(accessClass, caller.username(), facts, organisation,
                stated != null);
        recorder.record(List.of(new AccessRecord(child.getId(), accessClass, action,
                stated == null ? purpose : purpose + ": " + stated, decision, accessingPerson(), clock.instant())));
        if (!decision.allowed()) {
            throw ChildAccess.refusal(decision);
        }
        return decision;
    }

    /** The caller as the access log keeps them: name, job title and team from the organisation model. */
    public AccessingPerson accessingPerson() {
        return access.person();
    }

    /**
     * What the caller may see of each of these children in the answer to a check that names them (the duplicate
     * check): the access table's record.read decision for each, logged on each child's access log (ACCESS-RULES.md:
     * "the check is logged"). A child the caller may not see at all is logged as refused with {@code hiddenBasis}:
     * the answer says no more than that it exists.
     */
    public Map<UUID, AccessDecision> checked(List<ChildFacts> children, String action, String hiddenBasis) {
        String purpose = access.purpose();
        AccessingPerson person = accessingPerson();
        Instant now = clock.instant();
        Map<UUID, AccessDecision> decisions = new LinkedHashMap<>();
        List<AccessRecord> log = new ArrayList<>();
        for (ChildFacts child : children) {
            AccessDecision decision = AccessPolicy.decide(AccessClass.RECORD_READ, caller.username(), child,
                    organisation, purpose != null);
            decisions.put(child.childId(), decision);
            log.add(new AccessRecord(child.childId(), AccessClass.RECORD_READ, action, purpose, decision.listable()
                    ? decision : new AccessDecision(AccessDecision.Outcome.REFUSED, decision.relation(),
                    hiddenBasis + " (" + decision.basis() + ")"), person, now));
        }
        recorder.record(log);
        return decisions;
    }

    /**
     * Allows a correction of an entry on the child's record (record.manage) only to the team manager of the child's
     * team, or throws the 403 access-refused problem; logs either way. 001 "Case Record Integrity": "this must be done
     * in a new Case Note and recorded by the Team Manager". The practice manager and the area's managers, whom the
     * access table lets manage the record, do not make corrections (docs/access-rules.yaml, amendCaseNote).
     */
    public AccessDecision requireTeamManager(Child child, String action) {
        boolean teamManager = organisation.member(caller.username())
                .filter(member -> member.post() == Post.TEAM_MANAGER && child.getTeam().equals(member.team()))
                .isPresent();
        if (!teamManager) {
            String basis = "corrections are the team manager's (001 \"Case Record Integrity\")";
            access.log(AccessClass.RECORD_MANAGE, child.getId(), action, false, basis);
            throw Problems.accessRefused("You have no access to correct this child's record (" + basis
                    + "). The attempt is logged.");
        }
        return require(child, AccessClass.RECORD_MANAGE, action);
    }

    /**
     * Allows the decision on a child's restriction (record.manage) only to the head of service of the child's service
     * area, or throws the 403 access-refused problem; logs either way. 001 "Restricted Records": "The decision to
     * restrict a record will be made by the relevant Head of Service". They decide on the child's access facts, not
     * on the record, so a restricted record that is closed to them does not stop them.
     */
    public void requireHeadOfService(Child child, AccessClass accessClass, String action) {
        String basis = "restricting a record is the decision of the head of service of the child's service area "
                + "(001 \"Restricted Records\")";
        boolean allowed = isHeadOfServiceOf(child);
        access.log(accessClass, child.getId(), action, allowed, basis);
        if (!allowed) {
            throw Problems.accessRefused("You have no access to restrict this child's record (" + basis
                    + "). The attempt is logged.");
        }
    }

    /**
     * Allows the review of a child's risk alert (record.manage) only to the head of service of the child's service
     * area, or throws the 403 access-refused problem; logs either way. 001 "Risk Alerts": the alert "must be reviewed
     * by a Head of Service". As for restrictions, they review on the alert, whether or not a restricted record's list
     * names them.
     */
    public void requireRiskAlertReviewer(Child child, String action) {
        String basis = "a risk alert is reviewed by the head of service of the child's service area (001 \"Risk "
                + "Alerts\")";
        boolean allowed = isHeadOfServiceOf(child);
        access.log(AccessClass.RECORD_MANAGE, child.getId(), action, allowed, basis);
        if (!allowed) {
            throw Problems.accessRefused("You have no access to review this child's risk alerts (" + basis
                    + "). The attempt is logged.");
        }
    }

    /**
     * Allows a request about the record's restriction only to the child's management line, on the record's list when
     * it is restricted ({@link RestrictionRequestRules#mayAsk}), or throws the 403 access-refused problem; logs
     * either way, under the record.write class the operation is listed with.
     */
    public void requireManagementLine(Child child, String action) {
        ChildFacts facts = organisation.child(child.getId()).orElseThrow(() -> Problems.notFound("Child",
                child.getId()));
        boolean offList = AccessPolicy.offRestrictedList(caller.username(), facts, organisation);
        Set<Relation> relations = organisation.member(caller.username())
                .map(member -> Relations.of(member, facts, organisation)).orElse(Set.of());
        boolean allowed = RestrictionRequestRules.mayAsk(relations, offList);
        String basis = offList ? "restricted record: not on its list"
                : "asking for a restriction is for the child's management line (001 \"Restricted Records\")";
        access.log(AccessClass.RECORD_WRITE, child.getId(), action, allowed, basis);
        if (!allowed) {
            throw Problems.accessRefused("You have no access to ask for this child's record to be restricted ("
                    + basis + "). The attempt is logged.");
        }
    }

    /** Whether the caller is the head of service of the service area of the child's team. */
    public boolean isHeadOfServiceOf(Child child) {
        Optional<String> area = organisation.serviceAreaOf(child.getTeam());
        return organisation.member(caller.username())
                .filter(member -> member.post() == Post.HEAD_OF_SERVICE && area.isPresent()
                        && area.get().equals(member.serviceArea()))
                .isPresent();
    }

    /** The caller as the record keeps them: the organisation model's name, post and team, else the token's. */
    public Person person() {
        AccessingPerson person = access.person();
        return new Person(person.username(), person.fullName(), person.designation(), person.team());
    }

    /** The caller's post in the organisation model, if they hold one. */
    public Optional<Post> post() {
        return organisation.member(caller.username()).map(member -> member.post());
    }

    /**
     * Where a decider stands as the access log shows people: their team, or for a head of service their area; blank
     * when the organisation model does not hold them. For decisions made in approvals-service and applied here.
     */
    public String placeOf(String username) {
        return organisation.member(username)
                .map(m -> m.team() != null ? m.team() : m.serviceArea() != null ? m.serviceArea() : "")
                .orElse("");
    }

    /** A member of staff as the organisation model names them now, or empty when it does not hold them. */
    public Optional<Person> member(String username) {
        return organisation.member(username).map(member -> new Person(member.username(), member.fullName(),
                member.designation(), member.team()));
    }

    /**
     * Logs the access that opens a record, in the request's own transaction: it did not happen if the record was not
     * opened (and the child, not yet committed, could not be seen from a transaction of its own).
     */
    public void recordOpening(Child child, String action) {
        chain.append(AccessLogEntry.served(new AccessRecord(child.getId(), AccessClass.RECORD_WRITE, action, null,
                new AccessDecision(AccessDecision.Outcome.ALLOWED, Relation.ALLOCATED,
                        Relation.ALLOCATED.wire() + " or team: opened the record"),
                access.person(), clock.instant())));
    }
}
