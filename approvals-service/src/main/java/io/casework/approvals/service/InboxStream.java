package io.casework.approvals.service;

import io.casework.approvals.config.ApprovalsConfig;
import io.casework.approvals.rest.dto.InboxEventDto;
import io.casework.backbone.problem.Problems;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live inbox streams of the clients connected to THIS replica.
 *
 * <p>What a stream sends is the recipient's notifications, read from the database in the order of their sequence
 * numbers (numbered in commit order, see the V7 migration); each event's SSE id is that number. A stream remembers
 * the last number it sent and, each time it looks, sends what follows. So a client that reconnects with
 * {@code Last-Event-ID}, to this replica or any other, gets exactly what it missed, once, in order.
 *
 * <p>When to look: with several replicas behind a load balancer, a notification is written by whichever replica
 * consumed the case note (or took the decision), while its recipient's stream may be held open by any other. Every
 * replica consumes this service's own topic through the {@code approvals-broadcast} channel with a consumer group of
 * its own, starting at the latest offset; each ApprovalRequested or ApprovalDecided wakes the streams of those
 * notified about the request ({@link #wake}). Since the event is published after its transaction commits, the
 * notification is there to be read. Each stream also looks at every heartbeat, so an event this replica never saw
 * delays a notification by one heartbeat at most, and loses nothing.
 */
@ApplicationScoped
public class InboxStream {

    private static final Object LOOK = new Object();

    private final BroadcastProcessor<Set<String>> wakes = BroadcastProcessor.create();
    private final AtomicInteger listeners = new AtomicInteger();
    private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();

    @Inject
    ApprovalsConfig config;

    @Inject
    InboxService inbox;

    /**
     * Tells the streams of these users on this replica to look for new notifications. Synchronised because a
     * processor's items must arrive one at a time, whichever thread delivers them.
     */
    public synchronized void wake(Collection<String> recipients) {
        wakes.onNext(Set.copyOf(recipients));
    }

    /**
     * The user's notifications after {@code resumeAfter} (a client's Last-Event-ID; null to start from now), then
     * each new one as it is recorded. Where the stream starts is settled before the returned Uni completes, so that
     * a client told it is connected misses nothing recorded after that. Looks are taken one at a time; while one
     * runs, further wakes fold into one more look, so a flood of events costs a few queries, not one each.
     */
    public Uni<Multi<InboxEventDto>> open(String username, Long resumeAfter) {
        return Uni.createFrom().item(() -> new StreamPosition(username, resumeAfter,
                        inbox.latestSequence(username)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().invoke(() -> release(username))
                .map(this::eventsFrom);
    }

    private Multi<InboxEventDto> eventsFrom(StreamPosition position) {
        String username = position.username;
        Multi<Object> looks = Multi.createBy().merging().streams(
                        Multi.createFrom().item(LOOK),
                        wakes.filter(recipients -> recipients.contains(username)).map(recipients -> LOOK),
                        Multi.createFrom().ticks().every(config.inboxStream().heartbeat()).map(tick -> LOOK))
                .onOverflow().dropPreviousItems();
        return looks.onItem().transformToMultiAndConcatenate(look -> Uni.createFrom().item(position::unsent)
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .onItem().transformToMulti(events -> Multi.createFrom().iterable(events)))
                .onSubscription().invoke(listeners::incrementAndGet)
                .onTermination().invoke(() -> {
                    listeners.decrementAndGet();
                    release(username);
                });
    }

    private void release(String username) {
        open.computeIfPresent(username, (user, count) -> count.decrementAndGet() <= 0 ? null : count);
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

    /** Where one stream stands: the number of the last notification it sent. Looks run one at a time. */
    private final class StreamPosition {

        private final String username;
        private long sent;

        StreamPosition(String username, Long resumeAfter, long latest) {
            this.username = username;
            // A Last-Event-ID beyond the latest (from another installation, say) would wait for numbers not yet
            // issued; the stream resumes from the latest instead.
            this.sent = resumeAfter == null ? latest : Math.min(resumeAfter, latest);
        }

        List<InboxEventDto> unsent() {
            List<InboxEventDto> events = new ArrayList<>();
            List<InboxEventDto> page;
            do {
                page = inbox.streamAfter(username, sent);
                events.addAll(page);
                if (!page.isEmpty()) {
                    sent = page.get(page.size() - 1).sequence();
                }
            } while (page.size() == InboxService.STREAM_PAGE);
            return events;
        }
    }
}
