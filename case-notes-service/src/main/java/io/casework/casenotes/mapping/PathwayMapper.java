package io.casework.casenotes.mapping;

import io.casework.backbone.security.Person;
import io.casework.casenotes.repository.PathwayOutcomeRequest;
import io.casework.casenotes.repository.PathwayStep;
import io.casework.casenotes.rest.dto.PathwayStepDto;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.PathwayOutcomeRequested;
import io.casework.contracts.events.PathwayStepDecided;
import io.casework.contracts.events.PathwayStepPriorityChanged;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.timescales.WorkingDayCalendar;
import io.casework.casenotes.domain.pathway.CfaRules;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;

/** Pathway steps to their wire form and to the events that announce them. */
@ApplicationScoped
public class PathwayMapper {

    public PathwayStepDto toDto(PathwayStep step) {
        return new PathwayStepDto(step.getId(), step.getChildId(), step.getKind(), step.getOpenedFrom(),
                step.getTeam(), step.getState(), step.getStartDate(), step.getSource(), step.getReceivedAt(),
                step.getPriorityWorkingDays(), step.getDueDate(), step.getOutcome(), step.getOpens(),
                step.getClosesCase(), step.getDecidedAt(), step.getRecordedBy(), step.getRecordedAt(),
                step.getVersion());
    }

    /** The start, with what deadlines-service needs: for a C&F its due date and the priority reminder's date. */
    public PathwayStepStarted started(PathwayStep step, WorkingDayCalendar calendar) {
        LocalDate alert = step.getPriorityWorkingDays() == null ? null
                : CfaRules.priorityAlertDate(step.getStartDate(), calendar);
        return new PathwayStepStarted(step.getId(), step.getChildId(), step.getKind().name(), step.getOpenedFrom(),
                step.getTeam(), step.getStartDate(), step.getReceivedAt(), step.getSource(),
                step.getPriorityWorkingDays(), step.getDueDate(), alert, step.getRecordedBy().username(),
                step.getRecordedAt());
    }

    public PathwayStepDecided decided(PathwayStep step, String decidedBy) {
        return new PathwayStepDecided(step.getId(), step.getChildId(), step.getKind().name(), step.getTeam(),
                step.getOutcome(), step.getOpens().stream().map(Enum::name).toList(), step.getClosesCase(),
                step.getCompletedDate(), null, decidedBy, step.getDecidedAt());
    }

    /** The outcome sent for authorisation, with what it will open: what the decider checks before authorising. */
    public PathwayOutcomeRequested outcomeRequested(PathwayOutcomeRequest request, PathwayStep step) {
        Person by = request.getRequestedBy();
        return new PathwayOutcomeRequested(request.getId(), step.getId(), step.getChildId(), step.getKind().name(),
                request.getOutcome(), request.getOpens().stream().map(Enum::name).toList(), request.closesCase(),
                request.getCompletedDate(), request.getReasons(), step.getTeam(), by.username(), by.fullName(),
                by.designation() == null ? "" : by.designation(), request.getRequestedAt());
    }

    /** The outcome authorised: it takes effect, naming the approval that authorised it. */
    public PathwayStepDecided authorised(PathwayStep step, ApprovalDecided decision) {
        return new PathwayStepDecided(step.getId(), step.getChildId(), step.getKind().name(), step.getTeam(),
                step.getOutcome(), step.getOpens().stream().map(Enum::name).toList(), step.getClosesCase(),
                step.getCompletedDate(), decision.requestId(), decision.decidedBy(), step.getDecidedAt());
    }

    public PathwayStepPriorityChanged priorityChanged(PathwayStep step, LocalDate previousDue, String reasons,
            String by, Instant at) {
        return new PathwayStepPriorityChanged(step.getId(), step.getChildId(), step.getKind().name(), step.getTeam(),
                step.getStartDate(), step.getPriorityWorkingDays(), step.getDueDate(), previousDue, reasons, by, at);
    }
}
