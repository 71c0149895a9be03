package io.casework.approvals.domain;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The e-mail that tells someone a notification waits in their inbox (issue 17): what kind of notification it is, in
 * plain English, when it was raised, the due date if it has one, and a link to the inbox. Nothing about the child: no
 * name, no id, and none of the notification's own message, which can quote the request. E-mail leaves the council's
 * systems and sits in mailboxes and on phones; what the notification is about is for the inbox, behind sign-in. A
 * plain text body, with the same as simple HTML.
 */
public record NotificationMail(String subject, String text, String html) {

    /**
     * The approval console's inbox and notifications, under the front's origin (docs/api-conventions.md "One origin,
     * one prefix per service"; docs/console.md): a page that signs the reader in, not the API, which answers a
     * browser without a token 401.
     */
    public static final String INBOX_PATH = "approvals/v1/console/#/inbox";
    public static final String NOTIFICATIONS_PATH = "approvals/v1/console/#/notifications";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    /**
     * What a mail may say, and all it may say: nothing here names or describes the child.
     *
     * @param kindTitle      for a request, its decision kind's title from the catalogue ("Statutory visit
     *                       oversight"); null otherwise
     * @param state          for a decided request, how it was decided; null otherwise
     * @param escalationStep for a deadline's escalation, its step; null otherwise
     * @param dueDate        the request's due date, or the deadline's; null when there is none
     */
    public record Facts(NotificationType type, String kindTitle, RequestState state, Integer escalationStep,
                        Instant raisedAt, LocalDate dueDate) {
    }

    /** The mail for these facts, linking to the inbox under {@code console} and stating times in {@code zone}. */
    public static NotificationMail of(Facts facts, URI console, ZoneId zone) {
        String headline = headline(facts);
        List<String> lines = new ArrayList<>();
        lines.add("Raised: " + TIME.format(facts.raisedAt().atZone(zone)) + " (" + zone.getId() + ")");
        if (facts.dueDate() != null) {
            lines.add((isDeadline(facts.type()) ? "It was due by: " : "Due by: ") + DAY.format(facts.dueDate()));
        }
        String link = inbox(console, facts.type() == NotificationType.APPROVAL_REQUESTED ? INBOX_PATH
                : NOTIFICATIONS_PATH);
        String privacy = "This e-mail says nothing about the child on purpose: the details are in the casework "
                + "system, for those allowed to see them.";
        String text = headline + ".\n\n" + String.join("\n", lines) + "\n\nSee it in your inbox: " + link + "\n\n"
                + privacy + "\n";
        StringBuilder html = new StringBuilder("<html><body>\n<p><strong>").append(escape(headline))
                .append(".</strong></p>\n<p>");
        html.append(String.join("<br>\n", lines.stream().map(NotificationMail::escape).toList()));
        html.append("</p>\n<p><a href=\"").append(escape(link)).append("\">See it in your inbox</a></p>\n<p>")
                .append(escape(privacy)).append("</p>\n</body></html>\n");
        return new NotificationMail("Casework: " + headline, text, html.toString());
    }

    /** The kind of notification, in a sentence; for a request, with its kind's title from the catalogue. */
    static String headline(Facts facts) {
        return switch (facts.type()) {
            case APPROVAL_REQUESTED -> "A request waits for your decision: " + kind(facts);
            case APPROVAL_DECIDED -> "A request was decided: " + kind(facts)
                    + (facts.state() == null || !facts.state().decided() ? ""
                    : " (" + facts.state().name().toLowerCase(Locale.ROOT) + ")");
            case RESTRICTED_ACCESS_REFUSED -> "Someone was refused access to a restricted record";
            case DEADLINE_BREACHED -> "A deadline has passed";
            case DEADLINE_ESCALATED -> "An overdue deadline was escalated to you"
                    + (facts.escalationStep() == null ? "" : " (step " + facts.escalationStep() + ")");
            case FAILED_ACCESS_ESCALATED -> "Visits to a child keep failing: a case management decision is asked of "
                    + "you";
        };
    }

    private static String kind(Facts facts) {
        return facts.kindTitle() == null ? "a decision" : facts.kindTitle();
    }

    private static boolean isDeadline(NotificationType type) {
        return type == NotificationType.DEADLINE_BREACHED || type == NotificationType.DEADLINE_ESCALATED;
    }

    private static String inbox(URI console, String path) {
        String origin = console.toString();
        return (origin.endsWith("/") ? origin : origin + "/") + path;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
