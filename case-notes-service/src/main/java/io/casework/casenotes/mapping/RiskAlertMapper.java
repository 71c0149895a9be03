package io.casework.casenotes.mapping;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.RiskAlertRules;
import io.casework.casenotes.repository.RequestDecision;
import io.casework.casenotes.repository.RiskAlert;
import io.casework.casenotes.repository.RiskAlertEntry;
import io.casework.casenotes.rest.dto.RiskAlertDto;
import io.casework.casenotes.rest.dto.RiskAlertEntryDto;
import io.casework.contracts.events.RiskAlertActivated;
import io.casework.contracts.events.RiskAlertRequested;
import io.casework.contracts.events.RiskAlertReviewed;
import org.mapstruct.Mapper;

import java.time.Instant;
import java.time.LocalDate;

/** Risk alerts onto the wire and into their events, by name. */
@Mapper
public interface RiskAlertMapper {

    /** The alert as it stands on {@code today} (England): an overdue review says so. */
    default RiskAlertDto toDto(RiskAlert alert, LocalDate today) {
        RequestDecision decision = alert.getDecision();
        return new RiskAlertDto(alert.getId(), alert.getChildId(), alert.getType(), alert.getStartedOn(),
                alert.getDescription(), alert.getNoteIds(), alert.getDocumentIds(), alert.getState(),
                alert.getRequestedBy(), alert.getRequestedAt(),
                decision == null ? null : new Person(decision.getDecidedBy(), decision.getDecidedByName(),
                        decision.getDecidedByDesignation(), null),
                decision == null ? null : decision.getDecidedAt(),
                decision == null ? null : decision.getComments(),
                alert.getReviewDue(),
                RiskAlertRules.reviewOverdue(alert.getState(), alert.getReviewDue(), today),
                alert.getReviewedBy() == null ? null : new Person(alert.getReviewedBy(), alert.getReviewedByName(),
                        null, null),
                alert.getReviewedAt(), alert.getReviewReasons(), alert.getEndedAt(), alert.getVersion());
    }

    default RiskAlertEntryDto toDto(RiskAlertEntry entry) {
        return new RiskAlertEntryDto(entry.getId(), entry.getAct(), entry.getFacts(), entry.getBy(), entry.getAt());
    }

    /** What approvals-service needs to route the request and show it to the head of service. */
    default RiskAlertRequested requested(RiskAlert alert, String team) {
        Person requester = alert.getRequestedBy();
        return new RiskAlertRequested(alert.getId(), alert.getChildId(), alert.getType().name(),
                alert.getStartedOn(), alert.getDescription(), alert.getNoteIds(), alert.getDocumentIds(), team,
                requester.username(), requester.fullName(), requester.designation(), alert.getRequestedAt());
    }

    default RiskAlertActivated activated(RiskAlert alert, String team) {
        RequestDecision decision = alert.getDecision();
        return new RiskAlertActivated(alert.getId(), alert.getChildId(), alert.getType().name(),
                alert.getStartedOn(), team, decision.getDecidedBy(), decision.getDecidedByName(),
                decision.getDecidedAt());
    }

    default RiskAlertReviewed reviewed(RiskAlert alert, String team, String outcome) {
        return new RiskAlertReviewed(alert.getId(), alert.getChildId(), team, outcome, alert.getReviewReasons(),
                alert.getReviewedBy(), alert.getReviewedByName(), alert.getReviewedAt());
    }
}
