package io.casework.casenotes.chain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;

/**
 * Reading chained rows as stored, straight from SQL: for the verifier, the bulk verification and the migration that
 * chained existing rows. Each kind's table, the columns its seal covers and how a row is named in a report.
 */
public final class ChainRows {

    /** The seal's columns, the same on every chained table. */
    public static final String SEAL_COLUMNS = "child_id, chain_position, chain_digest, chain_seal, chain_key_id";

    private ChainRows() {
    }

    public static String table(ChainKind kind) {
        return switch (kind) {
            case NOTE_VERSION -> "case_note_version";
            case MANAGEMENT_ENTRY -> "management_entry";
            case ACCESS_LOG -> "access_log_entry";
            case RECORD_CHANGE -> "child_record_change";
            case INFORMATION_REMOVAL -> "information_removal";
            case DOCUMENT -> "document";
            case PATHWAY_ENTRY -> "pathway_step_entry";
            case RISK_ALERT_ENTRY -> "risk_alert_entry";
            case CLOSURE_ENTRY -> "case_closure_entry";
        };
    }

    /** The columns the fields are read from, for a {@code select}. */
    public static String fieldColumns(ChainKind kind) {
        return switch (kind) {
            // The sections are read through the row's JSON: the migration that chained the record as it was (V4)
            // selects these columns before the sections column exists, and finds it absent rather than failing.
            case NOTE_VERSION -> "note_id, version, title, narrative, childs_words, childs_words_how, visit::text as "
                    + "visit, (to_jsonb(case_note_version) -> 'sections')::text as sections, return_comments, "
                    + "saved_at, saved_by";
            case MANAGEMENT_ENTRY -> "id, note_id, kind, outcome, comments, manager_username, manager_name, "
                    + "manager_designation, decided_at, recorded_at, approval_request_id";
            case ACCESS_LOG -> "id, username, full_name, designation, team, action, purpose, outcome, basis, at";
            case RECORD_CHANGE -> "id, kind, record_version, changed_by, changed_by_name, changed_by_designation, "
                    + "changed_by_team, changed_at, reason, changes::text as changes";
            case INFORMATION_REMOVAL -> "id, note_id, note_version, removal_request_id, fields, original_digests, "
                    + "sections_left_digest, information_kind, concerns, ground, requested_by, requested_by_name, "
                    + "requested_at, approval_request_id, decided_by, decided_by_name, decided_by_designation, "
                    + "decided_at, removed_at";
            case DOCUMENT -> "id, note_id, document_type, title, direction, dated, file_name, media_type, size_bytes, "
                    + "sha256, supersedes, added_by, added_by_name, added_by_designation, added_at";
            case PATHWAY_ENTRY -> "id, step_id, act, facts::text as facts, by_username, by_name, by_designation, at";
            case RISK_ALERT_ENTRY -> "id, alert_id, act, facts::text as facts, by_username, by_name, by_designation, "
                    + "at";
            case CLOSURE_ENTRY -> "id, closure_id, act, facts::text as facts, by_username, by_name, by_designation, "
                    + "at";
        };
    }

    /** When the entry was made: the order in which existing rows were first chained. */
    public static String madeAt(ChainKind kind) {
        return switch (kind) {
            case NOTE_VERSION -> "saved_at";
            case MANAGEMENT_ENTRY -> "recorded_at";
            case ACCESS_LOG -> "at";
            case RECORD_CHANGE -> "changed_at";
            case INFORMATION_REMOVAL -> "removed_at";
            case DOCUMENT -> "added_at";
            case PATHWAY_ENTRY -> "at";
            case RISK_ALERT_ENTRY -> "at";
            case CLOSURE_ENTRY -> "at";
        };
    }

    public static String reference(ChainKind kind, ResultSet row) throws SQLException {
        return switch (kind) {
            case NOTE_VERSION -> "version " + row.getInt("version") + " of note " + row.getObject("note_id");
            case MANAGEMENT_ENTRY -> "management entry " + row.getObject("id");
            case ACCESS_LOG -> "access log entry " + row.getLong("id");
            case RECORD_CHANGE -> "change " + row.getLong("id") + " to the child's record";
            case INFORMATION_REMOVAL -> "information removal " + row.getObject("id");
            case DOCUMENT -> "document " + row.getObject("id");
            case PATHWAY_ENTRY -> row.getString("act").toLowerCase(java.util.Locale.ROOT) + " entry "
                    + row.getObject("id") + " of pathway step " + row.getObject("step_id");
            case RISK_ALERT_ENTRY -> row.getString("act").toLowerCase(java.util.Locale.ROOT) + " entry "
                    + row.getObject("id") + " of risk alert " + row.getObject("alert_id");
            case CLOSURE_ENTRY -> row.getString("act").toLowerCase(java.util.Locale.ROOT) + " entry "
                    + row.getObject("id") + " of case closure " + row.getObject("closure_id");
        };
    }

