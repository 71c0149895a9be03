package io.casework.casenotes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.note;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Subject access requests (issue 12; 002 s.8, s.9; UK GDPR Art. 12(3), 15) through the API with real tokens: the
 * request and its due date, the manager's review of third-party and withheld information, and the export as JSON and
 * as a PDF read back, less what was withheld.
 */
@QuarkusTest
class SubjectAccessTest {

    private static final String ORIGINATOR = "Ms Ahmed, designated safeguarding lead at Riley's school";
    private static final String THIRD_PARTY_TEXT = "Riley told the school that Mr B shouted at him last night.";
    private static final String FIRST_HAND_TEXT = "Riley was smiling and showed me his football medal.";
    private static final String WITHHELD_TEXT = "The refuge address is 4 Hidden Lane";
    private static final String NARRATIVE = "Visited Riley at home after school; we talked about football.";

    private String child;
    private String statementNote;
    private String withheldNote;

    /** A child with two final notes: one with a first-hand and a third-party statement, one with a withheld entry. */
    @BeforeEach
    void record() {
        child = registerChild("north.sw1", "CP");
        statementNote = finalised(note("CASE_NOTE", "narrative", NARRATIVE, "statements", List.of(
                Map.of("text", FIRST_HAND_TEXT, "kind", "FACT", "source", "FIRST_HAND"),
                Map.of("text", THIRD_PARTY_TEXT, "kind", "FACT", "source", "THIRD_PARTY",
                        "sourceName", ORIGINATOR))));
        withheldNote = finalised(note("CASE_NOTE", "narrative", "Ms A has moved with Riley to a refuge.",
                "withheld", List.of(Map.of("what", WITHHELD_TEXT, "withheldFrom", "FAMILY", "reason",
                        "THIRD_PARTY", "explanation", "Ms A asked that her address is not shared with Mr B"))));
    }

    private String finalised(Map<String, Object> note) {
        String id = write("north.sw1", child, note);
        as("north.sw1").post("/case-notes/" + id + "/finalise").then().statusCode(200);
        return id;
    }

    private String requests() {
        return "/children/" + child + "/subject-access-requests";
    }

    private String request(LocalDate receivedOn) {
        return as("north.sw1").body(Map.of("requesterName", "Sarah Example", "relationship",
                        "PARENT_WITH_PARENTAL_RESPONSIBILITY", "receivedOn", receivedOn.toString(),
                        "identityChecked", "Passport seen at the front desk"))
                .post(requests()).then().statusCode(201).extract().path("id");
    }

    private String etag(String request) {
        return as("north.tm").get(requests() + "/" + request).then().statusCode(200).extract().header("ETag");
    }

    private List<Map<String, Object>> items(String request) {
        return as("north.tm").get(requests() + "/" + request + "/review-items").then().statusCode(200).extract()
                .path("items");
    }

    private void decide(String request, String item, Map<String, Object> decision, int status) {
        as("north.tm").body(decision).put(requests() + "/" + request + "/decisions/" + item).then()
                .statusCode(status);
    }

    private void complete(String request) {
        as("north.tm").header("If-Match", etag(request)).post(requests() + "/" + request + "/review-completion")
                .then().statusCode(200).body("state", equalTo("REVIEWED"));
    }

    private List<Map<String, Object>> accessLog() {
        return as("north.tm").queryParam("limit", 100).get("/children/" + child + "/access-log").then()
                .statusCode(200).extract().path("items");
    }

    @Test
    @DisplayName("002 s.9, UK GDPR Art. 12(3): a request received on 31 January 2026 is recorded, in review, due on "
            + "Monday 2 March (28 February is a Saturday); listed and read back")
    void recordedWithItsDueDate() {
        String request = request(LocalDate.of(2026, 1, 31));
        as("north.sw1").get(requests() + "/" + request).then().statusCode(200)
                .body("dueOn", equalTo("2026-03-02")).body("state", equalTo("IN_REVIEW"))
                .body("relationship", equalTo("PARENT_WITH_PARENTAL_RESPONSIBILITY"))
                .body("identityChecked", equalTo("Passport seen at the front desk"))
                .body("extendedDueOn", nullValue()).body("undecidedThirdParty", equalTo(1));
        as("north.sw1").get(requests()).then().statusCode(200).body("items.id", contains(request));
    }

