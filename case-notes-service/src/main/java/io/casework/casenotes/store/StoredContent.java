package io.casework.casenotes.store;

/** Content as the store wrote it: its key, its size in bytes and its SHA-256 (lower-case hex). */
public record StoredContent(String key, long size, String sha256) {
}
