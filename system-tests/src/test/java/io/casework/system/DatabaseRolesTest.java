package io.casework.system;

import io.casework.system.check.ServiceStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each service's runtime role, tried as a leaked credential or an injection would use it (001 "Case Record Integrity",
 * 002 s.5: nothing finalised is changed or lost, and the trace of who looked stays): it owns nothing, and every
 * statement that would rewrite evidence or its protection is refused by PostgreSQL's privileges (SQL state 42501),
 * before any trigger is reached. Each statement runs in a transaction that is rolled back, so a statement wrongly
 * allowed fails the test and still changes nothing. The running suite is connected as these roles.
 */
class DatabaseRolesTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    /**
     * What is append-only in each database: what a note said, management entries, the access log, who held the case,
     * every change to a child's record, removals of inaccurate information, documents, the history of the
     * organisation model, every change of a deadline and each release's recount of due dates.
     */
    private static final Map<ServiceStore, Set<String>> APPEND_ONLY = Map.of(
            ServiceStore.CASE_NOTES, Set.of("case_note_version", "management_entry", "access_log_entry",
                    "child_allocation", "child_record_change", "information_removal", "document"),
            ServiceStore.VISITS, Set.of(),
            ServiceStore.DEADLINES, Set.of("deadline_change", "timescales_release"),
            ServiceStore.APPROVALS, Set.of("organisation_change"));

    /**
     * Tables the runtime role may delete from: the outbox (not evidence: published rows are deleted once past
     * retention), stored Idempotency-Key responses (removed after 24 hours) and the organisation read model (a
     * projection: a member who leaves is removed from it).
     */
    private static final Set<String> DELETABLE = Set.of("outbox_event", "idempotency_key", "org_member");

    @ParameterizedTest
    @EnumSource(ServiceStore.class)
    @DisplayName("001 Case Record Integrity: the runtime role owns no table, sequence, function or schema, and cannot create one")
    void ownsNothing(ServiceStore store) throws SQLException {
        try (Connection db = store.connectAsRuntime()) {
            assertThat(single(db, """
                    select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)
                    """)).isZero();
            assertThat(single(db, """
                    select count(*) from pg_proc where proowner = (select oid from pg_roles where rolname = current_user)
                    """)).isZero();
            assertThat(single(db, """
                    select count(*) from pg_namespace
                     where nspowner = (select oid from pg_roles where rolname = current_user)
                    """)).isZero();
            assertThat(single(db, """
                    select count(*) from pg_roles
                     where rolname = current_user and (rolsuper or rolcreaterole or rolcreatedb or rolbypassrls)
                    """)).isZero();
            assertRefused(db, "create table intruder (id int)");
            assertRefused(db, "create function intruder() returns int language sql as 'select 1'");
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceStore.class)
    @DisplayName("001 Case Record Integrity: no TRUNCATE, ALTER TABLE, DISABLE TRIGGER or DROP on any table")
    void noTruncateNoDdlNoTriggerControl(ServiceStore store) throws SQLException {
        try (Connection db = store.connectAsRuntime()) {
            List<String> tables = tables(db);
            assertThat(tables).as("tables of " + store.database()).isNotEmpty();
            for (String table : tables) {
                assertRefused(db, "truncate " + table);
                assertRefused(db, "alter table " + table + " add column intruder text");
                assertRefused(db, "alter table " + table + " disable trigger all");
                assertRefused(db, "drop table " + table);
            }
            for (String[] trigger : triggers(db)) {
                assertRefused(db, "alter table " + trigger[0] + " disable trigger " + trigger[1]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceStore.class)
    @DisplayName("002 s.5: no UPDATE or DELETE on what is append-only; nor DELETE on what the service only ever changes")
    void appendOnlyIsAppendOnly(ServiceStore store) throws SQLException {
        try (Connection db = store.connectAsRuntime()) {
            for (String table : tables(db)) {
                if (DELETABLE.contains(table)) {
                    continue;
                }
                assertRefused(db, "delete from " + table);
                if (APPEND_ONLY.get(store).contains(table)) {
                    assertRefused(db, "update " + table + " set " + firstColumn(db, table) + " = "
                            + firstColumn(db, table));
                }
            }
            assertThat(tables(db)).containsAll(APPEND_ONLY.get(store));
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceStore.class)
    @DisplayName("001 Case Record Integrity: the running service is connected as its runtime role, never as the owner")
    void serviceRunsAsRuntimeRole(ServiceStore store) throws SQLException {
        try (Connection db = store.connect()) {
            List<String> users = strings(db, """
                    select distinct usename from pg_stat_activity
                     where datname = current_database() and pid <> pg_backend_pid() and usename is not null
                    """);
            assertThat(users).as("roles connected to " + store.database()).contains(store.runtimeRole())
                    .doesNotContain(store.database());
        }
    }

    /** Runs the statement in a transaction rolled back, and asserts PostgreSQL refused it for want of privilege. */
    private static void assertRefused(Connection db, String sql) throws SQLException {
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            assertThatThrownBy(() -> statement.execute(sql)).as(sql)
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage())
                                    .isEqualTo(INSUFFICIENT_PRIVILEGE));
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    private static List<String> tables(Connection db) throws SQLException {
        return strings(db, "select tablename from pg_tables where schemaname = 'public' order by tablename");
    }

    private static List<String[]> triggers(Connection db) throws SQLException {
        return strings(db, """
                select c.relname || ' ' || t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                 join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and not t.tgisinternal
                """).stream().map(t -> t.split(" ")).toList();
    }

    private static String firstColumn(Connection db, String table) throws SQLException {
        // An ordinary column: an identity column refuses an update for a reason of its own, not the privilege.
        return strings(db, "select attname from pg_attribute where attrelid = 'public." + table
                + "'::regclass and attnum > 0 and not attisdropped and attidentity = '' order by attnum limit 1").get(0);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
