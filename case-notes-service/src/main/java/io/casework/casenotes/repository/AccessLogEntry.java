package io.casework.casenotes.repository;

import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKind;
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

/** One access to one child's record, allowed or refused (002 s.5). */
@Entity
@Immutable
@Table(name = "access_log_entry")
public class AccessLogEntry extends SealedEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(nullable = false)
    public String username;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String designation;

    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public String action;

    public String purpose;

    @Column(nullable = false)
    public String outcome;

    @Column(nullable = false)
    public String basis;

    @Column(nullable = false)
    public Instant at;

    /** The service that served the access; null for this service. Not chained: {@link #action} names it too. */
    public String service;

    /** The operation's access class (ACCESS-RULES.md), e.g. record.read. */
    @Column(name = "access_class")
    public String accessClass;

    /** For an access another service published: its id, so that it is kept once however often it arrives. */
    @Column(name = "access_id")
    public UUID accessId;

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
