package io.casework.bench.plain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row per write, shaped like a case note's first version: the least a note write must store. */
@Entity
@Table(name = "plain_note")
public class PlainNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "event_date", nullable = false)
    public LocalDate eventDate;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String narrative;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;
}
