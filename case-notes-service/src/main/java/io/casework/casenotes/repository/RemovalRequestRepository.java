package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.domain.RemovalRequestState;
import io.casework.contracts.NoteContentField;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RemovalRequestRepository implements PanacheRepositoryBase<RemovalRequest, UUID> {

    /**
     * One page of the note's removal requests, the latest first (then by id, the cursor's keys); {@code limit + 1}
     * rows. The index information_removal_request_note_page serves exactly this order.
     */
    public List<RemovalRequest> ofNote(UUID noteId, PageQuery page) {
        StringBuilder query = new StringBuilder("noteId = :note");
        Parameters parameters = Parameters.with("note", noteId);
        PageCursor after = page.after();
        if (after != null) {
            query.append(" and (requestedAt, id) < (:at, :id)");
            parameters.and("at", after.instant(0)).and("id", after.uuid(1));
        }
        return find(query.toString(), Sort.descending("requestedAt", "id"), parameters).page(0, page.rows()).list();
    }

    /** The parts of one version that a pending or approved request names: they are asked for, or gone. */
    public Set<NoteContentField> namedParts(UUID noteId, int version) {
        Set<NoteContentField> named = EnumSet.noneOf(NoteContentField.class);
        list("noteId = ?1 and noteVersion = ?2 and state in ?3", noteId, version,
                List.of(RemovalRequestState.PENDING, RemovalRequestState.APPROVED))
                .forEach(request -> named.addAll(request.getFields()));
        return named;
    }

    /** Row-locked, so that one decision is applied once. */
    public Optional<RemovalRequest> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public static PageCursor cursorOf(RemovalRequest request) {
        return PageCursor.of(request.getRequestedAt(), request.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.INSTANT, PageCursor.Key.UUID};
    }
}
