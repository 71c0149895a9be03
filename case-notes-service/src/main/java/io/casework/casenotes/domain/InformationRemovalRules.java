package io.casework.casenotes.domain;

import io.casework.contracts.NoteContentField;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a request to remove factually inaccurate personal information may be made (002 s.5, 001 "Case Record
 * Integrity"). Only from a finalised note: a draft is corrected by its author and a submitted note by a manager
 * returning it, so a removal is the exception for what can no longer change. It names one version that exists and
 * parts of it that hold something, each once, and nothing another request already asks for or removed.
 */
public final class InformationRemovalRules {

    private InformationRemovalRules() {
    }

    /** Why a request is refused, and the body field it concerns (null when it concerns the note's state). */
    public record Refusal(Reason reason, String field, String detail) {
    }

    public enum Reason {
        /** The note is not final: 409. */
        NOT_FINAL,
        /** The request does not fit the note (a version it does not have, a part that holds nothing): 422. */
        DOES_NOT_FIT,
        /** Another request already asks for, or removed, one of the parts: 409. */
        ALREADY_REQUESTED
    }

    /**
     * @param status         the note's state
     * @param currentVersion the note's latest version
     * @param version        the version the request names
     * @param parts          the parts it names
     * @param holding        the parts that version holds content in (not empty, not removed already)
     * @param alreadyNamed   the parts of that version a pending or approved request names
     */
    public static Optional<Refusal> refusal(NoteStatus status, int currentVersion, int version,
            List<NoteContentField> parts, Set<NoteContentField> holding, Set<NoteContentField> alreadyNamed) {
        if (status != NoteStatus.FINAL) {
            return Optional.of(new Refusal(Reason.NOT_FINAL, null, "Only a final note's information is removed "
                    + "this way (002 s.5): a draft is corrected by its author, a submitted note by a manager "
                    + "returning it to draft."));
        }
        if (version < 1 || version > currentVersion) {
            return Optional.of(new Refusal(Reason.DOES_NOT_FIT, "version", "the note has versions 1 to "
                    + currentVersion));
        }
        if (new HashSet<>(parts).size() != parts.size()) {
            return Optional.of(new Refusal(Reason.DOES_NOT_FIT, "fields", "name each part once"));
        }
        List<NoteContentField> empty = parts.stream().filter(part -> !holding.contains(part)).toList();
        if (!empty.isEmpty()) {
            return Optional.of(new Refusal(Reason.DOES_NOT_FIT, "fields", "version " + version + " holds nothing in "
                    + words(empty) + " to remove"));
        }
        List<NoteContentField> named = parts.stream().filter(alreadyNamed::contains).toList();
        if (!named.isEmpty()) {
            return Optional.of(new Refusal(Reason.ALREADY_REQUESTED, "fields", "Another request already asks for "
                    + "the removal of " + words(named) + " from version " + version + ", or it was removed."));
        }
        return Optional.empty();
    }

    private static String words(List<NoteContentField> parts) {
        return parts.stream().map(NoteContentField::words).collect(Collectors.joining(", "));
    }
}
