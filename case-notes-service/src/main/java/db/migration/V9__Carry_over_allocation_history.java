package db.migration;

import io.casework.casenotes.chain.ChainDigest;
import io.casework.casenotes.chain.ChainFields;
import io.casework.casenotes.chain.ChainKeyRing;
import io.casework.casenotes.chain.ChainKind;
import io.casework.casenotes.chain.ChainVerifier;
import io.casework.casenotes.domain.record.FieldChange;
import io.casework.casenotes.domain.record.NameMatching;
import io.casework.casenotes.domain.record.RecordChangeKind;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.UUID;

/**
 * Brings the record as it stood before V8 into the record's history, so that an upgrade loses nothing (002 s.5):
 * <ul>
 *     <li>each child's allocations (child_allocation, kept since allocation began) become changes to the record, the
 *     first its opening, the others allocations or transfers, appended to the child's chain after what it held, in
 *     the order they were made. They keep what was kept then: the username of who made them, not their job title
 *     or team, no reason and no record version (versions began later). child_allocation itself stays as it was; the
 *     service no longer writes it;</li>
 *     <li>each child's names are written in the form the caseload's name search reads ({@link NameMatching}).</li>
 * </ul>
 * Needs the service's record-chain keys, as V4 does. Runs as the owner.
 */
public class V9__Carry_over_allocation_history extends BaseJavaMigration {

    private record Allocation(String team, String worker, String by, Instant at) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Config config = ConfigProvider.getConfig();
        ChainKeyRing keys = ChainKeyRing.load(config.getValue("casework.record-chain.key-dir", Path.class),
                config.getValue("casework.record-chain.current-key", String.class));
        Connection db = context.getConnection();
        fillSearchNames(db);
        List<UUID> children = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select distinct child_id from child_allocation");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                children.add(rows.getObject(1, UUID.class));
            }
        }
        carryOver(db, keys, children);
    }

    /** Appends each child's allocations, in the order made, to the end of its chain as changes to its record. */
    public static void carryOver(Connection db, ChainKeyRing keys, List<UUID> children) throws SQLException {
        for (UUID child : children) {
            Allocation previous = null;
            for (Allocation allocation : allocations(db, child)) {
                List<FieldChange> changes = new ArrayList<>();
                String team = previous == null ? null : previous.team();
                String worker = previous == null ? null : previous.worker();
                if (!Objects.equals(team, allocation.team())) {
                    changes.add(new FieldChange("team", team, allocation.team()));
                }
                if (!Objects.equals(worker, allocation.worker())) {
                    changes.add(new FieldChange("allocatedWorker", worker, allocation.worker()));
                }
                RecordChangeKind kind = previous == null ? RecordChangeKind.OPENED
                        : team.equals(allocation.team()) ? RecordChangeKind.ALLOCATED : RecordChangeKind.TRANSFERRED;
                append(db, keys, child, kind, allocation, changes);
                previous = allocation;
            }
        }
    }

    private static List<Allocation> allocations(Connection db, UUID child) throws SQLException {
        List<Allocation> allocations = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select team, allocated_worker, allocated_by, "
                + "allocated_at from child_allocation where child_id = ? order by id")) {
            select.setObject(1, child);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    allocations.add(new Allocation(row.getString(1), row.getString(2), row.getString(3),
                            row.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return allocations;
    }

    private static void append(Connection db, ChainKeyRing keys, UUID child, RecordChangeKind kind,
            Allocation allocation, List<FieldChange> changes) throws SQLException {
        long position = 0;
        byte[] previous = ChainDigest.GENESIS;
        try (PreparedStatement head = db.prepareStatement(
                "select last_position, last_digest from record_chain_head where child_id = ? for update")) {
            head.setObject(1, child);
            try (ResultSet row = head.executeQuery()) {
                if (row.next()) {
                    position = row.getLong(1);
                    previous = row.getBytes(2);
                }
            }
        }
        position++;
        SortedMap<String, String> fields = ChainFields.recordChange(kind.name(), null, allocation.by(), null, null,
                null, allocation.at(), null, changes);
        byte[] digest = ChainDigest.of(ChainKind.RECORD_CHANGE, child, position, previous, fields);
        String keyId = keys.currentId();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into child_record_change (child_id, kind, changed_by, changed_at, changes, chain_position,
                                                 chain_digest, chain_seal, chain_key_id)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")) {
            insert.setObject(1, child);
            insert.setString(2, kind.name());
            insert.setString(3, allocation.by());
            insert.setObject(4, allocation.at().atOffset(ZoneOffset.UTC));
            insert.setString(5, fields.get("changes"));
            insert.setLong(6, position);
            insert.setBytes(7, digest);
            insert.setBytes(8, keys.seal(keyId, digest));
            insert.setString(9, keyId);
            insert.executeUpdate();
        }
        try (PreparedStatement head = db.prepareStatement("""
                insert into record_chain_head (child_id, last_position, last_digest, head_seal, key_id, updated_at)
                values (?, ?, ?, ?, ?, now())
                on conflict (child_id) do update set last_position = excluded.last_position,
                    last_digest = excluded.last_digest, head_seal = excluded.head_seal, key_id = excluded.key_id,
                    updated_at = excluded.updated_at""")) {
            head.setObject(1, child);
            head.setLong(2, position);
            head.setBytes(3, digest);
            head.setBytes(4, keys.seal(keyId, ChainVerifier.headMaterial(position, digest)));
            head.setString(5, keyId);
            head.executeUpdate();
        }
    }

    private static void fillSearchNames(Connection db) throws SQLException {
        List<Object[]> names = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select id, given_name, family_name from child");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                names.add(new Object[] {row.getObject(1, UUID.class), row.getString(2), row.getString(3)});
            }
        }
        try (PreparedStatement update = db.prepareStatement(
                "update child set search_names = ?, search_sounds = ? where id = ?")) {
            for (Object[] child : names) {
                update.setString(1, NameMatching.searchWords((String) child[1], (String) child[2]));
                update.setString(2, NameMatching.searchSounds((String) child[1], (String) child[2]));
                update.setObject(3, child[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
