package io.casework.contracts.events;

import java.time.Instant;

/**
 * A team was created or changed: its service area and the holders of its management line, as the organisation model
 * records them. The whole team is carried; a read model applies the latest version.
 */
public record TeamChanged(
        String team,
        String name,
        String serviceArea,
        String practiceManager,
        String teamManager,
        String seniorManager,
        long version,
        String changedBy,
        Instant changedAt) {
}
