package io.casework.casenotes.mapping;

import io.casework.casenotes.chain.ChainBreak;
import io.casework.casenotes.chain.ChainVerdict;
import io.casework.casenotes.chain.RecordChainAudit;
import io.casework.casenotes.rest.dto.RecordChainAuditDto;
import io.casework.casenotes.rest.dto.RecordChainVerificationDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.Locale;

/** Verifications to what goes on the wire. */
@Mapper
public interface RecordChainMapper {

    @Mapping(target = "intact", expression = "java(verdict.intact())")
    @Mapping(target = "firstBreak", expression = "java(verdict.firstBreak().map(this::toDto).orElse(null))")
    RecordChainVerificationDto toDto(ChainVerdict verdict);

    @Mapping(target = "change", expression = "java(change(found.change()))")
    RecordChainVerificationDto.ChainBreakDto toDto(ChainBreak found);

    @Mapping(target = "entriesPerSecond", expression = "java(Math.round(run.entriesPerSecond()))")
    RecordChainAuditDto toDto(RecordChainAudit.AuditRun run);

    default String change(ChainBreak.Change change) {
        return change.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
