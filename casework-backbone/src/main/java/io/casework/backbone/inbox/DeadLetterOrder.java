package io.casework.backbone.inbox;

/** An operator's order to send one event to the dead-letter topic, with why and who ordered it. */
record DeadLetterOrder(String eventId, String reason, String orderedBy) {
}
