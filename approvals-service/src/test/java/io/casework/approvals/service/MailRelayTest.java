package io.casework.approvals.service;

import com.icegreen.greenmail.store.FolderException;
import io.casework.approvals.TestTopics;
import io.casework.contracts.NoteType;
import io.casework.contracts.events.CaseNoteSubmitted;
import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.DeadlineBreached;
import io.casework.contracts.events.InformationRemovalRequested;
import io.casework.testing.DatabaseOwner;
import io.casework.testing.KeycloakTokens;
import io.casework.testing.TestRunTopics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 17: an e-mail for each inbox notification, sent by {@link MailRelay} to a real SMTP server (GreenMail) after
 * the notification's transaction has committed. Notifications are raised as in production, by events on the run's
 * topics; the relay runs when a test says (its schedule is off in tests).
 */
@QuarkusTest
@WithTestResource(GreenMailServer.class)
class MailRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String NORTH_PM = "daniel.walsh@casework.example";

    @Inject
    MailRelay relay;

    @BeforeEach
    void nothingWaiting() throws FolderException {
        GreenMailServer.startServer();
        // What earlier tests raised, sent and forgotten: a run that fails on a slow connection leaves mail waiting,
        // so the relay runs until none is.
        for (int run = 0; run < 5 && relay.run() + waiting() > 0; run++) {
            // again
        }
        GreenMailServer.server().purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void serverBack() {
        GreenMailServer.startServer();
    }

    @Test
    @DisplayName("issue 17: a statutory visit note submitted (004) raises north.pm's request, and north.pm gets exactly "
            + "one mail at the address of the demo realm, saying in plain English what waits; a second run sends "
            + "nothing more")
    void oneMailToTheApprover() throws Exception {
        CaseNoteSubmitted note = TestTopics.send(
                TestTopics.submitted(NoteType.STATUTORY_VISIT, "north.sw1", "Amelia Hughes", "north"));
        UUID notification = awaitNotification("north.pm", note.childId());

        assertThat(sendAll(1)).isEqualTo(1);

        List<MimeMessage> received = received();
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(recipients(mail)).containsExactly(NORTH_PM);
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly(GreenMailServer.FROM);
        assertThat(mail.getSubject())
                .isEqualTo("Casework: A request waits for your decision: Statutory visit oversight");
        assertThat(mail.getHeader(MailRelay.NOTIFICATION_HEADER)).containsExactly(notification.toString());
        assertThat(texts(mail)).as("a plain text and an HTML alternative").hasSize(2)
                .allSatisfy(text -> assertThat(text).contains("A request waits for your decision",
                        "http://localhost:8080/approvals/v1/console/#/inbox"));
        assertThat(mailState(notification)).containsEntry("mail_state", "SENT");

        assertThat(relay.run()).as("the second run").isZero();
        assertThat(received()).hasSize(1);
    }

    @Test
    @DisplayName("issue 17: no personal details of the child in the mail: not the child's name or id, not the note, "
            + "not the request's free text (the reasons for a removal) and not the notification's message")
    void nothingAboutTheChild() throws Exception {
        UUID child = UUID.randomUUID();
        TestRunTopics.publishAsOwner(new ChildRegistered(child, "Jayden Mailtest-Child", "lcs-practice-guide",
                "north", "north.sw1", "CIN", LocalDate.now().minusDays(7)), child);
        CaseNoteSubmitted note = TestTopics.send(TestTopics.submitted(child, NoteType.STATUTORY_VISIT, "north.sw1",
                "Amelia Hughes", "north"));
        InformationRemovalRequested removal = TestTopics.removalRequested("north.sw1", "Amelia Hughes", "north");
        TestRunTopics.publishAsOwner(removal, removal.childId());
        UUID visit = awaitNotification("north.pm", child);
        UUID asked = awaitNotification("north.tm", removal.childId());

        assertThat(sendAll(2)).isEqualTo(2);

        List<String> forbidden = new ArrayList<>(List.of("Jayden", "Mailtest-Child", child.toString(),
                note.noteId().toString(), removal.childId().toString(), removal.noteId().toString(),
                removal.reason(), removal.whyAmendmentIsNotEnough(), removal.laterEntriesUnaffected(),
                message(visit), message(asked)));
        for (MimeMessage mail : received()) {
            for (String text : texts(mail)) {
                assertThat(text).as("the body of the mail to " + recipients(mail))
                        .doesNotContain(forbidden.toArray(String[]::new));
            }
            assertThat(mail.getSubject()).doesNotContain(forbidden.toArray(String[]::new));
        }
        assertThat(received()).filteredOn(mail -> recipients(mail).contains("helen.carter@casework.example"))
                .extracting(MimeMessage::getSubject)
                .containsExactly("Casework: A request waits for your decision: Removal of inaccurate information");
    }

    @Test
    @DisplayName("issue 17: a deadline alert's mail says a deadline has passed and when it was due, to the worker "
            + "it belongs to")
    void deadlineAlert() throws Exception {
        UUID child = UUID.randomUUID();
        LocalDate due = LocalDate.of(2026, 3, 2);
        TestRunTopics.publishAsOwner(new DeadlineBreached(UUID.randomUUID(), child, "PATHWAY_STEP",
                "cf-assessment-priority-10", UUID.randomUUID().toString(), "north", "north.sw1", "ALLOCATED_WORKER",
                due, Instant.now(), "rules-test"), child);
        awaitNotification("north.sw1", child);

        assertThat(sendAll(1)).isEqualTo(1);

        MimeMessage mail = received().get(0);
        assertThat(recipients(mail)).containsExactly("amelia.hughes@casework.example");
        assertThat(mail.getSubject()).isEqualTo("Casework: A deadline has passed");
        assertThat(texts(mail).get(0)).contains("It was due by: 2 March 2026",
                "http://localhost:8080/approvals/v1/console/#/notifications");
    }

    @Test
    @DisplayName("issue 17: a member of staff without an e-mail address (none given when they joined) gets no mail, "
            + "and their notification is marked as not mailable rather than tried again")
    void noAddressNoMail() throws Exception {
        given().header("Authorization", KeycloakTokens.bearer("head.of.service")).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Nadim Noaddress", "post", "SOCIAL_WORKER", "team", "north",
                        "supervisor", "north.pm"))
                .put("/organisation/staff/north.sw8")
                .then().statusCode(200).body("username", equalTo("north.sw8")).body("email", nullValue());
        UUID child = UUID.randomUUID();
        TestRunTopics.publishAsOwner(new DeadlineBreached(UUID.randomUUID(), child, "PATHWAY_STEP",
                "cf-assessment-priority-10", UUID.randomUUID().toString(), "north", "north.sw8", "ALLOCATED_WORKER",
                LocalDate.now(), Instant.now(), "rules-test"), child);
        UUID notification = awaitNotification("north.sw8", child);

        assertThat(relay.run()).isZero();
        assertThat(mailState(notification)).containsEntry("mail_state", "NO_ADDRESS")
                .containsEntry("mail_attempts", 0).containsEntry("mail_due_at", null);
        assertThat(relay.run()).isZero();
        assertThat(received()).isEmpty();
        assertThat(mailState(notification)).containsEntry("mail_state", "NO_ADDRESS")
                .containsEntry("mail_attempts", 0);
    }

    @Test
    @DisplayName("issue 17: while the mail server is down the mail is not marked sent, the attempt is counted, and "
            + "the run after the server is back sends it")
    void serverDownThenBack() throws Exception {
        GreenMailServer.stopServer();
        CaseNoteSubmitted note = TestTopics.send(
                TestTopics.submitted(NoteType.CASE_NOTE, "north.sw2", "Oliver Bennett", "north"));
        UUID notification = awaitNotification("north.pm", note.childId());

        assertThat(relay.run()).isZero();
        assertThat(mailState(notification)).containsEntry("mail_state", "PENDING")
                .containsEntry("mail_attempts", 1).containsEntry("mailed_at", null);

        GreenMailServer.startServer();
        assertThat(sendAll(1)).isEqualTo(1);
        assertThat(received()).hasSize(1).allSatisfy(mail -> {
            assertThat(recipients(mail)).containsExactly(NORTH_PM);
            assertThat(mail.getHeader(MailRelay.NOTIFICATION_HEADER)).containsExactly(notification.toString());
        });
        assertThat(mailState(notification)).containsEntry("mail_state", "SENT");
        assertThat((Integer) mailState(notification).get("mail_attempts")).as("the failed attempt counted")
                .isGreaterThanOrEqualTo(2);
    }

    /**
     * Runs the relay until it has sent {@code expected} mails, at most four runs: now and then a connection to the
     * embedded server idles until the server's 30 s read timeout (seen on CI), and the relay's answer to a failed
     * send is the next run, as in production. What was received is then checked for duplicates by each test.
     */
    private int sendAll(int expected) {
        int sent = 0;
        for (int run = 0; run < 4 && sent < expected; run++) {
            sent += relay.run();
        }
        return sent;
    }

    private static List<MimeMessage> received() {
        return Arrays.asList(GreenMailServer.server().getReceivedMessages());
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // Every text part, decoded (quoted-printable would split an id across lines, and hide it from a search).
    private static List<String> texts(Part part) throws MessagingException, IOException {
        List<String> texts = new ArrayList<>();
        Object content = part.getContent();
        if (content instanceof String text) {
            texts.add(text);
        } else if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart body = parts.getBodyPart(i);
                texts.addAll(texts(body));
            }
        }
        return texts;
    }

    private static UUID awaitNotification(String recipient, UUID childId) {
        return await().atMost(WAIT).until(() -> {
            try (Connection db = DatabaseOwner.connect(); PreparedStatement query = db.prepareStatement(
                    "select id from notification where recipient = ? and child_id = ?")) {
                query.setString(1, recipient);
                query.setObject(2, childId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getObject(1, UUID.class) : null;
                }
            }
        }, id -> id != null);
    }

    private static long waiting() {
        try (Connection db = DatabaseOwner.connect();
             PreparedStatement query = db.prepareStatement(
                     "select count(*) from notification where mail_state = 'PENDING'");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> mailState(UUID notification) throws SQLException {
        try (Connection db = DatabaseOwner.connect(); PreparedStatement query = db.prepareStatement(
                "select mail_state, mail_attempts, mail_due_at, mailed_at from notification where id = ?")) {
            query.setObject(1, notification);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                Map<String, Object> state = new java.util.HashMap<>();
                state.put("mail_state", row.getString("mail_state"));
                state.put("mail_attempts", row.getInt("mail_attempts"));
                state.put("mail_due_at", row.getTimestamp("mail_due_at"));
                state.put("mailed_at", row.getTimestamp("mailed_at"));
                return state;
            }
        }
    }

    private static String message(UUID notification) throws SQLException {
        try (Connection db = DatabaseOwner.connect(); PreparedStatement query = db.prepareStatement(
                "select message from notification where id = ?")) {
            query.setObject(1, notification);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
