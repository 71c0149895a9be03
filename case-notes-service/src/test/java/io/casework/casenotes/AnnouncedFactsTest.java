package io.casework.casenotes;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.Outcome;
import io.casework.contracts.events.ApprovalDecided;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.KeepInTouchRecorded;
import io.casework.contracts.events.VisitRecorded;
import io.casework.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.as;
import static io.casework.casenotes.CaseNotesApi.child;
import static io.casework.casenotes.CaseNotesApi.note;
import static io.casework.casenotes.CaseNotesApi.registerChild;
import static io.casework.casenotes.CaseNotesApi.registerUnborn;
import static io.casework.casenotes.CaseNotesApi.statutoryVisit;
import static io.casework.casenotes.CaseNotesApi.uniqueName;
import static io.casework.casenotes.CaseNotesApi.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * What case-notes-service tells the other services a note or a record holds, read off the real topic as they read
 * it: a visit's compliance facts, a care leaver's keep-in-touch contact, a child's date of birth. Each is announced
 * at the note's version, and a later version replaces an earlier one.
 */
@QuarkusTest
class AnnouncedFactsTest {

    private static final EventCodec CODEC = new EventCodec();
    private static final Duration WAIT = Duration.ofSeconds(15);

    static TopicProbe events;
    static String approvalsTopic;

