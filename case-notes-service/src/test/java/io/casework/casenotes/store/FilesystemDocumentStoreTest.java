package io.casework.casenotes.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilesystemDocumentStoreTest {

    @TempDir
    Path root;

    @Test
    @DisplayName("Issue 12 \"Documents\": content is kept under its SHA-256, read back whole, and the same content "
            + "twice is one file; no temporary file is left behind")
    void contentAddressed() throws IOException {
        FilesystemDocumentStore store = new FilesystemDocumentStore(root);
        byte[] letter = "A letter from the school".getBytes(StandardCharsets.UTF_8);
        StoredContent first = store.put(new ByteArrayInputStream(letter), letter.length);
        StoredContent again = store.put(new ByteArrayInputStream(letter), letter.length);

        assertThat(first.key()).isEqualTo(again.key()).endsWith(first.sha256())
                .startsWith(first.sha256().substring(0, 2) + "/" + first.sha256().substring(2, 4) + "/");
        try (InputStream in = store.open(first.key())) {
            assertThat(in.readAllBytes()).isEqualTo(letter);
        }
        assertThat(files()).containsExactly(root.resolve(first.key()));
    }

    @Test
    @DisplayName("Issue 12 \"Documents\": a stream that ends before its declared length leaves nothing under any key, "
            + "and a key outside the store's own shape opens nothing")
    void nothingHalfWritten() throws IOException {
        FilesystemDocumentStore store = new FilesystemDocumentStore(root);
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[5]), 10)).isInstanceOf(IOException.class);
        assertThat(files()).isEmpty();
        assertThat(store.exists("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IOException.class);
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
