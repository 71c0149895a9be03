package io.casework.casenotes.mapping;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.pathway.StepKindRules;
import io.casework.casenotes.domain.pathway.StepOutcome;
import io.casework.casenotes.repository.PathwayOutcomeRequest;
import io.casework.casenotes.repository.PathwayStep;
import io.casework.casenotes.repository.PathwayStepEntry;
import io.casework.casenotes.rest.dto.ParticipantDto;
import io.casework.casenotes.rest.dto.PathwayOutcomeOptionDto;
import io.casework.casenotes.rest.dto.PathwayStepDto;
import io.casework.casenotes.rest.dto.PathwayStepEntryDto;
import io.casework.casenotes.rest.dto.PathwayStepKindDto;
import io.casework.contracts.PathwayDetails;
import io.casework.contracts.PathwayOutcomeDecision;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.PathwayOutcomeRequested;
import io.casework.contracts.events.PathwayParticipant;
import io.casework.contracts.events.PathwayStepDecided;
import io.casework.contracts.events.PathwayStepEnded;
import io.casework.contracts.events.PathwayStepHeld;
import io.casework.contracts.events.PathwayStepPriorityChanged;
import io.casework.contracts.events.PathwayStepScheduled;
import io.casework.contracts.events.PathwayStepStarted;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Pathway steps to their wire form and to the events that announce them. */
@ApplicationScoped
public class PathwayMapper {

    public PathwayStepDto toDto(PathwayStep step) {
        List<ParticipantDto> participants = step.getParticipants() == null ? null : step.getParticipants().stream()
                .map(p -> new ParticipantDto(p.name(), p.role(), p.agency(), p.manager(), p.input())).toList();
        return new PathwayStepDto(step.getId(), step.getChildId(), step.getKind(), step.getOpenedFrom(),
                step.getPartOf(), step.getTeam(), step.getState(), step.getStartDate(), step.getDetails(),
                step.getScheduledFor(), step.getChair(), step.getHeldAt(), participants, step.getNonCompliance(),
                step.getSource(), step.getReceivedAt(), step.getPriorityWorkingDays(), step.getDueDate(),
                step.getPriorityAlertDate(),
                step.getOutcome(), step.getOpens(), step.getClosesCase(), step.getOutcomeDetails(),
                step.getCompletedDate(), step.getDecidedAt(), step.getEndDate(), step.getEndReason(),
                step.getEndedByStep(), step.getReAddedFrom(), step.getRecordedBy(), step.getRecordedAt(), step.getVersion());
    }

    public PathwayStepEntryDto toDto(PathwayStepEntry entry) {
        return new PathwayStepEntryDto(entry.getId(), entry.getStepId(), entry.getAct().name(), entry.getFacts(),
                entry.getByUsername(), entry.getByName(), entry.getByDesignation(), entry.getAt());
    }

    public PathwayOutcomeOptionDto toDto(StepOutcome outcome, boolean needsAuthorisation) {
        return new PathwayOutcomeOptionDto(outcome.name(), outcome.opens().steps(), outcome.opens().closesCase(),
                outcome.endsPartOf(), needsAuthorisation);
    }

    public PathwayStepKindDto toDto(StepKindRules rules) {
        boolean authorised = rules.authorisedBy().isPresent();
        return new PathwayStepKindDto(rules.kind(), rules.partOf().stream().sorted().toList(), rules.meeting(),
                rules.startable(), rules.lasting(), rules.needsChair(),
                rules.authorisedBy().map(PathwayOutcomeDecision::name).orElse(null),
                rules.outcomes().stream().map(o -> toDto(o, authorised)).toList(),
                PathwayDetails.schemaOf(rules.kind()), PathwayDetails.outcomeSchemaOf(rules.kind()));
    }

