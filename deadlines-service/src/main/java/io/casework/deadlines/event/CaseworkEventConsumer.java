package io.casework.deadlines.event;

import io.casework.backbone.access.readmodel.AccessReadModel;
import io.casework.backbone.inbox.InboundEvents;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.events.CaseNoteFinalised;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ManagementOversightRecorded;
import io.casework.contracts.events.VisitCompleted;
import io.casework.contracts.events.VisitScheduled;
import io.casework.deadlines.service.DeadlineService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Case notes and visits events, applied at most once each. A record that is not a valid event goes to the dead-letter
 * topic with the reason; any other failure is retried until it passes (see {@link InboundEvents}). Event types not
 * tracked here are acknowledged and ignored, and still recorded as processed.
 */
@ApplicationScoped
public class CaseworkEventConsumer {

    private static final Logger LOG = Logger.getLogger(CaseworkEventConsumer.class);
    static final String CHANNEL = "casework-events";

    @Inject
    InboundEvents inbound;

    @Inject
    DeadlineService deadlines;

    @Inject
    AccessReadModel accessFacts;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.apply(CHANNEL, record, this::handle);
    }

    private void handle(EventEnvelope event) {
        // Children, allocation, IRO and the organisation model, for the access policy.
        if (accessFacts.apply(event)) {
            return;
        }
        // The codec has already refused unknown types, so the lookup cannot miss.
        EventType type = EventType.of(event.type()).orElseThrow();
        switch (type) {
            case VISIT_SCHEDULED -> deadlines.openStatutoryVisit(data(event, VisitScheduled.class));
            case VISIT_COMPLETED -> deadlines.meetStatutoryVisit(data(event, VisitCompleted.class),
                    event.time().toInstant());
            case CASE_NOTE_SUBMITTED -> deadlines.openOversight(data(event, CaseNoteSubmitted.class));
            case CASE_NOTE_FINALISED -> {
                CaseNoteFinalised finalised = data(event, CaseNoteFinalised.class);
                deadlines.meetOversight(finalised.noteId(), finalised.finalisedAt());
            }
            case MANAGEMENT_OVERSIGHT_RECORDED -> {
                // A note returned to its author with comments still waits for oversight: only an approval meets it.
                ManagementOversightRecorded oversight = data(event, ManagementOversightRecorded.class);
                if ("APPROVED".equals(oversight.outcome())) {
                    deadlines.meetOversight(oversight.noteId(), oversight.decidedAt());
                }
            }
            default -> LOG.debugf("Event %s of type %s is not tracked here", event.id(), event.type());
        }
    }

    private <T> T data(EventEnvelope event, Class<T> type) {
        return inbound.codec().data(event, type);
    }
}
