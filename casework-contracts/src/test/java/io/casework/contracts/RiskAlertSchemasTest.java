package io.casework.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.contracts.events.RiskAlertActivated;
import io.casework.contracts.events.RiskAlertRequested;
import io.casework.contracts.events.RiskAlertReviewed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The risk alerts' events (001 "Risk Alerts"): one list of kinds, and what each event must carry. */
class RiskAlertSchemasTest {

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("001 \"Risk Alerts\": one list of kinds: every risk alert schema that names a kind allows exactly "
            + "dangerous pet, persons known to be violent, need to protect information, allegations, offences, risks "
            + "to children and MAPPA")
    void kindsAreTheAuthoritysList() throws IOException {
        List<String> expected = List.of("DANGEROUS_PET", "PERSON_KNOWN_TO_BE_VIOLENT", "NEED_TO_PROTECT_INFORMATION",
                "ALLEGATION", "OFFENCE", "RISK_TO_CHILDREN", "MAPPA");
        assertThat(java.util.Arrays.stream(RiskAlertType.values()).map(Enum::name).toList())
                .containsExactlyElementsOf(expected);
        for (EventType type : List.of(EventType.RISK_ALERT_REQUESTED, EventType.RISK_ALERT_ACTIVATED)) {
            List<String> names = new ArrayList<>();
            schema(type).path("properties").path("type").path("enum").forEach(n -> names.add(n.asText()));
            assertThat(names).as(type.type()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    @DisplayName("001 \"Risk Alerts\": a request carries its start date and the dated entries it refers to; an "
            + "activation and a continued review carry the review due; an ended review carries none; an unknown "
            + "kind is refused")
    void eventsCarryWhatTheyMust() {
        UUID child = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        RiskAlertRequested asked = new RiskAlertRequested(UUID.randomUUID(), child, "DANGEROUS_PET",
                LocalDate.of(2026, 10, 14), "A dog loose at every visit", List.of(note), List.of(), "north",
                "north.sw1", "Sam Example", "Social Worker", Instant.parse("2026-10-15T09:30:00Z"));
        RiskAlertRequested read = roundTrip(asked, child, RiskAlertRequested.class);
        assertThat(read.noteIds()).containsExactly(note);
        assertThat(read.startedOn()).isEqualTo(LocalDate.of(2026, 10, 14));
        RiskAlertActivated activated = new RiskAlertActivated(asked.riskAlertId(), child, "DANGEROUS_PET",
                asked.startedOn(), "north", "head.of.service", "Margaret Osborne",
                Instant.parse("2026-10-16T14:00:00Z"));
        assertThat(roundTrip(activated, child, RiskAlertActivated.class).approvedAt())
                .isEqualTo(Instant.parse("2026-10-16T14:00:00Z"));
        RiskAlertReviewed ended = new RiskAlertReviewed(asked.riskAlertId(), child, "north", "END", "Moved away",
                "head.of.service", "Margaret Osborne", Instant.parse("2027-04-01T10:00:00Z"));
        assertThat(roundTrip(ended, child, RiskAlertReviewed.class).outcome()).isEqualTo("END");
        assertThatThrownBy(() -> codec.wrap(new RiskAlertRequested(UUID.randomUUID(), child, "GHOSTS",
                LocalDate.of(2026, 10, 14), "x", List.of(note), List.of(), "north", "north.sw1", "Sam Example",
                "Social Worker", Instant.now()), "/case-notes-service", child.toString(), null))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("type");
    }

    private JsonNode schema(EventType type) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource(1))) {
            return codec.mapper().readTree(in);
        }
    }

    private <T> T roundTrip(T payload, UUID child, Class<T> type) {
        EventEnvelope read = codec.read(codec.write(codec.wrap(payload, "/case-notes-service", child.toString(),
                null)));
        return codec.data(read, type);
    }
}
