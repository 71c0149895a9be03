package io.casework.casenotes.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Verifies one child's chain, entry by entry from the first, and names the first break: the record is evidence, and an
 * auditor needs to know which entry to look at and what happened to it. Plain Java, so that the rules can be tried
 * on made-up chains without a database.
 */
public final class ChainVerifier {

    /** How far from where it stands a moved entry is looked for. */
    private static final int MOVE_WINDOW = 20;

    private final ChainKeyRing keys;

    public ChainVerifier(ChainKeyRing keys) {
        this.keys = keys;
    }

    /**
     * @param links the child's entries in the order of their positions
     * @param head  the chain's head, or empty for a child with nothing chained yet
     */
    public ChainVerdict verify(UUID childId, List<ChainLink> links, Optional<ChainHeadState> head) {
        return new ChainVerdict(childId, links.size(), firstBreak(childId, links, head));
    }

    private Optional<ChainBreak> firstBreak(UUID childId, List<ChainLink> links, Optional<ChainHeadState> head) {
        Map<String, Map<String, ChainDigest.Removed>> removed = RemovedContent.byVersion(vouchingRemovals(childId,
                links));
        byte[] previous = ChainDigest.GENESIS;
        long expected = 1;
        for (int i = 0; i < links.size(); i++) {
            ChainLink link = links.get(i);
            ChainSeal seal = link.seal();
            if (seal.position() > expected) {
                return Optional.of(new ChainBreak(expected, "entries " + expected + " to " + (seal.position() - 1),
                        ChainBreak.Change.MISSING, (seal.position() - expected) + " entries are missing before "
                        + link.reference() + "."));
            }
            if (seal.position() < expected) {
                return Optional.of(new ChainBreak(seal.position(), link.reference(), ChainBreak.Change.MOVED,
                        "Two entries claim position " + seal.position() + ": the order was changed."));
            }
            if (!keys.holds(seal.keyId())) {
                return Optional.of(new ChainBreak(expected, link.reference(), ChainBreak.Change.UNKNOWN_KEY,
                        "Sealed with key " + seal.keyId() + ", which this service does not hold."));
            }
            boolean authentic = keys.verifies(seal.keyId(), seal.digest(), seal.seal());
            byte[] digest = link.fields() == null ? null : ChainDigest.of(link.kind(), childId, expected, previous,
                    link.fields(), RemovedContent.of(link, removed));
            if (digest != null && MessageDigest.isEqual(digest, seal.digest())) {
                if (!authentic) {
                    return Optional.of(new ChainBreak(expected, link.reference(), ChainBreak.Change.FORGED,
                            "Its digest agrees with its content but its seal does not: the chain was recomputed "
                            + "without the key."));
                }
            } else if (!authentic) {
                return Optional.of(new ChainBreak(expected, link.reference(), ChainBreak.Change.FORGED,
                        "Neither its content nor its seal is what the service wrote."));
            } else {
                return Optional.of(movedOrChanged(childId, links, i, expected, RemovedContent.of(link, removed)));
            }
            previous = seal.digest();
            expected++;
        }
        if (head.isEmpty()) {
            return links.isEmpty() ? Optional.empty() : Optional.of(new ChainBreak(links.size(), "the chain's head",
                    ChainBreak.Change.MISSING, "The chain's head is gone: entries taken off its end would not show."));
        }
        return headBreak(links, head.get());
    }

    // An authentic entry whose content does not give its digest here: either its content changed, or it was written
    // at another position after another entry (its digest is authentic for that place). Moves are looked for near
    // where the entry stands, which keeps the search small on a long chain; a move farther away reads as a change.
    private ChainBreak movedOrChanged(UUID childId, List<ChainLink> links, int index, long position,
            Map<String, ChainDigest.Removed> removed) {
        ChainLink link = links.get(index);
        if (link.fields() != null) {
            int from = Math.max(0, index - MOVE_WINDOW);
            int to = Math.min(links.size(), index + MOVE_WINDOW);
            for (long written = from + 1L; written <= to; written++) {
                for (int before = from - 1; before < to; before++) {
                    byte[] previous = before < 0 ? ChainDigest.GENESIS : links.get(before).seal().digest();
                    if (before == index || (before < 0 && written != 1)) {
                        continue;
                    }
                    if (written != position && MessageDigest.isEqual(ChainDigest.of(link.kind(), childId, written,
                            previous, link.fields(), removed), link.seal().digest())) {
                        return new ChainBreak(position, link.reference(), ChainBreak.Change.MOVED,
                                "It was written as entry " + written + " and now stands at " + position
                                + ": the order was changed.");
                    }
                }
            }
        }
        return new ChainBreak(position, link.reference(), ChainBreak.Change.CHANGED,
                "Its content is not what was sealed: it was edited after it was written.");
    }

    // The removal entries that stand as the service sealed them where they stand: content, digest and seal agree.
    // Only these vouch for a redacted version; any other removal entry breaks the chain where it stands.
    private List<ChainLink> vouchingRemovals(UUID childId, List<ChainLink> links) {
        List<ChainLink> removals = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            ChainLink link = links.get(i);
            if (link.kind() != ChainKind.INFORMATION_REMOVAL || link.fields() == null) {
                continue;
            }
            ChainSeal seal = link.seal();
            byte[] previous = i == 0 ? ChainDigest.GENESIS : links.get(i - 1).seal().digest();
            if (keys.holds(seal.keyId()) && keys.verifies(seal.keyId(), seal.digest(), seal.seal())
                    && MessageDigest.isEqual(seal.digest(), ChainDigest.of(link.kind(), childId, seal.position(),
                    previous, link.fields()))) {
                removals.add(link);
            }
        }
        return removals;
    }

    private Optional<ChainBreak> headBreak(List<ChainLink> links, ChainHeadState head) {
        long last = links.size();
        byte[] lastDigest = links.isEmpty() ? ChainDigest.GENESIS : links.get(links.size() - 1).seal().digest();
        if (!keys.holds(head.keyId()) || !keys.verifies(head.keyId(), headMaterial(head.position(), head.digest()),
                head.seal())) {
            return Optional.of(new ChainBreak(head.position(), "the chain's head", ChainBreak.Change.FORGED,
                    "The head's seal is not the service's: it was rewritten."));
        }
        if (head.position() > last) {
            return Optional.of(new ChainBreak(last + 1, "entries " + (last + 1) + " to " + head.position(),
                    ChainBreak.Change.MISSING, (head.position() - last) + " entries at the end of the chain are gone."));
        }
        if (head.position() < last || !MessageDigest.isEqual(head.digest(), lastDigest)) {
            return Optional.of(new ChainBreak(head.position(), "the chain's head", ChainBreak.Change.CHANGED,
                    "The head does not name the chain's last entry."));
        }
        return Optional.empty();
    }

    /** What the head's seal covers: its position and digest, apart from any entry's seal. */
    public static byte[] headMaterial(long position, byte[] digest) {
        byte[] label = "casework.record-chain.head.v1".getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(label.length + Long.BYTES + digest.length)
                .put(label).putLong(position).put(digest).array();
    }
}
