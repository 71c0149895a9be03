package io.casework.load;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the virtual users write on, handed out in turn. Filled in the simulation's {@code before()}, once the set-up
 * has made it, and read by the virtual users after: Gatling builds the scenario before the set-up runs.
 */
final class RoundRobin<T> {

    private final AtomicLong handedOut = new AtomicLong();
    private volatile List<T> items = List.of();

    void fill(List<T> made) {
        items = List.copyOf(made);
    }

    T next() {
        List<T> all = items;
        return all.get((int) (handedOut.getAndIncrement() % all.size()));
    }

    List<T> all() {
        return items;
    }
}