    @BeforeAll
    static void subscribe() {
        var config = ConfigProvider.getConfig();
        events = new TopicProbe(config.getValue("casework.outbox.topic", String.class));
        approvalsTopic = config.getValue("mp.messaging.incoming.approvals-events.topic", String.class);
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Nested
    @DisplayName("a visit's compliance facts")
    class Visits {

        @Test
        @DisplayName("003 s.5b: a submitted CP statutory visit announces which statutory visit it was, the bedroom "
                + "seen, that it was unannounced, when it started and how long it lasted, and why the child was not "
                + "seen alone")
        void statutoryVisitFacts() {
            String child = registerChild("north.sw1", "CP");
            String note = write("north.sw1", child, cpVisit(false, "Riley would not let his mother leave the room",
                    "16:30", 45));
            as("north.sw1").post("/case-notes/" + note + "/submit").then().statusCode(200);

            VisitRecorded visit = visits(child, 1).get(0);
            assertThat(visit.noteId()).isEqualTo(UUID.fromString(note));
            assertThat(visit.version()).isEqualTo(1);
            assertThat(visit.statutory()).isTrue();
            assertThat(visit.statutoryVisit()).isEqualTo("CP");
            assertThat(visit.unborn()).isFalse();
            assertThat(visit.childSeen()).isTrue();
            assertThat(visit.seenAlone()).isFalse();
            assertThat(visit.notSeenAloneReason()).isEqualTo("Riley would not let his mother leave the room");
            assertThat(visit.bedroomSeen()).isTrue();
            assertThat(visit.announced()).isFalse();
            assertThat(visit.startTime()).isEqualTo(LocalTime.of(16, 30));
            assertThat(visit.durationMinutes()).isEqualTo(45);
        }

        @Test
        @DisplayName("003 s.5b, 004 \"Recording Statutory Visits\": a visit returned by the practice manager and "
                + "resubmitted corrected announces the later version's facts")
        void correctedVisitAnnouncesTheLaterFacts() {
            String child = registerChild("north.sw1", "CP");
            String note = write("north.sw1", child, cpVisit(false, "Riley would not let his mother leave the room",
                    "16:30", 45));
            as("north.sw1").post("/case-notes/" + note + "/submit").then().statusCode(200);
            returned("north.sw1", child, note, "STATUTORY_VISIT_OVERSIGHT", "north.pm",
                    "Your diary says you saw Riley alone in his room; please check the times too.");

            as("north.sw1").header("If-Match", "\"2\"").body(cpVisit(true, null, "17:05", 60))
                    .put("/case-notes/" + note).then().statusCode(200);
            as("north.sw1").post("/case-notes/" + note + "/submit").then().statusCode(200);

            List<VisitRecorded> visits = visits(child, 2);
            VisitRecorded corrected = visits.get(1);
            assertThat(corrected.version()).isEqualTo(3);
            assertThat(corrected.seenAlone()).isTrue();
            assertThat(corrected.notSeenAloneReason()).isNull();
            assertThat(corrected.startTime()).isEqualTo(LocalTime.of(17, 5));
            assertThat(corrected.durationMinutes()).isEqualTo(60);
            assertThat(visits.get(0).startTime()).isEqualTo(LocalTime.of(16, 30));
        }

        @Test
        @DisplayName("002 s.6: a visit about an unborn baby says the child is unborn and carries no \"seen\" or "
                + "\"seen alone\" facts")
        void unbornChildHasNoSeenFacts() {
            String baby = registerUnborn("north.sw1");
            String note = write("north.sw1", baby, note("VISIT", "visit", Map.of("venue", "Family home",
                    "purpose", "Pre-birth visit to mother", "announced", true, "startTime", "10:00",
                    "durationMinutes", 50, "analysis", "The pregnancy is progressing well")));
            as("north.sw1").post("/case-notes/" + note + "/finalise").then().statusCode(200);

            VisitRecorded visit = visits(baby, 1).get(0);
            assertThat(visit.unborn()).isTrue();
            assertThat(visit.childSeen()).isFalse();
            assertThat(visit.statutory()).isFalse();
            assertThat(visit.statutoryVisit()).isNull();
            assertThat(visit.seenAlone()).isNull();
            assertThat(visit.notSeenAloneReason()).isNull();
            assertThat(visit.bedroomSeen()).isNull();
            assertThat(visit.announced()).isTrue();
            assertThat(visit.durationMinutes()).isEqualTo(50);
        }

        /** A CP statutory visit yesterday with the bedroom seen, unannounced, seen alone or not. */
        private static Map<String, Object> cpVisit(boolean seenAlone, String notSeenAloneReason, String startTime,
                                                   int minutes) {
            Map<String, Object> visit = new HashMap<>(Map.of("statutoryVisit", "CP", "venue", "Family home",
                    "purpose", "Statutory CP visit", "announced", false, "startTime", startTime,
                    "durationMinutes", minutes, "childSeen", true, "seenAlone", seenAlone, "bedroomSeen", true));
            if (notSeenAloneReason != null) {
                visit.put("notSeenAloneReason", notSeenAloneReason);
            }
            Map<String, Object> note = new HashMap<>(statutoryVisit());
            note.put("eventDate", LocalDate.now().minusDays(1).toString());
            note.put("eventTime", startTime);
            note.put("visit", visit);
            return note;
        }

        /** The child's first {@code count} visit-recorded events, in the order published. */
        private static List<VisitRecorded> visits(String child, int count) {
            return announced(EventType.VISIT_RECORDED, child, count, VisitRecorded.class);
        }
    }

    @Nested
    @DisplayName("a care leaver's keep-in-touch contact")
    class KeepInTouch {

        @Test
        @DisplayName("004 \"Recording KIT Visits\": a submitted KIT announces in touch, main activity and "
                + "accommodation on the day of the contact; returned and resubmitted, its later version replaces it")
        void keepInTouchAnnouncedAtEachVersion() {
            String child = registerCareLeaver();
            LocalDate contact = LocalDate.now().minusDays(2);
            String note = write("south.sw1", child, kit(contact, true, "TRAINING",
                    "Supported lodgings in Rochdale; settled"));
            as("south.sw1").post("/case-notes/" + note + "/submit").then().statusCode(200);

            KeepInTouchRecorded first = contacts(child, 1).get(0);
            assertThat(first).isEqualTo(new KeepInTouchRecorded(UUID.fromString(note), UUID.fromString(child),
                    contact, 1, true, "TRAINING", "Supported lodgings in Rochdale; settled"));

            returned("south.sw1", child, note, "CASE_NOTE_OVERSIGHT", "south.pm",
                    "Kai started work last month: record the apprenticeship and the new flat.");
            as("south.sw1").header("If-Match", "\"2\"").body(kit(contact, true, "EMPLOYMENT",
                    "Own tenancy since October; managing well")).put("/case-notes/" + note).then().statusCode(200);
            as("south.sw1").post("/case-notes/" + note + "/submit").then().statusCode(200);

            KeepInTouchRecorded later = contacts(child, 2).get(1);
            assertThat(later.version()).isEqualTo(3);
            assertThat(later.contactDate()).isEqualTo(contact);
            assertThat(later.mainActivity()).isEqualTo("EMPLOYMENT");
            assertThat(later.accommodation()).isEqualTo("Own tenancy since October; managing well");
        }

        @Test
        @DisplayName("004 \"Recording KIT Visits\": a KIT its author finalises without oversight is announced "
                + "too, a care leaver the authority is no longer in touch with as much as any")
        void finalisedKitAnnounced() {
            String child = registerCareLeaver();
            String note = write("south.sw1", child, kit(LocalDate.now(), false,
                    "NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING", "Not known: moved out of the area"));
            as("south.sw1").post("/case-notes/" + note + "/finalise").then().statusCode(200);

            KeepInTouchRecorded contact = contacts(child, 1).get(0);
            assertThat(contact.inTouch()).isFalse();
            assertThat(contact.mainActivity()).isEqualTo("NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING");
            assertThat(contact.version()).isEqualTo(1);
        }

        /** A care leaver a month short of 18, on south.sw1's caseload. */
        private static String registerCareLeaver() {
            return as("south.sw1").body(Map.of("givenName", "Kai", "familyName", uniqueName(),
                            "dateOfBirth", LocalDate.now().minusYears(18).plusMonths(1).toString(),
                            "planType", "CARE_LEAVER", "planStartDate", LocalDate.now().minusDays(30).toString()))
                    .post("/children").then().statusCode(201).extract().path("id");
        }

        private static Map<String, Object> kit(LocalDate contact, boolean inTouch, String mainActivity,
                                               String accommodation) {
            Map<String, Object> note = note("CARE_LEAVER_KIT", "keepInTouch", Map.of("inTouch", inTouch,
                    "mainActivity", mainActivity, "accommodation", accommodation));
            note.put("eventDate", contact.toString());
            return note;
        }

        private static List<KeepInTouchRecorded> contacts(String child, int count) {
            return announced(EventType.KEEP_IN_TOUCH_RECORDED, child, count, KeepInTouchRecorded.class);
        }
    }

    @Nested
    @DisplayName("a child's registration")
    class Registration {

        @Test
        @DisplayName("002 s.6: child-registered carries the date of birth the record holds; an unborn child's "
                + "carries none")
        void dateOfBirth() {
            Map<String, Object> details = child("CIN");
            String child = as("north.sw1").body(details).post("/children").then().statusCode(201)
                    .extract().path("id");
            assertThat(announced(EventType.CHILD_REGISTERED, child, 1, ChildRegistered.class).get(0).dateOfBirth())
                    .isEqualTo(LocalDate.parse((String) details.get("dateOfBirth")));

            String baby = registerUnborn("north.sw1");
            ChildRegistered unborn = announced(EventType.CHILD_REGISTERED, baby, 1, ChildRegistered.class).get(0);
            assertThat(unborn.dateOfBirth()).isNull();
            assertThat(unborn.planType()).isEqualTo("CP");
        }
    }

    /**
     * The practice manager returns the submitted note, as approvals-service announces it; waits until its author sees
     * it as a draft again, at version 2.
     */
    private static void returned(String author, String child, String note, String kind, String manager,
                                 String comments) {
        TopicProbe.send(approvalsTopic, child, events.event(new ApprovalDecided(UUID.randomUUID(), kind,
                UUID.fromString(child), note, Outcome.RETURNED, comments, manager, "Alex Example",
                "Practice Manager", Instant.now()), "/approvals-service", child));
        await().atMost(WAIT).untilAsserted(() -> as(author).get("/case-notes/" + note).then()
                .body("status", equalTo("DRAFT")).body("version", equalTo(2)));
    }

    /** Waits for the child's first {@code count} events of the type, in the order published, as their payloads. */
    private static <T> List<T> announced(EventType type, String child, int count, Class<T> payload) {
        await().atMost(WAIT).until(() -> of(type, child).size() >= count);
        return of(type, child).stream().limit(count).map(e -> CODEC.data(e, payload)).toList();
    }

    private static List<EventEnvelope> of(EventType type, String child) {
        return events.seen().stream().filter(r -> child.equals(r.key()) && r.value() != null)
                .map(r -> CODEC.read(r.value())).filter(e -> type.type().equals(e.type())).toList();
    }
}
