package io.casework.casenotes;

import java.util.UUID;

/** The API helpers for tests outside this package (the chain's benchmark). */
public final class CaseNotesApiAccess {

    private CaseNotesApiAccess() {
    }

    /** A child registered and a visit note written through the API: {child id, note id}. */
    public static UUID[] registeredChildWithNote(String user) {
        String child = CaseNotesApi.registerChild(user, "CP");
        return new UUID[] {UUID.fromString(child), UUID.fromString(CaseNotesApi.writeStatutoryVisit(user, child))};
    }
}
