package io.casework.visits.service;

import io.casework.contracts.InvalidEventException;

import java.util.UUID;

/**
 * An event about a child this service never saw registered. Retrying cannot help (events of one child arrive in
 * order, so the registration will not turn up later), hence an {@link InvalidEventException}: the inbox skips its
 * retries and the record goes straight to the dead-letter topic with this message as its reason, to be replayed once
 * the child's registration has been applied.
 */
public class UnknownChildException extends InvalidEventException {

    public UnknownChildException(String eventType, UUID childId) {
        super(eventType + " for unknown child " + childId + ": no child-registered event for this child has been "
                + "applied by visits-service");
    }
}
