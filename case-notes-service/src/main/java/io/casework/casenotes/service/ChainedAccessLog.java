package io.casework.casenotes.service;

import io.casework.backbone.access.enforce.AccessLogTransaction;
import io.casework.backbone.access.enforce.AccessRecord;
import io.casework.backbone.access.enforce.AccessRecorder;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.repository.AccessLogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * This service keeps the access log, so its own accesses go straight onto the child's chained log rather than
 * through an event; the other services' arrive as events ({@link AccessLogService#append}).
 */
@ApplicationScoped
public class ChainedAccessLog implements AccessRecorder {

    @Inject
    RecordChain chain;

    @Inject
    AccessLogTransaction transaction;

    @Inject
    RestrictedAccessAlerts alerts;

    @Override
    public void record(List<AccessRecord> accesses) {
        transaction.write(accesses, access -> {
            AccessLogEntry entry = AccessLogEntry.served(access);
            chain.append(entry);
            alerts.consider(entry, UUID.randomUUID());
        });
    }
}
