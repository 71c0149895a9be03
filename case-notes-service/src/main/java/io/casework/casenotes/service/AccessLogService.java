package io.casework.casenotes.service;

import io.casework.casenotes.mapping.CaseRecordMapper;
import io.casework.casenotes.repository.AccessLogRepository;
import io.casework.casenotes.rest.dto.AccessLogEntryDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Reading a child's access log is itself an access to the child's record, checked and logged like any other. */
@ApplicationScoped
public class AccessLogService {

    @Inject
    ChildService childService;

    @Inject
    RecordAccess access;

    @Inject
    AccessLogRepository log;

    @Inject
    CaseRecordMapper mapper;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccessLogEntryDto> ofChild(UUID childId) {
        access.require(childService.find(childId), "READ access log", null, true);
        return log.ofChild(childId).stream().map(mapper::toDto).toList();
    }
}
