package io.casework.casenotes.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code casework.documents.*}: what a document may be, and where its content is kept (docs/operations.md). */
@ConfigMapping(prefix = "casework.documents")
public interface DocumentsConfig {

    /** Where content is kept: a directory on a volume (the default) or an S3-compatible object store. */
    enum Store { FILESYSTEM, S3 }

    /** Where content is kept: {@code filesystem} (a directory on a volume) or {@code s3} (an object store). */
    @WithDefault("filesystem")
    Store store();

    /**
     * The largest document taken. 25 MB holds a scanned court bundle's order or a phone photo with room to spare;
     * {@code quarkus.http.limits.max-body-size} must stay above it (with room for the metadata part), so that a file
     * just over this limit is answered with the documents' own problem rather than the server's.
     */
    @WithDefault("25M")
    MemorySize maxSize();

    /**
     * The media types taken, as detected from the content. Only types whose bytes say what they are: PDF, the photo
     * formats, plain text and an e-mail saved as a message. Word and OpenDocument files are ZIP archives to a
     * detector that reads only their first bytes, so their type would come from the name alone; they are left out
     * until a detector that opens the archive is configured.
     */
    @WithDefault("application/pdf,image/png,image/jpeg,image/tiff,text/plain,message/rfc822")
    List<String> allowedTypes();

    Filesystem filesystem();

    S3 s3();

    interface Filesystem {
        /** The directory that holds the content (a persistent volume in Kubernetes). */
        @WithDefault("data/documents")
        Path directory();
    }

    interface S3 {
        /** The store's endpoint; absent for AWS itself (the region's endpoint). */
        Optional<URI> endpoint();

        /** The bucket that holds the content. */
        @WithDefault("casework-documents")
        String bucket();

        /** The store's region (for AWS, the bucket's). */
        @WithDefault("eu-west-2")
        String region();

        /** Bucket in the path rather than the host name, as most S3-compatible stores other than AWS want. */
        @WithDefault("true")
        boolean pathStyle();

        /**
         * The access key, used with {@link #secretAccessKey()}; without both, the SDK's default chain finds the
         * credentials (environment, instance or pod role).
         */
        Optional<String> accessKeyId();

        /** The secret key that goes with {@link #accessKeyId()}, from a Secret. */
        Optional<String> secretAccessKey();

        /** Created at start when missing: convenient for a local store, off where buckets are provisioned. */
        @WithDefault("false")
        boolean createBucket();
    }
}
