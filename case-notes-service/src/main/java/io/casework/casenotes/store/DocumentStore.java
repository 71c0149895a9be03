package io.casework.casenotes.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where documents' content is kept, away from the database (docs/operations.md "Documents"). Content is written once
 * and never changed or removed by the service: a document's row names its key, and a key once returned always opens
 * the same bytes. A {@link #put} whose document row is then not committed leaves a blob nobody names, which is
 * harmless (a later sweep may remove blobs older than a day that no row names); the opposite, a row naming no blob,
 * cannot happen because the blob is written first.
 */
public interface DocumentStore {

    /**
     * Writes the stream's content, {@code length} bytes, reading it once and never holding it whole in memory; the
     * SHA-256 and size are computed as it streams.
     */
    StoredContent put(InputStream content, long length) throws IOException;

    /** The content under a key {@link #put} returned; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /** The name the store gives itself in logs and problems. */
    String name();
}
