package io.casework.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.contracts.events.PathwayOutcomeRequested;
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
                EventType.PATHWAY_OUTCOME_REQUESTED, EventType.PATHWAY_STEP_DECIDED, EventType.PATHWAY_STEP_ENDED)) {
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
                "north-1", LocalDate.of(2026, 12, 21), null, null, 10, LocalDate.of(2027, 1, 7),
                LocalDate.of(2026, 12, 30), "north.sw1", Instant.parse("2026-12-21T09:00:00Z"));
        PathwayStepStarted contact = new PathwayStepStarted(UUID.randomUUID(), child, "CONTACT", null, "north-1",
                LocalDate.of(2026, 12, 18), Instant.parse("2026-12-18T16:40:00Z"), "School designated safeguarding lead",
                null, null, null, "north.sw1", Instant.parse("2026-12-18T16:45:00Z"));
        for (PathwayStepStarted payload : List.of(cfa, contact)) {
            EventEnvelope read = codec.read(codec.write(codec.wrap(payload, "/case-notes-service",
                    child.toString(), null)));
            assertThat(codec.data(read, PathwayStepStarted.class)).isEqualTo(payload);
        }

        PathwayStepStarted twenty = new PathwayStepStarted(UUID.randomUUID(), child, "CF_ASSESSMENT", null, "north-1",
                LocalDate.of(2026, 12, 21), null, null, 20, LocalDate.of(2027, 1, 20), null, "north.sw1",
                Instant.parse("2026-12-21T09:00:00Z"));
        assertThatThrownBy(() -> codec.wrap(twenty, "/case-notes-service", child.toString(), null))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("priorityWorkingDays");
    }

    @Test
    @DisplayName("004 \"Completing a C&F Assessment\": the request for authorisation names what the outcome will open, "
            + "and an unknown step kind is refused")
    void outcomeRequestNamesWhatItOpens() {
        UUID child = UUID.randomUUID();
        PathwayOutcomeRequested request = new PathwayOutcomeRequested(UUID.randomUUID(), UUID.randomUUID(), child,
                "CF_ASSESSMENT",
                "CHILD_IN_NEED_PLAN", List.of("CHILD_IN_NEED_PLAN"), false, LocalDate.of(2027, 1, 6),
                "Needs met through a plan of support", "north-1", "north.sw1", "North Worker One", "Social worker",
                Instant.parse("2027-01-06T15:00:00Z"));
        EventEnvelope read = codec.read(codec.write(codec.wrap(request, "/case-notes-service", child.toString(), null)));
        assertThat(codec.data(read, PathwayOutcomeRequested.class).opens()).containsExactly("CHILD_IN_NEED_PLAN");

        PathwayOutcomeRequested unknown = new PathwayOutcomeRequested(UUID.randomUUID(), UUID.randomUUID(), child,
                "CF_ASSESSMENT",
                "CHILD_IN_NEED_PLAN", List.of("CIN_PLAN"), false, LocalDate.of(2027, 1, 6), "reasons", "north-1",
                "north.sw1", "North Worker One", "", Instant.parse("2027-01-06T15:00:00Z"));
        assertThatThrownBy(() -> codec.wrap(unknown, "/case-notes-service", child.toString(), null))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("opens");
    }
}
