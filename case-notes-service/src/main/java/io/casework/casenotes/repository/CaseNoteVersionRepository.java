package io.casework.casenotes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CaseNoteVersionRepository implements PanacheRepositoryBase<CaseNoteVersion, CaseNoteVersion.Key> {

    public CaseNoteVersion current(CaseNote note) {
        return findById(new CaseNoteVersion.Key(note.id, note.currentVersion));
    }

    public List<CaseNoteVersion> allOf(UUID noteId) {
        return list("id.noteId = ?1 order by id.version", noteId);
    }
}
