package io.casework.system;

import io.restassured.response.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo data into the running suite through its public APIs, as the demo users would: children on CIN, CP
 * and CLA plans in teams north and south, case notes, and statutory visits waiting for practice manager oversight
 * (whose planned visits, deadlines and approval requests follow by events). Every creating request carries a fixed
 * Idempotency-Key, so running it again creates nothing twice.
 */
public final class DemoData {

    private record DemoChild(String key, String worker, String givenName, String familyName, String dateOfBirth,
                             String planType, boolean visitAwaitingOversight) {
    }

    private static final List<DemoChild> CHILDREN = List.of(
            new DemoChild("leo", "north.sw1", "Leo", "Harrison", "2015-06-14", "CP", true),
            new DemoChild("maya", "north.sw1", "Maya", "Patel", "2012-02-03", "CIN", false),
            new DemoChild("noah", "north.sw1", "Noah", "Clarke", "2010-09-21", "CLA", true),
            new DemoChild("ava", "north.sw2", "Ava", "Thompson", "2018-11-30", "CP", false),
            new DemoChild("isla", "south.sw1", "Isla", "Morgan", "2014-04-08", "CP", true),
            new DemoChild("ethan", "south.sw1", "Ethan", "Brooks", "2009-12-12", "CLA", false),
            new DemoChild("zara", "south.sw1", "Zara", "Ahmed", "2016-07-19", "CIN", false),
            new DemoChild("ruby", "east.sw1", "Ruby", "Evans", "2013-05-27", "CLA", false));

    /** The IRO who reviews each looked-after child's plan, assigned by the team's practice manager. */
    private static final Map<String, String> IROS = Map.of("noah", "iro.one", "ethan", "iro.one", "ruby", "iro.two");

    private DemoData() {
    }

    public static void main(String[] args) {
        List<String> lines = new ArrayList<>();
        for (DemoChild child : CHILDREN) {
            String childId = register(child);
            writeCaseNote(child, childId);
            if (IROS.containsKey(child.key())) {
                String manager = child.worker().split("\\.")[0] + ".pm";
                // Registered just now: the record is at its first version.
                Suite.CASE_NOTES.as(manager).header("If-Match", "\"1\"").body(Map.of("iro", IROS.get(child.key())))
                        .put("/children/" + childId + "/iro").then().statusCode(200);
            }
            if (child.visitAwaitingOversight()) {
                submitStatutoryVisit(child, childId);
            }
            lines.add(String.format("  %-16s %-4s %-9s team %-6s child %s", child.givenName() + " " + child.familyName(),
                    child.planType(), child.worker(), child.worker().split("\\.")[0], childId));
        }
        System.out.println("Demo data loaded (" + CHILDREN.size() + " children):");
        lines.forEach(System.out::println);
    }

    private static String register(DemoChild child) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", child.givenName());
        body.put("familyName", child.familyName());
        body.put("dateOfBirth", child.dateOfBirth());
        body.put("gender", "Not recorded in demo data");
        body.put("planType", child.planType());
        body.put("planStartDate", LocalDate.now().minusWeeks(3).toString());
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

    private static void writeCaseNote(DemoChild child, String childId) {
        Map<String, Object> note = Map.of(
                "noteType", "CASE_NOTE",
                "eventDate", LocalDate.now().minusDays(7).toString(),
                "title", "Telephone call with school",
                "narrative", "Spoke with the designated safeguarding lead. Attendance has improved to 94%. "
                        + "Fact: no incidents this term. Opinion of the school: " + child.givenName()
                        + " is more settled.");
        String noteId = created(Suite.CASE_NOTES.as(child.worker()).header("Idempotency-Key", "demo-note-" + child.key())
                .body(note).post("/children/" + childId + "/case-notes"), "case note").path("id");
        String status = Suite.CASE_NOTES.as(child.worker()).get("/case-notes/" + noteId).path("status");
        if ("DRAFT".equals(status)) {
            Suite.CASE_NOTES.as(child.worker()).post("/case-notes/" + noteId + "/finalise").then().statusCode(200);
        }
    }

    private static void submitStatutoryVisit(DemoChild child, String childId) {
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
        if ("DRAFT".equals(status)) {
            Suite.CASE_NOTES.as(child.worker()).post("/case-notes/" + noteId + "/submit").then().statusCode(200);
        }
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
