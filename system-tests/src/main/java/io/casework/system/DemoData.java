package io.casework.system;

import io.restassured.response.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the demo data into the running suite through its public APIs, as the demo users would, so that a front-end
 * team finds every kind of thing a screen shows: children on every plan (CIN, CP, CLA, care leaver, early help) and
 * an unborn child, in every team, each with a full basic record (a previous and a current address, the household and
 * who holds parental responsibility, a grandparent who has died, the school, identifiers); one detail corrected with
 * its reason, and one unborn child whose birth is recorded, so that the record's history has something to show;
 * notes in every state (a draft, a statutory visit waiting for oversight, one returned with comments, one finalised
 * after oversight); statutory visits overdue and due soon; pending and decided approval requests; and one child with
 * enough notes to page through; one note with information removed as factually inaccurate on a team manager's
 * decision (002 s.5). Planned visits, deadlines and approval requests follow by events. Notes of the seeds'
 * types show their structured sections (a contact, information sharing, a significant event, a care leaver's KIT,
 * supervision, a management decision), with a note recorded late, an amendment, a dispute, and one visit written for
 * two brothers and sisters at once. Every creating request carries a fixed Idempotency-Key, and a child registered on
 * an earlier run is found again by the duplicate check, so running it again creates nothing twice; decisions are made
 * only on notes still waiting for one.
 */
public final class DemoData {

    /** What happens to a child's statutory visit note in the demo. */
    private enum Visit { NONE, AWAITING_OVERSIGHT, RETURNED, APPROVED }

    /**
     * A demo child; an unborn one has no date of birth, and {@code birthName} is the name it is given when the demo
     * records its birth (null for one still unborn).
     */
    private record DemoChild(String key, String worker, String givenName, String familyName, String dateOfBirth,
                             String planType, int planStartedDaysAgo, Visit visit, String birthName) {

        DemoChild(String key, String worker, String givenName, String familyName, String dateOfBirth, String planType,
                  int planStartedDaysAgo, Visit visit) {
            this(key, worker, givenName, familyName, dateOfBirth, planType, planStartedDaysAgo, visit, null);
        }

        String team() {
            return worker.split("\\.")[0];
        }

        String manager() {
            return team() + ".pm";
        }
    }

    /**
     * A plan started three weeks ago with no visit recorded has an overdue first visit (due 10 working days on);
     * one started four days ago has a visit due soon.
     */
    private static final List<DemoChild> CHILDREN = List.of(
            new DemoChild("leo", "north.sw1", "Leo", "Harrison", "2015-06-14", "CP", 21, Visit.AWAITING_OVERSIGHT),
            new DemoChild("maya", "north.sw1", "Maya", "Patel", "2012-02-03", "CIN", 21, Visit.NONE),
            new DemoChild("noah", "north.sw1", "Noah", "Clarke", "2010-09-21", "CLA", 21, Visit.APPROVED),
            new DemoChild("baby", "north.sw1", "Baby", "Harrison", null, "CP", 4, Visit.NONE),
            new DemoChild("mia", "north.sw1", "Mia", "Harrison", "2019-10-05", "CP", 21, Visit.NONE),
            new DemoChild("ava", "north.sw2", "Ava", "Thompson", "2018-11-30", "CP", 21, Visit.RETURNED),
            new DemoChild("jack", "north.sw2", "Jack", "Wilson", "2017-03-09", "EARLY_HELP", 4, Visit.NONE),
            new DemoChild("isla", "south.sw1", "Isla", "Morgan", "2014-04-08", "CP", 21, Visit.AWAITING_OVERSIGHT),
            new DemoChild("ethan", "south.sw1", "Ethan", "Brooks", "2009-12-12", "CLA", 4, Visit.NONE),
            new DemoChild("zara", "south.sw1", "Zara", "Ahmed", "2016-07-19", "CIN", 21, Visit.NONE),
            new DemoChild("kai", "south.sw1", "Kai", "Robinson", "2006-01-25", "CARE_LEAVER", 21, Visit.NONE),
            new DemoChild("ruby", "east.sw1", "Ruby", "Evans", "2013-05-27", "CLA", 21, Visit.APPROVED),
            new DemoChild("finn", "east.sw1", "Finn", "Walker", "2019-08-02", "EARLY_HELP", 21, Visit.NONE),
            new DemoChild("rosie", "north.sw2", "Baby", "Okafor", null, "CP", 30, Visit.NONE, "Rosie"));

