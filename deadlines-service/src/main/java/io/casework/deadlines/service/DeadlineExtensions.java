package io.casework.deadlines.service;

import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.deadlines.domain.DeadlineChangeKind;
import io.casework.deadlines.mapping.DeadlineMapper;
import io.casework.deadlines.repository.Deadline;
import io.casework.deadlines.repository.DeadlineChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The one way a deadline gets a later due date: moved, its history line written with who, why and on whose
 * authority, and announced as casework.deadlines.deadline-extended, whether the manager extended it themselves or
 * approved a worker's request for it (issue 17). The caller has checked {@link Deadline#refusalToExtend} first.
 */
@ApplicationScoped
public class DeadlineExtensions {

    @Inject
    DeadlineHistory history;

    @Inject
    DeadlineMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    StoredOrganisation organisation;

    @Inject
    Clock clock;

    /**
     * Who extends, and why.
     *
     * @param by                the manager's username
     * @param post              their post, should the organisation model not know them
     * @param cause             what the history line gives as the cause
     * @param approvalRequestId the worker's request the manager approved; null for their own extension
     */
    public record Extension(LocalDate dueDate, String reason, String by, String post, String cause,
                            UUID approvalRequestId) {
    }

    /** Extends the open {@code deadline}, locked by the caller, as {@code extension} says. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DeadlineChange extend(Deadline deadline, Extension extension) {
        LocalDate before = deadline.getDueDate();
        Instant now = clock.instant();
        deadline.extend(extension.dueDate(), now);
        DeadlineChange line = history.record(deadline, DeadlineChangeKind.EXTENDED, extension.cause(),
                change -> change.movedFrom(before).because(extension.reason().strip())
                        .by(extension.by(), approvalOf(extension)));
        outbox.publish(deadline.getChildId().toString(), mapper.toExtended(deadline, before, extension.by(),
                line.getReason(), now, extension.approvalRequestId()));
        return line;
    }

    // The post that allows it, as the organisation model holds it now (the one the extension names if it does not).
    private String approvalOf(Extension extension) {
        return organisation.member(extension.by())
                .map(member -> member.designation() + (member.team() == null ? "" : ", " + member.team()))
                .orElseGet(() -> extension.post() == null || extension.post().isBlank() ? "Manager"
                        : extension.post());
    }
}
