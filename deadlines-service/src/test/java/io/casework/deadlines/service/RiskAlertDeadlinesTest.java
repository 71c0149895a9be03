package io.casework.deadlines.service;

import io.casework.contracts.events.ChildRegistered;
import io.casework.contracts.events.RiskAlertActivated;
import io.casework.contracts.events.RiskAlertReviewed;
import io.casework.testing.DemoOrganisation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.deadlines.TestEvents.deadlines;
import static io.casework.deadlines.TestEvents.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 001 "Risk Alerts" under Rochdale's rules (the authority whose policy it is): the head of service's review of a risk
 * alert is a deadline counted here, from the rule's data, and not in case-notes-service. Events in on the run's
 * topics, deadlines read through REST with real tokens.
 */
@QuarkusTest
@TestProfile(RiskAlertDeadlinesTest.Rochdale.class)
class RiskAlertDeadlinesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The deployment runs as Rochdale, whose rule set has risk-alert-review (001). */
    public static class Rochdale implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casework.timescales.authority", "rochdale");
        }
    }

    @BeforeEach
    void demoOrganisation() {
        DemoOrganisation.ensure();
    }

    @Test
    @DisplayName("001 \"Risk Alerts\": an alert activated on 2 March 2026 is due for review within six months (2 "
            + "September 2026); reviewed and continued on 20 August, that review is met on time and the next is "
            + "due six months after it (20 February 2027); reviewed and ended, nothing more is due")
    void reviewedEverySixMonthsWhileItContinues() {
        UUID child = UUID.randomUUID();
        send(new ChildRegistered(child, "A. Child", "rochdale", "north", "north.sw1", "CP",
                LocalDate.of(2026, 1, 5)), child);
        await().atMost(WAIT).ignoreExceptions().until(() -> deadlines(child, "north.tm", null) != null);
        UUID alert = UUID.randomUUID();

        send(new RiskAlertActivated(alert, child, "PERSON_KNOWN_TO_BE_VIOLENT", LocalDate.of(2026, 2, 20), "north",
                "head.of.service", "Margaret Osborne", Instant.parse("2026-03-02T10:00:00Z")), child);
        await().atMost(WAIT).until(() -> reviews(child, "OPEN").size() == 1);
        assertThat(reviews(child, "OPEN").get(0)).containsEntry("dueDate", "2026-09-02")
                .containsEntry("subjectId", alert.toString()).containsEntry("kind", "RISK_ALERT_REVIEW");

        send(review(alert, child, "CONTINUE", "2026-08-20T11:00:00Z"), child);
        await().atMost(WAIT).until(() -> reviews(child, "MET").size() == 1);
        assertThat(reviews(child, "MET").get(0)).containsEntry("metOn", "2026-08-20").containsEntry("late", false);
        await().atMost(WAIT).until(() -> reviews(child, "OPEN").size() == 1);
        assertThat(reviews(child, "OPEN").get(0)).containsEntry("dueDate", "2027-02-20");

        send(review(alert, child, "END", "2027-01-15T11:00:00Z"), child);
        await().atMost(WAIT).until(() -> reviews(child, "OPEN").isEmpty());
        assertThat(reviews(child, "MET")).hasSize(2);
    }

    private static RiskAlertReviewed review(UUID alert, UUID child, String outcome, String at) {
        return new RiskAlertReviewed(alert, child, "north", outcome, "Reviewed with the police", "head.of.service",
                "Margaret Osborne", Instant.parse(at));
    }

    private static List<Map<String, Object>> reviews(UUID child, String state) {
        return deadlines(child, "north.tm", state).stream()
                .filter(d -> "risk-alert-review".equals(d.get("ruleId"))).toList();
    }
}
