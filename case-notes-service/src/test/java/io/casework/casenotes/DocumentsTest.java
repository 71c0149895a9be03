package io.casework.casenotes;

import io.casework.contracts.EventEnvelope;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.writeStatutoryVisit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Documents on a child's record (issue 12 "Documents"; 001 "Case Records" and Appendix A of 003 ask for letters,
 * decisions, orders and minutes to be uploaded; 002 s.6 for a photo of the child), through the API with real tokens.
 */
@QuarkusTest
class DocumentsTest {

    static final String PURPOSE = "X-Access-Purpose";
    static final String PROBLEM = "urn:casework:problem:";

    static TopicProbe events;

    @BeforeAll
    static void subscribe() {
        events = new TopicProbe(ConfigProvider.getConfig().getValue("casework.outbox.topic", String.class));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    @DisplayName("001 \"Case Records\" and 003 Appendix A: a signed pre-proceedings letter sent to the parents is "
            + "uploaded as a PDF and read back byte for byte, with its stored type, size, SHA-256 as the ETag and its "
            + "name; it is listed and announced with the upload timescale its type starts")
    void pdfLetterReadBackByteIdentical() {
        String child = registerChild("north.sw1", "CP");
        byte[] pdf = pdf("Pre-proceedings letter to Ms Test. Signed by the team manager.");
        JsonPath added = upload("north.sw1", child, metadata("PRE_PROCEEDINGS_LETTER", "SENT"), "plo-letter.pdf",
                "application/pdf", pdf).then().statusCode(201)
                .body("documentType", equalTo("PRE_PROCEEDINGS_LETTER"))
                .body("direction", equalTo("SENT"))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(pdf.length))
                .body("sha256", equalTo(sha256(pdf)))
                .body("fileName", equalTo("plo-letter.pdf"))
                .body("addedBy.username", equalTo("north.sw1"))
                .body("addedBy.designation", equalTo("Social Worker"))
                .body("uploadTimescale", equalTo("pre-proceedings-letter-upload"))
                .body("supersedes", nullValue())
                .extract().jsonPath();
        String id = added.getString("id");

        Response content = as("north.sw1").get("/children/" + child + "/documents/" + id + "/content");
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.asByteArray()).isEqualTo(pdf);
        assertThat(content.contentType()).isEqualTo("application/pdf");
        assertThat(content.header("ETag")).isEqualTo("\"" + sha256(pdf) + "\"");
        assertThat(content.header("Content-Length")).isEqualTo(Integer.toString(pdf.length));
        assertThat(content.header("Content-Disposition")).contains("attachment").contains("plo-letter.pdf");

