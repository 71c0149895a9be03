package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.mapping.CaseRecordMapper;
import io.casework.casenotes.repository.AccessLogEntry;
import io.casework.casenotes.repository.AccessLogRepository;
import io.casework.casenotes.rest.dto.AccessLogEntryDto;
import io.casework.contracts.events.AccessRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.UUID;

/** The child's access log: every access to the child's data in every service, allowed or refused (002 s.5). */
@ApplicationScoped
public class AccessLogService {

    private static final Logger LOG = Logger.getLogger(AccessLogService.class);

    @Inject
    ChildService childService;

    @Inject
    RecordAccess access;

    @Inject
    AccessLogRepository log;

    @Inject
    RecordChain chain;

    @Inject
    CaseRecordMapper mapper;

    @Inject
    RestrictedAccessAlerts alerts;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AccessLogEntryDto> ofChild(UUID childId, PageQuery page) {
        access.require(childService.find(childId), AccessClass.RECORD_AUDIT, "getAccessLog");
        return Pagination.page(log.ofChild(childId, page), page, AccessLogRepository::cursorOf,
                rows -> rows.stream().map(mapper::toDto).toList());
    }

    /** Appends an access another service served; one entry per access, however often its event arrives. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AccessRecorded access) {
        if (log.holds(access.accessId())) {
            return;
        }
        if (childService.findOptional(access.childId()).isEmpty()) {
            // An access to a child this service never registered cannot be: say so, keep nothing.
            LOG.warnf("Access %s by %s in %s names child %s, which has no record here; not logged",
                    access.accessId(), access.username(), access.service(), access.childId());
            return;
        }
        AccessLogEntry entry = AccessLogEntry.reported(access);
        chain.append(entry);
        alerts.consider(entry, access.accessId());
    }
}
