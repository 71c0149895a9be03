package io.casework.casenotes.chain;

import io.casework.casenotes.domain.InformationSource;
import io.casework.casenotes.domain.LegacyVisitSection;
import io.casework.casenotes.domain.NoteSections;
import io.casework.casenotes.domain.ParentOrCarerView;
import io.casework.casenotes.domain.Statement;
import io.casework.casenotes.domain.StatementKind;
import io.casework.contracts.NoteContentField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lawful removal of factually inaccurate personal information (002 s.5) on made-up chains: the version keeps its
 * place and its seal, the removal entry vouches for exactly what it removed, and nothing else passes for a removal
 * (001 "Case Record Integrity"). The same through the API and a real database in InformationRemovalTest.
 */
class RemovedContentTest {

    private static final ChainKeyRing KEYS = new ChainKeyRing(Map.of("k1", "a test key of thirty-two bytes!!"
            .getBytes()), "k1");
    private static final ChainKeyRing FORGER = new ChainKeyRing(Map.of("k1", "the forger's own key, 32 bytes!!"
            .getBytes()), "k1");
    private static final ChainVerifier VERIFIER = new ChainVerifier(KEYS);
    private static final UUID CHILD = UUID.randomUUID();
    private static final UUID NOTE = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");
    private static final String NARRATIVE = "Saw Leo at home. Mrs Jones next door has a heart condition.";
    private static final Statement STATEMENT = new Statement("Mrs Jones next door has a heart condition.",
            StatementKind.FACT, InformationSource.THIRD_PARTY, "Mr Jones, her husband");
    private static final ParentOrCarerView VIEW = new ParentOrCarerView("Sarah Test", "Mother",
            "Mornings are calmer since the new routine.");
    private static final NoteSections SECTIONS = NoteSections.builder().statements(List.of(STATEMENT))
            .parentsAndCarers(List.of(VIEW)).build();
    /** A visit section as versions saved it before there were sections. */
    private static final LegacyVisitSection LEGACY_VISIT = new LegacyVisitSection("Family home", null,
            "Statutory visit", null, null, null, null, true, null, true, null, null, "Mother says things are calmer.",
            null, null, null, null);

    @Nested
    @DisplayName("002 s.5: a version some of whose parts were removed")
    class Removed {

        @Test
        @DisplayName("still verifies, in its place, once its removal entry is on the chain")
        void verifies() {
            Chain chain = new Chain();
            chain.version();
            chain.removal(KEYS, "NARRATIVE");
            chain.redact("narrative", RemovedContent.MARKER);
            ChainVerdict verdict = chain.verify();
            assertThat(verdict.intact()).isTrue();
            assertThat(verdict.entries()).isEqualTo(2);
        }

        @Test
        @DisplayName("the visit section of a version saved before there were sections, removed to nothing, verifies "
                + "too")
        void legacyVisitRemoved() {
            Chain chain = new Chain();
            chain.append(ChainKind.NOTE_VERSION, versionFields(LEGACY_VISIT, null), KEYS);
            chain.removal(KEYS, "VISIT");
            chain.redact("visit", null);
            assertThat(chain.verify().intact()).isTrue();
        }

        @Test
        @DisplayName("a section, taken out of the version's sections, verifies; the sections that remain are as "
                + "they were")
        void sectionRemoved() {
            Chain chain = Chain.statementsRemoved();
            chain.redactSections(SECTIONS.toBuilder().statements(null).build());
            assertThat(chain.verify().intact()).isTrue();
            assertThat(chain.sections()).contains("Mornings are calmer").doesNotContain("heart condition");
        }

        @Test
        @DisplayName("a second removal taking another section of the same version verifies with the first")
        void secondSectionRemoved() {
            Chain chain = Chain.viewsRemovedAfterStatements();
            chain.redactSections(NoteSections.builder().build());
            ChainVerdict verdict = chain.verify();
            assertThat(verdict.intact()).isTrue();
            assertThat(verdict.entries()).isEqualTo(3);
        }

