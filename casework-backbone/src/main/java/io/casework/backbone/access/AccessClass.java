package io.casework.backbone.access;

import java.util.Arrays;
import java.util.Optional;

/** What an operation does with a child's data, as ACCESS-RULES.md names it. Every operation names one. */
public enum AccessClass {
    /** A child's details, notes and versions, visits, deadlines, chronology, documents, exports. */
    RECORD_READ(Names.RECORD_READ),
    /** Recording on a child's record: notes, visits, pathway steps, documents, requests for decisions. */
    RECORD_WRITE(Names.RECORD_WRITE),
    /** Management entries: oversight, decisions, return with comments, amendments, allocation, transfer, IRO. */
    RECORD_MANAGE(Names.RECORD_MANAGE),
    /** The child's access log and the verification of its chain. */
    RECORD_AUDIT(Names.RECORD_AUDIT),
    /** Teams, posts, membership, service areas. */
    ORG_CHANGE(Names.ORG_CHANGE),
    /** The caller's own inbox, stream and the decisions routed to them. */
    INBOX(Names.INBOX),
    /** Calendar, bank holidays, rule sets, catalogue: no token needed, no personal data. */
    REFERENCE(Names.REFERENCE);

    /**
     * Where an operation names its class, in its OpenAPI document:
     * {@code @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)}.
     */
    public static final String EXTENSION = "x-access-class";

    /** The wire names as constants, for annotations. */
    public static final class Names {
        public static final String RECORD_READ = "record.read";
        public static final String RECORD_WRITE = "record.write";
        public static final String RECORD_MANAGE = "record.manage";
        public static final String RECORD_AUDIT = "record.audit";
        public static final String ORG_CHANGE = "org.change";
        public static final String INBOX = "inbox";
        public static final String REFERENCE = "reference";

        private Names() {
        }
    }

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
