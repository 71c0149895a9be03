package io.casework.backbone.inbox;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What one consumer does with each event type it reads, by payload type: the one way every consumer of the suite
 * is written. A type with no handler passes by (the topics carry every event of their producer); a type with
 * several has them run in the order they were added. Handlers run inside the transaction that
 * {@link InboundEvents} opens for the event, so what they call must join it ({@code MANDATORY}).
 *
 * <pre>{@code
 * handlers = inbound.handlers()
 *         .on(ChildRegistered.class, planning::childRegistered)
 *         .on(VisitCompleted.class, (visit, event) -> deadlines.meet(visit, event.time().toInstant()));
 * }</pre>
 */
public final class EventHandlers {

    private final EventCodec codec;
    private final Map<EventType, Consumer<EventEnvelope>> handlers = new EnumMap<>(EventType.class);

    EventHandlers(EventCodec codec) {
        this.codec = codec;
    }

    /** Hands each event of this payload type, bound to its record, to the handler. */
    public <T> EventHandlers on(Class<T> payload, Consumer<T> handler) {
        return on(payload, (data, event) -> handler.accept(data));
    }

    /** The same, for a handler that also needs the envelope (its time, its id). */
    public <T> EventHandlers on(Class<T> payload, BiConsumer<T, EventEnvelope> handler) {
        EventType type = EventType.of(payload).orElseThrow(() ->
                new IllegalArgumentException(payload.getName() + " is no event payload of the contracts module"));
        Consumer<EventEnvelope> bound = event -> handler.accept(codec.data(event, payload), event);
        handlers.merge(type, bound, Consumer::andThen);
        return this;
    }

    /** Applies the event with its handlers; returns whether there was any. */
    public boolean handle(EventEnvelope event) {
        Optional<Consumer<EventEnvelope>> handler = EventType.of(event.type()).map(handlers::get);
        handler.ifPresent(h -> h.accept(event));
        return handler.isPresent();
    }
}