    @Test
    @DisplayName("002 s.9: bad input is a problem and records nothing: a request received tomorrow, one with no "
            + "requester, a decision with no reason")
    void badInput() {
        as("north.sw1").body(Map.of("requesterName", "Sarah Example", "relationship", "CHILD",
                        "receivedOn", LocalDate.now().plusDays(1).toString(), "identityChecked", "Seen"))
                .post(requests()).then().statusCode(400).body("violations.field", hasItem("receivedOn"));
        as("north.sw1").body(Map.of("relationship", "CHILD", "receivedOn", LocalDate.now().toString(),
                "identityChecked", "Seen")).post(requests()).then().statusCode(400)
                .body("violations.field", hasItem("requesterName"));
        as("north.sw1").get(requests()).then().statusCode(200).body("items", empty());

        String request = request(LocalDate.now());
        decide(request, statementNote + ".s1", Map.of("decision", "WITHHOLD", "category", "THIRD_PARTY_OBJECTION"),
                400);
        decide(request, statementNote + ".s1", Map.of("decision", "WITHHOLD", "reason", "No category given"), 400);
        assertThat(items(request)).allSatisfy(item -> assertThat(item.get("decision")).isNull());
    }

    @Test
    @DisplayName("002 s.8: the review lists the third-party statement naming its originator to consult, and the "
            + "withheld entry with its recorded reason; not the first-hand statement")
    void reviewItems() {
        String request = request(LocalDate.now());
        List<Map<String, Object>> items = items(request);
        assertThat(items).extracting(item -> item.get("itemRef"))
                .containsExactly(statementNote + ".s1", withheldNote + ".w0");
        assertThat(items.get(0)).containsEntry("kind", "THIRD_PARTY_STATEMENT")
                .containsEntry("originator", ORIGINATOR).containsEntry("text", THIRD_PARTY_TEXT)
                .containsEntry("consulted", false);
        assertThat(items.get(1)).containsEntry("kind", "WITHHELD_INFORMATION")
                .containsEntry("recordedReason", "THIRD_PARTY")
                .containsEntry("withheldUnlessDecided", "THIRD_PARTY_OBJECTION");
        // One item a page: the cursor walks them in the record's order.
        String next = as("north.tm").queryParam("limit", 1).get(requests() + "/" + request + "/review-items")
                .then().statusCode(200).body("items.itemRef", contains(statementNote + ".s1")).extract()
                .path("next");
        as("north.tm").queryParam("limit", 1).queryParam("after", next)
                .get(requests() + "/" + request + "/review-items").then().statusCode(200)
                .body("items.itemRef", contains(withheldNote + ".w0"));
    }

    @Test
    @DisplayName("002 s.8: third-party information is not disclosed before its originator is consulted (409); once "
            + "the consultation and their views are recorded it may be; a social worker decides nothing (403)")
    void consultBeforeDisclosing() {
        String request = request(LocalDate.now());
        String item = statementNote + ".s1";
        as("north.tm").body(Map.of("decision", "DISCLOSE", "reason", "Riley's mother should know"))
                .put(requests() + "/" + request + "/decisions/" + item).then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:originator-not-consulted"));
        as("north.sw1").body(Map.of("decision", "DISCLOSE", "reason", "Riley's mother should know"))
                .put(requests() + "/" + request + "/decisions/" + item).then().statusCode(403);
        as("north.tm").body(Map.of("originator", ORIGINATOR.toUpperCase(), "askedOn", LocalDate.now().toString(),
                        "views", "Content for it to be shared")).post(requests() + "/" + request + "/consultations")
                .then().statusCode(201).body("views", equalTo("Content for it to be shared"));
        decide(request, item, Map.of("decision", "DISCLOSE", "reason", "The school agreed"), 200);
        assertThat(items(request).get(0)).containsEntry("consulted", true);
        as("north.tm").get(requests() + "/" + request).then().body("consultations[0].originator",
                equalTo(ORIGINATOR.toUpperCase())).body("undecidedThirdParty", equalTo(0));
    }

