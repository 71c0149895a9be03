package io.casework.approvals.service;

import io.casework.approvals.domain.ManagementLine;
import io.casework.approvals.mapping.OrganisationMapper;
import io.casework.approvals.repository.DecisionKindRepository;
import io.casework.approvals.repository.ServiceArea;
import io.casework.approvals.repository.ServiceAreaRepository;
import io.casework.approvals.repository.Team;
import io.casework.approvals.repository.TeamRepository;
import io.casework.approvals.rest.dto.DecisionKindDto;
import io.casework.approvals.rest.dto.TeamDto;
import io.casework.approvals.rest.dto.TeamUpdateRequest;
import io.casework.backbone.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The organisation model: teams, their management lines, and the catalogue of decisions that need approval. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    TeamRepository teams;

    @Inject
    ServiceAreaRepository serviceAreas;

    @Inject
    DecisionKindRepository kinds;

    @Inject
    OrganisationMapper mapper;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TeamDto> teams() {
        return mapper.toTeamDtos(teams.allByName());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DecisionKindDto> catalogue() {
        return mapper.toKindDtos(kinds.catalogue());
    }

    /** Creates the team or replaces its management line. Requests already routed keep their assignee. */
    @Transactional
    public TeamDto replace(String teamId, TeamUpdateRequest update, String updatedBy) {
        ServiceArea area = serviceAreas.findByIdOptional(update.serviceArea()).orElseThrow(() -> Problems.badRequest(
                "unknown-service-area", "serviceArea: there is no service area '" + update.serviceArea() + "'"));
        Team team = teams.findByIdOptional(teamId).orElseGet(() -> {
            Team created = new Team();
            created.id = teamId;
            return created;
        });
        team.name = update.name();
        team.practiceManager = update.practiceManager();
        team.teamManager = update.teamManager();
        team.seniorManager = update.seniorManager();
        team.serviceArea = area;
        team.updatedAt = Instant.now();
        team.updatedBy = updatedBy;
        teams.persist(team);
        return mapper.toDto(team);
    }

    /** The team's line up to its head of service; empty for a team the model does not know. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ManagementLine> lineOf(String teamId) {
        return teams.findByIdOptional(teamId).map(team -> ManagementLine.of(team.id, team.practiceManager,
                team.teamManager, team.seniorManager, team.serviceArea.headOfService));
    }
}
