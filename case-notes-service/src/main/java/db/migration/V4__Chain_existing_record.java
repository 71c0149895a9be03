package db.migration;

import io.casework.casenotes.chain.ChainDigest;
import io.casework.casenotes.chain.ChainKeyRing;
import io.casework.casenotes.chain.ChainKind;
import io.casework.casenotes.chain.ChainRows;
import io.casework.casenotes.chain.ChainVerifier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;

/**
 * Chains the record as it stands before the chain existed, so that an upgrade leaves no unchained row: each child's
 * note versions, management entries and access-log rows in the order they were made, sealed with the current key.
 * Needs the service's record-chain keys (the migration step is given them, as the service is). Runs as the owner,
 * which alone may set the append-only triggers aside for this one fill; then makes the chain columns required.
 */
public class V4__Chain_existing_record extends BaseJavaMigration {

    // The kinds whose tables existed when this migration was written; kinds added later start chained.
    private static final ChainKind[] KINDS = {ChainKind.NOTE_VERSION, ChainKind.MANAGEMENT_ENTRY, ChainKind.ACCESS_LOG};

    private record Unchained(ChainKind kind, Object key, OffsetDateTime madeAt, SortedMap<String, String> fields) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Config config = ConfigProvider.getConfig();
        ChainKeyRing keys = ChainKeyRing.load(config.getValue("casework.record-chain.key-dir", Path.class),
                config.getValue("casework.record-chain.current-key", String.class));
        Connection db = context.getConnection();
        execute(db, "alter table case_note_version disable trigger case_note_version_append_only");
        execute(db, "alter table management_entry disable trigger management_entry_append_only");
        execute(db, "alter table access_log_entry disable trigger access_log_append_only");
        for (UUID child : children(db)) {
            chain(db, keys, child);
        }
        execute(db, "alter table case_note_version enable trigger case_note_version_append_only");
        execute(db, "alter table management_entry enable trigger management_entry_append_only");
        execute(db, "alter table access_log_entry enable trigger access_log_append_only");
        for (ChainKind kind : KINDS) {
            execute(db, "alter table " + ChainRows.table(kind) + " alter column chain_position set not null, "
                    + "alter column chain_digest set not null, alter column chain_seal set not null, "
                    + "alter column chain_key_id set not null");
        }
    }

    private static void chain(Connection db, ChainKeyRing keys, UUID child) throws SQLException {
        List<Unchained> entries = new ArrayList<>();
        for (ChainKind kind : KINDS) {
            try (PreparedStatement select = db.prepareStatement("select " + ChainRows.fieldColumns(kind) + ", "
                    + ChainRows.madeAt(kind) + " as made_at from " + ChainRows.table(kind) + " where child_id = ?")) {
                select.setObject(1, child);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        Object rowKey = kind == ChainKind.NOTE_VERSION
                                ? new Object[] {row.getObject("note_id"), row.getInt("version")}
                                : row.getObject("id");
                        entries.add(new Unchained(kind, rowKey, row.getObject("made_at", OffsetDateTime.class),
                                ChainRows.fields(kind, row)));
                    }
                }
            }
        }
        // The order they were made in; a note's versions by number, whatever their times say.
        entries.sort(Comparator.comparing(Unchained::madeAt).thenComparing(e -> e.kind().ordinal()));
        byte[] previous = ChainDigest.GENESIS;
        long position = 0;
        String keyId = keys.currentId();
        for (Unchained entry : entries) {
            position++;
            if (entry.fields() == null) {
                throw new IllegalStateException("a " + entry.kind().label() + " of child " + child
                        + " does not read as one: repair it before upgrading");
            }
            byte[] digest = ChainDigest.of(entry.kind(), child, position, previous, entry.fields());
            seal(db, entry, position, digest, keys.seal(keyId, digest), keyId);
            previous = digest;
        }
        try (PreparedStatement head = db.prepareStatement("""
                insert into record_chain_head (child_id, last_position, last_digest, head_seal, key_id, updated_at)
                values (?, ?, ?, ?, ?, now())""")) {
            head.setObject(1, child);
            head.setLong(2, position);
            head.setBytes(3, previous);
            head.setBytes(4, keys.seal(keyId, ChainVerifier.headMaterial(position, previous)));
            head.setString(5, keyId);
            head.executeUpdate();
        }
    }

    private static void seal(Connection db, Unchained entry, long position, byte[] digest, byte[] seal, String keyId)
            throws SQLException {
        boolean version = entry.kind() == ChainKind.NOTE_VERSION;
        try (PreparedStatement update = db.prepareStatement("update " + ChainRows.table(entry.kind())
                + " set chain_position = ?, chain_digest = ?, chain_seal = ?, chain_key_id = ? where "
                + (version ? "note_id = ? and version = ?" : "id = ?"))) {
            update.setLong(1, position);
            update.setBytes(2, digest);
            update.setBytes(3, seal);
            update.setString(4, keyId);
            if (version) {
                Object[] key = (Object[]) entry.key();
                update.setObject(5, key[0]);
                update.setInt(6, (Integer) key[1]);
            } else {
                update.setObject(5, entry.key());
            }
            update.executeUpdate();
        }
    }

    private static List<UUID> children(Connection db) throws SQLException {
        List<UUID> children = new ArrayList<>();
        try (Statement select = db.createStatement();
                // Every child with an entry: an access logged for a registration that then failed has no child row.
                ResultSet rows = select.executeQuery("select child_id from case_note_version union "
                        + "select child_id from management_entry union select child_id from access_log_entry")) {
            while (rows.next()) {
                children.add(rows.getObject(1, UUID.class));
            }
        }
        return children;
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