        as("north.sw1").get("/children/" + child + "/documents/" + id).then().statusCode(200)
                .body("title", equalTo("Pre-proceedings letter to Ms Test"))
                .body("dated", equalTo(LocalDate.now().minusDays(1).toString()));
        as("north.sw1").get("/children/" + child + "/documents").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));

        EventEnvelope event = events.awaitEvent("casework.case-notes.document-added", child, Duration.ofSeconds(10));
        assertThat(event.data().path("documentId").asText()).isEqualTo(id);
        assertThat(event.data().path("documentType").asText()).isEqualTo("PRE_PROCEEDINGS_LETTER");
        assertThat(event.data().path("direction").asText()).isEqualTo("SENT");
        assertThat(event.data().path("dated").asText()).isEqualTo(LocalDate.now().minusDays(1).toString());
        assertThat(event.data().path("uploadTimescale").asText()).isEqualTo("pre-proceedings-letter-upload");
        assertThat(event.data().has("title")).isFalse();
    }

    @Test
    @DisplayName("Issue 12 \"Documents\": the type is told from the content: a PNG named .pdf, or declared a PDF, is "
            + "refused, as are HTML named .txt, an empty file and an unknown binary; nothing is stored")
    void typeFromTheBytes() throws IOException {
        String child = registerChild("north.sw1", "CIN");
        long blobs = storedBlobs();
        Map<String, Object> letter = metadata("LETTER", "RECEIVED");
        upload("north.sw1", child, letter, "court-letter.pdf", "application/pdf", png()).then().statusCode(422)
                .body("type", equalTo(PROBLEM + "document-content-mismatch"));
        upload("north.sw1", child, letter, "court-letter", "application/pdf", png()).then().statusCode(422)
                .body("type", equalTo(PROBLEM + "document-content-mismatch"));
        upload("north.sw1", child, letter, "notes.txt", "text/plain",
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)).then()
                .statusCode(415).body("type", equalTo(PROBLEM + "document-type-not-allowed"));
        upload("north.sw1", child, letter, "empty.pdf", "application/pdf", new byte[0]).then().statusCode(422)
                .body("type", equalTo(PROBLEM + "document-empty"));
        upload("north.sw1", child, letter, "program.bin", "application/octet-stream",
                new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0}).then().statusCode(415)
                .body("type", equalTo(PROBLEM + "document-type-not-allowed"));
        as("north.sw1").get("/children/" + child + "/documents").then().statusCode(200)
                .body("items", equalTo(List.of()));
        assertThat(storedBlobs()).isEqualTo(blobs);

        // What it is, named as what it is, is taken and stored as its content shows it.
        upload("north.sw1", child, letter, "scan.png", null, png()).then().statusCode(201)
                .body("mediaType", equalTo("image/png"));
    }

    @Test
    @DisplayName("Issue 9 (strict input): a file upload is taken only by an operation that declares one: sent to "
            + "the notes, it is refused with 415 and no note is written")
    void uploadsOnlyWhereDeclared() {
        String child = registerChild("north.sw1", "CIN");
        multipart("north.sw1", metadata("LETTER", "RECEIVED"), "letter.pdf", "application/pdf", pdf("A letter"))
                .post("/children/" + child + "/case-notes").then().statusCode(415)
                .body("type", equalTo(PROBLEM + "unsupported-media-type"));
        as("north.sw1").get("/children/" + child + "/case-notes").then().statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    @DisplayName("002 s.6: a photo of the child may be added to the record; a PDF is not a photo")
    void photoOfTheChild() {
        String child = registerChild("north.sw1", "CLA");
        upload("north.sw1", child, metadata("PHOTO", "INTERNAL"), "riley.png", "image/png", png()).then()
                .statusCode(201).body("documentType", equalTo("PHOTO")).body("mediaType", equalTo("image/png"))
                .body("uploadTimescale", nullValue());
        upload("north.sw1", child, metadata("PHOTO", "INTERNAL"), "riley.pdf", "application/pdf", pdf("not a photo"))
                .then().statusCode(422).body("type", equalTo(PROBLEM + "document-not-a-photo"));
    }

    @Test
    @DisplayName("Issue 12 \"Documents\": a file over the configured size is refused with 413 document-too-large, and "
            + "nothing is stored, in the database or the store")
    void tooLargeRefused() throws IOException {
        String child = registerChild("north.sw1", "CIN");
        long blobs = storedBlobs();
        byte[] large = pdf("x".repeat(100 * 1024));
        upload("north.sw1", child, metadata("REPORT", "RECEIVED"), "report.pdf", "application/pdf", large).then()
                .statusCode(413).body("type", equalTo(PROBLEM + "document-too-large"));
        as("north.sw1").get("/children/" + child + "/documents").then().statusCode(200)
                .body("items", equalTo(List.of()));
        assertThat(storedBlobs()).isEqualTo(blobs);
    }

    @Test
    @DisplayName("001 \"Case Record Integrity\": a new version of a court order is a new document linked both ways; "
            + "the old one stays downloadable as it was; only the newest may be superseded; both are on the child's "
            + "chain, which verifies intact")
    void newVersionLinksBothWays() {
        String child = registerChild("north.sw1", "CP");
        byte[] first = pdf("Interim care order, draft as served");
        byte[] second = pdf("Interim care order, sealed by the court");
        String v1 = upload("north.sw1", child, metadata("COURT_ORDER", "RECEIVED"), "ico.pdf", "application/pdf",
                first).then().statusCode(201).extract().path("id");
        String v2 = uploadVersion("north.sw1", child, v1, metadata("COURT_ORDER", "RECEIVED"), "ico-sealed.pdf",
                second).then().statusCode(201).body("supersedes", equalTo(v1))
                .body("uploadTimescale", equalTo("court-orders-upload")).extract().path("id");
        assertThat(v2).isNotEqualTo(v1);

        as("north.sw1").get("/children/" + child + "/documents/" + v1).then().statusCode(200)
                .body("supersededBy", equalTo(v2)).body("supersedes", nullValue());
        as("north.sw1").get("/children/" + child + "/documents/" + v2).then().statusCode(200)
                .body("supersedes", equalTo(v1)).body("supersededBy", nullValue());
        assertThat(as("north.sw1").get("/children/" + child + "/documents/" + v1 + "/content").asByteArray())
                .isEqualTo(first);
        assertThat(as("north.sw1").get("/children/" + child + "/documents/" + v2 + "/content").asByteArray())
                .isEqualTo(second);

        uploadVersion("north.sw1", child, v1, metadata("COURT_ORDER", "RECEIVED"), "ico-again.pdf",
                pdf("A third, on the old version")).then().statusCode(409)
                .body("type", equalTo(PROBLEM + "document-superseded"));
        as("north.sw1").get("/children/" + child + "/documents").then().statusCode(200)
                .body("items.id", equalTo(List.of(v2, v1)));

        JsonPath chain = as("north.pm").get("/children/" + child + "/record-chain").then().statusCode(200)
                .extract().jsonPath();
        assertThat(chain.getBoolean("intact")).isTrue();
        assertThat(documentChainPositions(child)).hasSize(2);
    }

    @Test
    @DisplayName("ACCESS-RULES: a worker of another area may not add, list, read or download a child's documents, "
            + "and each attempt is logged; a team colleague needs a purpose, and their read is logged with it")
    void accessAsForNotes() {
        String child = registerChild("north.sw1", "CIN");
        String id = upload("north.sw1", child, metadata("REPORT", "RECEIVED"), "report.pdf", "application/pdf",
                pdf("Health visitor's report")).then().statusCode(201).extract().path("id");
        String base = "/children/" + child + "/documents";

        as("east.sw1").get(base).then().statusCode(403).body("type", equalTo(PROBLEM + "access-refused"));
        as("east.sw1").get(base + "/" + id).then().statusCode(403);
        as("east.sw1").header(PURPOSE, "curious").get(base + "/" + id + "/content").then().statusCode(403);
        upload("east.sw1", child, metadata("REPORT", "RECEIVED"), "mine.pdf", "application/pdf", pdf("Not theirs"))
                .then().statusCode(403);

        as("north.sw2").get(base + "/" + id + "/content").then().statusCode(403)
                .body("type", equalTo(PROBLEM + "access-purpose-required"));
        Response withPurpose = as("north.sw2").header(PURPOSE, "duty cover").get(base + "/" + id + "/content");
        assertThat(withPurpose.statusCode()).isEqualTo(200);

        List<Map<String, Object>> log = as("north.tm").queryParam("limit", 100)
                .get("/children/" + child + "/access-log").then().statusCode(200).extract().path("items");
        assertThat(log).filteredOn(e -> "east.sw1".equals(((Map<?, ?>) e.get("accessedBy")).get("username")))
                .extracting(e -> e.get("action") + " " + e.get("outcome"))
                .contains("listDocuments REFUSED", "getDocument REFUSED", "getDocumentContent REFUSED",
                        "addDocument REFUSED");
        assertThat(log).filteredOn(e -> "north.sw2".equals(((Map<?, ?>) e.get("accessedBy")).get("username")))
                .extracting(e -> e.get("action") + " " + e.get("outcome") + " " + e.get("purpose"))
                .contains("getDocumentContent ALLOWED_WITH_PURPOSE duty cover", "getDocumentContent PURPOSE_REQUIRED null");
    }

    @Test
    @DisplayName("Issue 12 \"Documents\": a signed decision attached to the manager's note is listed with the note; a "
            + "note of another child is refused; whoever may not see the note may not see the document, and it is "
            + "not reached through another child's record")
    void attachedToANote() {
        String child = registerChild("north.sw1", "CP");
        String other = registerChild("north.sw1", "CP");
        String note = writeStatutoryVisit("north.sw1", child);
        String otherNote = writeStatutoryVisit("north.sw1", other);
        Map<String, Object> onNote = metadata("SIGNED_DECISION", "INTERNAL");
        onNote.put("noteId", note);
        String id = upload("north.sw1", child, onNote, "decision.pdf", "application/pdf", pdf("Signed decision"))
                .then().statusCode(201).body("noteId", equalTo(note)).extract().path("id");
        upload("north.sw1", child, metadata("LETTER", "SENT"), "letter.pdf", "application/pdf", pdf("A letter"))
                .then().statusCode(201);

        as("north.sw1").queryParam("noteId", note).get("/children/" + child + "/documents").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        Map<String, Object> wrongNote = metadata("SIGNED_DECISION", "INTERNAL");
        wrongNote.put("noteId", otherNote);
        upload("north.sw1", child, wrongNote, "decision.pdf", "application/pdf", pdf("Signed decision")).then()
                .statusCode(400).body("violations[0].field", equalTo("metadata.noteId"));
        as("north.sw1").queryParam("noteId", otherNote).get("/children/" + child + "/documents").then()
                .statusCode(400);

        // The note and its document are seen by the same people: not by a worker of another area.
        as("east.sw1").get("/case-notes/" + note).then().statusCode(403);
        as("east.sw1").get("/children/" + child + "/documents/" + id).then().statusCode(403);
        as("east.sw1").get("/children/" + child + "/documents/" + id + "/content").then().statusCode(403);
        // Nor through a record the caller may read, whose document it is not.
        as("north.sw1").get("/children/" + other + "/documents/" + id).then().statusCode(404);
        as("north.sw1").get("/children/" + other + "/documents/" + id + "/content").then().statusCode(404);
    }

    @Test
    @DisplayName("docs/api-conventions.md: a child's documents come a page at a time, newest first, and filter by type")
    void listPaged() {
        String child = registerChild("north.sw1", "CLA");
        String a = upload("north.sw1", child, metadata("PEP_MEETING_MINUTES", "INTERNAL"), "pep.pdf",
                "application/pdf", pdf("PEP minutes")).then().statusCode(201)
                .body("uploadTimescale", equalTo("pep-meeting-minutes")).extract().path("id");
        String b = upload("north.sw1", child, metadata("REPORT", "RECEIVED"), "school.pdf", "application/pdf",
                pdf("School report")).then().statusCode(201).extract().path("id");
        String c = upload("north.sw1", child, metadata("REPORT", "RECEIVED"), "health.txt", "text/plain",
                "Health assessment summary.".getBytes(StandardCharsets.UTF_8)).then().statusCode(201)
                .body("mediaType", equalTo("text/plain")).extract().path("id");

        JsonPath first = as("north.sw1").queryParam("limit", 2).get("/children/" + child + "/documents").then()
                .statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.id")).containsExactly(c, b);
        assertThat(first.getString("next")).isNotBlank();
        JsonPath second = as("north.sw1").queryParam("limit", 2).queryParam("after", first.getString("next"))
                .get("/children/" + child + "/documents").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.id")).containsExactly(a);
        assertThat(second.getString("next")).isNull();

        as("north.sw1").queryParam("documentType", "REPORT").get("/children/" + child + "/documents").then()
                .statusCode(200).body("items.id", equalTo(List.of(c, b)));
        as("north.sw1").queryParam("documentType", "NOT_A_TYPE").get("/children/" + child + "/documents").then()
                .statusCode(400);
    }

    @Test
    @DisplayName("001 \"Case Record Integrity\": the service's runtime role cannot change or delete a document's row")
    void runtimeRoleCannotChangeDocuments() throws SQLException {
        String child = registerChild("north.sw1", "CIN");
        String id = upload("north.sw1", child, metadata("LETTER", "RECEIVED"), "letter.pdf", "application/pdf",
                pdf("A letter from school")).then().statusCode(201).extract().path("id");
        Config config = ConfigProvider.getConfig();
        try (Connection runtime = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url",
                String.class), config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            for (String sql : List.of("update document set title = 'Rewritten' where id = '" + id + "'",
                    "delete from document where id = '" + id + "'",
                    "update document set sha256 = repeat('0', 64) where id = '" + id + "'")) {
                assertThatThrownBy(() -> {
                    try (Statement statement = runtime.createStatement()) {
                        statement.execute(sql);
                    }
                }).as(sql).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
        }
        as("north.sw1").get("/children/" + child + "/documents/" + id).then().statusCode(200)
                .body("title", equalTo("Pre-proceedings letter to Ms Test"));
    }

    @Test
    @DisplayName("Issue 12 \"Documents\": content changed in the store after it was added is never delivered as the "
            + "document: the download stops short of its Content-Length")
    void changedContentIsNotDelivered() throws IOException {
        String child = registerChild("north.sw1", "CIN");
        byte[] original = pdf("Original letter " + System.nanoTime());
        String sha = upload("north.sw1", child, metadata("LETTER", "RECEIVED"), "letter.pdf", "application/pdf",
                original).then().statusCode(201).extract().path("sha256");
        String id = as("north.sw1").get("/children/" + child + "/documents").then().extract().path("items[0].id");
        Path blob = documentsDirectory().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        byte[] tampered = original.clone();
        tampered[tampered.length - 10] ^= 0x01;
        Files.write(blob, tampered);

        // Asked with a plain HTTP client, which reports what arrived: an error, a failed answer, or less than the
        // whole; never every byte of the changed content as the document.
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                        + "/" + io.restassured.RestAssured.basePath.replaceAll("^/|/$", "") + "/children/" + child + "/documents/" + id
                        + "/content"))
                .header("Authorization", KeycloakTokens.bearer("north.sw1")).GET().build();
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode() != 200 || response.body().length < tampered.length)
                    .as("the changed content was delivered whole, as the document").isTrue();
            assertThat(response.body()).isNotEqualTo(tampered);
        } catch (IOException cutShort) {
            // The connection ended before Content-Length: what the service does for content over one block.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // The record itself still says what was added.
        as("north.sw1").get("/children/" + child + "/documents/" + id).then().statusCode(200)
                .body("sha256", equalTo(sha));
    }

    // --- helpers ---

    static Response upload(String user, String child, Map<String, Object> metadata, String fileName,
            String contentType, byte[] content) {
        return multipart(user, metadata, fileName, contentType, content).post("/children/" + child + "/documents");
    }

    static Response uploadVersion(String user, String child, String document, Map<String, Object> metadata,
            String fileName, byte[] content) {
        return multipart(user, metadata, fileName, "application/pdf", content)
                .post("/children/" + child + "/documents/" + document + "/versions");
    }

    private static RequestSpecification multipart(String user, Map<String, Object> metadata, String fileName,
            String contentType, byte[] content) {
        DemoOrganisation.ensure();
        RequestSpecification request = given().header("Authorization", KeycloakTokens.bearer(user))
                .multiPart("metadata", json(metadata), "application/json");
        return contentType == null ? request.multiPart("file", fileName, content)
                : request.multiPart("file", fileName, content, contentType);
    }

    static Map<String, Object> metadata(String type, String direction) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("documentType", type);
        metadata.put("title", "Pre-proceedings letter to Ms Test");
        metadata.put("direction", direction);
        metadata.put("dated", LocalDate.now().minusDays(1).toString());
        return metadata;
    }

    private static String json(Map<String, Object> metadata) {
        StringBuilder json = new StringBuilder("{");
        metadata.forEach((key, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(key)
                .append("\":\"").append(value).append('"'));
        return json.append('}').toString();
    }

    /** A small, well-formed PDF whose one page says {@code text}. */
    static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
                + "% " + text + "\ntrailer <</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A one-pixel PNG. */
    static byte[] png() {
        return HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                + "0000000d49444154789c6360f8cfc0f01f0005000201a5c3e3a70000000049454e44ae426082");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path documentsDirectory() {
        return ConfigProvider.getConfig().getValue("casework.documents.filesystem.directory", Path.class);
    }

    /** How many files the store holds, its temporary ones included. */
    private static long storedBlobs() throws IOException {
        Path root = documentsDirectory();
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static List<Long> documentChainPositions(String child) {
        try (Connection owner = io.casework.testing.DatabaseOwner.connect();
                Statement statement = owner.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("select chain_position from document where "
                        + "child_id = '" + child + "' order by chain_position")) {
            List<Long> positions = new java.util.ArrayList<>();
            while (rows.next()) {
                positions.add(rows.getLong(1));
            }
            return positions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
