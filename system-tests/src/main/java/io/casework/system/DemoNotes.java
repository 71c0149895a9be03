package io.casework.system;

import io.restassured.response.Response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's notes of the seeds' types, each showing its structured sections to a front-end developer: a telephone
 * contact with classed statements, information shared without consent, a significant event with an interpreter and
 * information withheld, a care leaver's KIT that counts for SSDA903, supervision and a management decision, a note
 * recorded three weeks after the event, an amendment, a dispute, and one statutory visit written for two brothers and
 * sisters at once. Every creating request carries a fixed Idempotency-Key, as the rest of the demo's.
 */
final class DemoNotes {

    private static final LocalDate TODAY = LocalDate.now();

    private DemoNotes() {
    }

    /** Writes the notes on the demo children ({@code ids}: demo key to child id); lines for the summary. */
    static List<String> load(Map<String, String> ids) {
        List<String> lines = new ArrayList<>();
        String contact = finalised("north.sw1", ids.get("maya"), "demo-contact-maya", note("CONTACT",
                "Telephone call with Maya's school", "contact", Map.of("method", "TELEPHONE",
                        "withWhom", "Ms Ahmed, designated safeguarding lead"),
                "statements", List.of(
                        Map.of("text", "Maya's attendance this term is 94%.", "kind", "FACT",
                                "source", "THIRD_PARTY", "sourceName", "Ms Ahmed, designated safeguarding lead"),
                        Map.of("text", "Maya seems more settled since the move.", "kind", "OPINION",
                                "source", "THIRD_PARTY", "sourceName", "Ms Ahmed, designated safeguarding lead"),
                        Map.of("text", "The plan's school goal is being met.", "kind", "ASSESSMENT",
                                "source", "FIRST_HAND"))));
        finalised("north.sw1", ids.get("maya"), "demo-sharing-maya", note("INFORMATION_SHARING",
                "Information shared with the police", "informationSharing", List.of(Map.of(
                        "what", "Mother's new address and the outcome of the strategy discussion",
                        "sharedOn", TODAY.minusDays(2).toString(),
                        "withWhom", Map.of("name", "DC Tom Price", "jobTitle", "Detective Constable",
                                "organisation", "Police public protection unit", "contact", "0161 555 0100"),
                        "why", "To plan the joint S47 enquiry", "consent", "NOT_SOUGHT",
                        "reasonWithoutConsent", "Seeking consent could have put Maya at risk of further harm",
                        "decidedBy", "north.pm"))));
        finalised("north.sw1", ids.get("maya"), "demo-event-maya", note("SIGNIFICANT_EVENT",
                "Police called to the home", "significantEvent", Map.of(
                        "whatHappened", "Police were called to an argument at the home; Mr B was arrested",
                        "whoIsAffectedAndHow", "Maya heard the argument from her room and was frightened"),
                "interpreter", Map.of("name", "Amira Haddad", "language", "Gujarati", "source", "CONTRACTED"),
                "withheld", List.of(Map.of("what", "The address of the refuge", "withheldFrom", "FAMILY",
                        "reason", "THIRD_PARTY", "explanation", "Ms Patel asked that Mr B is not told where she is"))));
        lines.add("    Maya: a contact, information sharing and a significant event, with their sections");

        String late = write("north.sw1", ids.get("leo"), "demo-late-leo", note("CASE_NOTE",
                "Home visit written up late", "eventDate", TODAY.minusWeeks(3).toString()));
        DemoData.finalise("north.sw1", late);
        lines.add("    Leo: a note recorded three weeks after the event, marked late by the authority's case-note "
                + "timescale (the local suite runs as Rochdale; the LCS practice guide alone sets none): " + late);

        finalised("south.sw1", ids.get("kai"), "demo-kit-kai", note("CARE_LEAVER_KIT", "KIT call with Kai",
                "keepInTouch", Map.of("inTouch", true, "mainActivity", "TRAINING",
                        "accommodation", "Supported lodgings; settled and safe")));
        lines.add("    Kai: a care leaver's KIT near his 21st birthday, which counts for SSDA903");

        finalised("north.sp", ids.get("noah"), "demo-supervision-noah", note("SUPERVISION",
                "Supervision: Noah's placement", "statements", List.of(Map.of("text",
                        "Noah's placement is stable; his next review is in January.", "kind", "DECISION",
                        "source", "FIRST_HAND"))));
        finalised("north.pm", ids.get("noah"), "demo-decision-noah", note("MANAGEMENT_DECISION",
                "Decision: continue the placement", "statements", List.of(Map.of("text",
                        "The placement continues; contact with his mother stays fortnightly.", "kind", "DECISION",
                        "source", "FIRST_HAND"))));
        String call = finalised("north.sw1", ids.get("noah"), "demo-carer-call-noah", note("CONTACT",
                "Call with Noah's foster carer", "contact", Map.of("method", "TELEPHONE",
                        "withWhom", "Jo Clarke, foster carer")));
        String amendment = DemoData.created(Suite.CASE_NOTES.as("north.tm").header("Idempotency-Key",
                "demo-amendment-noah").body(Map.of("reason", "The call was with the foster carer's partner, not the "
                + "foster carer", "title", "Correction: who took the call", "narrative", "The call recorded on this "
                + "date was with Sam Clarke, the foster carer's partner.")).post("/case-notes/" + call
                + "/amendments"), "amendment").path("id");
        lines.add("    Noah: supervision and a management decision (management entries); an amendment " + amendment
                + " correcting " + call);

        String dispute = DemoData.created(Suite.CASE_NOTES.as("north.sw1").header("Idempotency-Key",
                "demo-dispute-maya").body(Map.of("eventDate", TODAY.toString(), "eventTime", "00:00",
                "title", "Ms Patel disputes the school's account", "narrative", "Ms Patel read the note with me.",
                "raisedBy", Map.of("name", "Priya Patel", "relationship", "Mother"),
                "theirWords", "Maya missed school because she was ill, and I told the school so.")).post(
                "/case-notes/" + contact + "/disputes"), "dispute").path("id");
        DemoData.finalise("north.sw1", dispute);
        lines.add("    Maya: a dispute " + dispute + " of the school call " + contact);

        lines.add("    Leo and Mia: one statutory visit for both, family group " + familyVisit(ids));
        return lines;
    }

