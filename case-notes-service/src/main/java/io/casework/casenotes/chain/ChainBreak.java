package io.casework.casenotes.chain;

/**
 * The first place a child's chain fails to verify.
 *
 * @param position  the position on the chain where it fails
 * @param entry     the entry found there ("note version 3 of note …"), or what is missing
 * @param change    what kind of change it shows
 * @param detail    one sentence for the auditor
 */
public record ChainBreak(long position, String entry, Change change, String detail) {

    public enum Change {
        /** The entry's content is not what was sealed. */
        CHANGED,
        /** One or more entries are gone: a gap in the positions, or fewer entries than the chain's head records. */
        MISSING,
        /** An authentic entry stands where it was not written: the order was changed. */
        MOVED,
        /** The digests agree but a seal does not: the chain was recomputed without the key. */
        FORGED,
        /** Sealed with a key this service does not hold: restore the key (docs/security.md), then verify again. */
        UNKNOWN_KEY
    }
}
