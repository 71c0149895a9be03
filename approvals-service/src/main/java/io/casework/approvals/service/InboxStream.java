package io.casework.approvals.service;

import io.casework.approvals.config.ApprovalsConfig;
import io.casework.approvals.rest.dto.InboxEventDto;
import io.casework.backbone.problem.Problems;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live inbox of the clients connected to THIS replica.
 *
 * <p>Why it is fed from Kafka and not from the write path: with several replicas behind a load balancer, a
 * notification is written by whichever replica consumed the case note (or took the decision), while its recipient's
 * stream may be held open by any other. So nothing is pushed when a request is written. Instead every replica
 * consumes this service's own topic through the {@code approvals-broadcast} channel with a consumer group of its own
 * ({@code approvals-stream-<instance uuid>}, starting at the latest offset, nothing committed): each replica sees every
 * ApprovalRequested and ApprovalDecided once the outbox relay has published it, and pushes it here, where each
 * connected client's stream keeps only what is addressed to its user. Every client thus gets every notification
 * however many replicas run, and a notification reaches a stream only after the transaction that made it committed.
 *
 * <p>The stream is a prompt, not the record: a client that connects, or reconnects after a gap, reads
 * {@code GET /inbox} for what it missed.
 */
@ApplicationScoped
public class InboxStream {

    private final BroadcastProcessor<Delivery> deliveries = BroadcastProcessor.create();
    private final AtomicInteger listeners = new AtomicInteger();
    private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();

    @Inject
    ApprovalsConfig config;

    /**
     * An event for the given users; pushed to those connected here, dropped if none is. Synchronised because a
     * processor's items must arrive one at a time, whichever thread delivers them.
     */
    public synchronized void push(Set<String> recipients, InboxEventDto event) {
        deliveries.onNext(new Delivery(recipients, event));
    }

    /**
     * The events addressed to one user, from now on. A client that cannot keep up is cut off once its buffer is
     * full rather than slowing the others down; it reconnects and reloads its inbox.
     */
    public Multi<InboxEventDto> eventsFor(String username) {
        return deliveries
                .filter(delivery -> delivery.recipients().contains(username))
                .map(Delivery::event)
                .onOverflow().buffer(config.inboxStream().buffer())
                .onSubscription().invoke(listeners::incrementAndGet)
                .onTermination().invoke(() -> {
                    listeners.decrementAndGet();
                    open.computeIfPresent(username, (user, count) -> count.decrementAndGet() <= 0 ? null : count);
                });
    }

    /**
     * Takes one of the user's stream places, or refuses with 429 when they hold the most they may
     * ({@code casework.approvals.inbox-stream.max-per-user}); the place is given back when the stream ends.
     */
    public void admit(String username) {
        AtomicInteger count = open.computeIfAbsent(username, user -> new AtomicInteger());
        if (count.incrementAndGet() > config.inboxStream().maxPerUser()) {
            count.decrementAndGet();
            throw Problems.of(429, "too-many-streams", "Too many live streams",
                    "You already have " + config.inboxStream().maxPerUser() + " live streams open; close one "
                            + "(another tab or window) before opening another");
        }
    }

    /** Whether any client is connected to this replica: without one, events need not be looked at. */
    public boolean hasListeners() {
        return listeners.get() > 0;
    }

    private record Delivery(Set<String> recipients, InboxEventDto event) {
    }
}
