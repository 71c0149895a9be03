package io.casework.casenotes;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import static io.casework.casenotes.CaseNotesApi.registerChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case pathway's tables (V20) keep their evidence whatever the code above them does: tried as the runtime role the
 * service connects as. The endpoints that write them come later; these rules hold for them from the start.
 */
@QuarkusTest
class PathwayTablesTest {

    private static final String STEP = """
            insert into pathway_step (id, child_id, kind, opened_from, team, state, start_date, source, received_at,
                priority_working_days, due_date, recorded_by, recorded_by_name, recorded_by_designation,
                recorded_by_team, recorded_at)
            values (?, ?, ?, ?, 'north-1', 'OPEN', date '2026-12-21', ?, ?::timestamptz, ?, ?::date, 'north.sw1',
                'North Worker One', 'Social worker', 'north-1', now())""";

    @Inject
    DataSource runtime;

    private UUID childId;

    @BeforeEach
    void child() {
        childId = UUID.fromString(registerChild("north.sw1", "CIN"));
    }

    private UUID step(String kind, UUID openedFrom, String source, String receivedAt, Integer priority, String due)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = runtime.getConnection(); PreparedStatement s = c.prepareStatement(STEP)) {
            s.setObject(1, id);
            s.setObject(2, childId);
            s.setString(3, kind);
            s.setObject(4, openedFrom);
            s.setString(5, source);
            s.setString(6, receivedAt);
            s.setObject(7, priority);
            s.setString(8, due);
            s.executeUpdate();
        }
        return id;
    }

    private UUID cfa() throws SQLException {
        UUID referral = step("REFERRAL", null, "Police", "2026-12-18T16:40:00Z", null, null);
        return step("CF_ASSESSMENT", referral, null, null, 10, "2027-01-07");
    }

    private int run(String sql, Object... parameters) throws SQLException {
        try (Connection c = runtime.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    @Test
    @DisplayName("004 \"Case Pathway\": a contact or referral carries when it was received; a C&F carries a priority "
            + "of 10, 30 or 45 working days and nothing else does")
    void kindFacts() throws SQLException {
        step("CONTACT", null, "School designated safeguarding lead", "2026-12-18T16:40:00Z", null, null);
        cfa();
        assertThatThrownBy(() -> step("CONTACT", null, "School", null, null, null)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> step("CF_ASSESSMENT", null, null, null, null, "2027-01-07"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> step("CF_ASSESSMENT", null, null, null, 20, "2027-01-20"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> step("REFERRAL", null, "Police", "2026-12-18T16:40:00Z", 10, "2027-01-07"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    @DisplayName("004 \"Completing a C&F Assessment\": until it takes effect an outcome opens nothing: a step cannot "
            + "be decided without what its outcome opened, nor hold an outcome while open")
    void outcomeOnlyWithWhatItOpened() throws SQLException {
        UUID cfa = cfa();
        assertThatThrownBy(() -> run("update pathway_step set outcome = 'CHILD_IN_NEED_PLAN' where id = ?", cfa))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> run("update pathway_step set state = 'DECIDED', decided_at = now(), "
                + "outcome = 'CHILD_IN_NEED_PLAN' where id = ?", cfa)).isInstanceOf(SQLException.class);
        assertThat(run("update pathway_step set state = 'DECIDED', decided_at = now(), outcome = 'CHILD_IN_NEED_PLAN', "
                + "opens = '[\"CHILD_IN_NEED_PLAN\"]', closes_case = false where id = ?", cfa)).isEqualTo(1);
    }

    @Test
    @DisplayName("DOMAIN rule 20: every act on a step (a priority change among them) is an entry kept as evidence, "
            + "and a step is never deleted nor changed into another child's or kind")
    void evidenceKept() throws SQLException {
        UUID cfa = cfa();
        UUID change = UUID.randomUUID();
        run("""
                insert into pathway_step_entry (id, child_id, step_id, act, facts, by_username, by_name,
                    by_designation, at, chain_position, chain_digest, chain_seal, chain_key_id)
                select ?, child_id, id, 'PRIORITY_CHANGED',
                    '{"workingDays": 30, "reasons": "Four children; the father to be traced"}'::jsonb, 'north.pm',
                    'North Practice Manager', 'Practice manager', now(), 999999, '\\x00', '\\x00', 'test'
                  from pathway_step where id = ?""", change, cfa);
        assertThatThrownBy(() -> run("update pathway_step_entry set facts = '{}' where id = ?", change))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> run("delete from pathway_step_entry where id = ?", change))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> run("update pathway_step set kind = 'REFERRAL' where id = ?", cfa))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> run("delete from pathway_step where id = ?", cfa)).isInstanceOf(SQLException.class);
        assertThat(run("update pathway_step set priority_working_days = 30, due_date = date '2027-02-04' where id = ?",
                cfa)).isEqualTo(1);
    }

    @Test
    @DisplayName("DOMAIN rule 20: one outcome waits for the manager per step, and a decision on it is final")
    void outcomeRequestDecidedOnce() throws SQLException {
        UUID cfa = cfa();
        String ask = """
                insert into pathway_outcome_request (id, step_id, outcome, opens, closes_case, completed_date, reasons,
                    requested_by, requested_by_name, requested_by_designation, requested_by_team, requested_at, state)
                values (?, ?, 'CHILD_IN_NEED_PLAN', '["CHILD_IN_NEED_PLAN"]', false, date '2027-01-06',
                    'Needs met through a plan of support', 'north.sw1', 'North Worker One', 'Social worker', 'north-1',
                    now(), 'PENDING')""";
        UUID request = UUID.randomUUID();
        run(ask, request, cfa);
        assertThatThrownBy(() -> run(ask, UUID.randomUUID(), cfa)).isInstanceOf(SQLException.class);
        String decide = "update pathway_outcome_request set state = ?, approval_request_id = ?, decided_by = "
                + "'north.pm', decided_at = now() where id = ?";
        assertThat(run(decide, "REFUSED", UUID.randomUUID(), request)).isEqualTo(1);
        assertThatThrownBy(() -> run(decide, "APPROVED", UUID.randomUUID(), request)).isInstanceOf(SQLException.class);
        run(ask, UUID.randomUUID(), cfa);
    }
}