    /** Maya's first language, corrected after the record was opened: the record's history shows it with why. */
    private static final String CORRECTED = "maya";
    private static final String CORRECTED_LANGUAGE = "Gujarati";

    /** The IRO who reviews each looked-after child's plan, assigned by the team's practice manager. */
    private static final Map<String, String> IROS = Map.of("noah", "iro.one", "ethan", "iro.one", "ruby", "iro.two");

    /** Noah's school call recorded another pupil's attendance: removed on north.tm's decision (002 s.5). */
    private static final String REMOVAL = "noah";

    /** Leo's record holds enough notes to page through (25 a page by default). */
    private static final String MANY_NOTES = "leo";
    private static final int MANY = 60;

    private DemoData() {
    }

    public static void main(String[] args) {
        List<String> lines = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (DemoChild child : CHILDREN) {
            String childId = register(child);
            ids.put(child.key(), childId);
            String draft = writeCaseNote(child, childId, "demo-note-" + child.key(), "Telephone call with school");
            boolean leftInDraft = child.key().equals("maya");
            if (!leftInDraft) {
                finalise(child, draft);
            }
            if (child.key().equals(REMOVAL)) {
                removeInaccurateInformation(child, childId, draft);
            }
            if (IROS.containsKey(child.key())) {
                // Registered just now: the record is at its first version (a rerun finds the IRO already set).
                Suite.CASE_NOTES.as(child.manager()).header("If-Match", "\"1\"")
                        .body(Map.of("iro", IROS.get(child.key()))).put("/children/" + childId + "/iro");
            }
            if (child.visit() != Visit.NONE) {
                String visit = submitStatutoryVisit(child, childId);
                decide(child, childId, visit);
            }
            if (child.key().equals(MANY_NOTES)) {
                for (int n = 1; n <= MANY; n++) {
                    finalise(child, writeCaseNote(child, childId, "demo-note-" + child.key() + "-" + n,
                            "Contact " + n + " with the family"));
                }
            }
            if (child.key().equals(CORRECTED)) {
                correctLanguage(child, childId);
            }
            if (child.birthName() != null) {
                recordBirth(child, childId);
            }
            lines.add(String.format("  %-16s %-11s %-9s team %-6s visit %-18s child %s",
                    (child.birthName() != null ? child.birthName() : child.givenName()) + " " + child.familyName(),
                    child.planType(), child.worker(), child.team(), child.visit(), childId));
            if (leftInDraft) {
                lines.add("    a case note left in draft: " + draft);
            }
            if (child.key().equals(REMOVAL)) {
                lines.add("    a case note with information removed as inaccurate: " + draft);
            }
        }
        lines.addAll(DemoNotes.load(ids));
        lines.addAll(DemoPathway.load(ids));
        System.out.println("Demo data loaded (" + CHILDREN.size() + " children; " + MANY + " more notes on "
                + MANY_NOTES + "):");
        lines.forEach(System.out::println);
    }

    private static String register(DemoChild child) {
        Map<String, Object> body = new LinkedHashMap<>(basicRecord(child));
        body.put("givenName", child.givenName());
        body.put("familyName", child.familyName());
        if (child.dateOfBirth() == null) {
            // A pre-birth child protection plan: the baby is due in eight weeks, or (to be born in the demo) in one.
            body.put("unborn", true);
            body.put("expectedDateOfBirth", LocalDate.now().plusWeeks(child.birthName() == null ? 8 : 1).toString());
        } else {
            body.put("dateOfBirth", child.dateOfBirth());
            body.put("gender", "Not recorded in demo data");
            body.put("ethnicity", "Not recorded in demo data");
            body.put("religion", "Not stated");
        }
        body.put("planType", child.planType());
        body.put("planStartDate", LocalDate.now().minusDays(child.planStartedDaysAgo()).toString());
        // The organisation model reaches case-notes-service from approvals-service's events shortly after the suite
        // starts: until the worker's post has arrived, registration is refused, so wait for it.
        Instant until = Instant.now().plusSeconds(60);
        Response response;
        do {
            response = Suite.CASE_NOTES.as(child.worker()).header("Idempotency-Key", "demo-child-" + child.key())
                    .body(body).post("/children");
        } while (response.statusCode() == 403 && Instant.now().isBefore(until) && pause());
        Response answer = response;
        return registeredBefore(child, answer).orElseGet(() -> created(answer, "child " + child.key()).path("id"));
    }

