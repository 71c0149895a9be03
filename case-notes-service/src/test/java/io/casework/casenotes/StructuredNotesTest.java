package io.casework.casenotes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.note;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.registerUnborn;
import static io.casework.casenotes.CaseNotesApi.statutoryVisit;
import static io.casework.casenotes.CaseNotesApi.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Notes of the seeds' types with their structured sections instead of colours and fonts (DOMAIN.md rules 2, 3, 5,
 * 7, 8, 13), refused with a problem naming each field and the seed when a type's rule is broken.
 */
@QuarkusTest
class StructuredNotesTest {

    private static final Map<String, Object> SHARED = Map.of("what", "The outcome of the strategy discussion",
            "sharedOn", LocalDate.now().toString(), "withWhom", Map.of("name", "DC Tom Price",
                    "jobTitle", "Detective Constable", "organisation", "Police", "contact", "0161 555 0100"),
            "why", "To plan the joint S47 enquiry", "consent", "NOT_SOUGHT",
            "reasonWithoutConsent", "Seeking consent would put the child at risk", "decidedBy", "north.pm");

    private static String submit(String user, String note, int status) {
        return as(user).post("/case-notes/" + note + "/submit").then().statusCode(status).extract().asString();
    }

    @Nested
    @DisplayName("what a note carries")
    class Carries {

        @Test
        @DisplayName("001, 002 s.5, 003 s.4: the event's date and time, when it was recorded, and the author's name, "
                + "designation and team as the organisation model has them; each section held apart and kept in "
                + "the version")
        void sectionsAndAttribution() {
            String child = registerChild("north.sw1", "CP");
            Map<String, Object> visit = new HashMap<>(statutoryVisit());
            visit.put("eventTime", "00:00:01");
            visit.put("statements", List.of(Map.of("text", "Attendance this term is 94%", "kind", "FACT",
                    "source", "THIRD_PARTY", "sourceName", "Ms Ahmed, school safeguarding lead")));
            visit.put("interpreter", Map.of("name", "Amira Haddad", "language", "Arabic", "source", "CONTRACTED"));
            visit.put("withheld", List.of(Map.of("what", "The refuge address", "withheldFrom", "FAMILY",
                    "reason", "THIRD_PARTY", "explanation", "The victim asked that it is not shared with Mr B")));
            String note = write("north.sw1", child, visit);

            JsonPath read = as("north.sw1").get("/case-notes/" + note).then().statusCode(200).extract().jsonPath();
            assertThat(read.getString("eventTime")).isEqualTo("00:00:01");
            assertThat(read.getString("writtenAt")).isNotNull();
            assertThat(read.getMap("author")).containsEntry("username", "north.sw1")
                    .containsEntry("designation", "Social Worker").containsEntry("team", "north");
            assertThat(read.getString("author.fullName")).isNotBlank();
            assertThat(read.getString("visit.statutoryVisit")).isEqualTo("CP");
            assertThat(read.getString("parentsAndCarers[0].relationship")).isEqualTo("Mother");
            assertThat(read.getString("statements[0].sourceName")).isEqualTo("Ms Ahmed, school safeguarding lead");
            assertThat(read.getString("interpreter.source")).isEqualTo("CONTRACTED");
            assertThat(read.getString("withheld[0].reason")).isEqualTo("THIRD_PARTY");
            assertThat(read.getBoolean("managementEntry")).isFalse();
            as("north.sw1").get("/case-notes/" + note + "/versions").then().statusCode(200)
                    .body("items[0].statements[0].kind", equalTo("FACT"))
                    .body("items[0].interpreter.name", equalTo("Amira Haddad"));
            // The sections are sealed with the version: the chain still verifies.
            as("north.pm").get("/children/" + child + "/record-chain").then().statusCode(200)
                    .body("intact", equalTo(true));
        }

        @Test
        @DisplayName("001, 002 s.6: information sharing keeps who decided as the organisation model names them")
        void informationSharing() {
            String child = registerChild("north.sw1", "CP");
            String note = write("north.sw1", child, note("INFORMATION_SHARING", "informationSharing", List.of(SHARED)));
            as("north.sw1").get("/case-notes/" + note).then().statusCode(200)
                    .body("informationSharing[0].decidedBy.username", equalTo("north.pm"))
                    .body("informationSharing[0].decidedBy.designation", equalTo("Practice Manager"))
                    .body("informationSharing[0].withWhom.jobTitle", equalTo("Detective Constable"));
            as("north.sw1").post("/case-notes/" + note + "/finalise").then().statusCode(200);
            Map<String, Object> stranger = new HashMap<>(SHARED);
            stranger.put("decidedBy", "nobody.here");
            as("north.sw1").body(note("INFORMATION_SHARING", "informationSharing", List.of(stranger)))
                    .post("/children/" + child + "/case-notes").then().statusCode(400)
                    .body("violations.field", hasItem("informationSharing[0].decidedBy"));
        }

