package io.casework.timescales;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped rule set files as text, for tests that build an authority of their own on the real base. */
final class ShippedFiles {

    private ShippedFiles() {
    }

    static String read(String resource) {
        try (InputStream in = ShippedFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
