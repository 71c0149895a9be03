package io.casework.casenotes.store;

import io.casework.casenotes.config.DocumentsConfig;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The one document store of this instance, as {@code casework.documents.store} chooses. */
@ApplicationScoped
public class DocumentStores {

    private static final Logger LOG = Logger.getLogger(DocumentStores.class);

    @Produces
    @ApplicationScoped
    @DefaultBean
    DocumentStore store(DocumentsConfig config) {
        DocumentStore store = switch (config.store()) {
            case FILESYSTEM -> {
                try {
                    yield new FilesystemDocumentStore(config.filesystem().directory());
                } catch (IOException e) {
                    throw new UncheckedIOException("casework.documents.filesystem.directory cannot be used: "
                            + e.getMessage(), e);
                }
            }
            case S3 -> new S3DocumentStore(config.s3());
        };
        LOG.infof("Documents are kept in the %s", store.name());
        return store;
    }

    void close(@Disposes DocumentStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
