package io.casework.casenotes;

import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;

/** Requests the tests make, as a named demo user with a real Keycloak token. */
final class CaseNotesApi {

    private static final Random RANDOM = new SecureRandom();

    private CaseNotesApi() {
    }

    static RequestSpecification as(String user) {
        // Who holds which post reaches this service from approvals-service's events, as in production.
        DemoOrganisation.ensure();
        return given().header("Authorization", KeycloakTokens.bearer(user)).contentType(ContentType.JSON);
    }

    /**
     * A child no other registration of any run resembles: the duplicate check (one record per child) would refuse a
     * second "Riley Test" born the same day. Ten random letters are far apart in spelling and in sound.
     */
    static Map<String, Object> child(String planType) {
        return Map.of("givenName", "Riley", "familyName", uniqueName(), "dateOfBirth", "2016-04-02",
                "planType", planType, "planStartDate", LocalDate.now().minusDays(14).toString());
    }

    /** A family name no other test's resembles. */
    static String uniqueName() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Starts a step of the child's pathway by hand, as north.sw1, part of {@code partOf} when named; its id. */
    static String startStep(String child, String kind, String partOf, LocalDate start, Map<String, Object> details) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "startDate", start.toString(),
                "details", details));
        if (partOf != null) {
            body.put("partOf", partOf);
        }
        return as("north.sw1").body(body).post("/children/" + child + "/pathway/steps").then().statusCode(201)
                .extract().path("id");
    }

    static String registerChild(String user, String planType) {
        return as(user).body(child(planType)).post("/children").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> statutoryVisit() {
        return Map.of(
                "noteType", "STATUTORY_VISIT",
                "eventDate", LocalDate.now().toString(),
                "eventTime", "00:00",
                "title", "CP statutory visit",
                "narrative", "Visited at home. Riley showed me their room and their drawings.",
                "childsVoice", Map.of("words", "I like my new bed and I feel safe here.",
                        "howObtained", "Spoke with Riley alone in their bedroom"),
                "visit", Map.of("statutoryVisit", "CP", "venue", "Family home", "purpose", "Statutory CP visit",
                        "announced", false, "childSeen", true, "seenAlone", true, "bedroomSeen", true,
                        "analysis", "Plan is progressing."),
                "parentsAndCarers", List.of(Map.of("name", "Sarah Test", "relationship", "Mother",
                        "views", "Mother says things are calmer.")));
    }

    /** A note of {@code type} about an event earlier today, with these sections added. */
    static Map<String, Object> note(String type, Object... sections) {
        Map<String, Object> note = new java.util.HashMap<>(Map.of("noteType", type,
                "eventDate", LocalDate.now().toString(), "eventTime", "00:00", "title", type + " note",
                "narrative", "What happened, as the worker saw it."));
        for (int i = 0; i < sections.length; i += 2) {
            note.put((String) sections[i], sections[i + 1]);
        }
        return note;
    }

    /** Writes the note on the child's record as {@code user}; its id. */
    static String write(String user, String childId, Map<String, Object> note) {
        return as(user).body(note).post("/children/" + childId + "/case-notes").then().statusCode(201).extract()
                .path("id");
    }

    /** An unborn child, named apart from every other so that the duplicate check lets each test register one. */
    static String registerUnborn(String user) {
        return as(user).body(Map.of("givenName", "Baby", "familyName", uniqueName(), "unborn", true,
                        "expectedDateOfBirth", LocalDate.now().plusMonths(2).toString(), "planType", "CP",
                        "planStartDate", LocalDate.now().minusDays(14).toString()))
                .post("/children").then().statusCode(201).extract().path("id");
    }

    /** A date as the court chronology prints it, dd/MM/yyyy. */
    static String ukDate(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    static String writeStatutoryVisit(String user, String childId) {
        return as(user).body(statutoryVisit()).post("/children/" + childId + "/case-notes")
                .then().statusCode(201).extract().path("id");
    }
}
