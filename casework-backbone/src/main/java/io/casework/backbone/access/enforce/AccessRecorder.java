package io.casework.backbone.access.enforce;

import java.util.List;

/**
 * Where a service's accesses to children's data go. Every service but case-notes-service publishes them
 * ({@link PublishedAccessLog}); case-notes-service, which keeps the access log, appends them to it directly.
 */
public interface AccessRecorder {

    /**
     * Records the accesses durably before the response is sent, whatever becomes of the request's own transaction
     * ({@link AccessLogTransaction}).
     */
    void record(List<AccessRecord> accesses);
}
