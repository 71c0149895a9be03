package io.casework.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.casework.contracts.Topics;
import io.casework.system.check.ServiceStore;
import io.casework.testing.TopicProbe;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input catalogue (issue 9): for every operation of the four OpenAPI documents, generated from them, so that a
 * new operation is covered without writing its cases: a malformed id in each id parameter, an unknown query
 * parameter, and for a JSON body the wrong content type (415), a body over the limit (413), malformed JSON, an
 * unknown property, missing required fields, a wrong type, text over its maximum, a value outside its enumeration,
 * and an impossible date; for an upload (multipart/form-data), JSON instead of the form, a missing file or metadata
 * part, malformed metadata and metadata that breaks its own rules. Each must be refused with a problem naming what is wrong, by a caller whom the access
 * rules allow; and afterwards no service's data has changed and no topic has gained an event, apart from the access
 * log's own record of the attempts (002 s.5).
 */
class BadInputCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";
    private static final String MULTIPART = "multipart/form-data";
    /** Infrastructure and logs, which an attempt may rightly touch: everything else is the services' data. */
    private static final Set<String> NOT_DATA = Set.of("flyway_schema_history", "outbox_event", "processed_event",
            "idempotency_key", "dead_letter_order", "access_log_entry", "access_log_head", "record_chain_head");
    private static final String ACCESS_RECORDED = "casework.access.access-recorded";

    @Test
    @DisplayName("issue 9: every operation refuses each kind of bad input with its problem, and nothing changes")
    void everyOperationRefusesBadInput() throws Exception {
        JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(AccessMatrixTest.RULES.toFile());
        Map<String, Long> dataBefore = settledData();
        Map<TopicPartition, Long> topicsBefore = endOffsets();

        List<String> differences = new ArrayList<>();
        int cases = 0;
        for (Suite service : Suite.values()) {
            JsonNode document = document(service);
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    JsonNode operation = method.getValue();
                    if (!operation.has("operationId") || isStream(operation)) {
                        continue;
                    }
                    Target target = new Target(service, method.getKey().toUpperCase(),
                            service.relative(path.getKey()), operation,
                            rules.path("operations").path(operation.path("operationId").asText()), document);
                    for (BadCase bad : target.cases()) {
                        cases++;
                        bad.check(target).ifPresent(differences::add);
                    }
                }
            }
        }
        System.out.printf("Bad-input catalogue: %d cases, %d differences%n", cases, differences.size());
        assertThat(differences).as("bad input not refused as it should be").isEmpty();
        assertThat(cases).isGreaterThan(100);

        assertThat(data()).as("row counts of every service's data, before and after").isEqualTo(dataBefore);
        assertThat(eventsSince(topicsBefore)).as("events published by bad requests, other than access records")
                .allMatch(ACCESS_RECORDED::equals);
    }

    private static boolean isStream(JsonNode operation) {
        return operation.path("responses").path("200").path("content").has("text/event-stream");
    }

    /** One operation and how to call it as someone the access rules allow. */
    private record Target(Suite service, String method, String path, JsonNode operation, JsonNode spec,
                          JsonNode document) {

        String id() {
            return operation.path("operationId").asText();
        }

        /** A caller the access rules allow: the first listed, else the team manager (every record class), else none. */
        RequestSpecification caller() {
            String accessClass = operation.path("x-access-class").asText();
            if (accessClass.equals("reference")) {
                return given().baseUri(service.url());
            }
            JsonNode allowed = spec.path("allowed");
            String person = allowed.isArray() && !allowed.isEmpty() ? allowed.get(0).asText()
                    : accessClass.equals("org.change") ? "head.of.service" : "north.tm";
            return service.as(person);
        }

        /** The path with each parameter filled: ids of nothing (checked before any lookup), names as in the rules. */
        String filledPath(String malformed) {
            String filled = path;
            for (JsonNode parameter : operation.path("parameters")) {
                if (!parameter.path("in").asText().equals("path")) {
                    continue;
                }
                String name = parameter.path("name").asText();
                String value = spec.path("path").path(name).asText(UUID.randomUUID().toString());
                // An id parameter names a fixture of the access matrix (child, document, sar...): here, an id of nothing.
                if (isId(parameter)) {
                    value = UUID.randomUUID().toString();
                }
                filled = filled.replace("{" + name + "}", name.equals(malformed) ? "not-an-id" : value);
            }
            return filled;
        }

        private static boolean isId(JsonNode parameter) {
            return parameter.path("schema").path("pattern").asText().contains("[0-9a-fA-F]{8}");
        }

        JsonNode bodySchema() {
            return resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
        }

        /** The JSON part of a multipart/form-data body (an upload's metadata), missing when the body is not one. */
        JsonNode metadataSchema() {
            return resolve(operation.path("requestBody").path("content").path(MULTIPART).path("schema")
                    .path("properties").path("metadata"));
        }

        /** Metadata every rule accepts: each required property's own example. */
        ObjectNode validMetadata() {
            JsonNode schema = metadataSchema();
            ObjectNode metadata = JSON.createObjectNode();
            for (JsonNode required : schema.path("required")) {
                metadata.set(required.asText(), schema.path("properties").path(required.asText()).path("examples")
                        .path(0));
            }
            return metadata;
        }

        /** The caller, ready to send a body that is good in every way but the one a case spoils. */
        RequestSpecification request() {
            if (metadataSchema().isMissingNode()) {
                return caller().contentType("application/json");
            }
            return upload(caller(), validMetadata().toString());
        }

        JsonNode resolve(JsonNode schema) {
            // A property that describes itself refers to its schema through a one-element allOf (ApiDocumentRules).
            if (schema.path("allOf").size() == 1) {
                return resolve(schema.path("allOf").path(0));
            }
            String ref = schema.path("$ref").asText("");
            return ref.startsWith("#/components/schemas/")
                    ? document.path("components").path("schemas").path(ref.substring(21)) : schema;
        }

        List<BadCase> cases() {
            List<BadCase> cases = new ArrayList<>();
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("in").asText().equals("path") && isId(parameter)) {
                    String name = parameter.path("name").asText();
                    cases.add(new BadCase("malformed id " + name, r -> r, filledPath(name), 400, name));
                }
            }
            cases.add(new BadCase("unknown query parameter", r -> r.queryParam("bogusFilter", "1"), filledPath(null),
                    400, "bogusFilter"));
            if (!metadataSchema().isMissingNode()) {
                cases.addAll(uploadCases(filledPath(null)));
            }
            JsonNode schema = bodySchema();
            if (schema.isMissingNode()) {
                return cases;
            }
            String path = filledPath(null);
            cases.add(new BadCase("wrong content type", r -> r.contentType("text/plain").body("{}"), path, 415, null));
            cases.add(new BadCase("body over the limit", r -> r.body("{\"x\": \"" + "x".repeat(300_000) + "\"}"),
                    path, 413, null));
            cases.add(new BadCase("malformed JSON", r -> r.body("{\"unclosed\": "), path, 400, null));
            cases.add(new BadCase("unknown property", r -> r.body("{\"bogusProperty\": 1}"), path, 400,
                    "bogusProperty"));
            for (JsonNode required : schema.path("required")) {
                cases.add(new BadCase("missing " + required.asText(), r -> r.body("{}"), path, 400,
                        required.asText()));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                String name = property.getKey();
                JsonNode type = resolve(property.getValue());
                ObjectNode body = JSON.createObjectNode();
                if (type.path("type").asText().equals("string") && type.has("maxLength")) {
                    body.put(name, "x".repeat(type.path("maxLength").asInt() + 1));
                    cases.add(new BadCase("over-long " + name, r -> r.body(body.toString()), path, 400, name));
                    ObjectNode wrongType = JSON.createObjectNode();
                    wrongType.putObject(name).put("nested", true);
                    cases.add(new BadCase("wrong type " + name, r -> r.body(wrongType.toString()), path, 400, name));
                } else if (type.has("enum")) {
                    body.put(name, "NOT_ONE_OF_THEM");
                    cases.add(new BadCase("bad enum " + name, r -> r.body(body.toString()), path, 400, name));
                } else if (type.path("format").asText().equals("date")) {
                    body.put(name, "2026-02-30");
                    cases.add(new BadCase("impossible date " + name, r -> r.body(body.toString()), path, 400, name));
                }
            }
            return cases;
        }

        /** A multipart upload: JSON where the form is expected, no file, no metadata, metadata that breaks its rules. */
        List<BadCase> uploadCases(String path) {
            List<BadCase> cases = new ArrayList<>();
            String valid = validMetadata().toString();
            cases.add(new BadCase("JSON instead of a form", r -> caller().contentType("application/json")
                    .body(valid), path, 415, null));
            cases.add(new BadCase("no file part", r -> caller().contentType(MULTIPART).multiPart("metadata", valid, "application/json"),
                    path, 400, "file"));
            cases.add(new BadCase("no metadata part", r -> caller().contentType(MULTIPART).multiPart("file",
                    "letter.txt",
                    "A letter.".getBytes(StandardCharsets.UTF_8), "text/plain"), path, 400, "metadata"));
            cases.add(new BadCase("malformed metadata", r -> upload(caller(), "{\"unclosed\": "), path, 400, null));
            JsonNode schema = metadataSchema();
            for (JsonNode required : schema.path("required")) {
                ObjectNode without = validMetadata();
                without.remove(required.asText());
                cases.add(new BadCase("metadata missing " + required.asText(), r -> upload(caller(),
                        without.toString()), path, 400, required.asText()));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                String name = property.getKey();
                JsonNode type = resolve(property.getValue());
                ObjectNode bad = validMetadata();
                if (type.path("type").asText().equals("string") && type.has("maxLength")) {
                    bad.put(name, "x".repeat(type.path("maxLength").asInt() + 1));
                    cases.add(new BadCase("metadata over-long " + name, r -> upload(caller(), bad.toString()), path,
                            400, name));
                } else if (type.has("enum")) {
                    bad.put(name, "NOT_ONE_OF_THEM");
                    cases.add(new BadCase("metadata bad enum " + name, r -> upload(caller(), bad.toString()), path,
                            400, name));
                } else if (type.path("format").asText().equals("date")) {
                    bad.put(name, "2026-02-30");
                    cases.add(new BadCase("metadata impossible date " + name, r -> upload(caller(), bad.toString()),
                            path, 400, name));
                }
            }
            return cases;
        }

        private static RequestSpecification upload(RequestSpecification caller, String metadata) {
            return caller.contentType(MULTIPART).multiPart("metadata", metadata, "application/json")
                    .multiPart("file", "letter.txt", "A letter.".getBytes(StandardCharsets.UTF_8), "text/plain");
        }
    }

    /** One bad request, what it must get, and the name the problem must mention (null: any problem). */
    private record BadCase(String what, java.util.function.UnaryOperator<RequestSpecification> bad, String path,
                           int status, String names) {

        java.util.Optional<String> check(Target target) {
            Response response = bad.apply(target.request()).request(target.method(), path);
            respectRateLimit(response);
            String where = target.id() + " (" + target.method() + " " + target.path() + "), " + what + ": ";
            if (response.statusCode() != status) {
                return java.util.Optional.of(where + response.statusCode() + ", expected " + status + " "
                        + abbreviate(response.asString()));
            }
            String contentType = String.valueOf(response.contentType());
            if (!contentType.startsWith(PROBLEM)) {
                return java.util.Optional.of(where + "answered " + contentType + ", not a problem");
            }
            String type = response.jsonPath().getString("type");
            if (type == null || !type.startsWith("urn:casework:problem:")) {
                return java.util.Optional.of(where + "the problem has no type of the suite: " + type);
            }
            if (names != null && !response.asString().contains(names)) {
                return java.util.Optional.of(where + "the problem does not name " + names + ": "
                        + abbreviate(response.asString()));
            }
            return java.util.Optional.empty();
        }

        /** As a well-behaved client does: when the window is nearly spent, wait for the next one. */
        private static void respectRateLimit(Response response) {
            String remaining = response.header("RateLimit-Remaining");
            String reset = response.header("RateLimit-Reset");
            if (remaining != null && reset != null && Integer.parseInt(remaining) < 5) {
                try {
                    Thread.sleep(Long.parseLong(reset) * 1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static String abbreviate(String body) {
            return body.length() > 300 ? body.substring(0, 300) + "..." : body;
        }
    }

    private static JsonNode document(Suite service) throws IOException {
        return JSON.readTree(given().baseUri(service.url()).accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    /** Row counts of every table of every service's data (service.table to count). */
    /**
     * The row counts once the suite is quiet: earlier tests leave work in flight (an alert on each refused attempt at
     * a restricted record travels from the service that refused it, through case-notes-service, to approvals-service's
     * inboxes), which must not be counted as this test's doing. Quiet: neither the data nor any topic moved for 10 s,
     * and every service's consumer group has read everything on the topics (a consumer catching up slowly can leave
     * the data still for 10 s and then move it).
     */
    private static Map<String, Long> settledData() throws SQLException, InterruptedException {
        Map<String, Long> previous = data();
        Map<TopicPartition, Long> previousOffsets = endOffsets();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(giveUp)) {
            Thread.sleep(10_000);
            Map<String, Long> now = data();
            Map<TopicPartition, Long> offsets = endOffsets();
            if (now.equals(previous) && offsets.equals(previousOffsets) && lag(offsets) == 0) {
                return now;
            }
            previous = now;
            previousOffsets = offsets;
        }
        throw new AssertionError("the suite did not settle within 120 s before the catalogue started");
    }

    private static Map<String, Long> data() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (ServiceStore store : ServiceStore.values()) {
            try (Connection db = store.connect(); Statement statement = db.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(
                        "select tablename from pg_tables where schemaname = 'public' order by 1")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    if (NOT_DATA.contains(table)) {
                        continue;
                    }
                    try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                        count.next();
                        counts.put(store.service() + "." + table, count.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TopicProbe.BOOTSTRAP);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    /**
     * What the services' consumer groups have yet to read of the topics ending at {@code end}: the groups of the
     * services' own channels, not the live inbox streams' (which start from the latest and never commit). The relays
     * publish in transactions, each ending with a commit marker that takes an offset and that a consumer's committed
     * position stays before: one offset per partition is not lag.
     */
    private static long lag(Map<TopicPartition, Long> end) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TopicProbe.BOOTSTRAP);
        try (Admin admin = Admin.create(props)) {
            long lag = 0;
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                if (!group.groupId().endsWith("-service") && !group.groupId().contains("-service-")) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                for (Map.Entry<TopicPartition, OffsetAndMetadata> read : committed.entrySet()) {
                    Long last = end.get(read.getKey());
                    if (last != null && read.getValue() != null) {
                        lag += Math.max(0, last - read.getValue().offset() - 1);
                    }
                }
            }
            return lag;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not read the consumer groups' offsets", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.CASE_NOTES, Topics.VISITS, Topics.DEADLINES, Topics.APPROVALS)) {
                for (PartitionInfo partition : consumer.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, partition.partition()));
                }
            }
            return consumer.endOffsets(partitions);
        }
    }

    /** The type of every event published on the four topics since the offsets given, after the relays caught up. */
    private static List<String> eventsSince(Map<TopicPartition, Long> before) throws InterruptedException {
        Thread.sleep(3000);
        Map<TopicPartition, Long> end = endOffsets();
        List<String> types = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(before.keySet());
            before.forEach(consumer::seek);
            Instant giveUp = Instant.now().plusSeconds(30);
            while (before.keySet().stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && Instant.now().isBefore(giveUp)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        types.add(JSON.readTree(record.value()).path("type").asText());
                    } catch (IOException e) {
                        types.add("not JSON: " + record.value());
                    }
                }
            }
        }
        return types;
    }
}
