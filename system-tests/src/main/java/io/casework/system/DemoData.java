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
 * an unborn child, in every team; notes in every state (a draft, a statutory visit waiting for oversight, one
 * returned with comments, one finalised after oversight); statutory visits overdue and due soon; pending and decided
 * approval requests; one note with information removed as factually inaccurate on a team manager's decision (002
 * s.5); and one child with enough notes to page through. Planned visits, deadlines and approval requests
 * follow by events. Every creating request carries a fixed Idempotency-Key, so running it again creates nothing
 * twice; decisions are made only on notes still waiting for one.
 */
public final class DemoData {

    /** What happens to a child's statutory visit note in the demo. */
    private enum Visit { NONE, AWAITING_OVERSIGHT, RETURNED, APPROVED }

    private record DemoChild(String key, String worker, String givenName, String familyName, String dateOfBirth,
                             String planType, int planStartedDaysAgo, Visit visit) {

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
            new DemoChild("ava", "north.sw2", "Ava", "Thompson", "2018-11-30", "CP", 21, Visit.RETURNED),
            new DemoChild("jack", "north.sw2", "Jack", "Wilson", "2017-03-09", "EARLY_HELP", 4, Visit.NONE),
            new DemoChild("isla", "south.sw1", "Isla", "Morgan", "2014-04-08", "CP", 21, Visit.AWAITING_OVERSIGHT),
            new DemoChild("ethan", "south.sw1", "Ethan", "Brooks", "2009-12-12", "CLA", 4, Visit.NONE),
            new DemoChild("zara", "south.sw1", "Zara", "Ahmed", "2016-07-19", "CIN", 21, Visit.NONE),
            new DemoChild("kai", "south.sw1", "Kai", "Robinson", "2006-01-25", "CARE_LEAVER", 21, Visit.NONE),
            new DemoChild("ruby", "east.sw1", "Ruby", "Evans", "2013-05-27", "CLA", 21, Visit.APPROVED),
            new DemoChild("finn", "east.sw1", "Finn", "Walker", "2019-08-02", "EARLY_HELP", 21, Visit.NONE));

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
        for (DemoChild child : CHILDREN) {
            String childId = register(child);
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
            lines.add(String.format("  %-16s %-11s %-9s team %-6s visit %-18s child %s",
                    child.givenName() + " " + child.familyName(), child.planType(), child.worker(), child.team(),
                    child.visit(), childId));
            if (leftInDraft) {
                lines.add("    a case note left in draft: " + draft);
            }
            if (child.key().equals(REMOVAL)) {
                lines.add("    a case note with information removed as inaccurate: " + draft);
            }
        }
        System.out.println("Demo data loaded (" + CHILDREN.size() + " children; " + MANY + " more notes on "
                + MANY_NOTES + "):");
        lines.forEach(System.out::println);
    }

    private static String register(DemoChild child) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", child.givenName());
        body.put("familyName", child.familyName());
        if (child.dateOfBirth() == null) {
            // A pre-birth child protection plan: the baby is due in eight weeks.
            body.put("unborn", true);
            body.put("expectedDateOfBirth", LocalDate.now().plusWeeks(8).toString());
        } else {
            body.put("dateOfBirth", child.dateOfBirth());
            body.put("gender", "Not recorded in demo data");
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
        return created(response, "child " + child.key()).path("id");
    }

    private static String writeCaseNote(DemoChild child, String childId, String key, String title) {
        Map<String, Object> note = Map.of(
                "noteType", "CASE_NOTE",
                "eventDate", LocalDate.now().minusDays(7).toString(),
                "title", title,
                "narrative", "Spoke with the designated safeguarding lead. Attendance has improved to 94%. "
                        + "Fact: no incidents this term. Opinion of the school: " + child.givenName()
                        + " is more settled.");
        return created(Suite.CASE_NOTES.as(child.worker()).header("Idempotency-Key", key).body(note)
                .post("/children/" + childId + "/case-notes"), "case note").path("id");
    }

    private static void finalise(DemoChild child, String noteId) {
        if ("DRAFT".equals(Suite.CASE_NOTES.as(child.worker()).get("/case-notes/" + noteId).path("status"))) {
            Suite.CASE_NOTES.as(child.worker()).header("Idempotency-Key", "demo-finalise-" + noteId)
                    .post("/case-notes/" + noteId + "/finalise").then().statusCode(200);
        }
    }

    private static String submitStatutoryVisit(DemoChild child, String childId) {
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("venue", "Family home");
        visit.put("purpose", child.planType() + " statutory visit");
        visit.put("announced", false);
        visit.put("childSeen", true);
        visit.put("seenAlone", true);
        visit.put("bedroomSeen", true);
        visit.put("parentsViews", "Carer says the routines are working.");
        visit.put("analysis", "Progress against the plan; no new concerns.");
        Map<String, Object> note = Map.of(
                "noteType", "STATUTORY_VISIT",
                "eventDate", LocalDate.now().minusDays(1).toString(),
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

    private static Response created(Response response, String what) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Could not create " + what + ": " + response.statusCode() + " "
                    + response.asString());
        }
        return response;
    }
}
