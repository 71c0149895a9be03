package io.casework.approvals.service;

import io.casework.approvals.mapping.People;
import io.casework.approvals.repository.ApprovalRequestRepository;
import io.casework.approvals.repository.PendingPerAssignee;
import io.casework.approvals.rest.dto.PendingDecisionsDto.PersonPending;
import io.casework.approvals.rest.dto.PendingDecisionsDto;
import io.casework.backbone.access.enforce.TeamViews;
import io.casework.backbone.timescales.TimescalesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A manager's dashboard (issue 17): a team's pending decisions per person, with their age and deadline, for the
 * team's managers as the organisation model holds them now. Counts and names of staff only: no child is named, so
 * nothing is written to any child's access log.
 */
@ApplicationScoped
public class PendingDecisionsService {

    @Inject
    ApprovalRequestRepository requests;

    @Inject
    TeamViews teamViews;

    @Inject
    People people;

    @Inject
    TimescalesConfig timescales;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PendingDecisionsDto forTeam(String team) {
        teamViews.requireManagerOf(team, "A team's pending decisions are for its practice manager and team manager "
                + "and the senior manager and head of service of its service area.");
        Instant now = clock.instant();
        List<PersonPending> people = requests.pendingPerAssignee(team, now.atZone(timescales.zone()).toLocalDate())
                .stream().map(row -> person(row, now)).toList();
        return new PendingDecisionsDto(team, people.stream().mapToLong(PersonPending::pending).sum(),
                people.stream().mapToLong(PersonPending::overdue).sum(),
                people.stream().mapToLong(PersonPending::escalated).sum(), people);
    }

    private PersonPending person(PendingPerAssignee row, Instant now) {
        return new PersonPending(people.named(row.assignee()), row.pending(), row.oldestSince(),
                Duration.between(row.oldestSince(), now).toDays(), row.nextDue(), row.overdue(), row.escalated());
    }
}
