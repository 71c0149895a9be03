package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.casenotes.chain.RecordChainAudit;
import io.casework.casenotes.mapping.RecordChainMapper;
import io.casework.casenotes.rest.dto.RecordChainAuditDto;
import io.casework.casenotes.rest.dto.RecordChainVerificationDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Verifying the record's chains for those who audit it; the verification is itself logged as an access. */
@ApplicationScoped
public class RecordChainService {

    @Inject
    ChildService children;

    @Inject
    RecordAccess access;

    @Inject
    RecordChainAudit audit;

    @Inject
    RecordChainMapper mapper;

    public RecordChainVerificationDto verify(UUID childId) {
        access.require(children.find(childId), AccessClass.RECORD_AUDIT, "verifyChildRecordChain");
        return mapper.toDto(audit.verify(childId));
    }

    public RecordChainAuditDto verifyAll() {
        return mapper.toDto(audit.verifyAll());
    }
}
