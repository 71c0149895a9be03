package io.casework.approvals.mapping;

import io.casework.approvals.repository.Delegation;
import io.casework.approvals.rest.dto.DelegationDto;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;
import java.util.List;

/** Delegations onto the wire, each person named as a {@code Person}, and whether it runs at the time of the answer. */
@Mapper
public interface DelegationMapper {

    @Mapping(target = "delegator", expression = "java(people.named(delegation.getDelegator()))")
    @Mapping(target = "delegate", expression = "java(people.named(delegation.getDelegate()))")
    @Mapping(target = "endedBy", expression = "java(people.named(delegation.getEndedBy()))")
    @Mapping(target = "recordedBy", expression = "java(people.named(delegation.getRecordedBy()))")
    @Mapping(target = "running", expression = "java(delegation.runsAt(now))")
    DelegationDto toDto(Delegation delegation, @Context People people, @Context Instant now);

    List<DelegationDto> toDtos(List<Delegation> delegations, @Context People people, @Context Instant now);
}
