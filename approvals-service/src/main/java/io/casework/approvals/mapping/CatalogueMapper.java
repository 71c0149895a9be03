package io.casework.approvals.mapping;

import io.casework.approvals.domain.ApprovalKind;
import io.casework.approvals.rest.dto.DecisionKindDto.FieldDto;
import io.casework.approvals.rest.dto.DecisionKindDto.SourceDto;
import io.casework.approvals.rest.dto.DecisionKindDto.StageDto;
import io.casework.approvals.rest.dto.DecisionKindDto;
import io.casework.timescales.ApprovalField;
import io.casework.timescales.ApprovalStage;
import io.casework.timescales.ApprovalType;
import org.mapstruct.Mapper;

import java.time.Period;
import java.util.List;

/** The authority's approval catalogue onto the wire. */
@Mapper
public interface CatalogueMapper {

    default DecisionKindDto toDto(ApprovalKind kind) {
        ApprovalType type = kind.type();
        return new DecisionKindDto(type.id(), type.title(), kind.getDecidedBy(), type.scope(), type.askedBy(),
                type.requestedThrough(), type.directDecision(), type.fields().stream().map(this::toDto).toList(),
                type.stages().stream().map(this::toDto).toList(), type.description(),
                new SourceDto(type.source().document(), type.source().section(), type.source().quote()),
                type.reading().orElse(null), kind.getTimescaleRule(), type.reasonsRequired(),
                type.reviewEvery().map(Period::toString).orElse(null), type.origin());
    }

    default FieldDto toDto(ApprovalField field) {
        return new FieldDto(field.name(), field.label(), field.type(), field.required(), field.values(),
                field.maxLength());
    }

    default StageDto toDto(ApprovalStage stage) {
        return new StageDto(stage.role(), stage.action(), stage.title());
    }

    default List<DecisionKindDto> toDtos(List<ApprovalKind> kinds) {
        return kinds.stream().map(this::toDto).toList();
    }
}
