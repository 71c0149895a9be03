package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.contracts.DocumentType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    /** What a screen narrows a child's documents by; no types and no note for none. */
    public record DocumentFilter(Set<DocumentType> types, UUID noteId) {

        public static DocumentFilter none() {
            return new DocumentFilter(Set.of(), null);
        }
    }

    /**
     * One page of the child's documents, the latest added first (then by id, the cursor's keys, compared as one row
     * value); {@code limit + 1} rows. The indexes document_child_page and document_note_page serve this order (V16).
     */
    public List<Document> ofChild(UUID childId, DocumentFilter filter, PageQuery page) {
        StringBuilder query = new StringBuilder("childId = :child");
        Parameters parameters = Parameters.with("child", childId);
        if (!filter.types().isEmpty()) {
            query.append(" and documentType in :types");
            parameters.and("types", filter.types());
        }
        if (filter.noteId() != null) {
            query.append(" and noteId = :note");
            parameters.and("note", filter.noteId());
        }
        PageCursor after = page.after();
        if (after != null) {
            query.append(" and (addedAt, id) < (:added, :id)");
            parameters.and("added", after.instant(0)).and("id", after.uuid(1));
        }
        return find(query.toString(), Sort.descending("addedAt", "id"), parameters).page(0, page.rows()).list();
    }

    public static PageCursor cursorOf(Document document) {
        return PageCursor.of(document.getAddedAt(), document.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.INSTANT, PageCursor.Key.UUID};
    }

    /** The version that replaced this one, if any (at most one: the unique index document_superseded_once). */
    public Optional<Document> supersededBy(UUID documentId) {
        return find("supersedes", documentId).firstResultOptional();
    }

    /** The newer version of each of these documents that has one, by the id of the one it replaces. */
    public Map<UUID, UUID> supersededBy(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("supersedes in ?1", ids).stream()
                .collect(Collectors.toMap(Document::getSupersedes, Document::getId));
    }

    /** Every document of the child, oldest first: for the subject access export, which pages through it itself. */
    public List<Document> allOf(UUID childId) {
        return list("childId", Sort.ascending("addedAt", "id"), childId);
    }
}
