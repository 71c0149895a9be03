package io.casework.casenotes.repository;

import io.casework.backbone.access.enforce.AccessRecord;
import io.casework.backbone.access.enforce.AccessingPerson;
import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
import io.casework.contracts.events.AccessRecorded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.SortedMap;
import java.util.UUID;

/**
 * One access to one child's record, allowed or refused (002 s.5); table {@code access_log_entry}. Append-only: made
 * whole by {@link #served} (an access this service served) or {@link #reported} (one another service reported),
 * sealed on the child's chain and never changed, here (no setters, {@link Immutable}) or in the database (a trigger
 * refuses updates).
 */
@Entity
@Immutable
@Table(name = "access_log_entry")
public class AccessLogEntry extends SealedEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private UUID childId;

    @Column(nullable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String designation;

    @Column(nullable = false)
    private String team;

    @Column(nullable = false)
    private String action;

    private String purpose;

    @Column(nullable = false)
    private String outcome;

    @Column(nullable = false)
    private String basis;

    @Column(nullable = false)
    private Instant at;

    /** The service that served the access; null for this service. Not chained: {@link #action} names it too. */
    private String service;

    /** The operation's access class (ACCESS-RULES.md), e.g. record.read. */
    @Column(name = "access_class")
    private String accessClass;

    /** For an access another service published: its id, so that it is kept once however often it arrives. */
    @Column(name = "access_id")
    private UUID accessId;

    protected AccessLogEntry() {
        // for Hibernate
    }

    /** An access this service served (or refused), as the backbone decided it. */
    public static AccessLogEntry served(AccessRecord access) {
        return of(access.childId(), access.person(), access.action(), access.accessClass().wire(), access.purpose(),
                access.decision().outcome().name(), access.decision().basis(), access.at());
    }

    /**
     * An access another service served (or refused) and reported. The service is part of the chained action, so
     * that the chain also proves which service served it.
     */
    public static AccessLogEntry reported(AccessRecorded access) {
        AccessLogEntry entry = of(access.childId(), new AccessingPerson(access.username(), access.fullName(),
                        access.designation(), access.team()), access.service() + " " + access.action(),
                access.accessClass(), access.purpose(), access.outcome(), access.basis(), access.at());
        entry.service = access.service();
        entry.accessId = access.accessId();
        return entry;
    }

    private static AccessLogEntry of(UUID childId, AccessingPerson person, String action, String accessClass,
                                     String purpose, String outcome, String basis, Instant at) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.childId = childId;
        entry.username = person.username();
        entry.fullName = person.fullName();
        entry.designation = person.designation();
        entry.team = person.team();
        entry.action = action;
        entry.accessClass = accessClass;
        entry.purpose = purpose;
        entry.outcome = outcome;
        entry.basis = basis;
        entry.at = at;
        return entry;
    }

    public Long getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getDesignation() {
        return designation;
    }

    public String getTeam() {
        return team;
    }

    public String getAction() {
        return action;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getBasis() {
        return basis;
    }

    public Instant getAt() {
        return at;
    }

    public String getService() {
        return service;
    }

    public String getAccessClass() {
        return accessClass;
    }

    public UUID getAccessId() {
        return accessId;
    }

    @Override
    public UUID chainChildId() {
        return childId;
    }

    @Override
    public ChainKind chainKind() {
        return ChainKind.ACCESS_LOG;
    }

    @Override
    public SortedMap<String, String> chainFields() {
        return ChainFields.accessLog(username, fullName, designation, team, action, purpose, outcome, basis, at);
    }

    @Override
    protected void cutTimesToStorable() {
        at = ChainFields.storable(at);
    }
}
