package io.casework.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.VisitRecorded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    private static ChildRegistered child() {
        return new ChildRegistered(UUID.randomUUID(), "Jamie Test", "lcs-practice-guide", "north", "north.sw1", "CP",
                LocalDate.of(2026, 11, 2));
    }

    @Test
    void wrapsWritesAndReadsBackAnEvent() {
        ChildRegistered payload = child();
        EventEnvelope envelope = codec.wrap(payload, "/case-notes-service", payload.childId().toString(), null);

        EventEnvelope read = codec.read(codec.write(envelope));

        assertThat(read.id()).isEqualTo(envelope.id());
        assertThat(read.type()).isEqualTo("casework.case-notes.child-registered");
        assertThat(read.subject()).isEqualTo(payload.childId().toString());
        assertThat(codec.data(read, ChildRegistered.class)).isEqualTo(payload);
    }

    @Test
    void producerSideRefusesAPayloadItsSchemaForbids() {
        ChildRegistered bad = new ChildRegistered(UUID.randomUUID(), "", "x", "north", "w", "CP", LocalDate.now());
        assertThatThrownBy(() -> codec.wrap(bad, "/case-notes-service", bad.childId().toString(), null))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("displayName");
    }

    @Test
    void consumerSideRefusesMalformedRecordsWithAReason() {
        assertThatThrownBy(() -> codec.read("{not json")).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> codec.read("")).hasMessage("empty record value");
        assertThatThrownBy(() -> codec.read("{\"type\":\"casework.nope.unknown\"}"))
                .hasMessageContaining("unknown event type");

        EventEnvelope good = codec.wrap(new VisitRecorded(UUID.randomUUID(), UUID.randomUUID(), LocalDate.now(), true,
                true, 1, true, NoteType.STATUTORY_VISIT), "/case-notes-service", "c", null);
        ObjectNode tree = codec.mapper().valueToTree(good);
        ((ObjectNode) tree.get("data")).put("visitDate", "yesterday");
        assertThatThrownBy(() -> codec.read(tree.toString())).hasMessageContaining("visitDate");

        ObjectNode noId = codec.mapper().valueToTree(good);
        noId.remove("id");
        assertThatThrownBy(() -> codec.read(noId.toString())).hasMessageContaining("envelope invalid");
    }

    @Test
    void refusesAnUnknownDataVersion() {
        EventEnvelope good = codec.wrap(child(), "/case-notes-service", "c", null);
        ObjectNode tree = codec.mapper().valueToTree(good);
        tree.put("dataversion", 2);
        assertThatThrownBy(() -> codec.read(tree.toString())).hasMessageContaining("version 2 is not supported");
    }

    /** The record and its schema are two views of one contract: they must name the same fields. */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaAndPayloadRecordNameTheSameFields(EventType type) throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource(1))) {
            schema = codec.mapper().readTree(in);
        }
        Set<String> schemaFields = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(schemaFields::add);
        Set<String> recordFields = new HashSet<>();
        Arrays.stream(type.payload().getRecordComponents()).forEach(c -> recordFields.add(c.getName()));

        assertThat(schemaFields).isEqualTo(recordFields);
        if (type.topic() != null) {
            assertThat(type.topic()).startsWith("casework.").endsWith(".v1");
            assertThat(type.type()).startsWith(type.topic().replace(".v1", "") + ".");
        }
    }

    @Test
    void postsInSchemasAreThePostEnum() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream(EventType.STAFF_MEMBER_CHANGED.schemaResource(1))) {
            schema = codec.mapper().readTree(in);
        }
        List<String> names = new java.util.ArrayList<>();
        schema.path("properties").path("post").path("enum").forEach(n -> names.add(n.asText()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(Arrays.stream(Post.values()).map(Enum::name).toList());
    }

    @Test
    void planTypesInSchemasAreThePlanTypeEnum() throws Exception {
        for (EventType type : List.of(EventType.CHILD_REGISTERED, EventType.VISIT_SCHEDULED)) {
            JsonNode schema;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource(1))) {
                schema = codec.mapper().readTree(in);
            }
            List<String> names = new java.util.ArrayList<>();
            schema.path("properties").path("planType").path("enum").forEach(n -> names.add(n.asText()));
            assertThat(names).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(PlanType.values()).map(Enum::name).toList());
        }
    }

    @Test
    @DisplayName("one enumeration of note types: every schema that carries a note type allows exactly NoteType's names")
    void noteTypesInSchemasAreTheNoteTypeEnum() throws Exception {
        for (EventType type : List.of(EventType.CASE_NOTE_SUBMITTED, EventType.CASE_NOTE_FINALISED,
                EventType.CASE_NOTE_RETURNED, EventType.VISIT_RECORDED)) {
            JsonNode schema;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource(1))) {
                schema = codec.mapper().readTree(in);
            }
            List<String> names = new java.util.ArrayList<>();
            schema.path("properties").path("noteType").path("enum").forEach(n -> names.add(n.asText()));
            assertThat(names).as(type.type()).containsExactlyElementsOf(
                    Arrays.stream(NoteType.values()).map(Enum::name).toList());
        }
    }

    @Test
    @DisplayName("a visit announced before its facts carried a version reads as the note's first version")
    void visitWithoutVersionIsTheFirst() {
        VisitRecorded now = new VisitRecorded(UUID.randomUUID(), UUID.randomUUID(), LocalDate.now(), true, true,
                2, true, NoteType.STATUTORY_VISIT);
        ObjectNode tree = codec.mapper().valueToTree(codec.wrap(now, "/case-notes-service", "c", null));
        ((ObjectNode) tree.get("data")).remove(List.of("version", "seenAlone", "noteType"));
        VisitRecorded old = codec.data(codec.read(tree.toString()), VisitRecorded.class);
        assertThat(old.version()).isNull();
        assertThat(old.noteVersion()).isEqualTo(1);
    }

    @Test
    @DisplayName("a consumer reads past a property a newer producer added, in the data and in the envelope")
    void consumerToleratesPropertiesItDoesNotKnow() throws Exception {
        ChildRegistered payload = child();
        ObjectNode tree = (ObjectNode) codec.mapper().readTree(codec.write(codec.wrap(payload, "/case-notes-service",
                payload.childId().toString(), null)));
        tree.put("partitionkey", "added later");
        ((ObjectNode) tree.get("data")).put("legalStatus", "C2").putObject("placement").put("kind", "foster");

        EventEnvelope read = codec.read(codec.mapper().writeValueAsString(tree));

        assertThat(codec.data(read, ChildRegistered.class)).isEqualTo(payload);
    }

    @Test
    @DisplayName("a consumer still refuses what breaks a rule it knows: a required property missing, a bad format")
    void consumerRefusesWhatBreaksItsRules() throws Exception {
        ChildRegistered payload = child();
        ObjectNode tree = (ObjectNode) codec.mapper().readTree(codec.write(codec.wrap(payload, "/case-notes-service",
                payload.childId().toString(), null)));
        ((ObjectNode) tree.get("data")).remove("team");
        assertThatThrownBy(() -> codec.read(codec.mapper().writeValueAsString(tree)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("team");
        ((ObjectNode) tree.get("data")).put("team", "north").put("childId", "not-a-uuid");
        assertThatThrownBy(() -> codec.read(codec.mapper().writeValueAsString(tree)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("childId");
    }

    @Test
    @DisplayName("a producer publishes exactly what its schema names: an extra property is refused")
    void producerIsStrict() throws Exception {
        ChildRegistered payload = child();
        ObjectNode tree = (ObjectNode) codec.mapper().readTree(codec.write(codec.wrap(payload, "/case-notes-service",
                payload.childId().toString(), null)));
        ((ObjectNode) tree.get("data")).put("legalStatus", "C2");
        EventSchemas schemas = EventSchemas.load();
        assertThatThrownBy(() -> schemas.checkPublished(tree, EventType.CHILD_REGISTERED, 1))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("legalStatus");
        schemas.checkReceived(tree, EventType.CHILD_REGISTERED, 1);
    }
}
