package io.casework.approvals.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: mail in production only when configured, and a clear refusal to start when on without a server. */
class MailSettingsCheckTest {

    @Test
    @DisplayName("mail off, or mocked, or with its server and sender named: nothing to say")
    void fine() {
        assertThat(MailSettingsCheck.problem(false, false, false, false)).isEmpty();
        assertThat(MailSettingsCheck.problem(true, true, false, false)).isEmpty();
        assertThat(MailSettingsCheck.problem(true, false, true, true)).isEmpty();
    }

    @Test
    @DisplayName("issue 17: mail on without a host is refused, naming the setting and its environment variable")
    void noHost() {
        assertThat(MailSettingsCheck.problem(true, false, false, true)).hasValueSatisfying(problem -> assertThat(
                problem).contains("quarkus.mailer.host (QUARKUS_MAILER_HOST)", "APPROVALS_MAIL_ENABLED=false")
                .doesNotContain("quarkus.mailer.from"));
    }

    @Test
    @DisplayName("mail on without a sender, or without either, is refused naming what is missing")
    void noSender() {
        assertThat(MailSettingsCheck.problem(true, false, true, false)).hasValueSatisfying(problem -> assertThat(
                problem).contains("quarkus.mailer.from (QUARKUS_MAILER_FROM)").doesNotContain("quarkus.mailer.host"));
        assertThat(MailSettingsCheck.problem(true, false, false, false)).hasValueSatisfying(problem -> assertThat(
                problem).contains("names no SMTP server", "and no sender"));
    }
}
