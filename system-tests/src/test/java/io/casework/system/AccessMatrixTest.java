package io.casework.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.casework.system.check.ServiceStore;
import io.casework.testing.KeycloakTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The access matrix: every operation of every service's OpenAPI document, driven with real Keycloak tokens for each
 * person of {@code docs/access-rules.yaml} (one per relation to the matrix's child, without and with a stated
 * purpose), and with no token, an expired one, a forged one and one for another application. Every answer must be
 * what the file says; a refusal must show nothing of the child; and afterwards the child's access log must hold
 * exactly the accesses the matrix made to it, from every service.
 */
class AccessMatrixTest {

    static final Path RULES = Path.of("..", "docs", "access-rules.yaml");
    static final Path SECURITY_DOC = Path.of("..", "docs", "security.md");
    static final String FAMILY_NAME = "Matrixchild";
    static final String NARRATIVE = "Seen at the matrix home; spoke alone about school.";
    static final String PURPOSE = "access matrix: checking what this person may do";

    static JsonNode rules;
    /** The ids of the matrix's child and its notes and requests, by the names the operations use. */
    static Map<String, String> ids = new HashMap<>();
    /** The same for each restricted child, by its restriction. */
    static Map<String, Map<String, String>> restricted = new TreeMap<>();

    /** One operation of a service's OpenAPI document. */
    record Operation(Suite service, String method, String path, String id, String accessClass) {
    }

    /** What the matrix expects of one call, and what it got, about the child whose ids it used. */
    record Call(Operation operation, String person, boolean purpose, int status, String type, String body,
                Map<String, String> child) {
    }

