package io.casework.casenotes.domain;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One thing on the record a subject access review decides on, named by a reference that stays the same while the note
 * does (a final note's current version changes only by a removal, which takes a whole section): a third-party
 * statement ({@code <noteId>.s<n>}, the n-th statement, from 0), an entry of the note's withheld section
 * ({@code <noteId>.w<n>}), the whole note ({@code <noteId>}), for a narrative that cannot be shared at all, or a
 * document on the record ({@code <documentId>.d}), which never changes once added.
 *
 * @param id the note's id, or for a {@link Kind#DOCUMENT} the document's
 */
public record ReviewItem(UUID id, Kind kind, int index) {

    /** The reference's form, for the path parameter's validation. */
    public static final String PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
            + "(\\.[sw][0-9]{1,4}|\\.d)?$";

    private static final Pattern FORM = Pattern.compile(PATTERN);

    public enum Kind {
        /** Information a third party gave, who is named (002 s.6) and is to be consulted before it is shared. */
        THIRD_PARTY_STATEMENT,
        /** Information the worker recorded as not to be shared, with a reason (002 s.8). */
        WITHHELD_INFORMATION,
        /** The whole note. */
        NOTE,
        /** A document on the record: a letter, report or photo, current or superseded (both are held). */
        DOCUMENT
    }

    public static ReviewItem statement(UUID noteId, int index) {
        return new ReviewItem(noteId, Kind.THIRD_PARTY_STATEMENT, index);
    }

    public static ReviewItem withheld(UUID noteId, int index) {
        return new ReviewItem(noteId, Kind.WITHHELD_INFORMATION, index);
    }

    public static ReviewItem note(UUID noteId) {
        return new ReviewItem(noteId, Kind.NOTE, 0);
    }

    public static ReviewItem document(UUID documentId) {
        return new ReviewItem(documentId, Kind.DOCUMENT, 0);
    }

    /** The note the item is on; null for a document. */
    public UUID noteId() {
        return kind == Kind.DOCUMENT ? null : id;
    }

    /** The document the item is; null for a note's items. */
    public UUID documentId() {
        return kind == Kind.DOCUMENT ? id : null;
    }

    /** The item a reference names, or empty when it is not one. */
    public static Optional<ReviewItem> parse(String ref) {
        if (ref == null || !FORM.matcher(ref).matches()) {
            return Optional.empty();
        }
        UUID noteId = UUID.fromString(ref.substring(0, 36));
        if (ref.length() == 36) {
            return Optional.of(note(noteId));
        }
        if (ref.charAt(37) == 'd') {
            return Optional.of(document(noteId));
        }
        int index = Integer.parseInt(ref.substring(38));
        return Optional.of(ref.charAt(37) == 's' ? statement(noteId, index) : withheld(noteId, index));
    }

    public String ref() {
        return switch (kind) {
            case NOTE -> id.toString();
            case THIRD_PARTY_STATEMENT -> id + ".s" + index;
            case WITHHELD_INFORMATION -> id + ".w" + index;
            case DOCUMENT -> id + ".d";
        };
    }
}
