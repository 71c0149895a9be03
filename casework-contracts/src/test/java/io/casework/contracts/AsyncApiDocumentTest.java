package io.casework.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.casework.contracts.events.DeadlineMet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document is written from the schemas on every build, like the services' OpenAPI documents: the
 * test command fails when the committed copy then differs (scripts/test.sh). Here: it names every type on its
 * topic, and it describes what the codec really publishes.
 */
class AsyncApiDocumentTest {

    static final Path COMMITTED = Path.of("asyncapi", "asyncapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.SPLIT_LINES).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static ObjectNode document;

    @BeforeAll
    static void write() throws IOException {
        document = AsyncApiDocument.build();
        Files.createDirectories(COMMITTED.getParent());
        Files.writeString(COMMITTED, YAML.writeValueAsString(document));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    @DisplayName("every event type is a message on its topic's channel")
    void everyTypeIsAMessage(EventType type) {
        List<String> addresses = new ArrayList<>();
        document.path("channels").forEach(channel -> {
            channel.path("messages").forEach(ref -> {
                String id = ref.path("$ref").asText().replace("#/components/messages/", "");
                if (document.path("components").path("messages").path(id).path("name").asText()
                        .equals(type.type())) {
                    addresses.add(channel.path("address").asText());
                }
            });
        });
        if (type.topic() != null) {
            assertThat(addresses).containsExactly(type.topic());
        } else {
            assertThat(addresses).isNotEmpty().doesNotContain(Topics.CASE_NOTES);
        }
    }

    @Test
    @DisplayName("an event as the codec publishes it is valid against its message's payload in the document")
    void documentDescribesWhatIsPublished() {
        EventCodec codec = new EventCodec();
        DeadlineMet payload = new DeadlineMet(UUID.randomUUID(), UUID.randomUUID(),
                "visit-note", "n-1", Instant.now(), false);
        JsonNode published = codec.mapper().valueToTree(codec.wrap(payload, "/deadlines-service",
                payload.childId().toString(), null));
        JsonNode schema = document.path("components").path("messages").path("deadlineMet").path("payload");
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema,
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        assertThat(validator.validate(published)).isEmpty();
        ((ObjectNode) published).put("type", "casework.deadlines.deadline-opened");
        assertThat(validator.validate(published)).isNotEmpty();
    }
}