    @BeforeAll
    static void matrixChildren() throws IOException {
        rules = new ObjectMapper(new YAMLFactory()).readTree(RULES.toFile());
        ids.putAll(matrixChild("north.pm"));
        // The restricted children: the same, restricted by the head of service once their requests were routed.
        rules.path("restrictedPeople").fieldNames().forEachRemaining(restriction -> {
            Map<String, String> child = matrixChild("north.pm");
            String etag = Suite.CASE_NOTES.as("north.sw1").get("/children/" + child.get("child")).then()
                    .statusCode(200).extract().header("ETag");
            Suite.CASE_NOTES.as("head.of.service").header("If-Match", etag)
                    .body(Map.of("restriction", restriction, "reason", "Restricted for the access matrix."))
                    .put("/children/" + child.get("child") + "/restriction").then().statusCode(200);
            // Every service has the restriction, and the oversight request moved to the team manager, who is on the
            // list, before the matrix starts.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Suite.VISITS.as("north.pm").get("/children/" + child.get("child") + "/visits").then().statusCode(403);
                Suite.DEADLINES.as("north.pm").queryParam("childId", child.get("child")).get("/deadlines").then()
                        .statusCode(403);
                child.putAll(routed("north.tm", child.get("child")));
            });
            restricted.put(restriction, child);
        });
    }

    /**
     * A child like the matrix's: looked after, in team north, allocated to north.sw1, reviewed by iro.one, with a
     * submitted statutory visit note (its oversight routed to {@code approver}), a draft, a restriction request
     * pending (north.sw1's) and a risk alert pending (north.sw1's). Answers the ids the operations name.
     */
    static Map<String, String> matrixChild(String approver) {
        Map<String, String> ids = new HashMap<>();
        Map<String, Object> child = new LinkedHashMap<>();
        // Unlike any earlier run's matrix child, which the duplicate check would find.
        child.put("givenName", UniqueNames.next());
        child.put("familyName", FAMILY_NAME);
        child.put("dateOfBirth", "2014-03-09");
        child.put("planType", "CLA");
        child.put("planStartDate", LocalDate.now().minusDays(7).toString());
        // The matrix registers children that its own likely-duplicate check finds: each is a new child, reviewed.
        child.put("duplicatesReviewed", true);
        String childId = Suite.CASE_NOTES.as("north.sw1").body(child).post("/children").then().statusCode(201)
                .extract().path("id");
        ids.put("child", childId);
        // Registered just now: the record is at its first version.
        Suite.CASE_NOTES.as("north.pm").header("If-Match", "\"1\"").body(Map.of("iro", "iro.one"))
                .put("/children/" + childId + "/iro").then().statusCode(200);
        String note = Suite.CASE_NOTES.as("north.sw1").body(VisitNotes.statutoryVisit(LocalDate.now(),
                "Matrix visit", NARRATIVE)).post("/children/" + childId + "/case-notes").then().statusCode(201)
                .extract().path("id");
        Suite.CASE_NOTES.as("north.sw1").post("/case-notes/" + note + "/submit").then().statusCode(200);
        ids.put("note", note);
        // A subject access request on the matrix child, in review for the whole matrix.
        ids.put("sar", Suite.CASE_NOTES.as("north.sw1").body(Map.of("requesterName", "Matrix Requester",
                "relationship", "CHILD", "receivedOn", LocalDate.now().toString(), "identityChecked",
                "Checked by the access matrix.")).post("/children/" + childId + "/subject-access-requests").then()
                .statusCode(201).extract().path("id"));
        ids.put("draft", Suite.CASE_NOTES.as("north.sw1").body(Map.of("noteType", "CASE_NOTE", "eventDate",
                LocalDate.now().toString(), "eventTime", "00:00", "title", "Matrix draft", "narrative", "A draft."))
                .post("/children/"
                + childId + "/case-notes").then().statusCode(201).extract().path("id"));
        ids.put("document", Suite.CASE_NOTES.as("north.sw1").contentType("multipart/form-data")
                .multiPart("metadata", "{\"documentType\": \"LETTER\", \"title\": \"Matrix letter\", "
                        + "\"direction\": \"RECEIVED\", \"dated\": \"" + LocalDate.now() + "\"}", "application/json")
                .multiPart("file", "matrix-letter.txt", "A letter the access matrix reads.".getBytes(
                        StandardCharsets.UTF_8), "text/plain")
                .post("/children/" + childId + "/documents").then().statusCode(201).extract().path("id"));
        ids.put("restriction-request", Suite.CASE_NOTES.as("north.sw1")
                .body(Map.of("restriction", "OTHER", "reasons", "Asked for the access matrix."))
                .post("/children/" + childId + "/restriction-requests").then().statusCode(202).extract().path("id"));
        // A risk alert pending the head of service's decision (001 "Risk Alerts"), referring to the submitted note.
        ids.put("risk-alert", Suite.CASE_NOTES.as("north.sw1")
                .body(Map.of("type", "PERSON_KNOWN_TO_BE_VIOLENT", "startedOn", LocalDate.now().toString(),
                        "description", "Asked for the access matrix.", "noteIds", List.of(note)))
                .post("/children/" + childId + "/risk-alerts").then().statusCode(202).extract().path("id"));
        // A contact at the front door, left OPEN: the matrix drives its decision and priority without If-Match.
        ids.put("pathway-step", Suite.CASE_NOTES.as("north.sw1")
                .body(Map.of("source", "Access matrix", "receivedAt", "2026-11-20T10:00:00Z"))
                .post("/children/" + childId + "/pathway/contacts").then().statusCode(201).extract().path("id"));
        // A closure of the case, left OPEN: the matrix drives its steps and submission without If-Match.
        ids.put("closure", Suite.CASE_NOTES.as("north.sw1")
                .body(Map.of("reason", "OTHER", "reasonDetails", "Started by the access matrix."))
                .post("/children/" + childId + "/closures").then().statusCode(201).extract().path("id"));
        // A roll-back to before the contact (000), commented by the line manager: it waits for the head of service for
        // the whole matrix, so the matrix's own requests and comments are refused after the access check.
        ids.put("roll-back-request", Suite.CASE_NOTES.as("north.sw1").body(Map.of("reason",
                "Asked for the access matrix.", "rollBackTo", "2026-11-19", "impact", "None: the matrix asks."))
                .post("/children/" + childId + "/roll-back-requests").then().statusCode(201).extract().path("id"));
        Suite.CASE_NOTES.as("north.pm").body(Map.of("comments", "Commented for the access matrix."))
                .put("/children/" + childId + "/roll-back-requests/" + ids.get("roll-back-request") + "/comments")
                .then().statusCode(200);

        // Every service has heard of the child, its IRO and the oversight request before the matrix starts.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Suite.VISITS.as("iro.one").get("/children/" + childId + "/visits").then().statusCode(200);
            // The submitted note's oversight deadline: its history is read and its extension asked for.
            List<String> oversight = Suite.DEADLINES.as("iro.one").queryParam("childId", childId).get("/deadlines")
                    .then().statusCode(200).extract().path("items.findAll { it.kind == 'MANAGEMENT_OVERSIGHT' }.id");
            assertThat(oversight).hasSize(1);
            ids.put("deadline", oversight.get(0));
            ids.putAll(routed(approver, childId));
        });
        return ids;
    }

    /** The child's one request in the approver's inbox, and their notification of it. */
    static Map<String, String> routed(String approver, String childId) {
        List<String> requests = Suite.APPROVALS.as(approver).queryParam("childId", childId).get("/inbox")
                .path("items.id");
        List<String> notifications = Suite.APPROVALS.as(approver).queryParam("childId", childId)
                .get("/inbox/notifications").path("items.id");
        assertThat(requests).hasSize(1);
        assertThat(notifications).isNotEmpty();
        return Map.of("request", requests.get(0), "notification", notifications.get(0));
    }

    @Test
    @DisplayName("ACCESS-RULES: every operation in every OpenAPI document has an operation id, names an access class, "
            + "and is placed in the matrix's file")
    void everyOperationIsPlaced() {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(30);
        for (Operation operation : operations) {
            assertThat(operation.id()).as(operation.method() + " " + operation.path() + " has no operationId")
                    .isNotBlank();
            assertThat(rules.path("classes").has(operation.accessClass()))
                    .as(operation.id() + " names no access class of ACCESS-RULES (x-access-class: "
                            + operation.accessClass() + ")").isTrue();
            assertThat(rules.path("operations").has(operation.id()))
                    .as(operation.id() + " is not in docs/access-rules.yaml").isTrue();
        }
        // The committed documents (each service's openapi/openapi.json, written by the build) say the same.
        for (Suite service : Suite.values()) {
            String folder = service.name().toLowerCase().replace('_', '-') + "-service";
            List<String> committed = new ArrayList<>();
            try {
                new ObjectMapper().readTree(Path.of("..", folder, "openapi", "openapi.json").toFile()).path("paths")
                        .forEach(path -> path.fields().forEachRemaining(method -> {
                            if (method.getValue().has("operationId")) {
                                committed.add(method.getValue().path("operationId").asText() + " "
                                        + method.getValue().path("x-access-class").asText());
                            }
                        }));
            } catch (IOException e) {
                throw new IllegalStateException(folder + "/openapi/openapi.json is unreadable", e);
            }
            assertThat(committed).as("the committed OpenAPI document of " + folder)
                    .containsExactlyInAnyOrderElementsOf(operations.stream().filter(o -> o.service() == service)
                            .map(o -> o.id() + " " + o.accessClass()).toList());
        }
    }

    @Test
    @DisplayName("ACCESS-RULES: every operation answers each person, each bad token and the anonymous caller as the "
            + "table says; refusals show nothing of the child; the child's access log holds exactly the matrix's "
            + "accesses from every service")
    void matrix() throws SQLException {
        List<Operation> operations = operations();
        Instant start = Instant.now();
        List<String> differences = new ArrayList<>();
        Map<String, Integer> expectedLog = new TreeMap<>();
        int calls = 0;
        Iterator<Map.Entry<String, JsonNode>> people = rules.path("people").fields();
        Map<String, String> relations = new LinkedHashMap<>();
        people.forEachRemaining(e -> relations.put(e.getKey(), e.getValue().asText()));

        for (Operation operation : operations) {
            JsonNode spec = rules.path("operations").path(operation.id());
            if (spec.path("tokensOnly").asBoolean()) {
                continue;
            }
            boolean recordClass = operation.accessClass().startsWith("record.");
            for (Map.Entry<String, String> person : relations.entrySet()) {
                for (boolean purpose : recordClass ? new boolean[] {false, true} : new boolean[] {false}) {
                    Call call = call(operation, spec, person.getKey(), purpose, ids);
                    calls++;
                    String expected = expected(operation, spec, person.getKey(), person.getValue(), purpose);
                    check(call, expected, differences);
                    logged(operation, spec, call, expected).ifPresent(action ->
                            expectedLog.merge(person.getKey() + " " + action, 1, Integer::sum));
                }
            }
        }
        int tokenCalls = 0;
        // Made once: each set waits for a token to expire, which per operation cost the matrix over three minutes.
        Map<String, String> badTokens = badTokens();
        for (Operation operation : operations) {
            if (operation.accessClass().equals("reference")) {
                continue;
            }
            JsonNode spec = rules.path("operations").path(operation.id());
            for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                RequestSpecification request = given().baseUri(operation.service().url())
                        .contentType("application/json");
                if (bad.getValue() != null) {
                    request.header("Authorization", "Bearer " + bad.getValue());
                }
                int status = send(request, operation, spec, ids).statusCode();
                tokenCalls++;
                if (status != 401) {
                    differences.add(operation.id() + " with " + bad.getKey() + ": " + status + ", expected 401");
                }
            }
        }
        System.out.printf("Access matrix: %d operations, %d people, %d calls with a token, %d with a bad or no "
                + "token; %d differences%n", operations.size(), relations.size(), calls, tokenCalls,
                differences.size());
        assertThat(differences).as("differences from docs/access-rules.yaml").isEmpty();

        // 002 s.5: every access to the child, allowed or refused, in every service, is on its one access log.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(accessLog(UUID.fromString(ids.get("child")), start)).isEqualTo(expectedLog));
    }

    @Test
    @DisplayName("ACCESS-RULES \"Restricted child\", DOMAIN.md rule 9: on a child restricted as ADOPTION and one "
            + "restricted as OTHER, every operation about the child and every list answers those on the list as the "
            + "table says and refuses everyone else, managers included; refusals show nothing of the child")
    void restrictedMatrix() {
        List<Operation> operations = operations();
        List<String> differences = new ArrayList<>();
        Map<String, String> relations = new LinkedHashMap<>();
        rules.path("people").fields().forEachRemaining(e -> relations.put(e.getKey(), e.getValue().asText()));
        int calls = 0;
        for (Map.Entry<String, Map<String, String>> child : restricted.entrySet()) {
            JsonNode list = rules.path("restrictedPeople").path(child.getKey());
            for (Operation operation : operations) {
                JsonNode spec = rules.path("operations").path(operation.id());
                if (spec.path("tokensOnly").asBoolean() || spec.has("restrictedNotDriven")
                        || !(aboutTheChild(spec) || spec.path("list").asBoolean())) {
                    continue;
                }
                boolean recordClass = operation.accessClass().startsWith("record.");
                for (Map.Entry<String, String> person : relations.entrySet()) {
                    for (boolean purpose : recordClass ? new boolean[] {false, true} : new boolean[] {false}) {
                        Call call = call(operation, spec, person.getKey(), purpose, child.getValue());
                        calls++;
                        String expected = contains(list, person.getKey())
                                ? expected(operation, spec, person.getKey(), person.getValue(), purpose)
                                : contains(spec.path("alsoOnRestricted"), person.getKey()) ? "Y" : "N";
                        check(call, expected, differences);
                    }
                }
            }
        }
        System.out.printf("Restricted access matrix: %d restricted children, %d calls; %d differences%n",
                restricted.size(), calls, differences.size());
        assertThat(calls).isGreaterThan(0);
        assertThat(differences).as("differences from docs/access-rules.yaml on restricted children").isEmpty();
    }

    /** Whether the operation is driven on the matrix's child: it names the child, one of its notes or requests. */
    private static boolean aboutTheChild(JsonNode spec) {
        return spec.path("path").toString()
                .matches(".*\"(child|note|draft|request|notification|restriction-request|deadline)\".*")
                || spec.path("query").toString().contains("\"child\"")
                || spec.path("body").toString().contains("\"child\"");
    }

    @Test
    @DisplayName("issue 18: the pages the services serve (the approval console) are the ones listed, every one loaded "
            + "and every one listed, and each answers everyone alike, with no token or a bad one, under the "
            + "console's Content-Security-Policy")
    void pages() {
        List<String> differences = new ArrayList<>();
        Map<String, String> tokens = new LinkedHashMap<>(badTokens());
        tokens.put("north.sw1", KeycloakTokens.accessToken("north.sw1"));
        tokens.put("head.of.service", KeycloakTokens.accessToken("head.of.service"));
        int calls = 0;
        for (Iterator<Map.Entry<String, JsonNode>> services = rules.path("pages").fields(); services.hasNext(); ) {
            Map.Entry<String, JsonNode> service = services.next();
            Suite suite = Suite.valueOf(service.getKey().toUpperCase().replace('-', '_'));
            Map<String, String> listed = new LinkedHashMap<>();
            service.getValue().fields().forEachRemaining(page -> listed.put(page.getKey(), page.getValue().asText()));
            Set<String> loaded = new LinkedHashSet<>();
            for (String entry : listed.keySet().stream().filter(p -> p.endsWith("/")).toList()) {
                loaded.addAll(PageRoutes.loadedBy(suite, entry));
            }
            loaded.stream().filter(path -> listed.keySet().stream().noneMatch(l -> PageRoutes.matches(l, path)))
                    .forEach(path -> differences.add(suite + " serves " + path + " to its page, but it is not listed"));
            listed.keySet().stream().filter(l -> loaded.stream().noneMatch(path -> PageRoutes.matches(l, path)))
                    .forEach(l -> differences.add(suite + " lists " + l + ", which its page does not load"));
            for (String path : loaded) {
                String type = listed.entrySet().stream().filter(l -> PageRoutes.matches(l.getKey(), path))
                        .map(Map.Entry::getValue).findFirst().orElse("");
                for (Map.Entry<String, String> token : tokens.entrySet()) {
                    RequestSpecification request = given().baseUri(suite.url());
                    if (token.getValue() != null) {
                        request.header("Authorization", "Bearer " + token.getValue());
                    }
                    Response response = request.get(path);
                    calls++;
                    String policy = String.valueOf(response.header("Content-Security-Policy"));
                    if (response.statusCode() != 200 || !String.valueOf(response.contentType()).startsWith(type)
                            || !policy.contains("script-src 'self'") || !policy.contains("frame-ancestors 'none'")) {
                        differences.add(path + " with " + token.getKey() + ": " + response.statusCode() + " "
                                + response.contentType() + ", policy " + policy);
                    }
                }
            }
        }
        System.out.printf("Access matrix, pages: %d calls; %d differences%n", calls, differences.size());
        assertThat(calls).isGreaterThan(0);
        assertThat(differences).as("differences from the pages of docs/access-rules.yaml").isEmpty();
    }

    @Test
    @DisplayName("docs/security.md shows the table of docs/access-rules.yaml, rendered")
    void securityDocShowsTheTable() throws IOException {
        String table = renderTable();
        String doc = Files.readString(SECURITY_DOC, StandardCharsets.UTF_8);
        assertThat(doc).as("docs/security.md must contain, as rendered from docs/access-rules.yaml:\n" + table)
                .contains(table);
    }

    /** The unrestricted table as Markdown, as docs/security.md shows it. */
    static String renderTable() {
        List<String> classes = List.of("record.read", "record.write", "record.manage", "record.audit");
        StringBuilder table = new StringBuilder("| relation | " + String.join(" | ", classes) + " |\n");
        table.append("| --- ".repeat(classes.size() + 1)).append("|\n");
        rules.path("unrestricted").fields().forEachRemaining(row -> {
            table.append("| ").append(row.getKey());
            classes.forEach(c -> table.append(" | ").append(row.getValue().path(c).asText()));
            table.append(" |\n");
        });
        return table.toString();
    }

    private static Call call(Operation operation, JsonNode spec, String person, boolean purpose,
            Map<String, String> child) {
        RequestSpecification request = operation.service().as(person);
        if (purpose) {
            request.header("X-Access-Purpose", PURPOSE);
        }
        Response response = send(request, operation, spec, child);
        String body = response.asString();
        String type = null;
        if (response.contentType() != null && response.contentType().contains("problem")) {
            type = response.path("type");
        }
        return new Call(operation, person, purpose, response.statusCode(), type, body, child);
    }

    private static Response send(RequestSpecification request, Operation operation, JsonNode spec,
            Map<String, String> child) {
        String path = operation.path();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("path").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> parameter = it.next();
            path = path.replace("{" + parameter.getKey() + "}", value(parameter.getValue().asText(), child));
        }
        spec.path("query").fields().forEachRemaining(q -> request.queryParam(q.getKey(),
                value(q.getValue().asText(), child)));
        if (spec.has("body")) {
            request.body(withFixtures(spec.path("body"), child).toString());
        }
        if (spec.has("multipart")) {
            // A file upload: a JSON metadata part and a file part, as the file names them.
            JsonNode file = spec.path("multipart").path("file");
            request.contentType("multipart/form-data")
                    .multiPart("metadata", spec.path("multipart").path("metadata").toString(), "application/json")
                    .multiPart("file", file.path("name").asText(),
                            file.path("content").asText().getBytes(StandardCharsets.UTF_8), file.path("type").asText());
        }
        return request.request(operation.method(), path);
    }

    // A body's top-level text naming one of the matrix's own (a child the request is about) is sent as its id.
    private static JsonNode withFixtures(JsonNode body, Map<String, String> child) {
        if (!body.isObject()) {
            return body;
        }
        ObjectNode sent = body.deepCopy();
        body.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual() && child.containsKey(field.getValue().asText())) {
                sent.put(field.getKey(), child.get(field.getValue().asText()));
            }
        });
        return sent;
    }

    private static String value(String name, Map<String, String> child) {
        return child.getOrDefault(name, name);
    }

    /** Y, P or N for this person and operation, from the file. */
    private static String expected(Operation operation, JsonNode spec, String person, String relation,
            boolean purpose) {
        String cell;
        if (spec.has("allowed")) {
            JsonNode allowed = spec.path("allowed");
            boolean listed = allowed.isTextual() ? "*".equals(allowed.asText()) : contains(allowed, person);
            cell = listed ? "Y" : "N";
        } else if (operation.accessClass().equals("reference")) {
            cell = "Y";
        } else {
            cell = rules.path("unrestricted").path(relation).path(operation.accessClass()).asText();
        }
        return "P".equals(cell) && purpose ? "Y" : cell;
    }

    private static void check(Call call, String expected, List<String> differences) {
        String what = call.operation().id() + " as " + call.person() + (call.purpose() ? " with a purpose" : "");
        boolean list = rules.path("operations").path(call.operation().id()).path("list").asBoolean();
        boolean record = call.operation().accessClass().startsWith("record.");
        if (list) {
            // Lists answer everyone; they show the child to Y and P only, and a P child without its details.
            if (call.status() != 200) {
                differences.add(what + ": " + call.status() + ", expected 200 (a list)");
            } else if (expected.equals("N") && call.body().contains(call.child().get("child"))) {
                differences.add(what + ": lists the child, who is not theirs to see");
            } else if (expected.equals("P") && call.body().contains(FAMILY_NAME)) {
                differences.add(what + ": lists the child's details without a stated purpose");
            }
            return;
        }
        switch (expected) {
            case "Y" -> {
                boolean accessProblem = call.status() == 401 || "urn:casework:problem:access-refused".equals(call.type())
                        || "urn:casework:problem:access-purpose-required".equals(call.type())
                        || "urn:casework:problem:organisation-change-refused".equals(call.type())
                        || (!record && (call.status() == 403 || call.status() == 404));
                if (accessProblem || call.status() >= 500) {
                    differences.add(what + ": " + call.status() + " " + call.type() + ", expected to be allowed");
                }
            }
            case "P" -> {
                if (call.status() != 403 || !"urn:casework:problem:access-purpose-required".equals(call.type())) {
                    differences.add(what + ": " + call.status() + " " + call.type()
                            + ", expected 403 access-purpose-required");
                }
            }
            default -> {
                boolean refused = record ? call.status() == 403
                        && "urn:casework:problem:access-refused".equals(call.type())
                        : call.status() == 403 || call.status() == 404;
                if (!refused) {
                    differences.add(what + ": " + call.status() + " " + call.type() + ", expected to be refused");
                } else if (call.body().contains(FAMILY_NAME) || call.body().contains(NARRATIVE)) {
                    differences.add(what + ": the refusal shows the child's data");
                }
            }
        }
    }

    /**
     * The action the access log should show for this call to the matrix's child, if it touches the child: every
     * call of an operation on the child (allowed or refused), and a list that showed the child.
     */
    private static java.util.Optional<String> logged(Operation operation, JsonNode spec, Call call, String expected) {
        String prefix = operation.service() == Suite.CASE_NOTES ? ""
                : operation.service().name().toLowerCase().replace('_', '-') + "-service ";
        boolean onTheChild = spec.path("path").toString().matches(".*\"(child|note|draft|request|deadline)\".*")
                || spec.path("query").toString().contains("\"child\"")
                || spec.path("body").toString().contains("\"child\"");
        if (operation.id().equals("markNotificationRead")) {
            return java.util.Optional.empty();
        }
        if (spec.path("list").asBoolean() || spec.path("showsChildren").asBoolean()) {
            return call.body().contains(ids.get("child")) ? java.util.Optional.of(prefix + operation.id())
                    : java.util.Optional.empty();
        }
        return onTheChild && call.status() != 401 ? java.util.Optional.of(prefix + operation.id())
                : java.util.Optional.empty();
    }

    /** Who accessed the child since {@code since}, as "username action" with counts, read from the database. */
    private static Map<String, Integer> accessLog(UUID child, Instant since) throws SQLException {
        Map<String, Integer> log = new TreeMap<>();
        try (Connection db = ServiceStore.CASE_NOTES.connect(); PreparedStatement query = db.prepareStatement(
                "select username, action from access_log_entry where child_id = ? and at >= ?")) {
            query.setObject(1, child);
            query.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    log.merge(rows.getString(1) + " " + rows.getString(2), 1, Integer::sum);
                }
            }
        }
        return log;
    }

    /** No token, an expired one, a forged one, and one the realm issued for another application. */
    private static Map<String, String> badTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        String shortLived = KeycloakTokens.fromClient("casework-short-lived", "north.sw1");
        // Keycloak issues it for 2 seconds (the realm's casework-short-lived client); let it expire, with margin.
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(7)).until(() -> true);
        tokens.put("an expired token", shortLived);
        tokens.put("a forged token", forged(KeycloakTokens.accessToken("north.sw1")));
        tokens.put("a token for another application", KeycloakTokens.fromClient("casework-other-app", "north.pm"));
        return tokens;
    }

    /** The same token claiming to be the head of service: the signature no longer matches. */
    private static String forged(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"north.sw1\"", "\"head.of.service\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** Every operation of the four running services' OpenAPI documents. */
    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Suite service : Suite.values()) {
            JsonNode document;
            try {
                document = json.readTree(given().baseUri(service.url()).accept("application/json")
                        .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
            } catch (IOException e) {
                throw new IllegalStateException(service + "'s OpenAPI document is not JSON", e);
            }
            document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                    method -> {
                        if (List.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                            operations.add(new Operation(service, method.getKey().toUpperCase(),
                                    service.relative(path.getKey()),
                                    method.getValue().path("operationId").asText(),
                                    method.getValue().path("x-access-class").asText()));
                        }
                    }));
        }
        return operations;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