    @Test
    @DisplayName("002 s.8, s.9: the export is refused before the review is complete, and the review while a "
            + "third-party item is undecided; then JSON and PDF leave out the withheld text, count it by category, "
            + "and hold the rest")
    void exportLeavesOutWhatIsWithheld() throws IOException {
        String request = request(LocalDate.now());
        as("north.sw1").get(requests() + "/" + request + "/export").then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:review-not-complete"));
        as("north.tm").header("If-Match", etag(request)).post(requests() + "/" + request + "/review-completion")
                .then().statusCode(409).body("type", equalTo("urn:casework:problem:review-incomplete"));
        decide(request, statementNote + ".s1", Map.of("decision", "WITHHOLD", "category", "THIRD_PARTY_OBJECTION",
                "reason", "The school asked that its report is not shared with Mr B"), 200);
        complete(request);
        decide(request, statementNote + ".s1", Map.of("decision", "DISCLOSE", "reason", "Changed my mind",
                "noConsultationReason", "None"), 409);

        JsonPath json = as("north.sw1").get(requests() + "/" + request + "/export").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertThat(json.prettify()).doesNotContain(THIRD_PARTY_TEXT).doesNotContain(WITHHELD_TEXT)
                .contains(FIRST_HAND_TEXT, NARRATIVE, "Ms A has moved with Riley to a refuge.");
        assertThat(json.getInt("withheldCount")).isEqualTo(2);
        assertThat(json.getList("withheld.category")).containsExactly("THIRD_PARTY_OBJECTION");
        assertThat(json.getList("withheld.count")).containsExactly(2);
        assertThat(json.getList("notes.noteId")).containsExactly(statementNote, withheldNote);
        assertThat(json.getString("child.id")).isEqualTo(child);
        assertThat(json.getList("recordHistory.kind")).contains("OPENED")
                .doesNotContain("SUBJECT_ACCESS_DECIDED");

        byte[] bytes = as("north.sw1").accept("application/pdf").get(requests() + "/" + request + "/export").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        String familyName = as("north.sw1").get("/children/" + child).then().extract().path("familyName");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("The records we hold about Riley " + familyName, "What is not included",
                    "Information about another person, who has asked that it is not shared: 2 pieces of "
                            + "information", FIRST_HAND_TEXT, NARRATIVE, "Sarah Example")
                    .doesNotContain(THIRD_PARTY_TEXT).doesNotContain(WITHHELD_TEXT);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).contains(familyName, "born 02/04/2016",
                        "Page " + page + " of " + pdf.getNumberOfPages());
            }
        }
    }

    @Test
    @DisplayName("002 s.5, s.9: producing the export is logged with who, why (the request) and when; someone "
            + "without record.read is refused and logged")
    void exportIsLogged() {
        String request = request(LocalDate.now());
        decide(request, statementNote, Map.of("decision", "WITHHOLD", "category", "SERIOUS_HARM",
                "reason", "The whole note would put Ms A at risk"), 200);
        complete(request);
        as("north.sw1").accept("application/pdf").get(requests() + "/" + request + "/export").then()
                .statusCode(200);
        as("south.sw1").get(requests() + "/" + request + "/export").then().statusCode(403)
                .body("type", equalTo("urn:casework:problem:access-refused"));
        assertThat(accessLog()).filteredOn(e -> "exportSubjectAccess".equals(e.get("action"))).anySatisfy(e -> {
            assertThat(e.get("outcome")).isEqualTo("ALLOWED");
            assertThat(e.get("purpose")).isEqualTo("Subject access request " + request);
            assertThat(e.get("accessedAt")).isNotNull();
            assertThat(((Map<?, ?>) e.get("accessedBy")).get("username")).isEqualTo("north.sw1");
        }).anySatisfy(e -> {
            assertThat(e.get("outcome")).isEqualTo("REFUSED");
            assertThat(((Map<?, ?>) e.get("accessedBy")).get("username")).isEqualTo("south.sw1");
        });
        // A note withheld whole is not in the export, and counts once.
        JsonPath json = as("north.sw1").get(requests() + "/" + request + "/export").then().statusCode(200)
                .extract().jsonPath();
        assertThat(json.getList("notes.noteId")).containsExactly(withheldNote);
        assertThat(json.getList("withheld.category")).containsExactly("SERIOUS_HARM", "THIRD_PARTY_OBJECTION");
        assertThat(json.prettify()).doesNotContain(NARRATIVE).doesNotContain(FIRST_HAND_TEXT);
    }

    /** A document added to the child's record by the social worker, dated yesterday; its id. */
    private String document(String type, String direction, String title) {
        Map<String, Object> metadata = DocumentsTest.metadata(type, direction);
        metadata.put("title", title);
        return DocumentsTest.upload("north.sw1", child, metadata, "document.pdf", "application/pdf",
                DocumentsTest.pdf(title)).then().statusCode(201).extract().path("id");
    }

    /** Every review item's reference, walking the pages one item at a time. */
    private List<String> itemRefsPageByPage(String request) {
        List<String> refs = new ArrayList<>();
        String next = null;
        do {
            var call = as("north.tm").queryParam("limit", 1);
            if (next != null) {
                call = call.queryParam("after", next);
            }
            JsonPath page = call.get(requests() + "/" + request + "/review-items").then().statusCode(200).extract()
                    .jsonPath();
            refs.addAll(page.getList("items.itemRef"));
            next = page.getString("next");
        } while (next != null);
        return refs;
    }

    @Test
    @DisplayName("002 s.8: a document received from outside is third-party information: a review item, shown as "
            + "come from outside, that blocks completion until decided and is not disclosed before its sender is "
            + "consulted (409) or it is said why not; a document sent is an item that needs no decision")
    void receivedDocumentIsThirdPartyInformation() {
        String sent = document("LETTER", "SENT", "Letter to Ms A about the plan");
        String received = document("REPORT", "RECEIVED", "Police report on the incident of 3 October");
        String request = request(LocalDate.now());

        List<Map<String, Object>> items = items(request);
        Map<String, Object> receivedItem = items.stream().filter(i -> (received + ".d").equals(i.get("itemRef")))
                .findFirst().orElseThrow();
        assertThat(receivedItem).containsEntry("kind", "DOCUMENT").containsEntry("thirdParty", true)
                .containsEntry("noteTitle", "Police report on the incident of 3 October")
                .containsEntry("eventDate", LocalDate.now().minusDays(1).toString());
        assertThat(receivedItem.get("document")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("direction", "RECEIVED").containsEntry("documentType", "REPORT")
                .extractingByKey("addedBy").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("username", "north.sw1");
        assertThat(items).filteredOn(i -> (sent + ".d").equals(i.get("itemRef"))).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("thirdParty", false));
        assertThat(itemRefsPageByPage(request)).isEqualTo(items.stream().map(i -> i.get("itemRef")).toList())
                .hasSize(4);

        decide(request, statementNote + ".s1", Map.of("decision", "WITHHOLD", "category", "THIRD_PARTY_OBJECTION",
                "reason", "The school asked that its report is not shared with Mr B"), 200);
        as("north.tm").get(requests() + "/" + request).then().body("undecidedThirdParty", equalTo(1));
        as("north.tm").header("If-Match", etag(request)).post(requests() + "/" + request + "/review-completion")
                .then().statusCode(409).body("type", equalTo("urn:casework:problem:review-incomplete"));

        as("north.tm").body(Map.of("decision", "DISCLOSE", "reason", "Riley's mother should see it"))
                .put(requests() + "/" + request + "/decisions/" + received + ".d").then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:originator-not-consulted"));
        as("north.tm").body(Map.of("decision", "DISCLOSE", "reason", "Riley's mother should see it",
                        "consultationId", UUID.randomUUID().toString()))
                .put(requests() + "/" + request + "/decisions/" + received + ".d").then().statusCode(400)
                .body("violations.field", hasItem("consultationId"));
        as("north.tm").get(requests() + "/" + request).then().body("undecidedThirdParty", equalTo(1));
        as("north.tm").body(Map.of("decision", "DISCLOSE", "reason", "Riley's mother should see it"))
                .put(requests() + "/" + request + "/decisions/" + UUID.randomUUID() + ".d").then()
                .statusCode(404);

        String consultation = as("north.tm").body(Map.of("originator", "PC Jones, North Police",
                        "askedOn", LocalDate.now().toString(), "views", "No objection"))
                .post(requests() + "/" + request + "/consultations").then().statusCode(201).extract().path("id");
        decide(request, received + ".d", Map.of("decision", "DISCLOSE", "reason", "The police agreed",
                "consultationId", consultation), 200);
        complete(request);
    }

    @Test
    @DisplayName("002 s.8, s.9, UK GDPR Art. 15: the export lists every document held, superseded versions too, "
            + "each with its copy enclosed; a document withheld is counted by its category and named in neither the "
            + "JSON nor the PDF")
    void exportListsDocumentsLessThoseWithheld() throws IOException {
        String first = document("LETTER", "SENT", "Letter to Ms A about the plan");
        Map<String, Object> metadata = DocumentsTest.metadata("LETTER", "SENT");
        metadata.put("title", "Letter to Ms A about the plan, corrected");
        String second = DocumentsTest.uploadVersion("north.sw1", child, first, metadata, "letter-2.pdf",
                DocumentsTest.pdf("corrected")).then().statusCode(201).extract().path("id");
        String withheldTitle = "Assessment of Mr B by Dr Zed";
        String assessment = document("EXPERT_ASSESSMENT", "RECEIVED", withheldTitle);
        String request = request(LocalDate.now());
        assertThat(items(request)).extracting(i -> i.get("itemRef"))
                .contains(first + ".d", second + ".d", assessment + ".d");

        decide(request, statementNote + ".s1", Map.of("decision", "WITHHOLD", "category", "THIRD_PARTY_OBJECTION",
                "reason", "The school asked that its report is not shared with Mr B"), 200);
        decide(request, assessment + ".d", Map.of("decision", "WITHHOLD", "category", "GIVEN_IN_CONFIDENCE",
                "reason", "Dr Zed wrote it for the court; Mr B's health is in it"), 200);
        complete(request);

        String sha256 = as("north.sw1").get("/children/" + child + "/documents/" + second).then().statusCode(200)
                .extract().path("sha256");
        JsonPath json = as("north.sw1").get(requests() + "/" + request + "/export").then().statusCode(200)
                .extract().jsonPath();
        assertThat(json.prettify()).doesNotContain(withheldTitle).doesNotContain(assessment);
        assertThat(json.getList("documents.documentId")).containsExactly(first, second);
        assertThat(json.getList("documents.copyEnclosed")).containsExactly(true, true);
        assertThat(json.getString("documents[1].supersedes")).isEqualTo(first);
        assertThat(json.getString("documents[1].sha256")).isEqualTo(sha256);
        assertThat(json.getString("documents[1].title")).isEqualTo("Letter to Ms A about the plan, corrected");
        assertThat(json.getString("documents[0].direction")).isEqualTo("SENT");
        assertThat(json.getInt("withheldCount")).isEqualTo(3);
        assertThat(json.getList("withheld.category")).containsExactly("GIVEN_IN_CONFIDENCE",
                "THIRD_PARTY_OBJECTION");
        assertThat(json.getList("withheld.count")).containsExactly(1, 2);
        assertThat(json.getString("notIncluded")).doesNotContain("not in this copy");

        byte[] bytes = as("north.sw1").accept("application/pdf").get(requests() + "/" + request + "/export").then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Letters, reports and photographs", "Letter to Ms A about the plan",
                    "Letter to Ms A about the plan, corrected", "A letter, sent by children's services",
                    "A copy is enclosed", "newer version of an earlier one")
                    .doesNotContain(withheldTitle).doesNotContain("An assessment by an expert");
        }
    }

    @Test
    @DisplayName("UK GDPR Art. 12(3): a complex request is extended by two further months once, with the reason, "
            + "within the first month; not again, and not after the first month")
    void extension() {
        LocalDate received = LocalDate.now().minusDays(3);
        String request = request(received);
        as("north.sw1").header("If-Match", etag(request)).body(Map.of("reason", "Eleven years of records"))
                .post(requests() + "/" + request + "/extension").then().statusCode(403);
        as("north.tm").body(Map.of("reason", "Eleven years of records"))
                .post(requests() + "/" + request + "/extension").then().statusCode(428);
        as("north.tm").header("If-Match", etag(request)).body(Map.of())
                .post(requests() + "/" + request + "/extension").then().statusCode(400);
        String extended = as("north.tm").header("If-Match", etag(request))
                .body(Map.of("reason", "Eleven years of records")).post(requests() + "/" + request + "/extension")
                .then().statusCode(200).body("extensionReason", equalTo("Eleven years of records"))
                .extract().path("extendedDueOn");
        // Three months from receipt, moved on to a working day (the exact days are SubjectAccessPeriodTest's).
        LocalDate due = LocalDate.parse(extended);
        assertThat(due).isBetween(received.plusMonths(3), received.plusMonths(3).plusDays(5));
        assertThat(due.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
        as("north.tm").header("If-Match", etag(request)).body(Map.of("reason", "Again"))
                .post(requests() + "/" + request + "/extension").then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:extension-not-allowed"));

        String late = request(LocalDate.now().minusMonths(2));
        as("north.tm").header("If-Match", etag(late)).body(Map.of("reason", "Too late"))
                .post(requests() + "/" + late + "/extension").then().statusCode(409)
                .body("type", equalTo("urn:casework:problem:extension-not-allowed"));
    }
}
