package io.casework.visits.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RecordedVisitRepository implements PanacheRepositoryBase<RecordedVisit, UUID> {

    /** One page of the visits recorded on the child's notes, by the day of the visit, then note; limit + 1 rows. */
    public List<RecordedVisit> forChild(UUID childId, PageQuery page) {
        return DateKeyset.ofChild(this, "visitDate", "noteId", childId, page);
    }

    /** The order of a child's recorded visits, and the cursor that pages them: the day of the visit, then note. */
    /**
     * The last day the child was seen on a visit recorded on their case notes, as each note stands now (a corrected
     * note's latest version), or empty when no visit has seen them.
     */
    public Optional<LocalDate> lastSeenOn(UUID childId) {
        return Optional.ofNullable(getEntityManager().createQuery(
                        "select max(v.visitDate) from RecordedVisit v where v.childId = :child and v.childSeen = true",
                        LocalDate.class)
                .setParameter("child", childId).getSingleResult());
    }

    /** The last day each of these children was seen on a visit, for those seen at all. */
    public Map<UUID, LocalDate> lastSeenOn(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, LocalDate> seen = new HashMap<>();
        getEntityManager().createQuery("""
                        select v.childId, max(v.visitDate) from RecordedVisit v
                        where v.childId in :children and v.childSeen = true group by v.childId""", Object[].class)
                .setParameter("children", childIds).getResultList()
                .forEach(row -> seen.put((UUID) row[0], (LocalDate) row[1]));
        return seen;
    }

    public static PageCursor cursorOf(RecordedVisit visit) {
        return DateKeyset.cursor(visit.getVisitDate(), visit.getNoteId());
    }

    /** The kinds of {@link #cursorOf}'s keys, to check a cursor a client sends back. */
    public static PageCursor.Key[] cursorKeys() {
        return DateKeyset.keys();
    }
}
