package io.casework.casenotes.repository;

import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.NoteType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A case note's current state; its content lives in {@link CaseNoteVersion}s. */
@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    public UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    public UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "note_type", nullable = false, updatable = false)
    public NoteType noteType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoteStatus status;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "event_date", nullable = false)
    public LocalDate eventDate;

    @Column(name = "author_username", nullable = false, updatable = false)
    public String authorUsername;

    @Column(name = "author_name", nullable = false, updatable = false)
    public String authorName;

    @Column(name = "author_designation", nullable = false, updatable = false)
    public String authorDesignation;

    @Column(name = "author_team", nullable = false, updatable = false)
    public String authorTeam;

    @Column(name = "written_at", nullable = false, updatable = false)
    public Instant writtenAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "finalised_at")
    public Instant finalisedAt;

    @Column(nullable = false)
    public boolean late;
}
