package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.contracts.NoteType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class CaseNoteRepository implements PanacheRepositoryBase<CaseNote, UUID> {

    /**
     * What a screen narrows a child's notes by; null (or no types) for no narrowing.
     *
     * @param types       any of these types
     * @param author      written by this username
     * @param significant recording a significant event (true) or not (false)
     * @param management  management entries (true) or not (false)
     * @param familyGroup written for several children at once, in this group
     */
    public record NoteFilter(Set<NoteType> types, NoteStatus status, LocalDate from, LocalDate to, String author,
                             Boolean significant, Boolean management, UUID familyGroup) {

        public static NoteFilter none() {
            return new NoteFilter(Set.of(), null, null, null, null, null, null, null);
        }
    }

    /**
     * One page of the child's notes, the latest event first (then the latest written, then by id, the cursor's
     * keys); {@code limit + 1} rows. The index case_note_child_page serves exactly this order, and each filter has
     * an index in the same order (V6, V10).
     */
    public List<CaseNote> ofChild(UUID childId, NoteFilter filter, PageQuery page) {
        StringBuilder query = new StringBuilder("childId = :child");
        Parameters parameters = Parameters.with("child", childId);
        if (!filter.types().isEmpty()) {
            query.append(" and noteType in :types");
            parameters.and("types", filter.types());
        }
        if (filter.author() != null) {
            query.append(" and authorUsername = :author");
            parameters.and("author", filter.author());
        }
        if (filter.significant() != null) {
            query.append(" and significant = :significant");
            parameters.and("significant", filter.significant());
        }
        if (filter.management() != null) {
            query.append(" and managementEntry = :management");
            parameters.and("management", filter.management());
        }
        if (filter.familyGroup() != null) {
            query.append(" and familyGroupId = :familyGroup");
            parameters.and("familyGroup", filter.familyGroup());
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
            query.append(" and (eventDate, writtenAt, id) < (:date, :written, :id)");
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

    /** The amendments and disputes naming each of these notes, by the note they name, oldest first. */
    public Map<UUID, List<CaseNote>> correcting(Collection<UUID> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        return list("correctsNoteId in ?1 order by writtenAt, id", noteIds).stream()
                .collect(Collectors.groupingBy(CaseNote::getCorrectsNoteId));
    }

    /** Row-locked, so that an edit and a manager's decision on the same note cannot interleave. */
    public Optional<CaseNote> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
