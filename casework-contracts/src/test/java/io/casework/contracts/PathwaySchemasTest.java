package io.casework.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.contracts.events.PathwayOutcomeRequested;
import io.casework.contracts.events.PathwayParticipant;
import io.casework.contracts.events.PathwayStepDecided;
import io.casework.contracts.events.PathwayStepEnded;
import io.casework.contracts.events.PathwayStepHeld;
import io.casework.contracts.events.PathwayStepScheduled;
import io.casework.contracts.events.PathwayStepStarted;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case pathway's events (004 "Case Pathway"): one vocabulary of step kinds, and what each event must carry. */
class PathwaySchemasTest {

    private final EventCodec codec = new EventCodec();

    private JsonNode schema(EventType type) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource(1))) {
            return codec.mapper().readTree(in);
        }
    }

    private static List<String> names(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(n -> names.add(n.asText()));
        return names;
    }

    @Test
    @DisplayName("one enumeration of step kinds: every pathway schema allows exactly PathwayStepKind's names, for the "
            + "step and for what an outcome opens")
    void kindsAreThePathwayStepKindEnum() throws IOException {
        List<String> kinds = Arrays.stream(PathwayStepKind.values()).map(Enum::name).toList();
        for (EventType type : List.of(EventType.PATHWAY_STEP_STARTED, EventType.PATHWAY_STEP_PRIORITY_CHANGED,
                EventType.PATHWAY_STEP_SCHEDULED, EventType.PATHWAY_STEP_HELD, EventType.PATHWAY_OUTCOME_REQUESTED,
                EventType.PATHWAY_STEP_DECIDED, EventType.PATHWAY_STEP_ENDED)) {
            JsonNode properties = schema(type).path("properties");
            assertThat(names(properties.path("kind").path("enum"))).as(type.type())
                    .containsExactlyInAnyOrderElementsOf(kinds);
            if (properties.has("opens")) {
                assertThat(names(properties.path("opens").path("items").path("enum"))).as(type.type())
                        .containsExactlyInAnyOrderElementsOf(kinds);
            }
        }
    }

    @Test
    @DisplayName("004 \"Setting A Due Date (Priority) for New C&F\": a started C&F carries its priority and due date; "
            + "a contact carries when and from whom it was received, with no priority")
    void startedStepsCarryTheirDates() {
        UUID child = UUID.randomUUID();
        PathwayStepStarted cfa = new PathwayStepStarted(UUID.randomUUID(), child, "CF_ASSESSMENT", UUID.randomUUID(),
                null, "north-1", LocalDate.of(2026, 12, 21), null, null, 10, LocalDate.of(2027, 1, 7),
                LocalDate.of(2026, 12, 30), null, Map.of(), null, "north.sw1",
                Instant.parse("2026-12-21T09:00:00Z"));
        PathwayStepStarted contact = new PathwayStepStarted(UUID.randomUUID(), child, "CONTACT", null, null,
                "north-1", LocalDate.of(2026, 12, 18), Instant.parse("2026-12-18T16:40:00Z"),
                "School designated safeguarding lead", null, null, null, null, Map.of(), null,
                "north.sw1", Instant.parse("2026-12-18T16:45:00Z"));
        for (PathwayStepStarted payload : List.of(cfa, contact)) {
            assertThat(roundTrip(payload, child, PathwayStepStarted.class)).isEqualTo(payload);
        }

        PathwayStepStarted twenty = new PathwayStepStarted(UUID.randomUUID(), child, "CF_ASSESSMENT", null, null,
                "north-1", LocalDate.of(2026, 12, 21), null, null, 20, LocalDate.of(2027, 1, 20), null, null, Map.of(),
                null, "north.sw1", Instant.parse("2026-12-21T09:00:00Z"));
        assertRefused(twenty, child, "priorityWorkingDays");
    }

    @Test
    @DisplayName("004 \"Completing a C&F Assessment\": the request for authorisation names what the outcome will open, "
            + "and an unknown step kind is refused")
    void outcomeRequestNamesWhatItOpens() {
        UUID child = UUID.randomUUID();
        PathwayOutcomeRequested request = new PathwayOutcomeRequested(UUID.randomUUID(), UUID.randomUUID(), child,
                "CF_ASSESSMENT",
                "CHILD_IN_NEED_PLAN", List.of("CHILD_IN_NEED_PLAN"), false, LocalDate.of(2027, 1, 6),
                "Needs met through a plan of support", Map.of(), "north-1", "north.sw1", "North Worker One",
                "Social worker", Instant.parse("2027-01-06T15:00:00Z"));
        assertThat(roundTrip(request, child, PathwayOutcomeRequested.class).opens())
                .containsExactly("CHILD_IN_NEED_PLAN");

        PathwayOutcomeRequested unknown = new PathwayOutcomeRequested(UUID.randomUUID(), UUID.randomUUID(), child,
                "CF_ASSESSMENT",
                "CHILD_IN_NEED_PLAN", List.of("CIN_PLAN"), false, LocalDate.of(2027, 1, 6), "reasons", Map.of(),
                "north-1", "north.sw1", "North Worker One", "", Instant.parse("2027-01-06T15:00:00Z"));
        assertRefused(unknown, child, "opens");
    }

    private <T> T roundTrip(T payload, UUID child, Class<T> type) {
        EventEnvelope read = codec.read(codec.write(codec.wrap(payload, "/case-notes-service", child.toString(),
                null)));
        return codec.data(read, type);
    }

    /** The codec refuses to publish the payload, naming the field. */
    private void assertRefused(Object payload, UUID child, String field) {
        assertThatThrownBy(() -> codec.wrap(payload, "/case-notes-service", child.toString(), null))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining(field);
    }

    @Test
    @DisplayName("visits-service picks a plan's visit frequency from a started placement: the step says what it is "
            + "part of and carries its own facts (the SSDA903 placement type) without a call back")
    void startedStepCarriesPartOfAndDetails() {
        UUID child = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        PathwayStepStarted placement = new PathwayStepStarted(UUID.randomUUID(), child, "PLACEMENT", null, episode,
                "north-1", LocalDate.of(2027, 2, 1), null, null, null, null, null, null,
                Map.of("placementType", "U4", "provider", "North foster carers"), null, "north.sw1",
                Instant.parse("2027-02-01T10:00:00Z"));
        PathwayStepStarted read = roundTrip(placement, child, PathwayStepStarted.class);
        assertThat(read).isEqualTo(placement);
        assertThat(read.partOf()).isEqualTo(episode);
        assertThat(read.details()).containsEntry("placementType", "U4");

        PathwayStepStarted noDetails = new PathwayStepStarted(UUID.randomUUID(), child, "PLACEMENT", null, episode,
                "north-1", LocalDate.of(2027, 2, 1), null, null, null, null, null, null, null, null,
                "north.sw1", Instant.parse("2027-02-01T10:00:00Z"));
        assertRefused(noDetails, child, "details");
    }

    @Test
    @DisplayName("004 \"Completing a Review Meeting\": a meeting step re-scheduled names the time it replaces and "
            + "why; first scheduled, it names none")
    void scheduledMeetingNamesWhatItReplaces() {
        UUID child = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        PathwayStepScheduled first = new PathwayStepScheduled(UUID.randomUUID(), child,
                "REVIEW_CHILD_PROTECTION_CONFERENCE", plan, "north-1", Instant.parse("2027-04-12T10:00:00Z"), null,
                "Independent chair", null, "north.sw1", Instant.parse("2027-01-20T09:00:00Z"));
        assertThat(roundTrip(first, child, PathwayStepScheduled.class)).isEqualTo(first);
        PathwayStepScheduled moved = new PathwayStepScheduled(first.stepId(), child,
                "REVIEW_CHILD_PROTECTION_CONFERENCE", plan, "north-1", Instant.parse("2027-04-19T10:00:00Z"),
                first.scheduledFor(), "Independent chair", "Chair unavailable", "north.tm",
                Instant.parse("2027-04-01T09:00:00Z"));
        assertThat(roundTrip(moved, child, PathwayStepScheduled.class).previousScheduledFor())
                .isEqualTo(first.scheduledFor());

        PathwayStepScheduled unknownKind = new PathwayStepScheduled(UUID.randomUUID(), child, "CP_REVIEW", plan,
                "north-1", Instant.parse("2027-04-12T10:00:00Z"), null, null, null, "north.sw1",
                Instant.parse("2027-01-20T09:00:00Z"));
        assertRefused(unknownKind, child, "kind");
    }

    @Test
    @DisplayName("004 \"Strategy Discussions\": a held strategy discussion says who took part for which agency "
            + "and, when not compliant, which conditions it missed; an unknown agency or code is refused")
    void heldStrategyDiscussionCarriesCompliance() {
        UUID child = UUID.randomUUID();
        List<PathwayParticipant> participants = List.of(
                new PathwayParticipant("North Team Manager", "Team manager", "CHILDRENS_SOCIAL_CARE", true),
                new PathwayParticipant("DS Example", "Detective sergeant", "POLICE", false));
        PathwayStepHeld held = new PathwayStepHeld(UUID.randomUUID(), child, "STRATEGY_DISCUSSION", null, "north-1",
                Instant.parse("2027-01-08T11:00:00Z"), "North Team Manager", participants, false,
                List.of("HELD_AFTER_24_HOURS", "NO_HEALTH"), Map.of("promptedBy", "INCIDENT", "reasons",
                        "Bruising seen at school"), "north.sw1", Instant.parse("2027-01-08T12:00:00Z"));
        PathwayStepHeld read = roundTrip(held, child, PathwayStepHeld.class);
        assertThat(read).isEqualTo(held);
        assertThat(read.participants()).extracting(PathwayParticipant::agency)
                .containsExactly("CHILDRENS_SOCIAL_CARE", "POLICE");

        // Another kind of meeting: no compliance to judge, so both are null.
        PathwayStepHeld coreGroup = new PathwayStepHeld(UUID.randomUUID(), child, "CORE_GROUP_MEETING",
                UUID.randomUUID(), "north-1", Instant.parse("2027-02-08T11:00:00Z"), null, participants, null, null,
                Map.of(), "north.sw1", Instant.parse("2027-02-08T12:00:00Z"));
        assertThat(roundTrip(coreGroup, child, PathwayStepHeld.class)).isEqualTo(coreGroup);

        PathwayStepHeld badAgency = new PathwayStepHeld(UUID.randomUUID(), child, "STRATEGY_DISCUSSION", null,
                "north-1", Instant.parse("2027-01-08T11:00:00Z"), null,
                List.of(new PathwayParticipant("Someone", "Nurse", "NHS", false)), true, List.of(), Map.of(),
                "north.sw1", Instant.parse("2027-01-08T12:00:00Z"));
        assertRefused(badAgency, child, "agency");
        PathwayStepHeld badCode = new PathwayStepHeld(UUID.randomUUID(), child, "STRATEGY_DISCUSSION", null,
                "north-1", Instant.parse("2027-01-08T11:00:00Z"), null, participants, false, List.of("LATE"),
                Map.of(), "north.sw1", Instant.parse("2027-01-08T12:00:00Z"));
        assertRefused(badCode, child, "nonCompliance");
    }

    @Test
    @DisplayName("the participant's agency in pathway-step-held is exactly ParticipantAgency's names")
    void participantAgencyIsTheEnum() throws IOException {
        JsonNode agency = schema(EventType.PATHWAY_STEP_HELD).path("properties").path("participants").path("items")
                .path("properties").path("agency").path("enum");
        assertThat(names(agency)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ParticipantAgency.values()).map(Enum::name).toList());
    }

    @Test
    @DisplayName("a review conference's decision that ends the CP plan says so, carries its facts, and the plan's "
            + "end names the conference that ended it")
    void decisionEndsWhatItIsPartOf() {
        UUID child = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID review = UUID.randomUUID();
        PathwayStepDecided decided = new PathwayStepDecided(review, child, "REVIEW_CHILD_PROTECTION_CONFERENCE", plan,
                "north-1", "PLAN_ENDED", List.of("CHILD_IN_NEED_PLAN"), false, true, LocalDate.of(2027, 6, 1),
                Map.of(), null, "north.tm", Instant.parse("2027-06-01T15:00:00Z"));
        assertThat(roundTrip(decided, child, PathwayStepDecided.class)).isEqualTo(decided);
        PathwayStepEnded ended = new PathwayStepEnded(plan, child, "CHILD_PROTECTION_PLAN", null, "north-1",
                LocalDate.of(2027, 6, 1), "Ended by the review conference", review, "north.tm",
                Instant.parse("2027-06-01T15:00:01Z"));
        assertThat(roundTrip(ended, child, PathwayStepEnded.class).endedByStep()).isEqualTo(review);
    }

    @Test
    @DisplayName("004 \"Strategy Discussions\": the decision sent for authorisation carries its further actions "
            + "as details, and the decision kind that authorises it is the approvals catalogue's")
    void outcomeRequestCarriesDetails() {
        UUID child = UUID.randomUUID();
        Map<String, Object> details = Map.of("toConference", true, "furtherActions", List.of(Map.of(
                "action", "Convene an initial child protection conference", "who", "North Team Manager",
                "byWhen", "2027-01-22")));
        PathwayOutcomeRequested request = new PathwayOutcomeRequested(UUID.randomUUID(), UUID.randomUUID(), child,
                "STRATEGY_DISCUSSION", "S47_ENQUIRY", List.of("S47_ENQUIRY"), false, LocalDate.of(2027, 1, 8),
                "Threshold met for a section 47 enquiry", details, "north-1", "north.sw1", "North Worker One",
                "Social worker", Instant.parse("2027-01-08T15:00:00Z"));
        assertThat(roundTrip(request, child, PathwayOutcomeRequested.class).details()).isEqualTo(details);
        assertThat(PathwayOutcomeDecision.forStep(PathwayStepKind.STRATEGY_DISCUSSION))
                .contains(PathwayOutcomeDecision.STRATEGY_DISCUSSION_DECISION);
        assertThat(PathwayOutcomeDecision.forStep(PathwayStepKind.S47_ENQUIRY))
                .contains(PathwayOutcomeDecision.S47_OUTCOME);
        assertThat(PathwayOutcomeDecision.forStep(PathwayStepKind.CORE_GROUP_MEETING)).isEmpty();
    }
}
