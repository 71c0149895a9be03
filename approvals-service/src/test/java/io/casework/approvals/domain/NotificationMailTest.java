package io.casework.approvals.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: what the mail of a notification says, and what it never says. */
class NotificationMailTest {

    private static final URI CONSOLE = URI.create("https://casework.council.example/");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant RAISED = Instant.parse("2026-07-01T13:05:00Z");

    private static NotificationMail mail(NotificationType type, String kind, RequestState state, Integer step,
                                         LocalDate due) {
        return NotificationMail.of(new NotificationMail.Facts(type, kind, state, step, RAISED, due), CONSOLE, LONDON);
    }

    @Nested
    @DisplayName("issue 17: the subject says the kind of notification in plain English")
    class Subjects {

        @Test
        @DisplayName("a request waiting names its kind from the catalogue")
        void requestWaiting() {
            assertThat(mail(NotificationType.APPROVAL_REQUESTED, "Statutory visit oversight", RequestState.PENDING,
                    null, null).subject())
                    .isEqualTo("Casework: A request waits for your decision: Statutory visit oversight");
        }

        @Test
        @DisplayName("a decided request says how it was decided")
        void requestDecided() {
            assertThat(mail(NotificationType.APPROVAL_DECIDED, "Case note oversight", RequestState.RETURNED, null,
                    null).subject()).isEqualTo("Casework: A request was decided: Case note oversight (returned)");
        }

        @Test
        @DisplayName("alerts say what happened, and an escalation its step")
        void alerts() {
            assertThat(mail(NotificationType.DEADLINE_BREACHED, null, null, null, null).subject())
                    .isEqualTo("Casework: A deadline has passed");
            assertThat(mail(NotificationType.DEADLINE_ESCALATED, null, null, 2, null).subject())
                    .isEqualTo("Casework: An overdue deadline was escalated to you (step 2)");
            assertThat(mail(NotificationType.RESTRICTED_ACCESS_REFUSED, null, null, null, null).subject())
                    .isEqualTo("Casework: Someone was refused access to a restricted record");
            assertThat(mail(NotificationType.FAILED_ACCESS_ESCALATED, null, null, null, null).subject())
                    .isEqualTo("Casework: Visits to a child keep failing: a case management decision is asked of "
                            + "you");
        }
    }

    @Nested
    @DisplayName("issue 17: the body says when, the due date if any, and links to the inbox")
    class Bodies {

        @Test
        @DisplayName("raised at the council's local time (13:05 UTC is 14:05 in London in July), due by a day")
        void whenAndDue() {
            NotificationMail mail = mail(NotificationType.APPROVAL_REQUESTED, "Statutory visit oversight",
                    RequestState.PENDING, null, LocalDate.of(2026, 7, 8));
            assertThat(mail.text()).contains("Raised: 1 July 2026 at 14:05 (Europe/London)", "Due by: 8 July 2026",
                    "See it in your inbox: https://casework.council.example/approvals/v1/console/#/inbox\n");
            assertThat(mail.html()).contains("Due by: 8 July 2026",
                    "<a href=\"https://casework.council.example/approvals/v1/console/#/inbox\">");
        }

        @Test
        @DisplayName("no due date, no due line; an alert links to the notifications, even from a console URL "
                + "without its trailing slash")
        void alertWithoutDueDate() {
            NotificationMail mail = NotificationMail.of(new NotificationMail.Facts(
                    NotificationType.RESTRICTED_ACCESS_REFUSED, null, null, null, RAISED, null),
                    URI.create("http://localhost:8080"), LONDON);
            assertThat(mail.text()).doesNotContain("Due by").doesNotContain("due by")
                    .contains("http://localhost:8080/approvals/v1/console/#/notifications");
        }

        @Test
        @DisplayName("a deadline's date is when it was due")
        void deadline() {
            assertThat(mail(NotificationType.DEADLINE_BREACHED, null, null, null, LocalDate.of(2026, 3, 2)).text())
                    .contains("It was due by: 2 March 2026");
        }

        @Test
        @DisplayName("the HTML alternative escapes what it shows")
        void escaped() {
            assertThat(mail(NotificationType.APPROVAL_REQUESTED, "Oversight <b>&</b>", RequestState.PENDING, null,
                    null).html()).contains("Oversight &lt;b&gt;&amp;&lt;/b&gt;").doesNotContain("<b>&</b>");
        }

        @Test
        @DisplayName("issue 17: no personal details of the child: the facts a mail is made from hold no child, and "
                + "the mail says so")
        void nothingAboutTheChild() {
            assertThat(NotificationMail.Facts.class.getRecordComponents())
                    .extracting(component -> component.getName())
                    .containsExactly("type", "kindTitle", "state", "escalationStep", "raisedAt", "dueDate");
            assertThat(mail(NotificationType.DEADLINE_BREACHED, null, null, null, null).text())
                    .contains("This e-mail says nothing about the child on purpose");
        }
    }
}
