package io.casework.deadlines.service;

import io.casework.deadlines.domain.DeadlineChangeKind;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineChange;
import io.casework.deadlines.repository.DeadlineChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * Writes each deadline's history as it changes, in the transaction that changes it: every transition of a deadline
 * goes through here, so the history is the whole story (issue 15: "the full history of each deadline kept").
 */
@ApplicationScoped
public class DeadlineHistory {

    @Inject
    DeadlineChangeRepository changes;

    @Inject
    Clock clock;

    /**
     * Records {@code change} of {@code deadline} as it now stands, caused by {@code cause} (an event type, or what
     * this service did of itself).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DeadlineChange record(Deadline deadline, DeadlineChangeKind change, String cause) {
        return record(deadline, change, cause, line -> line);
    }

    /**
     * Records {@code change} with what {@code details} adds ({@link DeadlineChange#movedFrom},
     * {@link DeadlineChange#because}, {@link DeadlineChange#by}): a line is complete when written, never changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DeadlineChange record(Deadline deadline, DeadlineChangeKind change, String cause,
                                 UnaryOperator<DeadlineChange> details) {
        DeadlineChange line = details.apply(DeadlineChange.of(deadline, change, clock.instant(), cause));
        changes.persist(line);
        return line;
    }

    /** The deadline was met, as {@link Deadline#meet} left it: on which day, and whether late. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void met(Deadline deadline, String cause) {
        record(deadline, DeadlineChangeKind.MET, cause, line -> line.because("Met on " + deadline.getMetOn()
                + (Boolean.TRUE.equals(deadline.getLate()) ? ", late" : "")));
    }
}
