package io.casework.visits.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class VisitAppointmentRepository implements PanacheRepositoryBase<VisitAppointment, UUID> {

    /** One page of the child's rows, by day, then id; limit + 1 rows. */
    public List<VisitAppointment> forChild(UUID childId, PageQuery page) {
        return DateKeyset.ofChild(this, "visitDate", "appointmentId", childId, page);
    }

    public static PageCursor cursorOf(VisitAppointment row) {
        return DateKeyset.cursor(row.getVisitDate(), row.getAppointmentId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return DateKeyset.keys();
    }
}