    /**
     * A child registered on an earlier run, once its Idempotency-Key has expired: the duplicate check (one record per
     * child) answers 409 likely-duplicate naming it, and the demo goes on with that record.
     */
    private static Optional<String> registeredBefore(DemoChild child, Response response) {
        if (response.statusCode() != 409 || !"urn:casework:problem:likely-duplicate".equals(response.path("type"))) {
            return Optional.empty();
        }
        List<Map<String, Object>> matches = response.path("matches");
        return matches.stream().filter(match -> child.familyName().equals(match.get("familyName")))
                .map(match -> (String) match.get("childId")).findFirst();
    }

    /**
     * The basic record of 001 and 002 s.6, as a worker completes it: two addresses (the first closed when the family
     * moved), the household with the mother holding parental responsibility, the father who lives elsewhere and
     * holds it too, a grandparent who has died, the school, and the child's NHS number and unique pupil number (from
     * the ranges kept for tests: no real child's).
     */
    private static Map<String, Object> basicRecord(DemoChild child) {
        int n = CHILDREN.indexOf(child) + 1;
        String family = child.familyName();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("language", "English");
        record.put("interpreterNeeded", false);
        record.put("nationality", "British");
        record.put("immigrationStatus", "British citizen");
        record.put("disabled", false);
        record.put("addresses", List.of(
                Map.of("line1", n + " Mill Lane", "town", "Rochdale", "postcode", "OL12 " + n + "AB",
                        "arrangement", "Family home with mother", "from", "2019-03-01", "to", "2024-08-31"),
                Map.of("line1", (10 + n) + " Example Street", "town", "Rochdale", "postcode", "OL16 " + n + "CD",
                        "arrangement", "Family home with mother and grandmother", "from", "2024-09-01")));
        record.put("household", List.of(
                Map.of("givenName", "Sarah", "familyName", family, "relationship", "Mother",
                        "dateOfBirth", "1988-05-17", "parentalResponsibility", true, "language", "English"),
                Map.of("givenName", "Grace", "familyName", family, "relationship", "Maternal grandmother",
                        "parentalResponsibility", false)));
        record.put("significantPeople", List.of(
                Map.of("fullName", "David " + family, "relationship", "Father", "contact", "07700 900" + (100 + n),
                        "significance", "Lives in Oldham; contact every other weekend", "parentalResponsibility",
                        true),
                Map.of("fullName", "Arthur " + family, "relationship", "Maternal grandfather",
                        "significance", "Very close; the family says the child still talks about him",
                        "deceased", true, "dateOfDeath", "2023-01-14")));
        if (child.dateOfBirth() != null) {
            record.put("schools", List.of(Map.of("name", "Example Primary School", "urn", "105821",
                    "onRoll", "2021-09-01")));
            record.put("identifiers", List.of(Map.of("scheme", "NHS_NUMBER", "value", nhsNumber(n)),
                    Map.of("scheme", "UNIQUE_PUPIL_NUMBER", "value", "A" + String.format("%012d", 100 + n))));
        }
        return record;
    }

