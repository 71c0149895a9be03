package io.casework.approvals.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * {@code casework.approvals.*} settings. A narrower prefix than {@code casework}, because a mapping validates every
 * property under its prefix and {@code casework.*} also holds the outbox's, the test run's and the authority.
 */
@ConfigMapping(prefix = "casework.approvals")
public interface ApprovalsConfig {

    InboxStream inboxStream();

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
}
