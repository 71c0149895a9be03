package io.casework.casenotes.chain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The keys that seal the record's chain, which the database never holds: whoever can write to the database but not
 * read the service's secret cannot make a rewritten chain verify. Each key is a file named by its id holding at least
 * 32 random bytes in base64; every key ever used stays in the ring, because a row is verified with the key it names.
 * New entries are sealed with the current key (docs/security.md says how a key is rotated, backed up and recovered).
 */
public final class ChainKeyRing {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final Map<String, byte[]> keys;
    private final String currentId;

    public ChainKeyRing(Map<String, byte[]> keys, String currentId) {
        this.keys = Map.copyOf(keys);
        this.currentId = currentId;
        this.keys.forEach((id, key) -> {
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("record-chain key " + id + " is " + key.length
                        + " bytes; at least " + MIN_KEY_BYTES + " are needed");
            }
        });
        if (!this.keys.containsKey(currentId)) {
            throw new IllegalArgumentException("the current record-chain key " + currentId
                    + " is not in the key ring (" + String.join(", ", new TreeMap<>(this.keys).keySet()) + ")");
        }
    }

    /** Every file of the directory is a key named by its file name (a Kubernetes Secret mounted as a volume). */
    public static ChainKeyRing load(Path directory, String currentId) {
        Map<String, byte[]> keys = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String id = file.getFileName().toString();
                if (id.startsWith(".")) {
                    continue; // the ..data links of a mounted Secret, an editor's backup
                }
                String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
                keys.put(id, Base64.getDecoder().decode(text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the record-chain keys in " + directory, e);
        }
        return new ChainKeyRing(keys, currentId);
    }

    public String currentId() {
        return currentId;
    }

    public boolean holds(String keyId) {
        return keys.containsKey(keyId);
    }

    /** The seal of a digest under the named key. */
    public byte[] seal(String keyId, byte[] digest) {
        byte[] key = Optional.ofNullable(keys.get(keyId))
                .orElseThrow(() -> new IllegalArgumentException("no record-chain key " + keyId));
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Whether the seal is the named key's seal of the digest (in constant time). */
    public boolean verifies(String keyId, byte[] digest, byte[] seal) {
        return holds(keyId) && MessageDigest.isEqual(seal(keyId, digest), seal);
    }
}
