package io.casework.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Approval requests made the way they arise in the suite, for the decisions benchmark to decide: social workers write
 * statutory visit notes on children on child protection plans and submit them; case-notes-service asks for the
 * practice manager's oversight of each, and approvals-service routes the request to the practice manager of the
 * child's team. Then the requests are found in the practice managers' inboxes, child by child, and shared out between
 * the team's practice manager and team manager (above them on the management line, so allowed to decide), which
 * halves what each manager calls in a rate-limit window.
 */
final class OversightRequests {

    /** Visit notes a child at most: a worker's caseload over some months; fewer children, fewer inbox pages. */
    private static final int NOTES_PER_CHILD = 20;
    private static final Duration NO_PROGRESS = Duration.ofMinutes(1);

    private OversightRequests() {
    }

    /** The managers who decide: the practice and team managers of the social workers' teams. */
    static List<String> managers() {
        return Caseloads.SOCIAL_WORKERS.stream().map(Child::teamOf).distinct()
                .flatMap(team -> List.of(team + ".pm", team + ".tm").stream()).toList();
    }

    /** At least {@code count} pending requests, in the order to decide them: one of each child in turn. */
    static List<Decision> make(SetUpClient client, long count) {
        Instant started = Instant.now();
        int workers = Caseloads.SOCIAL_WORKERS.size();
        int perWorker = (int) ((count + (long) workers * NOTES_PER_CHILD - 1) / ((long) workers * NOTES_PER_CHILD));
        List<Child> registered = Caseloads.register(client, "CP", perWorker);
        // as few notes a child as make the count, so that few requests are left pending after the run
        int perChild = (int) ((count + registered.size() - 1) / registered.size());
        List<List<String>> submitted = Caseloads.inParallel(registered,
                child -> submitVisits(client, child, perChild));
        System.out.printf("%d visit notes of %d children submitted for oversight in %d s%n",
                submitted.stream().mapToInt(List::size).sum(), registered.size(),
                Duration.between(started, Instant.now()).toSeconds());
        List<List<String>> requests = awaitRequests(client, registered, submitted);
        System.out.printf("their approval requests found in the inboxes %d s after the start of the set-up%n",
                Duration.between(started, Instant.now()).toSeconds());
        return inTurn(registered, requests);
    }

    private static List<String> submitVisits(SetUpClient client, Child child, int count) {
        LocalDate yesterday = Caseloads.today().minusDays(1);
        List<String> notes = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String note = client.post(Service.CASE_NOTES, child.worker(), "/children/" + child.id() + "/case-notes",
                    visitNote(yesterday, n), 201).path("id").asText();
            client.post(Service.CASE_NOTES, child.worker(), "/case-notes/" + note + "/submit", null, 200);
            notes.add(note);
        }
        return notes;
    }

    /**
     * Reads each child's requests from its team's practice manager's inbox, round after round, until every note has
     * one. approvals-service routes the notes as it consumes case-notes-service's events, which takes a while when
     * thousands were submitted (docs/measurements.md, issue 17), so the wait gives up only when a whole minute brings
     * no new request. The children are read one after another, not at once: approvals-service is busy enough.
     */
    private static List<List<String>> awaitRequests(SetUpClient client, List<Child> children,
                                                    List<List<String>> notes) {
        List<Map<String, String>> found = new ArrayList<>();
        children.forEach(child -> found.add(new HashMap<>()));
        Instant progressed = Instant.now();
        while (true) {
            int waiting = 0;
            for (int c = 0; c < children.size(); c++) {
                if (found.get(c).size() == notes.get(c).size()) {
                    continue;
                }
                int before = found.get(c).size();
                readInbox(client, children.get(c), new HashSet<>(notes.get(c)), found.get(c));
                if (found.get(c).size() > before) {
                    progressed = Instant.now();
                }
                waiting += notes.get(c).size() - found.get(c).size();
            }
            if (waiting == 0) {
                break;
            }
            if (Duration.between(progressed, Instant.now()).compareTo(NO_PROGRESS) > 0) {
                throw new IllegalStateException(waiting + " submitted notes still have no approval request in "
                        + "the practice managers' inboxes, and none has come for " + NO_PROGRESS.toSeconds() + " s");
            }
            Caseloads.pause(Duration.ofSeconds(1));
        }
        List<List<String>> requests = new ArrayList<>();
        for (int c = 0; c < children.size(); c++) {
            requests.add(notes.get(c).stream().map(found.get(c)::get).toList());
        }
        return requests;
    }

    /** One read of the practice manager's pending requests about this child: those about its notes, by note. */
    private static void readInbox(SetUpClient client, Child child, Set<String> notes, Map<String, String> found) {
        JsonNode page = client.get(Service.APPROVALS, child.team() + ".pm", "/inbox?limit=100&childId=" + child.id(),
                200);
        for (JsonNode item : page.path("items")) {
            String note = item.path("subjectId").asText();
            if (notes.contains(note)) {
                found.put(note, item.path("id").asText());
            }
        }
    }

    /**
     * One request of each child in turn, so that two decisions in a row are never on the same child's record; each
     * team's requests go alternately to its practice manager and its team manager.
     */
    private static List<Decision> inTurn(List<Child> children, List<List<String>> requests) {
        Map<String, Integer> decidedInTeam = new LinkedHashMap<>();
        List<Decision> decisions = new ArrayList<>();
        int perChild = requests.get(0).size();
        for (int n = 0; n < perChild; n++) {
            for (int c = 0; c < children.size(); c++) {
                String team = children.get(c).team();
                int turn = decidedInTeam.merge(team, 1, Integer::sum);
                decisions.add(new Decision(requests.get(c).get(n), team + (turn % 2 == 1 ? ".pm" : ".tm")));
            }
        }
        return decisions;
    }

    /** A CP statutory visit as the worker records it: the child seen alone, their own words kept apart. */
    private static Map<String, Object> visitNote(LocalDate day, int n) {
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("statutoryVisit", "CP");
        visit.put("venue", "Family home");
        visit.put("purpose", "Child protection statutory visit");
        visit.put("announced", n % 3 == 0);
        visit.put("childSeen", true);
        visit.put("seenAlone", true);
        visit.put("bedroomSeen", true);
        visit.put("analysis", "The safety plan is being followed; no new concerns today.");
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("noteType", "STATUTORY_VISIT");
        note.put("eventDate", day.toString());
        note.put("eventTime", "16:00");
        note.put("title", "CP statutory visit " + n);
        note.put("narrative", "Visited at home after school; saw the child alone in their bedroom, which was tidy "
                + "and warm.");
        note.put("childsVoice", Map.of("words", "I like doing my homework at the kitchen table now.",
                "howObtained", "Talking alone in their bedroom"));
        note.put("parentsAndCarers", List.of(Map.of("name", "Claire Load", "relationship", "Mother",
                "views", "Says the new bedtime routine is helping.")));
        note.put("visit", visit);
        return note;
    }
}
