package io.casework.casenotes.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Content in a directory (a persistent volume), each file under its own SHA-256: {@code ab/cd/abcd...}. Written to a
 * temporary file beside the real ones, forced to disk, then moved into place in one step, so that a crash leaves at
 * worst a stray temporary file, never a half-written file under a real key. The same content added twice is kept
 * once. Nothing here changes or removes a file once in place.
 */
public class FilesystemDocumentStore implements DocumentStore {

    private static final Pattern KEY = Pattern.compile("^[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}$");

    private final Path root;
    private final Path incoming;

    public FilesystemDocumentStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
        Files.createDirectories(incoming);
    }

    @Override
    public StoredContent put(InputStream content, long length) throws IOException {
        Path temporary = Files.createTempFile(incoming, "upload-", ".part");
        try {
            Sha256 hashing = new Sha256(content);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                hashing.transferTo(out);
                out.flush();
                channel.force(true);
            }
            if (hashing.count() != length) {
                throw new IOException("expected " + length + " bytes, read " + hashing.count());
            }
            String sha256 = hashing.hex();
            String key = sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                // The same bytes are there already: content-addressed, so they are these.
                Files.delete(temporary);
            } else {
                moveIntoPlace(temporary, target);
                forceDirectory(target.getParent());
            }
            return new StoredContent(key, length, sha256);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    @Override
    public boolean exists(String key) {
        return KEY.matcher(key).matches() && Files.isRegularFile(root.resolve(key));
    }

    @Override
    public String name() {
        return "filesystem " + root;
    }

    private Path pathOf(String key) throws NoSuchFileException {
        if (!KEY.matcher(key).matches()) {
            throw new NoSuchFileException(key);
        }
        return root.resolve(key);
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentMeanwhile) {
            // Another upload of the same bytes won the race: what is there is what we wrote.
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the document directory must be one file system (incoming/ and the content)", e);
        }
    }

    // The move itself is made durable by forcing the directory that now names the file.
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // Some file systems do not open directories; the file's own data is forced already.
        }
    }
}
