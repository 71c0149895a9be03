package io.casework.backbone.rest;

/**
 * The bounds of what a request may carry, one place for every service (docs/security.md "Input"). Chosen from what
 * the recording policies ask a worker to write, with room to spare, and small enough that one request cannot fill
 * memory or the database: a case note's narrative is the longest thing anyone writes (a long visit record runs to
 * 3,000 words, about 20,000 characters); what a child or parent said, an analysis or a manager's comments are
 * shorter; names, venues and reasons are a line.
 */
public final class InputLimits {

    /** A narrative: the body of a case note. */
    public static final int NARRATIVE = 50_000;
    /** A paragraph: the child's words, views, an analysis, a manager's comments. */
    public static final int PARAGRAPH = 10_000;
    /** A line: a venue, a purpose, a reason, a how-obtained. */
    public static final int LINE = 500;
    /** A name or a title. */
    public static final int NAME = 200;
    /** Items in a list a person writes (who was present, actions agreed). */
    public static final int LIST_ITEMS = 50;
    /** The longest visit, in minutes: a whole day. */
    public static final int VISIT_MINUTES = 1_440;

    private InputLimits() {
    }
}