        @Test
        @DisplayName("two sections and the narrative in one removal verify")
        void sectionsAndTextTogether() {
            Chain chain = new Chain();
            chain.version(SECTIONS);
            chain.removal(KEYS, "NARRATIVE", "PARENTS_AND_CARERS", "STATEMENTS");
            chain.redact("narrative", RemovedContent.MARKER);
            chain.redactSections(NoteSections.builder().build());
            assertThat(chain.verify().intact()).isTrue();
        }
    }

    @Nested
    @DisplayName("001 Case Record Integrity: nothing else passes for a removal")
    class NotARemoval {

        @Test
        @DisplayName("a part replaced by the marker without a removal entry is CHANGED at the version")
        void noRemovalEntry() {
            Chain chain = new Chain();
            chain.version();
            chain.redact("narrative", RemovedContent.MARKER);
            assertBreak(chain.verify(), 1, ChainBreak.Change.CHANGED);
        }

        @Test
        @DisplayName("a removed part that holds anything but the marker is CHANGED at the version")
        void rewrittenAfterRemoval() {
            Chain chain = new Chain();
            chain.version();
            chain.removal(KEYS, "NARRATIVE");
            chain.redact("narrative", "Saw Leo at home. Nothing else happened.");
            assertBreak(chain.verify(), 1, ChainBreak.Change.CHANGED);
        }

        @Test
        @DisplayName("a part the removal did not name, changed, is CHANGED at the version")
        void partNotNamed() {
            Chain chain = new Chain();
            chain.version();
            chain.removal(KEYS, "NARRATIVE");
            chain.redact("narrative", RemovedContent.MARKER);
            chain.redact("title", RemovedContent.MARKER);
            assertBreak(chain.verify(), 1, ChainBreak.Change.CHANGED);
        }

        @Test
        @DisplayName("a removal entry the service did not seal vouches for nothing: the version is CHANGED")
        void forgedRemoval() {
            Chain chain = new Chain();
            chain.version();
            chain.removal(FORGER, "NARRATIVE");
            chain.redact("narrative", RemovedContent.MARKER);
            assertBreak(chain.verify(), 1, ChainBreak.Change.CHANGED);
        }

        @Test
        @DisplayName("a section that remains, changed after another was removed, is CHANGED at the version")
        void remainingSectionChanged() {
            Chain chain = Chain.statementsRemoved();
            chain.redactSections(NoteSections.builder().parentsAndCarers(List.of(new ParentOrCarerView("Sarah Test",
                    "Mother", "Nothing has changed at home."))).build());
            assertBreak(chain.verify(), 1, ChainBreak.Change.CHANGED);
        }

        @Test
        @DisplayName("a section the removal did not name, taken too, is CHANGED at the version")
        void sectionNotNamed() {
            Chain chain = Chain.statementsRemoved();
            chain.redactSections(NoteSections.builder().build());
            assertBreak(chain.verify(), 1, ChainBreak.Change.CHANGED);
        }

        @Test
        @DisplayName("the sections as a first removal left them, when a second says it took more, are CHANGED")
        void secondRemovalNotApplied() {
            assertBreak(Chain.viewsRemovedAfterStatements().verify(), 1, ChainBreak.Change.CHANGED);
        }
    }

    @Nested
    @DisplayName("002 s.5: what a removal records of a version's sections")
    class Recorded {

        @Test
        @DisplayName("every section a removal may name is a section of a note, under the key the database names")
        void sectionKeysAreSections() {
            List<String> components = Arrays.stream(NoteSections.class.getRecordComponents())
                    .map(RecordComponent::getName).toList();
            assertThat(Arrays.stream(NoteContentField.values()).map(RemovedContent::sectionKey)
                    .filter(Objects::nonNull)).doesNotHaveDuplicates().allSatisfy(key -> assertThat(components)
                    .contains(key)).hasSize(9).doesNotContain("amends", "disputes");
        }

