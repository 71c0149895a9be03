package io.casework.approvals.domain;

import io.casework.timescales.ApprovalType;

/**
 * A kind of decision as this service routes it: the authority's catalogue entry ({@link ApprovalType}, from its rule
 * set file) with the post that decides it on a management line. The catalogue is data in casework-timescales, one
 * place for every service; nothing of it is copied into this service's database.
 */
public final class ApprovalKind {

    private final ApprovalType type;
    private final ManagementRole decidedBy;

    private ApprovalKind(ApprovalType type, ManagementRole decidedBy) {
        this.type = type;
        this.decidedBy = decidedBy;
    }

    /**
     * @throws IllegalArgumentException when the entry names no post to decide it (the reader refuses such files)
     */
    public static ApprovalKind of(ApprovalType type) {
        if (!type.decidedBy().isPost()) {
            throw new IllegalArgumentException("approval type " + type.id() + " is decided by "
                    + type.decidedBy() + ", which is not a post on a management line");
        }
        return new ApprovalKind(type, ManagementRole.valueOf(type.decidedBy().name()));
    }

    public String getKind() {
        return type.id();
    }

    /** The kind as a notification names it, e.g. "Statutory visit oversight". */
    public String title() {
        return type.title();
    }

    public ManagementRole getDecidedBy() {
        return decidedBy;
    }

    /** The timescale rule giving the decision's due date; null when it has none. */
    public String getTimescaleRule() {
        return type.timescaleRule().orElse(null);
    }

    /** Whether the decision gives its reasons whatever the outcome, not only when it returns work. */
    public boolean isReasonsRequired() {
        return type.reasonsRequired();
    }

    public ApprovalType type() {
        return type;
    }
}
