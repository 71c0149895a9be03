package io.casework.backbone.access.enforce;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.AccessDecision;
import io.casework.backbone.access.AccessPolicy;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.StaffMember;
import io.casework.backbone.access.readmodel.AccessChild;
import io.casework.backbone.access.readmodel.OrgMember;
import io.casework.backbone.access.readmodel.OrgTeam;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.security.Caller;
import io.casework.contracts.Post;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies the access policy to a request: checks each child's data the request shows or changes, logs every
 * outcome (002 s.5) and refuses with a problem that shows nothing of the child. Every service calls this, for single
 * records and for lists alike.
 */
@RequestScoped
public class ChildAccess {

    public static final String PURPOSE_HEADER = "X-Access-Purpose";
    static final int MAX_PURPOSE = 500;

    @Inject
    Caller caller;

    @Inject
    StoredOrganisation organisation;

    @Inject
    AccessRecorder recorder;

    @Inject
    HttpServerRequest request;

    @Inject
    Clock clock;

    /**
     * Allows one access to one child's data or throws the 403 problem; logs either way.
     *
     * @param action the operation, as its OpenAPI operation id names it
     * @throws jakarta.ws.rs.WebApplicationException 404 for a child this service does not know
     */
    public AccessDecision require(AccessClass accessClass, UUID childId, String action) {
        ChildFacts child = organisation.child(childId).orElseThrow(() -> Problems.notFound("child", childId));
        return require(accessClass, child, action);
    }

    public AccessDecision require(AccessClass accessClass, ChildFacts child, String action) {
        String purpose = purpose();
        AccessDecision decision = AccessPolicy.decide(accessClass, caller.username(), child, organisation,
                purpose != null);
        recorder.record(List.of(new AccessRecord(child.childId(), accessClass, action, purpose, decision, person(),
                clock.instant())));
        if (!decision.allowed()) {
            throw refusal(decision);
        }
        return decision;
    }

    /**
     * Logs an access decided by a rule of its own rather than the access table: an approver's inbox and the
     * decisions routed to them ({@code inbox}), whose right follows the request, not the relation to the child.
     */
    public void log(AccessClass accessClass, UUID childId, String action, boolean allowed, String basis) {
        AccessDecision decision = new AccessDecision(allowed ? AccessDecision.Outcome.ALLOWED
                : AccessDecision.Outcome.REFUSED, null, basis);
        recorder.record(List.of(new AccessRecord(childId, accessClass, action, purpose(), decision, person(),
                clock.instant())));
    }

    /** Logs, in one transaction, that a response showed each of these children under a rule of its own. */
    public void logShown(AccessClass accessClass, Collection<UUID> children, String action, String basis) {
        AccessDecision decision = new AccessDecision(AccessDecision.Outcome.ALLOWED, null, basis);
        AccessingPerson person = person();
        Instant now = clock.instant();
        String purpose = purpose();
        recorder.record(children.stream().map(child -> new AccessRecord(child, accessClass, action, purpose,
                decision, person, now)).toList());
    }

    /**
     * The children a list may show (Y or P on record.read, ACCESS-RULES "Lists"), each with its decision, in the order
     * given; logs one access per child shown. A P child without a purpose is listed without its details.
     */
    public Map<UUID, AccessDecision> listable(List<ChildFacts> children, String action) {
        String purpose = purpose();
        Map<UUID, AccessDecision> shown = new LinkedHashMap<>();
        List<AccessRecord> log = new ArrayList<>();
        AccessingPerson person = person();
        Instant now = clock.instant();
        for (ChildFacts child : children) {
            AccessDecision decision = AccessPolicy.decide(AccessClass.RECORD_READ, caller.username(), child,
                    organisation, purpose != null);
            if (decision.listable()) {
                shown.put(child.childId(), decision);
                log.add(new AccessRecord(child.childId(), AccessClass.RECORD_READ, action, purpose, decision, person,
                        now));
            }
        }
        recorder.record(log);
        return shown;
    }

    /**
     * The children the caller could have any relation to but "area" and "other-area" (which see nothing): those of
     * their team, of the teams of their service area for its managers, allocated to them or to those they supervise,
     * and those they review as IRO. Lists start from these and keep those the policy shows.
     */
    public List<ChildFacts> candidates() {
        Optional<StaffMember> me = organisation.member(caller.username());
        if (me.isEmpty()) {
            return List.of();
        }
        StaffMember member = me.get();
        Set<String> teams = new HashSet<>();
        if (member.team() != null) {
            teams.add(member.team());
        }
        if (member.post().isAreaLine() && member.serviceArea() != null) {
            OrgTeam.<OrgTeam>list("serviceArea", member.serviceArea()).forEach(t -> teams.add(t.team));
        }
        Set<String> workers = new HashSet<>();
        workers.add(member.username());
        OrgMember.<OrgMember>list("supervisor", member.username()).forEach(m -> workers.add(m.username));
        String adoption = member.post() == Post.ADOPTION_TEAM_MANAGER ? " or adoptionPlan = true" : "";
        List<AccessChild> rows = AccessChild.list("team in ?1 or allocatedWorker in ?2 or iro = ?3" + adoption,
                teams.isEmpty() ? Set.of("") : teams, workers, member.username());
        return rows.stream().map(organisation::facts).toList();
    }

    /** The caller as the access log shows them: the organisation model's name and post, else the token's. */
    public AccessingPerson person() {
        return organisation.member(caller.username())
                .map(m -> new AccessingPerson(m.username(), m.fullName(), m.designation(),
                        m.team() != null ? m.team() : m.serviceArea() != null ? m.serviceArea() : ""))
                .orElseGet(() -> new AccessingPerson(caller.username(), caller.fullName(), caller.designation(),
                        caller.team()));
    }

    /** The purpose the request states in {@value #PURPOSE_HEADER}, or null. */
    public String purpose() {
        String purpose = request.getHeader(PURPOSE_HEADER);
        if (purpose != null && purpose.length() > MAX_PURPOSE) {
            throw Problems.badRequest("constraint-violation", PURPOSE_HEADER + ": at most " + MAX_PURPOSE
                    + " characters");
        }
        return purpose == null || purpose.isBlank() ? null : purpose.strip();
    }

    public static RuntimeException refusal(AccessDecision decision) {
        return decision.outcome() == AccessDecision.Outcome.PURPOSE_REQUIRED
                ? Problems.forbidden("access-purpose-required", "This child is not on your caseload. Give the "
                + "purpose of your access in the " + PURPOSE_HEADER + " header; it is logged (002 s.5).")
                : Problems.accessRefused("You have no access to this child's data (" + decision.basis()
                + "). The attempt is logged.");
    }
}
