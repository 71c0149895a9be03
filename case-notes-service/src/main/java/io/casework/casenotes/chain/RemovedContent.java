package io.casework.casenotes.chain;

import io.casework.contracts.NoteContentField;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What removing factually inaccurate personal information (002 s.5) does to a note version, in the chain's terms:
 * which chained field holds each part a request can name, what the part holds once removed, and how the removal's own
 * entry tells the verifier each removed field's digest from before. The version keeps its place and its seal; the
 * removal entry, sealed like any other, is what vouches for the redaction.
 */
public final class RemovedContent {

    /** What a removed text part shows in place of its content (the database writes the same words, V12). */
    public static final String MARKER = "[Removed: factually inaccurate personal information]";

    private RemovedContent() {
    }

    /** The note version's chained field ({@link ChainFields#noteVersion}) that holds the part. */
    public static String chainField(NoteContentField part) {
        return switch (part) {
            case TITLE -> "title";
            case NARRATIVE -> "narrative";
            case CHILDS_WORDS -> "childsWords";
            case CHILDS_WORDS_HOW_OBTAINED -> "childsWordsHow";
            case VISIT -> "visit";
        };
    }

    /** What the part holds once removed: the marker, or nothing for the visit section, a structured whole. */
    public static String leftBehind(NoteContentField part) {
        return part == NoteContentField.VISIT ? null : MARKER;
    }

    /** Whether a version still holds content in the part: something recorded there, not removed already. */
    public static boolean holdsContent(SortedMap<String, String> versionFields, NoteContentField part) {
        String value = versionFields.get(chainField(part));
        return value != null && !value.isBlank() && !value.equals(MARKER);
    }

    /**
     * The removed fields of every note version of a chain that has any, from its removal entries: by version
     * ({@link #versionKey}), each field's digest from before and what was left in its place.
     *
     * @param removals the removal entries that vouch for a redaction: those the service sealed as they stand (a
     *                 removal row written or changed behind the service's back cannot make a redacted version verify)
     */
    static Map<String, Map<String, ChainDigest.Removed>> byVersion(List<ChainLink> removals) {
        Map<String, Map<String, ChainDigest.Removed>> removed = new HashMap<>();
        for (ChainLink link : removals) {
            String[] parts = link.fields().get("fields").split(",");
            String[] digests = link.fields().get("originalDigests").split(",");
            Map<String, ChainDigest.Removed> fields = removed.computeIfAbsent(
                    versionKey(link.fields().get("noteId"), link.fields().get("noteVersion")), v -> new HashMap<>());
            for (int i = 0; i < parts.length && i < digests.length; i++) {
                NoteContentField part = NoteContentField.valueOf(parts[i]);
                fields.put(chainField(part), new ChainDigest.Removed(digests[i], leftBehind(part)));
            }
        }
        return removed;
    }

    /** The removed fields of this entry: none unless it is a note version something was removed from. */
    static Map<String, ChainDigest.Removed> of(ChainLink link, Map<String, Map<String, ChainDigest.Removed>> byVersion) {
        if (link.kind() != ChainKind.NOTE_VERSION || link.fields() == null) {
            return Map.of();
        }
        return byVersion.getOrDefault(versionKey(link.fields().get("noteId"), link.fields().get("version")),
                Map.of());
    }

    private static String versionKey(String noteId, String version) {
        return noteId + "/" + version;
    }
}
