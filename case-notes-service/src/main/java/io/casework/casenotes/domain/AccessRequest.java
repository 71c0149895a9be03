package io.casework.casenotes.domain;

import java.util.Set;

/**
 * Who asks to see or change a child's record, and why.
 *
 * @param purpose the reason given for a read outside the caller's caseload or management line (002 s.5), or null
 */
public record AccessRequest(String username, String team, Set<String> roles, String purpose, boolean write) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasPurpose() {
        return purpose != null && !purpose.isBlank();
    }
}
