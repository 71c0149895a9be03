package io.casework.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Event schemas change only in ways the consumers of the released ones can still read. */
class SchemaEvolutionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RELEASED = Path.of("released-schemas");

    @ParameterizedTest
    @EnumSource(EventType.class)
    @DisplayName("every current event schema can be read by a consumer of the released one")
    void currentSchemaIsCompatibleWithReleased(EventType type) throws IOException {
        String resource = type.schemaResource(EventType.CURRENT_VERSION);
        Path released = RELEASED.resolve(Path.of(resource).getFileName());
        if (!Files.exists(released)) {
            return; // a type added since the release: no consumer of it exists yet
        }
        assertThat(SchemaCompatibility.breaks(JSON.readTree(released.toFile()), EventSchemas.document(resource)))
                .as(resource + " against the released " + released).isEmpty();
    }

    @Test
    @DisplayName("the envelope can be read by a consumer of the released one")
    void envelopeIsCompatible() throws IOException {
        assertThat(SchemaCompatibility.breaks(JSON.readTree(RELEASED.resolve("envelope.v1.json").toFile()),
                EventSchemas.document(EventSchemas.ENVELOPE))).isEmpty();
    }

    @Test
    @DisplayName("no released event type has disappeared: its consumers would wait for it for ever")
    void noReleasedTypeIsGone() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            List<String> released = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json"))
                    .filter(f -> !f.startsWith("envelope")).sorted().toList();
            assertThat(released).isNotEmpty().allSatisfy(file -> assertThat(Stream.of(EventType.values())
                    .map(t -> t.schemaResource(EventType.CURRENT_VERSION)))
                    .as(file + " is released").contains("schemas/" + file));
        }
    }

    /** The rules themselves, tried on a real schema changed the ways a developer might change it. */
    @Nested
    @DisplayName("a change to child-registered")
    class Changes {

        private final JsonNode released = EventSchemas.document(EventType.CHILD_REGISTERED.schemaResource(1));

        private ObjectNode changed() {
            return released.deepCopy();
        }

        private ObjectNode property(ObjectNode schema, String name) {
            return (ObjectNode) schema.path("properties").path(name);
        }

        @Test
        @DisplayName("adding an optional property is compatible")
        void addOptional() {
            ObjectNode next = changed();
            ((ObjectNode) next.get("properties")).putObject("ethnicity").put("type", "string");
            assertThat(SchemaCompatibility.breaks(released, next)).isEmpty();
        }

        @Test
        @DisplayName("adding a required property is compatible (old consumers ignore it)")
        void addRequired() {
            ObjectNode next = changed();
            ((ObjectNode) next.get("properties")).putObject("ethnicity").put("type", "string");
            ((ArrayNode) next.get("required")).add("ethnicity");
            assertThat(SchemaCompatibility.breaks(released, next)).isEmpty();
        }

        @Test
        @DisplayName("dropping a required property breaks its consumers")
        void dropRequired() {
            ObjectNode next = changed();
            String first = next.get("required").get(0).asText();
            ((ArrayNode) next.get("required")).remove(0);
            ((ObjectNode) next.get("properties")).remove(first);
            assertThat(SchemaCompatibility.breaks(released, next)).singleElement().asString()
                    .contains(first).contains("no longer required");
        }

        @Test
        @DisplayName("changing a property's type or format breaks its consumers")
        void changeTypeOrFormat() {
            ObjectNode next = changed();
            property(next, "childId").put("format", "uri");
            assertThat(SchemaCompatibility.breaks(released, next)).singleElement().asString()
                    .contains("/childId").contains("format");
            next = changed();
            property(next, "childId").put("type", "integer");
            assertThat(SchemaCompatibility.breaks(released, next)).isNotEmpty();
        }

        @Test
        @DisplayName("loosening a bound breaks its consumers; tightening one does not")
        void bounds() {
            ObjectNode next = changed();
            property(next, "displayName").put("minLength", 0);
            assertThat(SchemaCompatibility.breaks(released, next)).singleElement().asString()
                    .contains("minLength loosened");
            next = changed();
            property(next, "displayName").put("maxLength", 200);
            assertThat(SchemaCompatibility.breaks(released, next)).isEmpty();
        }

        @Test
        @DisplayName("a new value of an enumerated property breaks its consumers; dropping one does not")
        void enumerations() {
            ObjectNode before = changed();
            property(before, "planType").putArray("enum").add("CIN").add("CP");
            ObjectNode wider = before.deepCopy();
            ((ArrayNode) property(wider, "planType").get("enum")).add("SGO");
            assertThat(SchemaCompatibility.breaks(before, wider)).singleElement().asString().contains("SGO");
            ObjectNode narrower = before.deepCopy();
            ((ArrayNode) property(narrower, "planType").get("enum")).remove(1);
            assertThat(SchemaCompatibility.breaks(before, narrower)).isEmpty();
        }

        @Test
        @DisplayName("setting a described property free breaks its consumers")
        void openedUp() {
            ObjectNode next = changed();
            next.remove("additionalProperties");
            ((ObjectNode) next.get("properties")).remove("authority");
            ArrayNode required = (ArrayNode) next.get("required");
            for (int i = required.size() - 1; i >= 0; i--) {
                if (required.get(i).asText().equals("authority")) {
                    required.remove(i);
                }
            }
            assertThat(SchemaCompatibility.breaks(released, next)).anySatisfy(b -> assertThat(b)
                    .contains("/authority").contains("no longer described"));
        }
    }
}
