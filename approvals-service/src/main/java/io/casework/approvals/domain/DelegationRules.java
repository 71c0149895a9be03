package io.casework.approvals.domain;

import io.casework.backbone.problem.Problems.FieldViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What makes a delegation acceptable (issue 17: "acting-up and delegation during absence are explicit, time-bound and
 * recorded"). Plain rules on plain values: who may record one, and whether its dates hold together.
 */
public final class DelegationRules {

    /**
     * The longest one delegation may run. An absence longer than a quarter is not cover but a change of post, which
     * the organisation model records instead (004 "Updating Team Structures").
     */
    public static final Duration LONGEST = Duration.ofDays(92);

    private DelegationRules() {
    }

    /**
     * Who may record that {@code delegator} is covered: the delegator, before they go; the person who supervises them,
     * when they are away without having done so; or an administrator.
     *
     * @return the refusal, or empty when {@code recorder} may
     */
    public static Optional<String> refusalToRecord(String recorder, String delegator, String supervisorOfDelegator,
                                                   boolean administrator) {
        if (administrator || recorder.equals(delegator) || recorder.equals(supervisorOfDelegator)) {
            return Optional.empty();
        }
        return Optional.of("Only " + delegator + ", the person who supervises them, or an administrator may record "
                + "who acts for them.");
    }

    /**
     * The problems with a delegation's people and dates, by field name; empty when it can be recorded.
     *
     * @param delegatorApproves whether the delegator holds a post that decides requests (there is nothing to cover
     *                          otherwise)
     */
    public static List<FieldViolation> problems(String delegator, String delegate, boolean delegatorApproves,
                                          Instant startsAt, Instant endsAt, Instant now) {
        List<FieldViolation> problems = new ArrayList<>();
        if (delegator.equals(delegate)) {
            problems.add(FieldViolation.body("delegate", "must be someone other than the delegator"));
        }
        if (!delegatorApproves) {
            problems.add(FieldViolation.body("delegator", "holds no management post: there is nothing to delegate"));
        }
        if (!endsAt.isAfter(startsAt)) {
            problems.add(FieldViolation.body("endsAt", "must be after startsAt"));
        } else if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            problems.add(FieldViolation.body("endsAt", "a delegation runs at most " + LONGEST.toDays()
                    + " days: record a longer absence as a change of post"));
        }
        if (!endsAt.isAfter(now)) {
            problems.add(FieldViolation.body("endsAt", "must be in the future: a delegation is recorded before "
                    + "or while it runs, never afterwards"));
        }
        return problems;
    }
}