        @Test
        @DisplayName("a section is held while present and not empty: an empty list holds nothing, nor one removed")
        void holding() {
            SortedMap<String, String> version = versionFields(SECTIONS.toBuilder().withheld(List.of()).build());
            assertThat(RemovedContent.holdsContent(version, NoteContentField.STATEMENTS)).isTrue();
            assertThat(RemovedContent.holdsContent(version, NoteContentField.WITHHELD)).isFalse();
            assertThat(RemovedContent.holdsContent(version, NoteContentField.VISIT)).isFalse();
            SortedMap<String, String> redacted = versionFields(SECTIONS.toBuilder().statements(null).build());
            assertThat(RemovedContent.holdsContent(redacted, NoteContentField.STATEMENTS)).isFalse();
        }

        @Test
        @DisplayName("a version saved before there were sections holds its visit section apart, and no other")
        void legacyHolding() {
            SortedMap<String, String> legacy = versionFields(LEGACY_VISIT, null);
            assertThat(RemovedContent.holdsContent(legacy, NoteContentField.VISIT)).isTrue();
            assertThat(RemovedContent.holdsContent(legacy, NoteContentField.STATEMENTS)).isFalse();
            assertThat(RemovedContent.digests(legacy, List.of(NoteContentField.VISIT)).sectionsLeft()).isNull();
        }

        @Test
        @DisplayName("the digest of the sections left is that of the sections as the verifier reads them afterwards")
        void sectionsLeft() {
            RemovedContent.Digests digests = RemovedContent.digests(versionFields(SECTIONS),
                    List.of(NoteContentField.NARRATIVE, NoteContentField.STATEMENTS));
            assertThat(digests.sectionsLeft()).isEqualTo(ChainDigest.fieldDigest(
                    versionFields(SECTIONS.toBuilder().statements(null).build()).get("sections")));
            assertThat(digests.original()).containsExactly(ChainDigest.fieldDigest(NARRATIVE),
                    ChainDigest.fieldDigest(versionFields(SECTIONS).get("sections")));
            assertThat(RemovedContent.digests(versionFields(SECTIONS), List.of(NoteContentField.TITLE))
                    .sectionsLeft()).as("no section taken").isNull();
        }

        @Test
        @DisplayName("several removals of one version's sections count from the first's digest before to the "
                + "last's digest left")
        void merged() {
            String before = ChainDigest.fieldDigest("{a,b}");
            String afterFirst = ChainDigest.fieldDigest("{b}");
            String afterSecond = ChainDigest.fieldDigest("{}");
            List<ChainLink> removals = List.of(removalLink("STATEMENTS", before, afterFirst),
                    removalLink("PARENTS_AND_CARERS", afterFirst, afterSecond));
            assertThat(RemovedContent.byVersion(removals)).containsOnlyKeys(NOTE + "/1").extractingByKey(NOTE + "/1")
                    .isEqualTo(Map.of("sections", new ChainDigest.Removed(before, afterSecond)));
        }

        @Test
        @DisplayName("a field counts with its digest from before only while it holds what the removal left")
        void digestCounts() {
            SortedMap<String, String> fields = new TreeMap<>(Map.of("sections", "{}"));
            Map<String, ChainDigest.Removed> removed = Map.of("sections", new ChainDigest.Removed(
                    ChainDigest.fieldDigest("{a}"), ChainDigest.fieldDigest("{}")));
            byte[] sealed = ChainDigest.of(ChainKind.NOTE_VERSION, CHILD, 1, ChainDigest.GENESIS,
                    new TreeMap<>(Map.of("sections", "{a}")));
            assertThat(ChainDigest.of(ChainKind.NOTE_VERSION, CHILD, 1, ChainDigest.GENESIS, fields, removed))
                    .isEqualTo(sealed);
            fields.put("sections", "{b}");
            assertThat(ChainDigest.of(ChainKind.NOTE_VERSION, CHILD, 1, ChainDigest.GENESIS, fields, removed))
                    .isNotEqualTo(sealed);
        }

        private static ChainLink removalLink(String part, String before, String left) {
            return new ChainLink(ChainKind.INFORMATION_REMOVAL, "removal", ChainFields.informationRemoval(
                    UUID.randomUUID(), NOTE, 1, UUID.randomUUID(), List.of(part), List.of(before), left, "HEALTH",
                    "THIRD_PARTY", "RECORDED_ON_WRONG_RECORD", "north.sw1", "Amelia Hughes", AT, UUID.randomUUID(),
                    "north.tm", "Jo Example", "Team Manager", AT, AT.plusSeconds(60)), null);
        }
    }

