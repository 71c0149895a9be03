package io.casework.casenotes.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A stream that counts and hashes what is read through it, for the stores to compute as they copy. */
final class Sha256 extends FilterInputStream {

    private final MessageDigest digest;
    private long count;

    Sha256(InputStream in) {
        this(in, newDigest());
    }

    private Sha256(InputStream in, MessageDigest digest) {
        super(new DigestInputStream(in, digest));
        this.digest = digest;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }

    /** The hex SHA-256 of everything read; once, at the end. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