    /**
     * The start, with what deadlines-service and visits-service need without asking back: the kind's facts, what it
     * is part of and, for a C&F, its priority. Its due date and the priority reminder's date are null here: they are
     * counted by deadlines-service on this very event.
     */
    public PathwayStepStarted started(PathwayStep step) {
        return new PathwayStepStarted(step.getId(), step.getChildId(), step.getKind().name(), step.getOpenedFrom(),
                step.getPartOf(), step.getTeam(), step.getStartDate(), step.getReceivedAt(), step.getSource(),
                step.getPriorityWorkingDays(), step.getDueDate(), step.getPriorityAlertDate(), step.getScheduledFor(),
                step.getDetails(), step.getReAddedFrom(), step.getRecordedBy().username(), step.getRecordedAt());
    }

    public PathwayStepDecided decided(PathwayStep step, boolean endsPartOf, String decidedBy) {
        return new PathwayStepDecided(step.getId(), step.getChildId(), step.getKind().name(), step.getPartOf(),
                step.getTeam(), step.getOutcome(), step.getOpens().stream().map(Enum::name).toList(),
                step.getClosesCase(), endsPartOf, step.getCompletedDate(), step.getOutcomeDetails(), null, decidedBy,
                step.getDecidedAt());
    }

    /** The outcome authorised: it takes effect, naming the approval that authorised it. */
    public PathwayStepDecided authorised(PathwayStep step, boolean endsPartOf, ApprovalDecided decision) {
        return new PathwayStepDecided(step.getId(), step.getChildId(), step.getKind().name(), step.getPartOf(),
                step.getTeam(), step.getOutcome(), step.getOpens().stream().map(Enum::name).toList(),
                step.getClosesCase(), endsPartOf, step.getCompletedDate(), step.getOutcomeDetails(),
                decision.requestId(), decision.decidedBy(), step.getDecidedAt());
    }

    /** The outcome sent for authorisation, with what it will open: what the decider checks before authorising. */
    public PathwayOutcomeRequested outcomeRequested(PathwayOutcomeRequest request, PathwayStep step) {
        Person by = request.getRequestedBy();
        return new PathwayOutcomeRequested(request.getId(), step.getId(), step.getChildId(), step.getKind().name(),
                request.getOutcome(), request.getOpens().stream().map(Enum::name).toList(), request.closesCase(),
                request.getCompletedDate(), request.getReasons(), request.getDetails(), step.getTeam(), by.username(),
                by.fullName(), by.designation() == null ? "" : by.designation(), request.getRequestedAt());
    }

    /** {@code approvalRequestId}: the worker's request the manager approved; null for the manager's own reset. */
    public PathwayStepPriorityChanged priorityChanged(PathwayStep step, LocalDate previousDue, String reasons,
            String by, Instant at, UUID approvalRequestId) {
        return new PathwayStepPriorityChanged(step.getId(), step.getChildId(), step.getKind().name(), step.getTeam(),
                step.getStartDate(), step.getPriorityWorkingDays(), step.getDueDate(), previousDue, reasons, by, at,
                approvalRequestId);
    }

    public PathwayStepScheduled scheduled(PathwayStep step, Instant previous, String reasons, String by, Instant at) {
        return new PathwayStepScheduled(step.getId(), step.getChildId(), step.getKind().name(), step.getPartOf(),
                step.getTeam(), step.getScheduledFor(), previous, step.getChair(), reasons, by, at);
    }

    /** The meeting held: who took part (their input stays on the record) and, for a strategy discussion, compliance. */
    public PathwayStepHeld held(PathwayStep step, String by, Instant at) {
        List<PathwayParticipant> took = step.getParticipants().stream()
                .map(p -> new PathwayParticipant(p.name(), p.role(), p.agency().name(), p.manager())).toList();
        List<String> notCompliant = step.getNonCompliance();
        return new PathwayStepHeld(step.getId(), step.getChildId(), step.getKind().name(), step.getPartOf(),
                step.getTeam(), step.getHeldAt(), step.getChair(), took,
                notCompliant == null ? null : notCompliant.isEmpty(), notCompliant, step.getDetails(), by, at);
    }

    public PathwayStepEnded ended(PathwayStep step, String by, Instant at) {
        return new PathwayStepEnded(step.getId(), step.getChildId(), step.getKind().name(), step.getPartOf(),
                step.getTeam(), step.getEndDate(), step.getEndReason(), step.getEndedByStep(), by, at);
    }
}
