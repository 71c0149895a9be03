package io.casework.approvals.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.approvals.repository.OrganisationChange;
import io.casework.approvals.repository.ServiceArea;
import io.casework.approvals.repository.Staff;
import io.casework.approvals.repository.Team;
import io.casework.approvals.rest.dto.OrganisationChangeDto;
import io.casework.approvals.rest.dto.ServiceAreaDto;
import io.casework.approvals.rest.dto.StaffMemberDto;
import io.casework.approvals.rest.dto.TeamDto;
import io.casework.backbone.access.StaffMember;
import io.casework.backbone.security.Person;
import io.casework.contracts.events.StaffMemberChanged;
import io.casework.contracts.events.TeamChanged;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.Map;

/** The organisation model onto the wire and into its events; every person a DTO names is a {@link Person}. */
@Mapper
public interface OrganisationMapper {

    ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    TypeReference<Map<String, Object>> SNAPSHOT = new TypeReference<>() { };

    @Mapping(target = "serviceArea", source = "serviceArea.id")
    @Mapping(target = "headOfService", source = "serviceArea.headOfService")
    TeamDto toDto(Team team, @Context People people);

    List<TeamDto> toTeamDtos(List<Team> teams, @Context People people);

    StaffMemberDto toDto(Staff staff, @Context People people);

    List<StaffMemberDto> toStaffDtos(List<Staff> staff, @Context People people);

    ServiceAreaDto toDto(ServiceArea area, @Context People people);

    List<ServiceAreaDto> toAreaDtos(List<ServiceArea> areas, @Context People people);

    default OrganisationChangeDto toDto(OrganisationChange change, @Context People people) {
        try {
            return new OrganisationChangeDto(change.getSubjectKind().name(), change.getSubjectId(),
                    change.getVersion(), change.getChange(), JSON.readValue(change.getAfter(), SNAPSHOT),
                    people.named(change.getChangedBy()), change.getChangedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("organisation change " + change.getId() + " holds no JSON", e);
        }
    }

    List<OrganisationChangeDto> toChangeDtos(List<OrganisationChange> changes, @Context People people);

    /** Every username a DTO carries goes out as the person it names. */
    default Person person(String username, @Context People people) {
        return people.named(username);
    }

    /** The member as the access policy sees them; empty of meaning once they have left (callers check). */
    default StaffMember toMember(Staff staff) {
        return new StaffMember(staff.getUsername(), staff.getFullName(), staff.getPost(), staff.getTeam(),
                staff.getServiceArea(), staff.getSupervisor());
    }

    default StaffMemberChanged staffMemberChanged(Staff staff) {
        return new StaffMemberChanged(staff.getUsername(), staff.getFullName(), staff.getPost().name(),
                staff.getTeam(), staff.getServiceArea(), staff.getSupervisor(), staff.hasLeft(), staff.getVersion(),
                staff.getUpdatedBy(), staff.getUpdatedAt());
    }

    default TeamChanged teamChanged(Team team) {
        return new TeamChanged(team.getId(), team.getName(), team.getServiceArea().getId(),
                team.getPracticeManager(), team.getTeamManager(), team.getSeniorManager(), team.getVersion(),
                team.getUpdatedBy(), team.getUpdatedAt());
    }
}
