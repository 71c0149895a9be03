package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.chain.RecordChain;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** The acts on pathway steps (V20's pathway_step_entry), each appended through the child's chain. */
@ApplicationScoped
public class PathwayStepEntryRepository implements PanacheRepositoryBase<PathwayStepEntry, UUID> {

    @Inject
    RecordChain chain;

    /** Seals the entry on the child's chain and stores it, in the caller's transaction. */
    public void append(PathwayStepEntry entry) {
        chain.append(entry);
    }

    /**
     * One page of a step's entries, the latest first (then by id: the cursor's keys); {@code limit + 1} rows, of one
     * act when {@code act} is named. The index pathway_step_entry_page serves this order.
     */
    public List<PathwayStepEntry> ofStep(UUID stepId, PathwayStepEntry.Act act, PageQuery page) {
        StringBuilder query = new StringBuilder("stepId = :step");
        Parameters parameters = Parameters.with("step", stepId);
        if (act != null) {
            query.append(" and act = :act");
            parameters.and("act", act);
        }
        LatestFirst.after(query, parameters, page, "at");
        return find(query.toString(), LatestFirst.sort("at"), parameters).page(0, page.rows()).list();
    }

    /** Every entry of the step, in the order they were made: what a re-add copies. */
    public List<PathwayStepEntry> allOfStep(UUID stepId) {
        return list("stepId", Sort.ascending("at", "id"), stepId);
    }

    /** Whether the case note is linked to the step already. */
    /** Every entry on the child's pathway, each step's in the order they were made: a subject access export's. */
    public List<PathwayStepEntry> allOfChild(UUID childId) {
        return find("childId", Sort.ascending("at", "id"), childId).list();
    }

    public boolean linked(UUID stepId, UUID noteId) {
        // The unique index pathway_step_entry_note_once serves this lookup.
        Number found = (Number) getEntityManager().createNativeQuery(
                        "select count(*) from pathway_step_entry where step_id = ?1 and act = 'CASE_NOTE_LINKED' "
                                + "and facts ->> 'noteId' = ?2")
                .setParameter(1, stepId).setParameter(2, noteId.toString()).getSingleResult();
        return found.longValue() > 0;
    }

    public static PageCursor cursorOf(PathwayStepEntry entry) {
        return LatestFirst.cursor(entry.getAt(), entry.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return LatestFirst.KEYS;
    }
}