    private static void assertBreak(ChainVerdict verdict, long position, ChainBreak.Change change) {
        assertThat(verdict.firstBreak()).get().satisfies(found -> {
            assertThat(found.change()).isEqualTo(change);
            assertThat(found.position()).isEqualTo(position);
        });
    }

    private static SortedMap<String, String> versionFields(NoteSections sections) {
        return versionFields(null, sections);
    }

    private static SortedMap<String, String> versionFields(LegacyVisitSection visit, NoteSections sections) {
        return ChainFields.noteVersion(NOTE, 1, "Home visit", NARRATIVE, "I like my room.", "Alone in his bedroom",
                visit, sections, null, AT, "north.sw1");
    }

    /** A version, then its removals, as the service writes them. */
    private static final class Chain {
        final List<ChainLink> links = new ArrayList<>();
        Optional<ChainHeadState> head = Optional.empty();

        /** A version with a statement and a parent's view, and a removal of the statements, not yet applied. */
        static Chain statementsRemoved() {
            Chain chain = new Chain();
            chain.version(SECTIONS);
            chain.removal(KEYS, "STATEMENTS");
            return chain;
        }

        /** The statements removed and applied, then a removal of the parents' and carers' views, not yet applied. */
        static Chain viewsRemovedAfterStatements() {
            Chain chain = statementsRemoved();
            chain.redactSections(SECTIONS.toBuilder().statements(null).build());
            chain.removal(KEYS, "PARENTS_AND_CARERS");
            return chain;
        }

        void version() {
            version(null);
        }

        void version(NoteSections sections) {
            append(ChainKind.NOTE_VERSION, versionFields(sections), KEYS);
        }

        /** A removal of these parts from the version as it stands now, with the digests the service records. */
        void removal(ChainKeyRing keys, String... parts) {
            List<NoteContentField> named = Arrays.stream(parts).map(NoteContentField::valueOf).toList();
            RemovedContent.Digests digests = RemovedContent.digests(links.get(0).fields(), named);
            append(ChainKind.INFORMATION_REMOVAL, ChainFields.informationRemoval(UUID.randomUUID(), NOTE, 1,
                    UUID.randomUUID(), List.of(parts), digests.original(), digests.sectionsLeft(), "HEALTH",
                    "THIRD_PARTY", "RECORDED_ON_WRONG_RECORD", "north.sw1", "Amelia Hughes", AT, UUID.randomUUID(),
                    "north.tm", "Jo Example", "Team Manager", AT, AT.plusSeconds(60)), keys);
        }

        /** What the database does to the version's part (or what someone does behind the service's back). */
        void redact(String field, String leftBehind) {
            ChainLink version = links.get(0);
            SortedMap<String, String> fields = new TreeMap<>(version.fields());
            fields.put(field, leftBehind);
            links.set(0, new ChainLink(version.kind(), version.reference(), fields, version.seal()));
        }

        /** The version's sections as they read once redacted, in the form the verifier reads them from the row. */
        void redactSections(NoteSections left) {
            redact("sections", versionFields(left).get("sections"));
        }

        String sections() {
            return links.get(0).fields().get("sections");
        }

        ChainVerdict verify() {
            return VERIFIER.verify(CHILD, links, head);
        }

        void append(ChainKind kind, SortedMap<String, String> fields, ChainKeyRing keys) {
            long position = links.size() + 1;
            byte[] previous = links.isEmpty() ? ChainDigest.GENESIS : links.get(links.size() - 1).seal().digest();
            byte[] digest = ChainDigest.of(kind, CHILD, position, previous, fields);
            links.add(new ChainLink(kind, kind.label() + " " + position, fields,
                    new ChainSeal(position, digest, keys.seal("k1", digest), "k1")));
            head = Optional.of(new ChainHeadState(position, digest,
                    KEYS.seal("k1", ChainVerifier.headMaterial(position, digest)), "k1"));
        }
    }
}
