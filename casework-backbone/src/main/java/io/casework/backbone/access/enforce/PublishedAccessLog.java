package io.casework.backbone.access.enforce;

import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.outbox.OutboxConfig;
import io.casework.contracts.events.AccessRecorded;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * Publishes each access as an event through the outbox, so it reaches the child's access log in case-notes-service
 * however long that service is away, and is never lost once the response says the access happened.
 */
@ApplicationScoped
@DefaultBean
public class PublishedAccessLog implements AccessRecorder {

    @Inject
    Outbox outbox;

    @Inject
    OutboxConfig config;

    @Inject
    AccessLogTransaction transaction;

    @Override
    public void record(List<AccessRecord> accesses) {
        String service = config.source().replaceFirst("^/", "");
        transaction.write(accesses, access ->
                outbox.publish(access.childId().toString(), new AccessRecorded(UUID.randomUUID(), access.childId(),
                        service, access.person().username(), access.person().fullName(),
                        access.person().designation(), access.person().team(), access.action(),
                        access.accessClass().wire(), access.purpose(), access.decision().outcome().name(),
                        access.decision().basis(), access.at())));
    }
}
