package io.casework.backbone.access;

import java.util.Arrays;
import java.util.Optional;

/** What an operation does with a child's data, as ACCESS-RULES.md names it. Every operation names one. */
public enum AccessClass {
    /** A child's details, notes and versions, visits, deadlines, chronology, documents, exports. */
    RECORD_READ("record.read"),
    /** Recording on a child's record: notes, visits, pathway steps, documents, requests for decisions. */
    RECORD_WRITE("record.write"),
    /** Management entries: oversight, decisions, return with comments, amendments, allocation, transfer, IRO. */
    RECORD_MANAGE("record.manage"),
    /** The child's access log and the verification of its chain. */
    RECORD_AUDIT("record.audit"),
    /** Teams, posts, membership, service areas. */
    ORG_CHANGE("org.change"),
    /** The caller's own inbox, stream and the decisions routed to them. */
    INBOX("inbox"),
    /** Calendar, bank holidays, rule sets, catalogue: no token needed, no personal data. */
    REFERENCE("reference");

    private final String wire;

    AccessClass(String wire) {
        this.wire = wire;
    }

    /** The name used in OpenAPI documents ({@code x-access-class}), the access log and the access matrix. */
    public String wire() {
        return wire;
    }

    public static Optional<AccessClass> ofWire(String wire) {
        return Arrays.stream(values()).filter(c -> c.wire.equals(wire)).findFirst();
    }
}
