package io.casework.casenotes.domain;

/**
 * A note's life: the author edits a DRAFT; once SUBMITTED for oversight only a manager acts on it (return to draft
 * or approve); FINAL is for ever. Unlike LCS, nothing finalises itself when the oversight timescale passes (004
 * describes that as what LCS does, a known pain point): an overdue oversight is a breached deadline, not a lost comment.
 */
public enum NoteStatus {
    DRAFT,
    SUBMITTED,
    FINAL
}
