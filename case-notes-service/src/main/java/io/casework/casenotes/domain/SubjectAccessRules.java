package io.casework.casenotes.domain;

import io.casework.timescales.SubjectAccessPeriod;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of a subject access request that need no database (002 s.8, s.9; UK GDPR Art. 12(3)): when it is due,
 * what a decision on an item needs, when the review may be completed and when the request may be extended. Each
 * question answers the refusal, if any, in words for the problem the service answers with.
 */
public final class SubjectAccessRules {

    private final SubjectAccessPeriod period;

    public SubjectAccessRules(SubjectAccessPeriod period) {
        this.period = period;
    }

    /** The day a request received on {@code receivedOn} is due. */
    public LocalDate dueOn(LocalDate receivedOn) {
        return period.dueOn(receivedOn);
    }

    /** Why a request cannot be recorded as received on {@code receivedOn}, today being {@code today}. */
    public static Optional<String> receivedOnRefusal(LocalDate receivedOn, LocalDate today) {
        if (receivedOn.isAfter(today)) {
            return Optional.of("must not be in the future: the month runs from the day the request was received");
        }
        if (receivedOn.isBefore(EventDates.EARLIEST_HISTORY)) {
            return Optional.of("must not be before " + EventDates.EARLIEST_HISTORY);
        }
        return Optional.empty();
    }

    /**
     * What refuses a decision on an item: a withheld item needs its category (002 s.8 "the reasons should be
     * recorded"), a disclosed one has none; third-party information is shared only once its originator was consulted
     * or the reason why that was not possible is recorded (002 s.8: "before sharing any such information, the
     * manager must take all reasonable steps to consult the originator").
     *
     * @param thirdParty whether the item is third parties' information: a third-party statement, or a document
     *                   received from outside
     * @param consulted whether a consultation of the item's originator is recorded on the request
     */
    public static Optional<Refusal> decisionRefusal(boolean thirdParty, DisclosureDecision decision,
                                                    WithholdingCategory category, boolean consulted,
                                                    String noConsultationReason) {
        if (decision == DisclosureDecision.WITHHOLD && category == null) {
            return Optional.of(new Refusal(Refusal.Field.CATEGORY, "is required to withhold an item: the export "
                    + "lists what was withheld by its category (002 s.8)"));
        }
        if (decision == DisclosureDecision.DISCLOSE && category != null) {
            return Optional.of(new Refusal(Refusal.Field.CATEGORY, "is only for an item withheld"));
        }
        boolean noReason = noConsultationReason == null || noConsultationReason.isBlank();
        if (decision == DisclosureDecision.DISCLOSE && thirdParty && !consulted
                && noReason) {
            return Optional.of(new Refusal(Refusal.Field.CONSULTATION, "Third-party information is shared only "
                    + "after its originator was consulted (002 s.8): record the consultation on this request first, "
                    + "or say in noConsultationReason why none was possible."));
        }
        return Optional.empty();
    }

    /**
     * Why the review cannot be completed while {@code undecided} third-party items (statements and received documents)
     * have no decision.
     */
    public static Optional<String> completionRefusal(SubjectAccessState state, long undecided) {
        if (state == SubjectAccessState.REVIEWED) {
            return Optional.of("The review of this request is complete already.");
        }
        if (undecided > 0) {
            return Optional.of(undecided + (undecided == 1 ? " item of third-party information has"
                    : " items of third-party information have") + " no decision yet: each is disclosed or "
                    + "withheld, with its reason, before the review is complete (002 s.8).");
        }
        return Optional.empty();
    }

    /** Why a request received on {@code receivedOn} cannot be extended on {@code today}. */
    public Optional<String> extensionRefusal(boolean extended, LocalDate receivedOn, LocalDate today) {
        if (extended) {
            return Optional.of("This request has been extended already: Art. 12(3) allows two further months once.");
        }
        if (!period.extensionInTime(receivedOn, today)) {
            return Optional.of("Too late to extend: the requester must be told of an extension within the first "
                    + "month, by " + period.dueOn(receivedOn) + " (UK GDPR Art. 12(3)).");
        }
        return Optional.empty();
    }

    /** The day an extended request is due. */
    public LocalDate extendedDueOn(LocalDate receivedOn) {
        return period.extendedDueOn(receivedOn);
    }

    /** A decision refused, on a field of the request or for want of a consultation. */
    public record Refusal(Field field, String message) {
        public enum Field { CATEGORY, CONSULTATION }
    }
}
