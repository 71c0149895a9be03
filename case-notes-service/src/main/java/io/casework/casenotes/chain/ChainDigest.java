package io.casework.casenotes.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

/**
 * The digest of one entry on a child's chain: SHA-256 over its kind, the child, its position, the digest of the entry
 * before it and the digest of each of its fields. Hashing each field on its own lets a lawful redaction replace one
 * field's content yet keep its digest, so the chain still verifies and shows what was redacted. The digest alone is
 * recomputable by anyone; the seal over it ({@link ChainKeyRing}) is not.
 */
public final class ChainDigest {

    /** What the first entry of every chain follows. */
    public static final byte[] GENESIS = new byte[32];

    private static final String FORMAT = "casework.record-chain.v1";
    private static final HexFormat HEX = HexFormat.of();
    private static final String NULL = "-";

    private ChainDigest() {
    }

    public static byte[] of(ChainKind kind, UUID childId, long position, byte[] previous,
            SortedMap<String, String> fields) {
        return of(kind, childId, position, previous, fields, Map.of());
    }

    /**
     * The digest of an entry some of whose fields a lawful removal replaced ({@link RemovedContent}): such a field
     * counts with the digest it had before, as long as what it holds now has the digest of what the removal left in
     * its place. Anything else there is a change, and gives another digest.
     *
     * @param removed the removed fields by name, each with its digest before the removal and the digest of what the
     *                removal left
     */
    public static byte[] of(ChainKind kind, UUID childId, long position, byte[] previous,
            SortedMap<String, String> fields, Map<String, Removed> removed) {
        StringBuilder material = new StringBuilder(FORMAT).append('\n')
                .append(kind.name()).append('\n')
                .append(childId).append('\n')
                .append(position).append('\n')
                .append(HEX.formatHex(previous)).append('\n');
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String digest = fieldDigest(field.getValue());
            Removed removal = removed.get(field.getKey());
            if (removal != null && digest.equals(removal.leftBehindDigest())) {
                digest = removal.originalDigest();
            }
            material.append(field.getKey()).append('=').append(digest).append('\n');
        }
        return sha256(material.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A field a removal replaced: its digest before the removal, and the digest of what the removal left in its place
     * (the marker, nothing, or a version's sections less those removed). Comparing digests, not content, lets a
     * removal entry vouch for a structured whole it never holds.
     */
    public record Removed(String originalDigest, String leftBehindDigest) {
    }

    /** A field's digest: what a redaction keeps when it replaces the field's content. */
    public static String fieldDigest(String value) {
        return value == null ? NULL : HEX.formatHex(sha256(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
