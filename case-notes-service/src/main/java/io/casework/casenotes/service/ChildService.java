package io.casework.casenotes.service;

import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.security.Caller;
import io.casework.backbone.security.Roles;
import io.casework.backbone.timescales.TimescalesConfig;
import io.casework.casenotes.domain.AccessDecision;
import io.casework.casenotes.mapping.CaseRecordMapper;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ChildRepository;
import io.casework.casenotes.rest.dto.ChildDto;
import io.casework.casenotes.rest.dto.RegisterChildRequest;
import io.casework.contracts.events.ChildRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Opening and reading children's records. */
@ApplicationScoped
public class ChildService {

    /** 002 s.6: what an unborn child's ethnicity, religion and gender are recorded as. */
    public static final String NOT_YET_OBTAINED = "Information not yet obtained";

    @Inject
    ChildRepository children;

    @Inject
    RecordAccess access;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    CaseRecordMapper mapper;

    @Inject
    TimescalesConfig config;

    @Transactional
    public ChildDto register(RegisterChildRequest request) {
        String team = blankToNull(request.team()) == null ? caller.team() : request.team();
        if (!team.equals(caller.team()) && !caller.hasAnyRole(Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE)) {
            throw Problems.accessRefused("You can only open records in your own team (" + caller.team() + ")");
        }
        checkBirth(request);
        Child child = new Child();
        child.id = UUID.randomUUID();
        child.givenName = request.givenName().strip();
        child.familyName = request.familyName().strip();
        child.unborn = request.unborn();
        child.dateOfBirth = request.dateOfBirth();
        child.expectedDateOfBirth = request.expectedDateOfBirth();
        // 002 s.6: for an unborn child these are not known yet, whatever was sent.
        child.gender = request.unborn() ? NOT_YET_OBTAINED : orNotYetObtained(request.gender());
        child.ethnicity = request.unborn() ? NOT_YET_OBTAINED : orNotYetObtained(request.ethnicity());
        child.religion = request.unborn() ? NOT_YET_OBTAINED : orNotYetObtained(request.religion());
        child.authority = config.authority();
        child.team = team;
        child.allocatedWorker = blankToNull(request.allocatedWorker()) == null ? caller.username()
                : request.allocatedWorker();
        child.planType = request.planType();
        child.planStartDate = request.planStartDate();
        child.registeredAt = Instant.now();
        child.registeredBy = caller.username();
        children.persist(child);
        outbox.publish(child.id.toString(), new ChildRegistered(child.id, child.displayName(), child.authority,
                child.team, child.allocatedWorker, child.planType.name(), child.planStartDate));
        access.recordWithin(child, "REGISTER", new AccessDecision(AccessDecision.Outcome.ALLOWED, "opened the record"));
        return mapper.toDto(child);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChildDto get(UUID id, String purpose) {
        Child child = find(id);
        access.require(child, "READ child", purpose, false);
        return mapper.toDto(child);
    }

    /** The children on the caller's caseload or management line; each one listed is an access, and is logged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChildDto> caseload() {
        // Candidates by role; the access policy then decides each child, as it does for a single read.
        List<Child> candidates = caller.hasAnyRole(Roles.SENIOR_MANAGER, Roles.HEAD_OF_SERVICE, Roles.IRO)
                ? children.listAll()
                : caller.hasAnyRole(Roles.PRACTICE_MANAGER, Roles.TEAM_MANAGER, Roles.SENIOR_PRACTITIONER)
                ? children.inTeam(caller.team())
                : children.allocatedTo(caller.username());
        List<ChildDto> visible = new ArrayList<>();
        for (Child child : candidates) {
            var decision = access.decide(child, null, false);
            if (decision.allowed()) {
                access.record(child, "LIST caseload", null, decision);
                visible.add(mapper.toDto(child));
            }
        }
        return visible;
    }

    Child find(UUID id) {
        return children.findByIdOptional(id).orElseThrow(() -> Problems.notFound("Child", id));
    }

    private static void checkBirth(RegisterChildRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.unborn()) {
            if (request.dateOfBirth() != null) {
                violations.add(FieldViolation.body("dateOfBirth", "an unborn child has no date of birth yet"));
            }
            if (request.expectedDateOfBirth() == null) {
                violations.add(FieldViolation.body("expectedDateOfBirth", "give the expected date of birth"));
            }
        } else if (request.dateOfBirth() == null) {
            violations.add(FieldViolation.body("dateOfBirth", "required unless the child is unborn"));
        }
        if (!violations.isEmpty()) {
            throw Problems.invalidFields("The child's birth details are inconsistent", violations);
        }
    }

    private static String orNotYetObtained(String value) {
        return blankToNull(value) == null ? NOT_YET_OBTAINED : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
