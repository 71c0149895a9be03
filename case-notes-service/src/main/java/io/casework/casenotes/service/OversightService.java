package io.casework.casenotes.service;

import io.casework.backbone.outbox.Outbox;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.repository.CaseNote;
import io.casework.casenotes.repository.CaseNoteRepository;
import io.casework.casenotes.repository.CaseNoteVersion;
import io.casework.casenotes.repository.CaseNoteVersionRepository;
import io.casework.casenotes.repository.ManagementEntry;
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
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Applies a manager's oversight decision, made in approvals-service, to the note it concerns: a management entry
 * attributed to that manager is written on the child's record (001, 003 s.5i), then the note is finalised or
 * returned to draft as a new version carrying the manager's comments.
 */
@ApplicationScoped
public class OversightService {

    private static final Logger LOG = Logger.getLogger(OversightService.class);

    @Inject
    RecordChain chain;

    @Inject
    CaseNoteRepository notes;

    @Inject
    CaseNoteVersionRepository versions;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

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
        if (decision.subjectVersion() > 0 && decision.subjectVersion() != note.getCurrentVersion()) {
            // Decided on a version the note has moved on from (returned and submitted again, say): a late or replayed
            // decision never lands on a newer version (issue 17). The newer version has its own request.
            LOG.warnf("Decision %s on version %d of note %s not applied: the note is at version %d",
                    decision.requestId(), decision.subjectVersion(), noteId, note.getCurrentVersion());
            return;
        }
        note.refusalToDecide(decision.decidedBy()).ifPresent(refusal -> {
            throw new InvalidEventException("decision " + decision.requestId() + " cannot be applied: "
                    + refusal.reason());
        });
        Instant now = clock.instant();
        ManagementEntry entry = ManagementEntry.oversight(note, decision, now);
        chain.append(entry);
        outbox.publish(note.getChildId().toString(), new ManagementOversightRecorded(entry.getId(), note.getId(),
                note.getChildId(), Outcome.valueOf(entry.getOutcome()), entry.getManagerUsername(),
                entry.getManagerName(), entry.getManagerDesignation(), entry.getDecidedAt()));
        if (decision.outcome() == Outcome.APPROVED) {
            note.approve(decision.decidedBy(), now);
            outbox.publish(note.getChildId().toString(), new CaseNoteFinalised(note.getId(), note.getChildId(),
                    note.getCurrentVersion(), note.getNoteType(), decision.decidedBy(),
                    note.getFinalisedAt()));
        } else {
            returnForChanges(note, decision, now);
        }
    }

    // The returned note keeps every earlier version; the new draft starts from what was submitted.
    private void returnForChanges(CaseNote note, ApprovalDecided decision, Instant now) {
        CaseNoteVersion submitted = versions.current(note);
        note.returnForChanges(decision.decidedBy());
        CaseNoteVersion draft = CaseNoteVersion.returned(note, submitted, decision.comments(), decision.decidedBy(),
                now);
        chain.append(draft);
        outbox.publish(note.getChildId().toString(), new CaseNoteReturned(note.getId(), note.getChildId(),
                note.getCurrentVersion(), decision.decidedBy(), decision.comments(), draft.getSavedAt(),
                note.getNoteType()));
    }
}
