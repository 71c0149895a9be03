package io.casework.backbone.health;

import io.casework.backbone.inbox.EventInFlight;
import io.casework.backbone.inbox.EventsConfig;
import io.casework.backbone.inbox.InboundChannel;
import io.casework.backbone.inbox.InboundChannels;
import io.casework.backbone.outbox.OutboxBacklog;
import io.casework.backbone.outbox.OutboxConfig;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /q/health/group/events}: DOWN while a consumer has been held by one event longer than
 * {@code casework.events.stuck-after}, or the outbox's oldest unpublished row is older than
 * {@code casework.outbox.backlog.stuck-after}, naming what is stuck. A group of its own, in neither readiness nor
 * liveness: the API keeps serving and the pod is not restarted (neither would unstick the event); it is for alerting
 * and for the operator who has to decide.
 */
@HealthGroup("events")
@ApplicationScoped
public class EventDeliveryHealthCheck implements HealthCheck {

    @Inject
    InboundChannels channels;

    @Inject
    EventsConfig events;

    @Inject
    OutboxBacklog backlog;

    @Inject
    OutboxConfig outbox;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        Instant now = clock.instant();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event delivery");
        boolean stuck = false;
        for (InboundChannel channel : channels.all()) {
            Optional<EventInFlight> held = channel.longestHeld();
            if (held.isPresent() && held.get().heldFor(now).compareTo(events.stuckAfter()) > 0) {
                stuck = true;
                EventInFlight event = held.get();
                String prefix = channel.name() + ".";
                response.withData(prefix + "stuckEventId", event.eventId())
                        .withData(prefix + "eventType", event.type())
                        .withData(prefix + "record", event.record())
                        .withData(prefix + "stuckSeconds", event.heldFor(now).toSeconds())
                        .withData(prefix + "failedAttempts", event.failures())
                        .withData(prefix + "lastFailure", String.valueOf(event.lastFailure()));
            }
        }
        response.withData("outbox.backlogSize", backlog.size())
                .withData("outbox.backlogAgeSeconds", backlog.age(now).toSeconds())
                .withData("outbox.backlogReadSecondsAgo", backlog.staleness(now).toSeconds());
        if (backlog.age(now).compareTo(outbox.backlog().stuckAfter()) > 0) {
            stuck = true;
        }
        return response.status(!stuck).build();
    }
}
