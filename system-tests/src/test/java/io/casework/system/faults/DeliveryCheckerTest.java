package io.casework.system.faults;

import io.casework.contracts.EventType;
import io.casework.system.check.DeliveryChecker;
import io.casework.system.check.DeliveryReport;
import io.casework.system.check.EventEffects;
import io.casework.system.check.RunScope;
import io.casework.system.check.ServiceStore;
import io.casework.system.load.AcknowledgedWrites;
import io.casework.system.load.WriteLoad;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.casework.system.faults.FaultRun.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The checker itself: it knows every event type, and it fails when an effect is dropped or doubled. */
@Tag("faults")
class DeliveryCheckerTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    @DisplayName("Every event type of the contracts module is known to the checker")
    void everyEventTypeIsKnown(EventType type) {
        assertThatCode(() -> EventEffects.of(type)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("A dropped effect and a doubled effect are each reported, naming the event")
    void catchesADroppedAndADoubledEffect() throws SQLException {
        RunScope scope = RunScope.begin("Checker");
        AcknowledgedWrites acknowledged;
        try (WriteLoad load = new WriteLoad(scope.tag(), 1, Duration.ofMillis(200))) {
            sleep(Duration.ofSeconds(3));
            acknowledged = load.stop();
        }
        DeliveryChecker checker = new DeliveryChecker();
        DeliveryReport report = awaitClean(checker, scope, acknowledged);
        assertThat(report.problems()).as("an untouched run").isEmpty();
        assertThat(report.count("effects verified")).isPositive();

        try (Connection deadlines = ServiceStore.DEADLINES.connect()) {
            String deadlineId = oneStatutoryVisitDeadline(deadlines, acknowledged.children().values().iterator().next());

            // Dropped: the deadline no longer answers for its visit.
            update(deadlines, "update deadline set subject_id = subject_id || '-dropped' where id = ?::uuid", deadlineId);
            try {
                assertThat(checker.check(scope, acknowledged, List.of()).problems())
                        .anySatisfy(p -> assertThat(p).contains("statutory visit deadline of event")
                                .contains("found 0 times"));
            } finally {
                update(deadlines, "update deadline set subject_id = replace(subject_id, '-dropped', '') where id = ?::uuid",
                        deadlineId);
            }

            // Doubled: a second deadline for the same visit, as a consumer that applied the event twice would leave.
            String copy = insertCopy(deadlines, deadlineId);
            try {
                assertThat(checker.check(scope, acknowledged, List.of()).problems())
                        .anySatisfy(p -> assertThat(p).contains("statutory visit deadline of event")
                                .contains("found 2 times"));
            } finally {
                update(deadlines, "delete from deadline where id = ?::uuid", copy);
            }
        }
        assertThat(checker.check(scope, acknowledged, List.of()).problems()).as("after the repair").isEmpty();
    }

    private static DeliveryReport awaitClean(DeliveryChecker checker, RunScope scope, AcknowledgedWrites acknowledged) {
        Instant giveUp = Instant.now().plusSeconds(60);
        DeliveryReport report = checker.check(scope, acknowledged, List.of());
        while (!report.clean() && Instant.now().isBefore(giveUp)) {
            sleep(Duration.ofSeconds(1));
            report = checker.check(scope, acknowledged, List.of());
        }
        return report;
    }

    private static String oneStatutoryVisitDeadline(Connection db, String childId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select id::text from deadline where child_id = ?::uuid and kind = 'STATUTORY_VISIT' limit 1")) {
            query.setString(1, childId);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("a statutory visit deadline for child " + childId).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static String insertCopy(Connection db, String deadlineId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into deadline (id, child_id, kind, rule_id, authority, subject_id, team, assignee, due_date,
                                      state, opened_at, met_on, met_at, late)
                select gen_random_uuid(), child_id, kind, rule_id, authority, subject_id, team, assignee, due_date,
                       'MET', opened_at, due_date, now(), false
                from deadline where id = ?::uuid
                returning id::text""")) {
            insert.setString(1, deadlineId);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static void update(Connection db, String sql, String id) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, id);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
