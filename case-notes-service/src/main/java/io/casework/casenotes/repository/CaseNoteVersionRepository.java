package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CaseNoteVersionRepository implements PanacheRepositoryBase<CaseNoteVersion, CaseNoteVersion.Key> {

    public CaseNoteVersion current(CaseNote note) {
        return findById(new CaseNoteVersion.Key(note.getId(), note.getCurrentVersion()));
    }

    /** One page of the note's versions, first to latest; {@code limit + 1} rows. */
    public List<CaseNoteVersion> allOf(UUID noteId, PageQuery page) {
        long after = page.after() == null ? 0 : page.after().number(0);
        return find("id.noteId = ?1 and id.version > ?2 order by id.version", noteId, (int) Math.min(after,
                Integer.MAX_VALUE)).page(0, page.rows()).list();
    }

    /** The current version of each of these notes, by note, in one query. */
    public Map<UUID, CaseNoteVersion> currentOf(Collection<UUID> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select v from CaseNoteVersion v, CaseNote n where v.id.noteId = n.id "
                        + "and v.id.version = n.currentVersion and n.id in :notes", CaseNoteVersion.class)
                .setParameter("notes", noteIds).getResultList().stream()
                .collect(Collectors.toMap(v -> v.getId().noteId(), Function.identity()));
    }

    public static PageCursor cursorOf(CaseNoteVersion version) {
        return PageCursor.of(version.getId().version());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.NUMBER};
    }
}
