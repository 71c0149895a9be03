package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.NoteType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseNoteRepository implements PanacheRepositoryBase<CaseNote, UUID> {

    /** What a screen narrows a child's notes by; null for no narrowing. */
    public record NoteFilter(NoteType type, NoteStatus status, LocalDate from, LocalDate to) {
    }

    /**
     * One page of the child's notes, the latest event first (then the latest written, then by id, the cursor's
     * keys); {@code limit + 1} rows. The index case_note_child_page serves exactly this order.
     */
    public List<CaseNote> ofChild(UUID childId, NoteFilter filter, PageQuery page) {
        StringBuilder query = new StringBuilder("childId = :child");
        Parameters parameters = Parameters.with("child", childId);
        if (filter.type() != null) {
            query.append(" and noteType = :type");
            parameters.and("type", filter.type());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.from() != null) {
            query.append(" and eventDate >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and eventDate <= :to");
            parameters.and("to", filter.to());
        }
        PageCursor after = page.after();
        if (after != null) {
            query.append(" and (eventDate < :date or (eventDate = :date and (writtenAt < :written"
                    + " or (writtenAt = :written and id < :id))))");
            parameters.and("date", after.date(0)).and("written", after.instant(1)).and("id", after.uuid(2));
        }
        return find(query.toString(), Sort.descending("eventDate", "writtenAt", "id"), parameters)
                .page(0, page.rows()).list();
    }

    public static PageCursor cursorOf(CaseNote note) {
        return PageCursor.of(note.getEventDate(), note.getWrittenAt(), note.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.DATE, PageCursor.Key.INSTANT, PageCursor.Key.UUID};
    }

    /** Row-locked, so that an edit and a manager's decision on the same note cannot interleave. */
    public Optional<CaseNote> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
