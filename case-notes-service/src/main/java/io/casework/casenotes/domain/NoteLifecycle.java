package io.casework.casenotes.domain;

import io.casework.contracts.NoteType;

import java.util.Optional;

/**
 * What may happen to a note in each state, and by whom. Each check returns the refusal, empty when allowed.
 * 001 "Case Record Integrity", 002 s.5: a finalised entry is never changed; corrections are new entries.
 */
public final class NoteLifecycle {

    private NoteLifecycle() {
    }

    /** Why something is refused: the person may not do it at all, or the note is not in a state that allows it. */
    public record Refusal(boolean notPermitted, String reason) {

        static Optional<Refusal> notPermitted(String reason) {
            return Optional.of(new Refusal(true, reason));
        }

        static Optional<Refusal> wrongState(String reason) {
            return Optional.of(new Refusal(false, reason));
        }
    }

    /**
     * A transition the lifecycle refuses, attempted anyway: a bug in the caller, which asks for the refusal first and
     * answers it as a problem or an invalid event, never a user's mistake.
     */
    public static final class IllegalNoteTransition extends IllegalStateException {

        private final transient Refusal refusal;

        public IllegalNoteTransition(Refusal refusal) {
            super(refusal.reason());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** Lets the transition go ahead, or throws {@link IllegalNoteTransition} with the refusal. */
    public static void require(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new IllegalNoteTransition(r);
        });
    }

    public static Optional<Refusal> canEdit(NoteStatus status, String author, String caller) {
        if (!author.equals(caller)) {
            return Refusal.notPermitted("only the author may edit a draft note");
        }
        return switch (status) {
            case DRAFT -> Optional.empty();
            case SUBMITTED -> Refusal.wrongState("the note is with a manager for oversight: its author cannot edit it");
            case FINAL -> Refusal.wrongState("a final note is never changed; record a correction as a new entry "
                    + "(001 \"Case Record Integrity\", 002 s.5)");
        };
    }

    public static Optional<Refusal> canSubmit(NoteStatus status, String author, String caller) {
        if (!author.equals(caller)) {
            return Refusal.notPermitted("only the author may submit a note");
        }
        return status == NoteStatus.DRAFT ? Optional.empty() : Refusal.wrongState("only a draft can be submitted");
    }

    /** A note that needs oversight becomes final only through a manager's decision, never by its author alone. */
    public static Optional<Refusal> canFinaliseByAuthor(NoteType type, NoteStatus status, String author,
                                                        String caller) {
        if (!author.equals(caller)) {
            return Refusal.notPermitted("only the author may finalise their note");
        }
        if (type.needsOversight()) {
            return Refusal.wrongState("a statutory visit note is final only after practice manager oversight (004)");
        }
        return status == NoteStatus.DRAFT ? Optional.empty() : Refusal.wrongState("only a draft can be finalised");
    }

    /**
     * A note's type is fixed when it is written, but a draft visit's kind may be corrected: a statutory visit where
     * the child turns out not to have been seen is recorded as a visit instead (003 s.5b, 004), which reaches the
     * services that counted it when the note is submitted again.
     */
    public static Optional<Refusal> canRetype(NoteType from, NoteType to) {
        if (from == to || (from.visit() && to.visit())) {
            return Optional.empty();
        }
        return Refusal.wrongState("a note's type is fixed when it is written (it stays " + from + "); only a "
                + "visit's kind may be corrected, to another kind of visit");
    }

    /** Only a final entry is corrected by an amendment; a draft or submitted one is changed by its lifecycle. */
    public static Optional<Refusal> canAmend(NoteStatus status) {
        return status == NoteStatus.FINAL ? Optional.empty()
                : Refusal.wrongState("only a final entry is corrected by an amendment (001 \"Case Record "
                + "Integrity\"); this one is " + status + " and is corrected through its own lifecycle");
    }

    /** A draft is still its author's to change; an entry on the record (submitted or final) can be disputed. */
    public static Optional<Refusal> canDispute(NoteStatus status) {
        return status == NoteStatus.DRAFT
                ? Refusal.wrongState("a draft is still its author's to change; a dispute is recorded against an "
                + "entry once it is submitted or final (002 s.5)")
                : Optional.empty();
    }

    /** Nobody approves or returns their own note (Primero: self-approval is refused by a permission). */
    public static Optional<Refusal> canDecide(NoteStatus status, String author, String decidedBy) {
        if (author.equals(decidedBy)) {
            return Refusal.notPermitted("nobody may decide oversight of their own note");
        }
        return status == NoteStatus.SUBMITTED ? Optional.empty()
                : Refusal.wrongState("oversight can only be decided on a submitted note; this one is " + status);
    }
}
