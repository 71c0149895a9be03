package io.casework.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.contracts.events.InformationRemovalRequested;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The removal events' words are the contracts' enums, written once: the schemas allow exactly their values. */
class InformationRemovalSchemasTest {

    private final EventCodec codec = new EventCodec();

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"INFORMATION_REMOVAL_REQUESTED", "INFORMATION_REMOVED"})
    @DisplayName("002 s.5: the fields, kinds of information and persons concerned in the schemas are the enums")
    void schemaEnumsAreTheContractEnums(EventType type) {
        JsonNode properties = EventSchemas.document(type.schemaResource(1)).path("properties");
        assertThat(names(properties.path("fields").path("items").path("enum"))).containsExactlyElementsOf(
                names(NoteContentField.values()));
        assertThat(names(properties.path("informationKind").path("enum"))).containsExactlyElementsOf(
                names(PersonalInformationKind.values()));
        assertThat(names(properties.path("concerns").path("enum"))).containsExactlyElementsOf(
                names(PersonConcerned.values()));
    }

    @Test
    @DisplayName("002 s.5: the count of parts a request may name is the count of parts there are")
    void countIsEveryPart() {
        assertThat(NoteContentField.COUNT).isEqualTo(NoteContentField.values().length);
    }

    @Test
    @DisplayName("002 s.5: the grounds of inaccuracy in the request's schema are the RemovalGround enum")
    void groundsAreTheEnum() {
        JsonNode properties = EventSchemas.document(EventType.INFORMATION_REMOVAL_REQUESTED.schemaResource(1))
                .path("properties");
        assertThat(names(properties.path("ground").path("enum"))).containsExactlyElementsOf(
                names(RemovalGround.values()));
    }

    @Test
    @DisplayName("002 s.5: a request naming no field is refused by its schema: a removal always says what it removes")
    void aRequestNamesAtLeastOneField() {
        InformationRemovalRequested none = new InformationRemovalRequested(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), 1, List.of(), PersonalInformationKind.HEALTH, PersonConcerned.THIRD_PARTY,
                RemovalGround.RECORDED_ON_WRONG_RECORD, "A neighbour's condition, recorded here by mistake.",
                "An amendment would leave it readable.", "No later entry refers to it.", "north", "north.sw1",
                "Amelia Hughes", Instant.now());
        assertThatThrownBy(() -> codec.wrap(none, "/case-notes-service", none.childId().toString(), null))
                .hasMessageContaining("fields");
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
