package io.casework.casenotes.service;

import io.casework.backbone.outbox.Outbox;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.domain.NoteLifecycle;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.repository.CaseNote;
import io.casework.casenotes.repository.CaseNoteRepository;
import io.casework.casenotes.repository.CaseNoteVersion;
import io.casework.casenotes.repository.CaseNoteVersionRepository;
import io.casework.casenotes.repository.ManagementEntry;
import io.casework.casenotes.repository.ManagementEntryRepository;
import io.casework.contracts.InvalidEventException;
import io.casework.contracts.NoteOversight;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.CaseNoteFinalised;
import io.casework.contracts.events.CaseNoteReturned;
import io.casework.contracts.events.ManagementOversightRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Applies a manager's oversight decision, made in approvals-service, to the note it concerns: a management entry
 * attributed to that manager is written on the child's record (001, 003 s.5i), then the note is finalised or
 * returned to draft as a new version carrying the manager's comments.
 */
@ApplicationScoped
public class OversightService {

    /** The approval kinds that are oversight of a case note. */

    @Inject
    RecordChain chain;

    @Inject
    CaseNoteRepository notes;

    @Inject
    CaseNoteVersionRepository versions;

    @Inject
    ManagementEntryRepository managementEntries;

    @Inject
    Outbox outbox;

    /** A decision on a note's oversight becomes its management entry; decisions of other kinds are not ours. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ApprovalDecided decision) {
        if (!NoteOversight.covers(decision.kind())) {
            return;
        }
        UUID noteId = UUID.fromString(decision.subjectId());
        CaseNote note = notes.findForUpdate(noteId)
                .orElseThrow(() -> new InvalidEventException("decision " + decision.requestId()
                        + " concerns note " + noteId + ", which this service does not hold"));
        NoteLifecycle.canDecide(note.status, note.authorUsername, decision.decidedBy()).ifPresent(refusal -> {
            throw new InvalidEventException("decision " + decision.requestId() + " cannot be applied: "
                    + refusal.reason());
        });
        ManagementEntry entry = record(note, decision);
        outbox.publish(note.childId.toString(), new ManagementOversightRecorded(entry.id, note.id, note.childId,
                Outcome.valueOf(entry.outcome), entry.managerUsername, entry.managerName, entry.managerDesignation, entry.decidedAt));
        if (decision.outcome() == Outcome.APPROVED) {
            note.status = NoteStatus.FINAL;
            note.finalisedAt = Instant.now();
            outbox.publish(note.childId.toString(), new CaseNoteFinalised(note.id, note.childId, note.currentVersion,
                    note.noteType.name(), decision.decidedBy(), note.finalisedAt));
        } else {
            returnToDraft(note, decision);
        }
    }

    private ManagementEntry record(CaseNote note, ApprovalDecided decision) {
        ManagementEntry entry = new ManagementEntry();
        entry.id = UUID.randomUUID();
        entry.childId = note.childId;
        entry.noteId = note.id;
        entry.kind = decision.kind();
        entry.outcome = decision.outcome().name();
        entry.comments = decision.comments() == null ? "" : decision.comments();
        entry.managerUsername = decision.decidedBy();
        entry.managerName = decision.decidedByName();
        entry.managerDesignation = decision.decidedByDesignation();
        entry.decidedAt = decision.decidedAt();
        entry.recordedAt = Instant.now();
        entry.approvalRequestId = decision.requestId();
        chain.append(entry);
        return entry;
    }

    // The returned note keeps every earlier version; the new draft starts from what was submitted.
    private void returnToDraft(CaseNote note, ApprovalDecided decision) {
        CaseNoteVersion submitted = versions.current(note);
        note.currentVersion++;
        note.status = NoteStatus.DRAFT;
        note.submittedAt = null;
        CaseNoteVersion draft = new CaseNoteVersion();
        draft.id = new CaseNoteVersion.Key(note.id, note.currentVersion);
        draft.title = submitted.title;
        draft.narrative = submitted.narrative;
        draft.childsWords = submitted.childsWords;
        draft.childsWordsHow = submitted.childsWordsHow;
        draft.visit = submitted.visit;
        draft.returnComments = decision.comments();
        draft.savedAt = Instant.now();
        draft.savedBy = decision.decidedBy();
        draft.childId = note.childId;
        chain.append(draft);
        outbox.publish(note.childId.toString(), new CaseNoteReturned(note.id, note.childId, note.currentVersion,
                decision.decidedBy(), decision.comments(), draft.savedAt));
    }
}
