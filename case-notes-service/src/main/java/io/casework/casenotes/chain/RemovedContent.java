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
 *
 * <p>A text part is its own field and is left holding the marker. A structured section is a key of the version's one
 * {@code sections} field: removing it leaves the sections without that key, so a removal records the digest of the
 * sections as it leaves them. The legacy visit section of a version saved before there were sections is a field of its
 * own, left empty.
 */
public final class RemovedContent {

    /** What a removed text part shows in place of its content (the database writes the same words, V12). */
    public static final String MARKER = "[Removed: factually inaccurate personal information]";

    /** The note version's chained field that holds every structured section ({@link ChainFields#noteVersion}). */
    static final String SECTIONS = "sections";

    private RemovedContent() {
    }

    /**
     * The key the part is stored under in a version's sections, or null for a text part. The database names the same
     * keys (V13, {@code casework_removed_section_keys}).
     */
    static String sectionKey(NoteContentField part) {
        return switch (part) {
            case TITLE, NARRATIVE, CHILDS_WORDS, CHILDS_WORDS_HOW_OBTAINED -> null;
            case VISIT -> "visit";
            case PARENTS_AND_CARERS -> "parentsAndCarers";
            case STATEMENTS -> "statements";
            case INTERPRETER -> "interpreter";
            case CONTACT -> "contact";
            case KEEP_IN_TOUCH -> "keepInTouch";
            case INFORMATION_SHARING -> "informationSharing";
            case WITHHELD -> "withheld";
            case SIGNIFICANT_EVENT -> "significantEvent";
        };
    }

    /**
     * The note version's chained field ({@link ChainFields#noteVersion}) that holds the part: a section is in the
     * version's sections when it has them; a version saved before there were sections kept its visit section in a
     * field of its own, and no other section.
     */
    static String chainField(NoteContentField part, boolean versionHasSections) {
        return switch (part) {
            case TITLE -> "title";
            case NARRATIVE -> "narrative";
            case CHILDS_WORDS -> "childsWords";
            case CHILDS_WORDS_HOW_OBTAINED -> "childsWordsHow";
            case VISIT -> versionHasSections ? SECTIONS : "visit";
            default -> SECTIONS;
        };
    }

    /**
     * Whether a version still holds content in the part: a text part with something recorded there, not removed
     * already; a section present and not empty.
     */
    public static boolean holdsContent(SortedMap<String, String> versionFields, NoteContentField part) {
        String field = chainField(part, versionFields.containsKey(SECTIONS));
        String value = versionFields.get(field);
        if (value == null) {
            return false;
        }
        return field.equals(SECTIONS) ? ChainFields.holdsSection(value, sectionKey(part))
                : !value.isBlank() && !value.equals(MARKER);
    }

    /**
     * What a removal of {@code parts} from the version records so that the version still verifies once redacted:
     * each part's digest before, in the order named, and, when it takes any of the version's sections, the digest of
     * the sections it leaves. Computed before the database redacts, from the version as sealed, with the serialisation
     * its seal covers.
     */
    public static Digests digests(SortedMap<String, String> versionFields, List<NoteContentField> parts) {
        boolean hasSections = versionFields.containsKey(SECTIONS);
        List<String> original = parts.stream()
                .map(part -> ChainDigest.fieldDigest(versionFields.get(chainField(part, hasSections)))).toList();
        List<String> keys = parts.stream().filter(part -> chainField(part, hasSections).equals(SECTIONS))
                .map(RemovedContent::sectionKey).toList();
        return new Digests(original, keys.isEmpty() || !hasSections ? null
                : ChainDigest.fieldDigest(ChainFields.sectionsWithout(versionFields.get(SECTIONS), keys)));
    }

    /**
     * The digests a removal records.
     *
     * @param original     each removed part's digest before the removal, in the order of the parts
     * @param sectionsLeft the digest of the version's sections as the removal leaves them; null when it takes none
     */
    public record Digests(List<String> original, String sectionsLeft) {
    }

    /**
     * The removed fields of every note version of a chain that has any, from its removal entries: by version
     * ({@link #versionKey}), each field's digest from before and the digest of what was left in its place. When
     * several removals took sections of one version, its sections count with their digest from before the first, as
     * long as they hold what the last one left.
     *
     * @param removals the removal entries that vouch for a redaction, in chain order: those the service sealed as they
     *                 stand (a removal row written or changed behind the service's back cannot make a redacted version
     *                 verify)
     */
    static Map<String, Map<String, ChainDigest.Removed>> byVersion(List<ChainLink> removals) {
        Map<String, Map<String, ChainDigest.Removed>> removed = new HashMap<>();
        for (ChainLink link : removals) {
            String[] parts = link.fields().get("fields").split(",");
            String[] digests = link.fields().get("originalDigests").split(",");
            String sectionsLeft = link.fields().get("sectionsLeftDigest");
            Map<String, ChainDigest.Removed> fields = removed.computeIfAbsent(
                    versionKey(link.fields().get("noteId"), link.fields().get("noteVersion")), v -> new HashMap<>());
            for (int i = 0; i < parts.length && i < digests.length; i++) {
                NoteContentField part = NoteContentField.valueOf(parts[i]);
                String field = chainField(part, sectionsLeft != null);
                fields.merge(field, new ChainDigest.Removed(digests[i], leftBehind(field, sectionsLeft)),
                        (first, last) -> new ChainDigest.Removed(first.originalDigest(), last.leftBehindDigest()));
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

    // The digest of what a removal left in the field: the marker in a text part, nothing in a legacy visit section,
    // the sections as the removal recorded them (none recorded: a removal this service never writes, which vouches for
    // nothing).
    private static String leftBehind(String field, String sectionsLeft) {
        return switch (field) {
            case SECTIONS -> sectionsLeft;
            case "visit" -> ChainDigest.fieldDigest(null);
            default -> ChainDigest.fieldDigest(MARKER);
        };
    }

    private static String versionKey(String noteId, String version) {
        return noteId + "/" + version;
    }
}
