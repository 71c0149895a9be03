package io.casework.contracts.events;

/**
 * One who took part in a meeting step, as {@link PathwayStepHeld} carries it. Their input stays on the child's record:
 * the event says only who took part, for which agency, and whether as a manager (004 "Strategy Discussions": a
 * children's social care manager, the police and health must take part).
 *
 * @param agency  a {@link io.casework.contracts.ParticipantAgency} name
 * @param manager whether they took part as a manager of their agency
 */
public record PathwayParticipant(String name, String role, String agency, boolean manager) {
}
