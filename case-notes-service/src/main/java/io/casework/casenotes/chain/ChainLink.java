package io.casework.casenotes.chain;

import java.util.SortedMap;

/**
 * One chained entry as stored: which entry it is (for the report), its fields as {@link ChainFields} gives them, and
 * its seal. {@code fields} is null when the stored row no longer reads as its kind (a corrupted visit section).
 */
public record ChainLink(ChainKind kind, String reference, SortedMap<String, String> fields, ChainSeal seal) {

    public long position() {
        return seal.position();
    }
}
