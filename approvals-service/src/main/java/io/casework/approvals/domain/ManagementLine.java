package io.casework.approvals.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds each post above a team's workers, as the organisation model records it. A vacant post is absent.
 *
 * @param team    the team id (the token's "team" claim)
 * @param holders username per post
 */
public record ManagementLine(String team, Map<ManagementRole, String> holders) {

    public ManagementLine {
        Objects.requireNonNull(team, "team");
        EnumMap<ManagementRole, String> copy = new EnumMap<>(ManagementRole.class);
        holders.forEach((role, username) -> {
            if (username != null && !username.isBlank()) {
                copy.put(role, username);
            }
        });
        holders = Map.copyOf(copy);
    }

    public static ManagementLine of(String team, String practiceManager, String teamManager, String seniorManager,
            String headOfService) {
        Map<ManagementRole, String> holders = new EnumMap<>(ManagementRole.class);
        holders.put(ManagementRole.PRACTICE_MANAGER, practiceManager);
        holders.put(ManagementRole.TEAM_MANAGER, teamManager);
        holders.put(ManagementRole.SENIOR_MANAGER, seniorManager);
        holders.put(ManagementRole.HEAD_OF_SERVICE, headOfService);
        return new ManagementLine(team, holders);
    }

    public Optional<String> holderOf(ManagementRole role) {
        return Optional.ofNullable(holders.get(role));
    }

    /** The highest post this person holds on the line; empty for someone not on it (a worker, another team). */
    public Optional<ManagementRole> postOf(String username) {
        ManagementRole highest = null;
        for (ManagementRole role : ManagementRole.values()) {
            if (username != null && username.equals(holders.get(role))) {
                highest = role;
            }
        }
        return Optional.ofNullable(highest);
    }
}