    /** A valid NHS number (modulus 11 check digit) from the 999 range, which is kept for tests. */
    private static String nhsNumber(int n) {
        for (int candidate = n * 7; ; candidate++) {
            String digits = String.format("999%06d", candidate);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return digits + check;
            }
        }
    }

    /** A detail corrected after the record was opened, with why: the history shows it (002 s.5). */
    private static void correctLanguage(DemoChild child, String childId) {
        Response read = Suite.CASE_NOTES.as(child.worker()).get("/children/" + childId);
        if (CORRECTED_LANGUAGE.equals(read.path("language"))) {
            return; // corrected on an earlier run
        }
        Map<String, Object> details = new LinkedHashMap<>(read.jsonPath().getMap("$"));
        details.keySet().retainAll(List.of("givenName", "middleNames", "familyName", "preferredName", "dateOfBirth",
                "expectedDateOfBirth", "gender", "ethnicity", "religion", "language", "interpreterNeeded",
                "immigrationStatus", "nationality", "disabled", "disabilityDetails", "identifiers", "addresses",
                "household", "significantPeople", "schools"));
        details.put("language", CORRECTED_LANGUAGE);
        details.put("interpreterNeeded", true);
        details.put("reason", "Corrected after speaking with Maya's mother: Gujarati is spoken at home, and an "
                + "interpreter is needed for her");
        Suite.CASE_NOTES.as(child.worker()).header("If-Match", read.header("ETag")).body(details)
                .put("/children/" + childId + "/details").then().statusCode(200);
    }

    /** The unborn child is born: the record becomes a born child's, the expected date kept in its history. */
    private static void recordBirth(DemoChild child, String childId) {
        Response read = Suite.CASE_NOTES.as(child.worker()).get("/children/" + childId);
        if (!Boolean.TRUE.equals(read.path("unborn"))) {
            return; // born on an earlier run
        }
        Map<String, Object> birth = Map.of("dateOfBirth", LocalDate.now().toString(), "gender", "Female",
                "ethnicity", "Black British: African", "religion", "Not stated", "givenName", child.birthName());
        Suite.CASE_NOTES.as(child.worker()).header("If-Match", read.header("ETag"))
                .header("Idempotency-Key", "demo-birth-" + child.key()).body(birth)
                .post("/children/" + childId + "/birth").then().statusCode(200);
    }

    private static String writeCaseNote(DemoChild child, String childId, String key, String title) {
        Map<String, Object> note = Map.of(
                "noteType", "CASE_NOTE",
                "eventDate", LocalDate.now().minusDays(7).toString(),
                "eventTime", "09:30",
                "title", title,
                "narrative", "Spoke with the designated safeguarding lead. Attendance has improved to 94%. "
                        + "Fact: no incidents this term. Opinion of the school: " + child.givenName()
                        + " is more settled.");
        return created(Suite.CASE_NOTES.as(child.worker()).header("Idempotency-Key", key).body(note)
                .post("/children/" + childId + "/case-notes"), "case note").path("id");
    }

    static void finalise(String worker, String noteId) {
        if ("DRAFT".equals(Suite.CASE_NOTES.as(worker).get("/case-notes/" + noteId).path("status"))) {
            Suite.CASE_NOTES.as(worker).header("Idempotency-Key", "demo-finalise-" + noteId)
                    .post("/case-notes/" + noteId + "/finalise").then().statusCode(200);
        }
    }

    private static void finalise(DemoChild child, String noteId) {
        finalise(child.worker(), noteId);
    }

    private static String submitStatutoryVisit(DemoChild child, String childId) {
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("statutoryVisit", child.planType());
        visit.put("venue", "Family home");
        visit.put("purpose", child.planType() + " statutory visit");
        visit.put("announced", false);
        visit.put("childSeen", true);
        visit.put("seenAlone", true);
        visit.put("bedroomSeen", true);
        visit.put("analysis", "Progress against the plan; no new concerns.");
        Map<String, Object> note = Map.of(
                "noteType", "STATUTORY_VISIT",
                "eventDate", LocalDate.now().minusDays(1).toString(),
                "eventTime", "16:30",
                "parentsAndCarers", List.of(Map.of("name", "Jo " + child.familyName(), "relationship", "Carer",
                        "views", "The routines are working.")),
                "title", child.planType() + " statutory visit",
                "narrative", "Saw " + child.givenName() + " at home and alone in their bedroom.",
                "childsVoice", Map.of("words", "I want to keep going to football on Saturdays.",
                        "howObtained", "Talking while drawing together, alone"),
                "visit", visit);
        String noteId = created(Suite.CASE_NOTES.as(child.worker()).header("Idempotency-Key", "demo-visit-" + child.key())
                .body(note).post("/children/" + childId + "/case-notes"), "statutory visit").path("id");
        String status = Suite.CASE_NOTES.as(child.worker()).get("/case-notes/" + noteId).path("status");
        if ("DRAFT".equals(status) && Suite.CASE_NOTES.as(child.worker()).get("/case-notes/" + noteId)
                .path("returnComments") == null) {
            Suite.CASE_NOTES.as(child.worker()).header("Idempotency-Key", "demo-submit-" + noteId)
                    .post("/case-notes/" + noteId + "/submit").then().statusCode(200);
        }
        return noteId;
    }

    /** The practice manager approves the visit, or returns it with comments, once its request has reached them. */
    private static void decide(DemoChild child, String childId, String noteId) {
        if (child.visit() == Visit.AWAITING_OVERSIGHT) {
            return;
        }
        Instant until = Instant.now().plusSeconds(60);
        Optional<String> request = Optional.empty();
        while (request.isEmpty() && Instant.now().isBefore(until)) {
            if (!"SUBMITTED".equals(Suite.CASE_NOTES.as(child.worker()).get("/case-notes/" + noteId).path("status"))) {
                return; // decided on an earlier run
            }
            List<Map<String, Object>> waiting = Suite.APPROVALS.as(child.manager()).queryParam("childId", childId)
                    .get("/inbox").then().statusCode(200).extract().path("items");
            request = waiting.stream().filter(item -> noteId.equals(item.get("subjectId")))
                    .map(item -> (String) item.get("id")).findFirst();
            if (request.isEmpty() && !pause()) {
                return;
            }
        }
        String id = request.orElseThrow(() -> new IllegalStateException("no approval request reached "
                + child.manager() + " for the visit note " + noteId));
        Map<String, Object> decision = child.visit() == Visit.APPROVED
                ? Map.of("outcome", "APPROVED", "comments", "Good direct work; the plan is on track.")
                : Map.of("outcome", "RETURNED", "comments", "Please add the child's views in their own words and "
                        + "who else was present.");
        Suite.APPROVALS.as(child.manager()).header("Idempotency-Key", "demo-decision-" + noteId).body(decision)
                .post("/approval-requests/" + id + "/decision").then().statusCode(200);
    }

    /** The worker asks for the removal; the team manager approves it with reasons once it reaches their inbox. */
    private static void removeInaccurateInformation(DemoChild child, String childId, String noteId) {
        List<Map<String, Object>> asked = Suite.CASE_NOTES.as(child.worker())
                .get("/case-notes/" + noteId + "/removal-requests").then().statusCode(200).extract().path("items");
        if (!asked.isEmpty() && !"PENDING".equals(asked.get(0).get("state"))) {
            return; // decided on an earlier run
        }
        String removal = !asked.isEmpty() ? (String) asked.get(0).get("id") : Suite.CASE_NOTES.as(child.worker())
                .body(Map.of("version", 1, "fields", List.of("NARRATIVE"),
                        "informationKind", "EDUCATION_OR_EMPLOYMENT", "concerns", "THIRD_PARTY",
                        "reason", "The attendance figure the school gave was another pupil's: its register shows "
                                + "Noah's own attendance was 81%.",
                        "criteria", Map.of("ground", "ATTRIBUTED_TO_WRONG_PERSON",
                                "whyAmendmentIsNotEnough", "It is another child's school record, which must not "
                                        + "stay readable on Noah's.",
                                "laterEntriesUnaffected", "No later entry or decision refers to the figure.")))
                .post("/case-notes/" + noteId + "/removal-requests").then().statusCode(202).extract().path("id");
        String manager = child.team() + ".tm";
        Instant until = Instant.now().plusSeconds(60);
        do {
            List<Map<String, Object>> waiting = Suite.APPROVALS.as(manager).queryParam("childId", childId)
                    .get("/inbox").then().statusCode(200).extract().path("items");
            Optional<String> request = waiting.stream().filter(item -> removal.equals(item.get("subjectId")))
                    .map(item -> (String) item.get("id")).findFirst();
            if (request.isPresent()) {
                Suite.APPROVALS.as(manager).header("Idempotency-Key", "demo-removal-decision-" + removal)
                        .body(Map.of("outcome", "APPROVED", "comments", "The criteria are met: another child's "
                                + "information, recorded here by mistake; nothing later rests on it."))
                        .post("/approval-requests/" + request.get() + "/decision").then().statusCode(200);
                return;
            }
        } while (Instant.now().isBefore(until) && pause());
        throw new IllegalStateException("no removal request reached " + manager + " for the note " + noteId);
    }

    private static boolean pause() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Response created(Response response, String what) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Could not create " + what + ": " + response.statusCode() + " "
                    + response.asString());
        }
        return response;
    }
}
