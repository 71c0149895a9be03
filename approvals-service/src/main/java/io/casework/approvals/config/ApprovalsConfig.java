package io.casework.approvals.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

/**
 * {@code casework.approvals.*} settings. A narrower prefix than {@code casework}, because a mapping validates every
 * property under its prefix and {@code casework.*} also holds the outbox's, the test run's and the authority.
 */
@ConfigMapping(prefix = "casework.approvals")
public interface ApprovalsConfig {

    InboxStream inboxStream();

    /** An e-mail for each inbox notification (issue 17; docs/operations.md "E-mail"). */
    Mail mail();

    /** The approval console, the web page approval staff act from (issue 18; docs/console.md). */
    Console console();

    interface Console {

        /**
         * The realm's public client the page signs in with, by the authorization code flow with PKCE. It must list
         * the console's address among its redirect URIs and its origin among its web origins.
         */
        @WithDefault("casework-web")
        String clientId();
    }

    interface InboxStream {

        /**
         * How often an idle live stream gets a comment line. Proxies and load balancers close connections that stay
         * silent (often after 30 to 60 s), and a client learns from the silence that it should reconnect. Each stream
         * also looks in the database this often, so a notification whose event this replica missed still arrives.
         */
        @WithDefault("PT20S")
        Duration heartbeat();

        /**
         * Live streams one person may hold open on one replica: a browser with a few tabs, not a script opening
         * hundreds. One more is refused with 429 until one closes.
         */
        @WithDefault("5")
        int maxPerUser();
    }

    /**
     * {@code casework.approvals.mail.*}. The SMTP server itself is the mailer's standard {@code quarkus.mailer.*}
     * (host, port, from, TLS, username and password); these say whether mail is sent, what it links to, and how the
     * relay that sends it runs.
     */
    interface Mail {

        /**
         * Whether notifications are mailed. Off unless a deployment turns it on (APPROVALS_MAIL_ENABLED), and then it
         * must name its server: a service with mail on and no {@code quarkus.mailer.host} or {@code from} (and the
         * mailer not in mock mode) refuses to start (MailSettingsCheck). While it is off, notifications wait, and are
         * mailed when it is turned on if they are younger than {@link Relay#maxAge()}.
         */
        @WithDefault("false")
        boolean enabled();

        /**
         * The origin the suite's front answers on, with a trailing slash: a mail links to the approval console under
         * it. The link is {@code approvals/v1/console/} under this origin (docs/console.md; docs/api-conventions.md
         * "One origin, one prefix per service").
         */
        @WithDefault("http://localhost:8080/")
        URI consoleUrl();

        /** The time zone a mail states times in: the council's. */
        @WithDefault("Europe/London")
        ZoneId zone();

        Relay relay();

        interface Relay {

            /** How often the relay looks for mail to send (a Quarkus duration such as {@code 5s}), or {@code off}. */
            @WithDefault("5s")
            String every();

            /** Notifications one replica takes at a time. */
            @WithDefault("20")
            int batch();

            /**
             * How long a batch is the taking replica's alone. A replica that dies mid-send lets its batch go after this
             * long, and another sends it (again, for a mail sent just before the crash). A replica that is still
             * sending when half of it has passed gives the rest of its batch back. Longer than the mailer's timeout
             * ({@code quarkus.mailer.timeout}, 60 s by default).
             */
            @WithDefault("PT5M")
            Duration lease();

            /**
             * How long after a failed send it is tried again; doubled after each further failure of the same mail, up
             * to {@link #retryMax()}. The failure also ends the run: the server is likely away for the rest too.
             */
            @WithDefault("PT30S")
            Duration retryAfter();

            /** The longest wait between two attempts at a mail that keeps failing. */
            @WithDefault("PT1H")
            Duration retryMax();

            /**
             * A notification still unsent this long after it was raised is given up (EXPIRED): mail was off, or the
             * server away, that long, and the inbox has had it all along.
             */
            @WithDefault("P2D")
            Duration maxAge();
        }
    }
}
