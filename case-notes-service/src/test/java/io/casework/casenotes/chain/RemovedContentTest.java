package io.casework.casenotes.chain;

import io.casework.contracts.NoteContentField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Nested
    @DisplayName("002 s.5: a version some of whose parts were removed")
    class Removed {

        @Test
        @DisplayName("still verifies, in its place, once its removal entry is on the chain")
        void verifies() {
            Chain chain = new Chain();
            chain.version();
            chain.removal("NARRATIVE", KEYS);
            chain.redact("narrative", RemovedContent.MARKER);
            ChainVerdict verdict = chain.verify();
            assertThat(verdict.intact()).isTrue();
            assertThat(verdict.entries()).isEqualTo(2);
        }

        @Test
        @DisplayName("the visit section, a structured whole, removed to nothing, verifies too")
        void visitRemoved() {
            Chain chain = new Chain();
            chain.version();
            chain.removal("VISIT", KEYS);
            chain.redact("visit", null);
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
            chain.removal("NARRATIVE", KEYS);
            chain.redact("narrative", "Saw Leo at home. Nothing else happened.");
            assertBreak(chain.verify(), 1, ChainBreak.Change.CHANGED);
        }

        @Test
        @DisplayName("a part the removal did not name, changed, is CHANGED at the version")
        void partNotNamed() {
            Chain chain = new Chain();
            chain.version();
            chain.removal("NARRATIVE", KEYS);
            chain.redact("narrative", RemovedContent.MARKER);
            chain.redact("title", RemovedContent.MARKER);
            assertBreak(chain.verify(), 1, ChainBreak.Change.CHANGED);
        }

        @Test
        @DisplayName("a removal entry the service did not seal vouches for nothing: the version is CHANGED")
        void forgedRemoval() {
            Chain chain = new Chain();
            chain.version();
            chain.removal("NARRATIVE", FORGER);
            chain.redact("narrative", RemovedContent.MARKER);
            assertBreak(chain.verify(), 1, ChainBreak.Change.CHANGED);
        }
    }

    private static void assertBreak(ChainVerdict verdict, long position, ChainBreak.Change change) {
        assertThat(verdict.firstBreak()).get().satisfies(found -> {
            assertThat(found.change()).isEqualTo(change);
            assertThat(found.position()).isEqualTo(position);
        });
    }

    /** A version, then its removal, as the service writes them. */
    private static final class Chain {
        final List<ChainLink> links = new ArrayList<>();
        Optional<ChainHeadState> head = Optional.empty();

        void version() {
            append(ChainKind.NOTE_VERSION, ChainFields.noteVersion(NOTE, 1, "Home visit", NARRATIVE,
                    "I like my room.", "Alone in his bedroom", null, null, null, AT, "north.sw1"), KEYS);
        }

        void removal(String part, ChainKeyRing keys) {
            String chainField = RemovedContent.chainField(NoteContentField.valueOf(part));
            String digest = ChainDigest.fieldDigest(links.get(0).fields().get(chainField));
            append(ChainKind.INFORMATION_REMOVAL, ChainFields.informationRemoval(UUID.randomUUID(), NOTE, 1,
                    UUID.randomUUID(), List.of(part), List.of(digest), "HEALTH", "THIRD_PARTY",
                    "RECORDED_ON_WRONG_RECORD", "north.sw1", "Amelia Hughes", AT, UUID.randomUUID(), "north.tm",
                    "Jo Example", "Team Manager", AT, AT.plusSeconds(60)), keys);
        }

        /** What the database does to the version's part (or what someone does behind the service's back). */
        void redact(String field, String leftBehind) {
            ChainLink version = links.get(0);
            SortedMap<String, String> fields = new TreeMap<>(version.fields());
            fields.put(field, leftBehind);
            links.set(0, new ChainLink(version.kind(), version.reference(), fields, version.seal()));
        }

        ChainVerdict verify() {
            return VERIFIER.verify(CHILD, links, head);
        }

        private void append(ChainKind kind, SortedMap<String, String> fields, ChainKeyRing keys) {
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
