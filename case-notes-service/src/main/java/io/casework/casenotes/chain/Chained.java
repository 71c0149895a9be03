package io.casework.casenotes.chain;

import java.util.SortedMap;
import java.util.UUID;

/** An entry that goes on its child's chain: it says what its seal covers and takes the seal before it is inserted. */
public interface Chained {

    UUID chainChildId();

    ChainKind chainKind();

    /** Its fields as {@link ChainFields} gives them for its kind. */
    SortedMap<String, String> chainFields();

    /** Takes its seal; its times are cut to what the database keeps ({@link ChainFields#storable}) first. */
    void seal(ChainSeal seal);
}
