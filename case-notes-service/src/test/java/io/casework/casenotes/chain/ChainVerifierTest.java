package io.casework.casenotes.chain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain's rules on made-up chains (001 "Case Record Integrity", 002 s.5: nothing finalised is changed or lost):
 * each kind of tampering is found at the right entry and named for what it is. The same rules are proven through the
 * API against a real database in RecordChainTest.
 */
class ChainVerifierTest {

    private static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes();
    private static final byte[] OTHER_KEY = "another key, not the service's!!".getBytes();
    private static final ChainKeyRing KEYS = new ChainKeyRing(Map.of("k1", KEY), "k1");
    private static final ChainVerifier VERIFIER = new ChainVerifier(KEYS);
    private static final UUID CHILD = UUID.randomUUID();

    @Test
    @DisplayName("An untouched chain verifies, head included")
    void intact() {
        Chain chain = Chain.of(4, KEYS);
        assertThat(VERIFIER.verify(CHILD, chain.links, chain.head).intact()).isTrue();
        assertThat(VERIFIER.verify(CHILD, chain.links, chain.head).entries()).isEqualTo(4);
    }

    @Test
    @DisplayName("001 Case Record Integrity: an edited entry is CHANGED, at its position")
    void edited() {
        Chain chain = Chain.of(4, KEYS);
        chain.links.set(2, withField(chain.links.get(2), "action", "READ something else"));
        assertBreak(chain, 3, ChainBreak.Change.CHANGED);
    }

    @Test
    @DisplayName("002 s.5: a deleted entry is MISSING, from its position")
    void deleted() {
        Chain chain = Chain.of(4, KEYS);
        chain.links.remove(1);
        assertBreak(chain, 2, ChainBreak.Change.MISSING);
    }

    @Test
    @DisplayName("Entries taken off the end are MISSING, found by the sealed head")
    void truncated() {
        Chain chain = Chain.of(4, KEYS);
        chain.links.remove(3);
        assertBreak(chain, 4, ChainBreak.Change.MISSING);
    }

    @Test
    @DisplayName("Two entries swapped are MOVED, and the entry is named with where it was written")
    void reordered() {
        Chain chain = Chain.of(4, KEYS);
        ChainLink second = chain.links.get(1);
        ChainLink third = chain.links.get(2);
        chain.links.set(1, at(third, 2));
        chain.links.set(2, at(second, 3));
        ChainVerdict verdict = VERIFIER.verify(CHILD, chain.links, chain.head);
        assertThat(verdict.firstBreak()).get().satisfies(b -> {
            assertThat(b.change()).isEqualTo(ChainBreak.Change.MOVED);
            assertThat(b.position()).isEqualTo(2);
            assertThat(b.detail()).contains("written as entry 3");
        });
    }

    @Test
    @DisplayName("A chain rewritten and recomputed without the key is FORGED at its first entry")
    void recomputedWithoutTheKey() {
        Chain original = Chain.of(3, KEYS);
        Chain forged = Chain.of(3, new ChainKeyRing(Map.of("k1", OTHER_KEY), "k1"));
        assertThat(VERIFIER.verify(CHILD, forged.links, forged.head).firstBreak()).get()
                .satisfies(b -> {
                    assertThat(b.change()).isEqualTo(ChainBreak.Change.FORGED);
                    assertThat(b.position()).isEqualTo(1);
                });
        assertThat(VERIFIER.verify(CHILD, original.links, original.head).intact()).isTrue();
    }

    @Test
    @DisplayName("A rotated key: old entries verify with the key they name; a key the ring lacks is UNKNOWN_KEY")
    void rotation() {
        ChainKeyRing old = new ChainKeyRing(Map.of("k1", KEY), "k1");
        ChainKeyRing rotated = new ChainKeyRing(Map.of("k1", KEY, "k2", OTHER_KEY), "k2");
        Chain chain = Chain.of(2, old);
        chain.append(rotated);
        assertThat(new ChainVerifier(rotated).verify(CHILD, chain.links, chain.head).intact()).isTrue();
        assertThat(VERIFIER.verify(CHILD, chain.links, chain.head).firstBreak()).get()
                .extracting(ChainBreak::change).isEqualTo(ChainBreak.Change.UNKNOWN_KEY);
    }

    @Test
    @DisplayName("A key shorter than 32 bytes, or a current key missing from the ring, is refused at start")
    void keyRingChecks() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ChainKeyRing(Map.of("k", new byte[16]), "k"))
                .hasMessageContaining("at least 32");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ChainKeyRing(Map.of("k1", KEY), "k2"))
                .hasMessageContaining("not in the key ring");
    }

    private static void assertBreak(Chain chain, long position, ChainBreak.Change change) {
        assertThat(VERIFIER.verify(CHILD, chain.links, chain.head).firstBreak()).get().satisfies(b -> {
            assertThat(b.change()).isEqualTo(change);
            assertThat(b.position()).isEqualTo(position);
        });
    }

    private static ChainLink withField(ChainLink link, String field, String value) {
        SortedMap<String, String> fields = new java.util.TreeMap<>(link.fields());
        fields.put(field, value);
        return new ChainLink(link.kind(), link.reference(), fields, link.seal());
    }

    private static ChainLink at(ChainLink link, long position) {
        ChainSeal seal = link.seal();
        return new ChainLink(link.kind(), link.reference(), link.fields(),
                new ChainSeal(position, seal.digest(), seal.seal(), seal.keyId()));
    }

    /** A chain of access-log entries written as the service writes them. */
    private static final class Chain {
        final List<ChainLink> links = new ArrayList<>();
        Optional<ChainHeadState> head = Optional.empty();

        static Chain of(int entries, ChainKeyRing keys) {
            Chain chain = new Chain();
            for (int i = 0; i < entries; i++) {
                chain.append(keys);
            }
            return chain;
        }

        void append(ChainKeyRing keys) {
            long position = links.size() + 1;
            byte[] previous = links.isEmpty() ? ChainDigest.GENESIS : links.get(links.size() - 1).seal().digest();
            SortedMap<String, String> fields = ChainFields.accessLog("north.sw1", "Amelia Hughes", "Social Worker",
                    "north", "READ child " + position, null, "ALLOWED", "allocated worker",
                    Instant.parse("2026-11-26T10:00:00Z").plusSeconds(position));
            byte[] digest = ChainDigest.of(ChainKind.ACCESS_LOG, CHILD, position, previous, fields);
            String keyId = keys.currentId();
            links.add(new ChainLink(ChainKind.ACCESS_LOG, "access log entry " + position, fields,
                    new ChainSeal(position, digest, keys.seal(keyId, digest), keyId)));
            head = Optional.of(new ChainHeadState(position, digest,
                    keys.seal(keyId, ChainVerifier.headMaterial(position, digest)), keyId));
        }
    }
}
