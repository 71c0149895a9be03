package io.casework.casenotes.service;

import io.casework.casenotes.domain.RiskAlertState;
import io.casework.casenotes.repository.RiskAlertRepository;
import io.casework.contracts.events.DeadlineExtended;
import io.casework.contracts.events.DeadlineOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/**
 * When an active risk alert's next review is due (001 "Risk Alerts"), learnt from deadlines-service, the one service
 * that counts it under the authority's rule (docs/architecture.md "Who computes each due date"): the deadline it
 * opens for the alert gives the date, and a manager's extension moves it. An authority whose rules set no review
 * announces none, and the alert shows no due date.
 */
@ApplicationScoped
public class RiskAlertReviewDates {

    /** The kind of deadline deadlines-service opens for an alert's review, whose subject is the alert's id. */
    static final String RISK_ALERT_REVIEW = "RISK_ALERT_REVIEW";

    @Inject
    RiskAlertRepository alerts;

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(DeadlineOpened deadline) {
        learn(deadline.kind(), deadline.childId(), deadline.subjectId(), deadline.dueDate());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void extended(DeadlineExtended extension) {
        learn(extension.kind(), extension.childId(), extension.subjectId(), extension.dueDate());
    }

    private void learn(String kind, UUID childId, String subjectId, LocalDate date) {
        if (!RISK_ALERT_REVIEW.equals(kind)) {
            return;
        }
        UUID alertId;
        try {
            alertId = UUID.fromString(subjectId);
        } catch (IllegalArgumentException notAnAlert) {
            return;
        }
        // An alert ended since has no review to come: a late announcement leaves it as it is.
        alerts.ofChildForUpdate(childId, alertId).filter(alert -> alert.getState() == RiskAlertState.ACTIVE)
                .ifPresent(alert -> alert.reviewDueOn(date));
    }
}
