package io.casework.casenotes.mapping;

import io.casework.backbone.access.Restriction;
import io.casework.casenotes.domain.record.FieldChange;
import io.casework.casenotes.repository.Child;
import io.casework.contracts.events.ChildAllocated;
import io.casework.contracts.events.ChildBorn;
import io.casework.contracts.events.ChildDetailsChanged;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.ChildRestrictionChanged;
import io.casework.contracts.events.IroAssigned;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The events that tell the other services of a change to a child's record, built from the record as it stands after
 * the change. Events name people by username: they are a contract of their own, not the API.
 */
@ApplicationScoped
public class ChildEventMapper {

    /** The record as opened; an unborn child has no date of birth yet (002 s.6), so the event carries none. */
    public ChildRegistered registered(Child child) {
        return new ChildRegistered(child.getId(), child.displayName(), child.getAuthority(), child.getTeam(),
                child.getAllocatedWorker(), child.getPlanType().name(), child.getPlanStartDate(),
                child.getGivenName(), child.getFamilyName(), child.getDateOfBirth());
    }

    /** The case as it is now allocated, and where it was before; a transfer when the team is another. */
    public ChildAllocated allocated(Child child, String previousTeam, String previousWorker, String by, Instant at,
                                    String reason) {
        return new ChildAllocated(child.getId(), child.getTeam(), child.getAllocatedWorker(), previousTeam,
                previousWorker, by, at, !child.getTeam().equals(previousTeam), blankToNull(reason));
    }

    public IroAssigned iroAssigned(Child child, String by, Instant at) {
        return new IroAssigned(child.getId(), child.getIro(), by, at);
    }

    public ChildDetailsChanged detailsChanged(Child child, List<FieldChange> changes, String by, Instant at) {
        return new ChildDetailsChanged(child.getId(), child.getGivenName(), child.getFamilyName(),
                child.getPreferredName(), child.getDateOfBirth(), child.getExpectedDateOfBirth(), child.isUnborn(),
                changes.stream().map(FieldChange::field).toList(), child.getVersion(), by, at);
    }

    /** The birth, with the expected date of birth it replaced. */
    public ChildBorn born(Child child, LocalDate expectedDateOfBirth, String by, Instant at) {
        return new ChildBorn(child.getId(), child.getDateOfBirth(), expectedDateOfBirth, child.getGivenName(),
                child.getFamilyName(), child.getVersion(), by, at);
    }

    /** The head of service's decision on the record's restriction, at the record's new version. */
    public ChildRestrictionChanged restrictionChanged(Child child, Restriction previous, String by, Instant at) {
        return new ChildRestrictionChanged(child.getId(), child.getRestriction().name(), previous.name(),
                child.getVersion(), by, at);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
