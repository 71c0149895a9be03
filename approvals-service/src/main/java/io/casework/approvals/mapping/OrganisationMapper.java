package io.casework.approvals.mapping;

import io.casework.approvals.repository.DecisionKind;
import io.casework.approvals.repository.Team;
import io.casework.approvals.rest.dto.DecisionKindDto;
import io.casework.approvals.rest.dto.TeamDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper
public interface OrganisationMapper {

    @Mapping(target = "team", source = "id")
    @Mapping(target = "serviceArea", source = "serviceArea.id")
    @Mapping(target = "headOfService", source = "serviceArea.headOfService")
    TeamDto toDto(Team team);

    List<TeamDto> toTeamDtos(List<Team> teams);

    @Mapping(target = "source.document", source = "sourceDocument")
    @Mapping(target = "source.section", source = "sourceSection")
    @Mapping(target = "source.quote", source = "sourceQuote")
    DecisionKindDto toDto(DecisionKind kind);

    List<DecisionKindDto> toKindDtos(List<DecisionKind> kinds);
}