    /** A statutory visit to Leo and his sister Mia, each note with that child's own words and seen facts. */
    private static String familyVisit(Map<String, String> ids) {
        Map<String, Object> visit = note("STATUTORY_VISIT", "CP statutory visit to Leo and Mia",
                "visit", Map.of("statutoryVisit", "CP", "venue", "Family home", "purpose", "CP statutory visits",
                        "announced", false, "childSeen", true, "seenAlone", true, "bedroomSeen", true,
                        "analysis", "Both children are safe; the plan is working."),
                "childsVoice", Map.of("words", "I like walking Mia to school.", "howObtained", "Alone, in his room"),
                "parentsAndCarers", List.of(Map.of("name", "Sarah Harrison", "relationship", "Mother",
                        "views", "Mornings are calmer.")),
                "alsoFor", List.of(Map.of("childId", ids.get("mia"),
                        "childsVoice", Map.of("words", "My bed is the pink one.", "howObtained", "Drawing together"),
                        "seen", Map.of("statutoryVisit", "CP", "childSeen", true, "seenAlone", false,
                                "notSeenAloneReason", "Mia wanted her mother to stay", "bedroomSeen", true))));
        Response leos = DemoData.created(Suite.CASE_NOTES.as("north.sw1").header("Idempotency-Key",
                "demo-family-visit-harrison").body(visit).post("/children/" + ids.get("leo") + "/case-notes"),
                "family visit");
        String group = leos.path("familyGroupId");
        submit(leos.path("id"));
        List<String> mias = Suite.CASE_NOTES.as("north.sw1").queryParam("familyGroupId", group)
                .get("/children/" + ids.get("mia") + "/case-notes").then().statusCode(200).extract().path("items.id");
        mias.forEach(DemoNotes::submit);
        return group;
    }

    private static void submit(String noteId) {
        if ("DRAFT".equals(Suite.CASE_NOTES.as("north.sw1").get("/case-notes/" + noteId).path("status"))) {
            Suite.CASE_NOTES.as("north.sw1").header("Idempotency-Key", "demo-submit-" + noteId)
                    .post("/case-notes/" + noteId + "/submit").then().statusCode(200);
        }
    }

    /** A note of {@code type} about yesterday afternoon, with these fields added. */
    private static Map<String, Object> note(String type, String title, Object... fields) {
        Map<String, Object> note = new HashMap<>(Map.of("noteType", type, "eventDate", TODAY.minusDays(1).toString(),
                "eventTime", "15:00", "title", title, "narrative", title + ": what happened, as the worker saw it."));
        for (int i = 0; i < fields.length; i += 2) {
            note.put((String) fields[i], fields[i + 1]);
        }
        return note;
    }

    private static String finalised(String author, String childId, String key, Map<String, Object> note) {
        String id = write(author, childId, key, note);
        DemoData.finalise(author, id);
        return id;
    }

    private static String write(String author, String childId, String key, Map<String, Object> note) {
        return DemoData.created(Suite.CASE_NOTES.as(author).header("Idempotency-Key", key).body(note)
                .post("/children/" + childId + "/case-notes"), "note " + key).path("id");
    }
}