        @Test
        @DisplayName("004: a care leaver's KIT records in touch, main activity and accommodation, and says whether it "
                + "counts for SSDA903 from the date of birth")
        void keepInTouch() {
            String child = as("south.sw1").body(Map.of("givenName", "Kai", "familyName", "Test",
                    "dateOfBirth", LocalDate.now().minusYears(18).plusMonths(1).toString(), "planType", "CARE_LEAVER",
                    "planStartDate", LocalDate.now().minusDays(30).toString())).post("/children").then()
                    .statusCode(201).extract().path("id");
            String kit = write("south.sw1", child, note("CARE_LEAVER_KIT", "keepInTouch", Map.of("inTouch", true,
                    "mainActivity", "TRAINING", "accommodation", "Supported lodgings")));
            as("south.sw1").get("/case-notes/" + kit).then().statusCode(200)
                    .body("keepInTouch.mainActivity", equalTo("TRAINING"))
                    .body("ssda903.counts", equalTo(true)).body("ssda903.birthday", equalTo(18));
            as("south.sw1").post("/case-notes/" + kit + "/finalise").then().statusCode(200);
        }
    }

    @Nested
    @DisplayName("refused with a problem naming the field and the seed")
    class Refused {

        @Test
        @DisplayName("003 s.5b: a statutory visit where the child was not seen is refused as a statutory visit")
        void notSeenIsNoStatutoryVisit() {
            String child = registerChild("north.sw1", "CP");
            Map<String, Object> visit = new HashMap<>(statutoryVisit());
            visit.put("visit", Map.of("statutoryVisit", "CP", "venue", "Family home", "purpose", "CP visit",
                    "childSeen", false, "childNotSeenReason", "At his grandmother's"));
            String note = write("north.sw1", child, visit);
            assertThat(submit("north.sw1", note, 400)).contains("003 s.5b").contains("noteType");
        }

        @Test
        @DisplayName("002 s.6: \"seen\" and \"seen alone\" are refused for an unborn child")
        void unbornIsNotSeen() {
            String baby = registerUnborn("north.sw1");
            Map<String, Object> visit = note("VISIT", "visit", Map.of("venue", "Family home",
                    "purpose", "Pre-birth visit", "childSeen", true, "seenAlone", false));
            String note = write("north.sw1", baby, visit);
            as("north.sw1").post("/case-notes/" + note + "/finalise").then().statusCode(400)
                    .body("violations.field", containsInAnyOrder("visit.childSeen", "visit.seenAlone"))
                    .body("violations.message", hasItem(org.hamcrest.Matchers.containsString("002 s.6")));
            Map<String, Object> pregnancy = note("VISIT", "visit", Map.of("venue", "Family home",
                    "purpose", "Pre-birth visit", "analysis", "The pregnancy is progressing well"));
            as("north.sw1").post("/case-notes/" + write("north.sw1", baby, pregnancy) + "/finalise").then()
                    .statusCode(200);
        }

        @Test
        @DisplayName("003 s.5b: a CP or CLA statutory visit says whether the bedroom was seen, and which statutory "
                + "visit it is")
        void bedroomAndKind() {
            String child = registerChild("north.sw1", "CLA");
            String note = write("north.sw1", child, note("STATUTORY_VISIT", "visit", Map.of("venue", "Foster home",
                    "purpose", "CLA visit", "childSeen", true, "seenAlone", true)));
            as("north.sw1").post("/case-notes/" + note + "/submit").then().statusCode(400)
                    .body("violations.field", containsInAnyOrder("visit.bedroomSeen", "visit.statutoryVisit"));
        }

