package io.casework.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document was added to a child's record (issue 12 "Documents"), finalised as received. {@code documentType} and
 * {@code direction} are the contracts' DocumentType and DocumentDirection names; {@code dated} is the day it was sent
 * or received (or made, for an internal one); {@code supersedes} the version it replaces, if any;
 * {@code uploadTimescale} the id of the upload timescale its type starts in the authorities' rule files (003
 * Appendix A), if any, so that the deadlines service can judge the upload against the day it was sent. The content
 * and the title stay on the record.
 */
public record DocumentAdded(
        UUID childId,
        UUID documentId,
        String documentType,
        String direction,
        LocalDate dated,
        Instant addedAt,
        String addedBy,
        UUID noteId,
        UUID supersedes,
        String uploadTimescale) {
}
