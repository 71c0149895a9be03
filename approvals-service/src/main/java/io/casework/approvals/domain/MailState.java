package io.casework.approvals.domain;

/**
 * Where a notification's e-mail stands (issue 17; the V18 migration describes each in the table's words). Only
 * {@link #PENDING} is still to be sent; every other state is final.
 */
public enum MailState {
    /** Waits for the mail relay. */
    PENDING,
    /** Sent to the recipient's address. */
    SENT,
    /** The recipient has no e-mail address in the organisation model, or has left: nothing to send, never retried. */
    NO_ADDRESS,
    /** Still unsent after the relay's maximum age (mail was off, or the server away, that long): given up. */
    EXPIRED,
    /** Raised before notifications had mail at all. */
    BEFORE_MAIL
}
