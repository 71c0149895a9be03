package io.casework.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's case pathways, one of each shape a front-end shows (004 "Case Pathway"): Maya's contact that became a
 * referral and a Child and Family Assessment still in progress; Leo's strategy discussion after an incident, held
 * without health and so flagged as not compliant, its decision waiting for the practice manager; Noah's looked-after
 * episode with his placement and his next review scheduled with the IRO. Creating requests carry fixed
 * Idempotency-Keys; a child whose pathway holds steps already (an earlier run) is left as it is.
 */
final class DemoPathway {

    // The day the demo's steps start: three hours back, so that a discussion held two hours ago is never before the
    // day its step started when the demo is loaded just after midnight.
    private static final LocalDate TODAY = LocalDate.ofInstant(Instant.now().minus(3, ChronoUnit.HOURS),
            ZoneId.of("Europe/London"));

    private DemoPathway() {
    }

    /** Records the pathways on the demo children ({@code ids}: demo key to child id); lines for the summary. */
    static List<String> load(Map<String, String> ids) {
        List<String> lines = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String maya = ids.get("maya");
        if (isEmpty(maya)) {
            String contact = DemoData.created(Suite.CASE_NOTES.as("north.sw1")
                    .header("Idempotency-Key", "demo-pathway-maya-contact")
                    .body(Map.of("source", "Maya's school, designated safeguarding lead",
                            "receivedAt", now.minus(3, ChronoUnit.DAYS).toString()))
                    .post(pathway(maya) + "/contacts"), "Maya's contact").path("id");
            act(maya, contact, "front-door-decision", Map.of("decision", "REFERRAL_TO_SOCIAL_CARE"));
            act(maya, opened(maya, contact), "front-door-decision", Map.of("decision", "CF_ASSESSMENT"));
            lines.add("    Maya: a contact, a referral and a C&F assessment in progress (priority 10 working days)");
        }
        String leo = ids.get("leo");
        if (isEmpty(leo)) {
            String discussion = start(leo, "demo-pathway-leo-discussion", Map.of("kind", "STRATEGY_DISCUSSION",
                    "startDate", TODAY.toString(), "details", Map.of("promptedBy", "INCIDENT",
                            "promptedAt", now.minus(30, ChronoUnit.HOURS).toString())));
            act(leo, discussion, "held", Map.of("heldAt", now.minus(2, ChronoUnit.HOURS).toString(),
                    "details", Map.of("reasons", "Leo disclosed at school that his stepfather hit him",
                            "allegedAbuseCategory", "PHYSICAL_ABUSE"),
                    "participants", List.of(
                            Map.of("name", "Alex Example", "role", "Practice manager", "agency",
                                    "CHILDRENS_SOCIAL_CARE", "manager", true, "input", "Threshold for S47 met"),
                            Map.of("name", "DC Tom Price", "role", "Detective constable", "agency", "POLICE",
                                    "manager", false, "input", "A joint visit can be made today"))));
            act(leo, discussion, "outcome", Map.of("outcome", "S47_ENQUIRY", "completedDate", TODAY.toString(),
                    "reasons", "Reasonable cause to suspect significant harm", "details", Map.of(
                            "toConference", true, "furtherActions", List.of(Map.of(
                                    "action", "Joint visit to Leo at school", "who", "DC Price and Sam Example",
                                    "byWhen", TODAY.toString())))));
            lines.add("    Leo: a strategy discussion held late and without health (flagged), its decision waiting for "
                    + "north.pm");
        }
        String noah = ids.get("noah");
        if (isEmpty(noah)) {
            String episode = start(noah, "demo-pathway-noah-episode", Map.of("kind", "LOOKED_AFTER_EPISODE",
                    "startDate", TODAY.minusDays(21).toString(), "details", Map.of("legalStatus", "C2")));
            start(noah, "demo-pathway-noah-placement", Map.of("kind", "PLACEMENT", "partOf", episode,
                    "startDate", TODAY.minusDays(21).toString(), "details", Map.of("placementType", "U3",
                            "provider", "The council's foster carers")));
            String review = start(noah, "demo-pathway-noah-review", Map.of("kind", "LOOKED_AFTER_REVIEW",
                    "partOf", episode, "startDate", TODAY.toString()));
            act(noah, review, "schedule", Map.of("scheduledFor", now.plus(7, ChronoUnit.DAYS)
                    .truncatedTo(ChronoUnit.HOURS).toString(), "chair", "Robin Example (IRO)"));
            lines.add("    Noah: a looked-after episode (C2) with a foster placement (U3) and a review in a week");
        }
        return lines;
    }

    private static String pathway(String child) {
        return "/children/" + child + "/pathway";
    }

    private static boolean isEmpty(String child) {
        List<?> steps = Suite.CASE_NOTES.as("north.sw1").get(pathway(child)).then().statusCode(200).extract()
                .path("items");
        return steps.isEmpty();
    }

    private static String start(String child, String key, Map<String, Object> body) {
        return DemoData.created(Suite.CASE_NOTES.as("north.sw1").header("Idempotency-Key", key).body(body)
                .post(pathway(child) + "/steps"), key).path("id");
    }

    /** One act on a step, at the version just read. */
    private static void act(String child, String step, String act, Map<String, Object> body) {
        String etag = Suite.CASE_NOTES.as("north.sw1").get(pathway(child) + "/steps/" + step).then().statusCode(200)
                .extract().header("ETag");
        Suite.CASE_NOTES.as("north.sw1").header("If-Match", etag).body(body)
                .put(pathway(child) + "/steps/" + step + "/" + act).then().statusCode(200);
    }

    private static String opened(String child, String step) {
        List<Map<String, Object>> items = Suite.CASE_NOTES.as("north.sw1").get(pathway(child)).then()
                .statusCode(200).extract().path("items");
        return items.stream().filter(s -> step.equals(s.get("openedFrom"))).map(s -> (String) s.get("id"))
                .findFirst().orElseThrow();
    }
}
