package io.casework.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AsyncAPI 3.1 document of the suite's events, made from {@link EventType} and the JSON Schemas of this module,
 * so that the document and the schemas the code checks cannot disagree. Each topic is a channel; each event type a
 * message whose payload is the envelope with that type's data schema in it. Committed as
 * {@code casework-contracts/asyncapi/asyncapi.yaml}; {@code AsyncApiDocumentTest} writes it and the test command
 * fails when the committed copy differs.
 */
public final class AsyncApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AsyncApiDocument() {
    }

    public static ObjectNode build() {
        ObjectNode document = JSON.createObjectNode();
        document.put("asyncapi", "3.1.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Casework events");
        info.put("version", EventType.CURRENT_VERSION + ".0.0");
        info.put("description", "What the four casework services tell each other through Kafka. Every record's "
                + "key is the child's id (the envelope's subject), so that one child's events stay in order; its "
                + "value is a CloudEvents-style envelope whose data is the type's payload. Events evolve "
                + "compatibly: a producer publishes exactly what the schema names; a consumer reads past a property "
                + "it does not know, so properties can be added without a new version, while a change a consumer "
                + "of the released schema could not read is refused by the contracts module's tests and goes to a "
                + "new version of the type instead.");
        info.putObject("contact").put("name", "Casework maintainers")
                .put("url", "https://github.com/casework/casework/issues");
        info.putObject("license").put("name", "MIT").put("url", "https://opensource.org/license/mit");
        ArrayNode tags = info.putArray("tags");
        tags.addObject().put("name", "children's social care").put("description", "Case recording for English "
                + "councils' children's services");
        tags.addObject().put("name", "events").put("description", "Integration between the services, by Kafka only");
        document.put("defaultContentType", "application/json");
        document.putObject("servers").putObject("local").put("host", "127.0.0.1:9092").put("protocol", "kafka")
                .put("description", "The broker the project's scripts start; on a cluster, the Strimzi cluster "
                        + "casework (TLS, SCRAM-SHA-512)");

        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = document.putObject("components").putObject("messages");
        for (Map.Entry<String, String> topic : topics().entrySet()) {
            String channelId = camel(topic.getValue());
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", topic.getKey());
            channel.put("description", "Published by " + topic.getValue() + " through its transactional outbox, "
                    + "in Kafka transactions: consumers read committed records only and apply each event once, by "
                    + "its id.");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject(channelId + "Publishes");
            operation.put("action", "send");
            operation.put("summary", topic.getValue() + " publishes what changed in what it owns");
            operation.put("description", "Each event is written to the outbox in the transaction of the change it "
                    + "reports, and published after it commits: an event is never lost nor sent for a change that "
                    + "was rolled back. A consumer may see an event more than once and must apply it once, by id.");
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            ArrayNode sent = operation.putArray("messages");
            for (EventType type : typesOn(topic.getKey())) {
                String messageId = camel(type.type().substring(type.type().lastIndexOf('.') + 1));
                channelMessages.putObject(messageId).put("$ref", "#/components/messages/" + messageId);
                sent.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + messageId);
                if (!messages.has(messageId)) {
                    messages.set(messageId, message(type));
                }
            }
        }
        return document;
    }

    private static ObjectNode message(EventType type) {
        JsonNode data = EventSchemas.document(type.schemaResource(EventType.CURRENT_VERSION));
        ObjectNode message = JSON.createObjectNode();
        message.put("name", type.type());
        message.put("title", data.path("title").asText());
        message.put("contentType", "application/json");
        ObjectNode envelope = (ObjectNode) EventSchemas.document(EventSchemas.ENVELOPE).deepCopy();
        envelope.remove("$schema");
        envelope.remove("$id");
        ObjectNode properties = (ObjectNode) envelope.get("properties");
        properties.putObject("type").put("const", type.type());
        properties.putObject("dataversion").put("const", EventType.CURRENT_VERSION);
        ObjectNode payloadData = data.deepCopy();
        payloadData.remove("$schema");
        properties.set("data", payloadData);
        // In AsyncAPI's own schema format (a superset of JSON Schema draft-07), which the schemas fit: they are
        // 2020-12 documents that use nothing draft-07 lacks, so tools can check payloads against them.
        message.set("payload", envelope);
        ObjectNode key = message.putObject("bindings").putObject("kafka");
        key.putObject("key").put("type", "string").put("description", "The child's id: one child's events keep "
                + "their order");
        key.put("bindingVersion", "0.5.0");
        return message;
    }

    /** Each topic and the service that publishes it ({@code casework.<service>.v1}), in a stable order. */
    private static Map<String, String> topics() {
        Map<String, String> topics = new LinkedHashMap<>();
        for (String topic : List.of(Topics.CASE_NOTES, Topics.VISITS, Topics.DEADLINES, Topics.APPROVALS)) {
            topics.put(topic, Topics.publisher(topic) + "-service");
        }
        return topics;
    }

    /**
     * The types on a topic: those whose topic it is, and the access records every service but case-notes-service
     * publishes on its own topic (case-notes-service keeps the access log itself).
     */
    private static List<EventType> typesOn(String topic) {
        return Arrays.stream(EventType.values())
                .filter(t -> topic.equals(t.topic()) || (t.topic() == null && !topic.equals(Topics.CASE_NOTES)))
                .toList();
    }

    private static String camel(String dashed) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : dashed.toCharArray()) {
            if (c == '-' || c == '.') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
