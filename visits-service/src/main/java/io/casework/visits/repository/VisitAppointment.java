package io.casework.visits.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A visit a worker has arranged ahead, announced or not, to be seen against the due dates; cancelled, never deleted. */
@Entity
@Table(name = "visit_appointment")
public class VisitAppointment {

    @Id
    @Column(name = "appointment_id")
    private UUID appointmentId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "visit_date", nullable = false, updatable = false)
    private LocalDate visitDate;

    @Column(nullable = false, updatable = false)
    private boolean announced;

    @Column(name = "arranged_by", nullable = false, updatable = false)
    private String arrangedBy;

    @Column(name = "arranged_at", nullable = false, updatable = false)
    private Instant arrangedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    protected VisitAppointment() {
        // for Hibernate
    }

    public static VisitAppointment arrange(UUID appointmentId, UUID childId, LocalDate visitDate, boolean announced,
                                           String by, Instant at) {
        VisitAppointment appointment = new VisitAppointment();
        appointment.appointmentId = appointmentId;
        appointment.childId = childId;
        appointment.visitDate = visitDate;
        appointment.announced = announced;
        appointment.arrangedBy = by;
        appointment.arrangedAt = at;
        return appointment;
    }

    /** Cancelled; a second cancellation changes nothing. */
    public void cancel(String by, Instant at) {
        if (cancelledAt == null) {
            this.cancelledAt = at;
            this.cancelledBy = by;
        }
    }

    public UUID getAppointmentId() {
        return appointmentId;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public boolean isAnnounced() {
        return announced;
    }

    public String getArrangedBy() {
        return arrangedBy;
    }

    public Instant getArrangedAt() {
        return arrangedAt;
    }

    public Optional<Instant> getCancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public Optional<String> getCancelledBy() {
        return Optional.ofNullable(cancelledBy);
    }
}
