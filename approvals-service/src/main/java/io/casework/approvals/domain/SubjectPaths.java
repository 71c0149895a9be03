package io.casework.approvals.domain;

import io.casework.contracts.NoteOversight;
import io.casework.contracts.RollBackDecision;

import java.util.UUID;

/**
 * Where a front reads what a request asks to decide, when another service holds it: the case note a manager oversees,
 * or the roll-back request form of 000 with the line manager's comments, both in case-notes-service. The paths are on
 * the suite's one origin (docs/api-conventions.md), so a client follows them with the same token, and a client never
 * has to know which kinds are about notes. Kinds whose request carries what is decided (a removal, a restriction, an
 * outcome, a risk alert, an asked request's fields) have none.
 */
public final class SubjectPaths {

    private static final String CASE_NOTES = "/case-notes/v1";

    private SubjectPaths() {
    }

    /** The path of the request's subject in the service that owns it, or null when the request carries it itself. */
    public static String of(String kind, UUID childId, String subjectId) {
        if (NoteOversight.covers(kind)) {
            return CASE_NOTES + "/case-notes/" + subjectId;
        }
        if (RollBackDecision.ROLL_BACK.name().equals(kind)) {
            return CASE_NOTES + "/children/" + childId + "/roll-back-requests/" + subjectId;
        }
        return null;
    }
}