        @Test
        @DisplayName("the sections a type needs: a contact's method (001), a significant event's impact (003 s.6), a "
                + "third party's source (002 s.6), a reason for sharing without consent (001 \"Consent\")")
        void sectionsTheTypeNeeds() {
            String child = registerChild("north.sw1", "CIN");
            String contact = write("north.sw1", child, note("CONTACT", "statements", List.of(Map.of("text",
                    "Mother says the school called", "kind", "FACT", "source", "THIRD_PARTY"))));
            as("north.sw1").post("/case-notes/" + contact + "/finalise").then().statusCode(400)
                    .body("violations.field", containsInAnyOrder("contact", "statements[0].sourceName"));
            String event = write("north.sw1", child, note("SIGNIFICANT_EVENT"));
            as("north.sw1").post("/case-notes/" + event + "/finalise").then().statusCode(400)
                    .body("violations.field", contains("significantEvent"));
            Map<String, Object> noReason = new HashMap<>(SHARED);
            noReason.remove("reasonWithoutConsent");
            String sharing = write("north.sw1", child, note("INFORMATION_SHARING", "informationSharing",
                    List.of(noReason)));
            as("north.sw1").post("/case-notes/" + sharing + "/finalise").then().statusCode(400)
                    .body("violations.field", contains("informationSharing[0].reasonWithoutConsent"));
            as("north.sw1").get("/case-notes/" + sharing).then().body("status", equalTo("DRAFT"));
        }

        @Test
        @DisplayName("a section the type never carries is refused at once; amendments and disputes only through their "
                + "own operations; every note says when in the day it happened")
        void straysAndOwnOperations() {
            String child = registerChild("north.sw1", "CIN");
            as("north.sw1").body(note("CASE_NOTE", "contact", Map.of("method", "LETTER", "withWhom", "School")))
                    .post("/children/" + child + "/case-notes").then().statusCode(400)
                    .body("violations.field", contains("contact"));
            as("north.sw1").body(note("AMENDMENT")).post("/children/" + child + "/case-notes").then()
                    .statusCode(400).body("violations.field", contains("noteType"));
            as("north.sw1").body(note("DISPUTE")).post("/children/" + child + "/case-notes").then()
                    .statusCode(400).body("violations.field", contains("noteType"));
            as("north.sw1").body(note("CASE_NOTE", "eventTime", null)).post("/children/" + child + "/case-notes")
                    .then().statusCode(400).body("violations.field", hasItem("eventTime"));
        }
    }

    @Nested
    @DisplayName("who writes management entries and supervision")
    class Authors {

        @Test
        @DisplayName("001, 002 s.5: a management decision is written by a manager (record.manage), is a management "
                + "entry in every listing, and a social worker may not write one")
        void managementDecision() {
            String child = registerChild("north.sw1", "CP");
            as("north.sw1").body(note("MANAGEMENT_DECISION")).post("/children/" + child + "/case-notes").then()
                    .statusCode(403).body("type", equalTo("urn:casework:problem:access-refused"));
            as("north.sp").body(note("AUDIT")).post("/children/" + child + "/case-notes").then()
                    .statusCode(403);
            String decision = write("north.pm", child, note("MANAGEMENT_DECISION"));
            as("north.pm").post("/case-notes/" + decision + "/finalise").then().statusCode(200)
                    .body("managementEntry", equalTo(true));
            String ordinary = write("north.sw1", child, note("CASE_NOTE"));
            as("north.sw1").queryParam("management", "true").get("/children/" + child + "/case-notes").then()
                    .statusCode(200).body("items.id", contains(decision))
                    .body("items[0].managementEntry", equalTo(true));
            as("north.sw1").queryParam("management", "false").get("/children/" + child + "/case-notes").then()
                    .statusCode(200).body("items.id", contains(ordinary));
        }

        @Test
        @DisplayName("002 \"Supervision\": supervision is recorded and finalised by the supervisor, not the worker")
        void supervision() {
            String child = registerChild("north.sw1", "CP");
            as("north.sw1").body(note("SUPERVISION")).post("/children/" + child + "/case-notes").then()
                    .statusCode(403).body("type", equalTo("urn:casework:problem:note-not-permitted"))
                    .body("detail", org.hamcrest.Matchers.containsString("002 \"Supervision\""));
            String supervision = write("north.sp", child, note("SUPERVISION"));
            as("north.sw1").post("/case-notes/" + supervision + "/finalise").then().statusCode(403);
            as("north.sp").post("/case-notes/" + supervision + "/finalise").then().statusCode(200)
                    .body("status", equalTo("FINAL")).body("managementEntry", equalTo(true))
                    .body("late", nullValue());
        }
    }
}