    /** The row's fields as its seal covers them, or null when the row no longer reads as its kind. */
    public static SortedMap<String, String> fields(ChainKind kind, ResultSet row) throws SQLException {
        return switch (kind) {
            case NOTE_VERSION -> {
                try {
                    yield ChainFields.noteVersion(uuid(row, "note_id"), row.getInt("version"), row.getString("title"),
                            row.getString("narrative"), row.getString("childs_words"),
                            row.getString("childs_words_how"), ChainFields.visitFromStored(row.getString("visit")),
                            ChainFields.sectionsFromStored(sections(row)), row.getString("return_comments"),
                            time(row, "saved_at"), row.getString("saved_by"));
                } catch (IllegalArgumentException unreadable) {
                    yield null;
                }
            }
            case MANAGEMENT_ENTRY -> ChainFields.managementEntry(uuid(row, "id"), uuid(row, "note_id"),
                    row.getString("kind"), row.getString("outcome"), row.getString("comments"),
                    row.getString("manager_username"), row.getString("manager_name"),
                    row.getString("manager_designation"), time(row, "decided_at"), time(row, "recorded_at"),
                    uuid(row, "approval_request_id"));
            case ACCESS_LOG -> ChainFields.accessLog(row.getString("username"), row.getString("full_name"),
                    row.getString("designation"), row.getString("team"), row.getString("action"),
                    row.getString("purpose"), row.getString("outcome"), row.getString("basis"), time(row, "at"));
            case RECORD_CHANGE -> {
                try {
                    Long version = row.getObject("record_version", Long.class);
                    yield ChainFields.recordChange(row.getString("kind"), version,
                            row.getString("changed_by"), row.getString("changed_by_name"),
                            row.getString("changed_by_designation"), row.getString("changed_by_team"),
                            time(row, "changed_at"), row.getString("reason"),
                            ChainFields.changesFromStored(row.getString("changes")));
                } catch (IllegalArgumentException unreadable) {
                    yield null;
                }
            }
            case INFORMATION_REMOVAL -> ChainFields.informationRemoval(uuid(row, "id"), uuid(row, "note_id"),
                    row.getInt("note_version"), uuid(row, "removal_request_id"), texts(row, "fields"),
                    texts(row, "original_digests"), row.getString("sections_left_digest"),
                    row.getString("information_kind"), row.getString("concerns"), row.getString("ground"),
                    row.getString("requested_by"), row.getString("requested_by_name"), time(row, "requested_at"),
                    uuid(row, "approval_request_id"), row.getString("decided_by"), row.getString("decided_by_name"),
                    row.getString("decided_by_designation"), time(row, "decided_at"), time(row, "removed_at"));
            case DOCUMENT -> ChainFields.document(uuid(row, "id"), uuid(row, "note_id"), row.getString("document_type"),
                    row.getString("title"), row.getString("direction"), row.getObject("dated", LocalDate.class),
                    row.getString("file_name"), row.getString("media_type"), row.getLong("size_bytes"),
                    row.getString("sha256"), uuid(row, "supersedes"), row.getString("added_by"),
                    row.getString("added_by_name"), row.getString("added_by_designation"), time(row, "added_at"));
            case PATHWAY_ENTRY -> {
                try {
                    yield ChainFields.pathwayEntry(uuid(row, "id"), uuid(row, "step_id"), row.getString("act"),
                            ChainFields.factsFromStored(row.getString("facts")), row.getString("by_username"),
                            row.getString("by_name"), row.getString("by_designation"), time(row, "at"));
                } catch (IllegalArgumentException unreadable) {
                    yield null;
                }
            }
            case RISK_ALERT_ENTRY -> {
                try {
                    yield ChainFields.riskAlertEntry(uuid(row, "id"), uuid(row, "alert_id"), row.getString("act"),
                            ChainFields.factsFromStored(row.getString("facts")), row.getString("by_username"),
                            row.getString("by_name"), row.getString("by_designation"), time(row, "at"));
                } catch (IllegalArgumentException unreadable) {
                    yield null;
                }
            }
            case CLOSURE_ENTRY -> {
                try {
                    yield ChainFields.closureEntry(uuid(row, "id"), uuid(row, "closure_id"), row.getString("act"),
                            ChainFields.factsFromStored(row.getString("facts")), row.getString("by_username"),
                            row.getString("by_name"), row.getString("by_designation"), time(row, "at"));
                } catch (IllegalArgumentException unreadable) {
                    yield null;
                }
            }
        };
    }

    /** The stored row as a link of its child's chain (seal columns included in the select). */
    public static ChainLink link(ChainKind kind, ResultSet row) throws SQLException {
        return new ChainLink(kind, reference(kind, row), fields(kind, row), new ChainSeal(
                row.getLong("chain_position"), row.getBytes("chain_digest"), row.getBytes("chain_seal"),
                row.getString("chain_key_id")));
    }

    /** The stored sections, JSON null (a version without them) read as none. */
    private static String sections(ResultSet row) throws SQLException {
        String json = row.getString("sections");
        return json == null || json.equals("null") ? null : json;
    }

    private static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    private static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant time(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
