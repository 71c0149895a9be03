package io.casework.system.load;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the API acknowledged to the load (a 2xx answer), and how many requests it refused or never answered. The
 * checker holds the suite to every acknowledged write; a refused one may or may not have happened, and the
 * checker only asks that whatever did happen was announced and applied like everything else.
 */
public final class AcknowledgedWrites {

    /** A child registered (201), keyed by the client's own reference for it (its given name). */
    private final Map<String, String> children = new ConcurrentHashMap<>();
    /** A case note written (201): note id to child id. */
    private final Map<String, String> notes = new ConcurrentHashMap<>();
    private final List<String> submitted = new CopyOnWriteArrayList<>();
    private final List<String> decided = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger serviceUnavailable = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();

    void childRegistered(String reference, String childId) {
        children.put(reference, childId);
    }

    void noteWritten(String noteId, String childId) {
        notes.put(noteId, childId);
    }

    void noteSubmitted(String noteId) {
        submitted.add(noteId);
    }

    void requestDecided(String requestId) {
        decided.add(requestId);
    }

    /** A request that got no 2xx: unanswered, refused with a 503, or failed with another status. */
    void notAcknowledged(int status) {
        refused.incrementAndGet();
        if (status == 503) {
            serviceUnavailable.incrementAndGet();
        } else if (status >= 500) {
            serverErrors.incrementAndGet();
        }
    }

    public Map<String, String> children() {
        return Collections.unmodifiableMap(children);
    }

    public Map<String, String> notes() {
        return Collections.unmodifiableMap(notes);
    }

    public List<String> submitted() {
        return Collections.unmodifiableList(submitted);
    }

    public List<String> decided() {
        return Collections.unmodifiableList(decided);
    }

    public int total() {
        return children.size() + notes.size() + submitted.size() + decided.size();
    }

    public int refused() {
        return refused.get();
    }

    public int serviceUnavailable() {
        return serviceUnavailable.get();
    }

    /** Answers of 500 and above other than 503: a fault the service did not turn into a clear refusal. */
    public int serverErrors() {
        return serverErrors.get();
    }
}
