package io.casework.approvals.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks at start-up that mail, when on, has a server to go to (issue 17): a service that would fail every mail must
 * not start at all, rather than let notifications pile up unsent. The mailer's own default host ({@code localhost})
 * does not count as naming one. Says in the log whether mail is on, and where it goes.
 */
@ApplicationScoped
public class MailSettingsCheck {

    private static final Logger LOG = Logger.getLogger(MailSettingsCheck.class);

    /** Below the ordinal of every properties file and the environment: a value there is the extension's default. */
    private static final int DEFAULTS_ONLY = 100;

    void onStart(@Observes StartupEvent event, ApprovalsConfig config) {
        SmallRyeConfig settings = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        ConfigValue host = settings.getConfigValue("quarkus.mailer.host");
        boolean hostSet = host.getValue() != null && !host.getValue().isBlank()
                && host.getSourceOrdinal() >= DEFAULTS_ONLY;
        boolean fromSet = settings.getOptionalValue("quarkus.mailer.from", String.class)
                .filter(from -> !from.isBlank()).isPresent();
        boolean mock = settings.getOptionalValue("quarkus.mailer.mock", Boolean.class)
                .orElse(LaunchMode.current().isDevOrTest());
        problem(config.mail().enabled(), mock, hostSet, fromSet).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
        if (!config.mail().enabled()) {
            LOG.info("Notification mail is off (casework.approvals.mail.enabled, APPROVALS_MAIL_ENABLED)");
        } else if (mock) {
            LOG.info("Notification mail is on in the mailer's mock mode: mails are logged, not sent");
        } else {
            LOG.infof("Notification mail is on, through %s:%s", host.getValue(),
                    settings.getOptionalValue("quarkus.mailer.port", String.class).orElse("the default port"));
        }
    }

    /** What is wrong with these settings, if anything: mail on, not mocked, and no server or sender named. */
    static Optional<String> problem(boolean enabled, boolean mock, boolean hostSet, boolean fromSet) {
        if (!enabled || mock || (hostSet && fromSet)) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (!hostSet) {
            missing.add("SMTP server: set quarkus.mailer.host (QUARKUS_MAILER_HOST)");
        }
        if (!fromSet) {
            missing.add("sender: set quarkus.mailer.from (QUARKUS_MAILER_FROM)");
        }
        return Optional.of("Notification mail is on (casework.approvals.mail.enabled, APPROVALS_MAIL_ENABLED) but "
                + "names no " + String.join(", and no ", missing) + "; or turn mail off with "
                + "APPROVALS_MAIL_ENABLED=false (docs/operations.md \"E-mail\")");
    }
}
