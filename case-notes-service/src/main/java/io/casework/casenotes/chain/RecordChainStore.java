package io.casework.casenotes.chain;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads chains as they are stored, with plain SQL: what the verifier must see is the rows themselves, not what an
 * entity cache remembers. One child at a time for the endpoint; a batch of children per query for the nightly run.
 */
@ApplicationScoped
public class RecordChainStore {

    @Inject
    AgroalDataSource dataSource;

    /** A child's entries in chain order, and its head. */
    public record Chain(List<ChainLink> links, Optional<ChainHeadState> head) {
    }

    public Chain chainOf(UUID child) {
        return chainsOf(List.of(child)).getOrDefault(child, new Chain(List.of(), Optional.empty()));
    }

    /** The chains of these children (a child without any entry or head is absent). */
    public Map<UUID, Chain> chainsOf(List<UUID> children) {
        Map<UUID, List<ChainLink>> links = new HashMap<>();
        Map<UUID, ChainHeadState> heads = new HashMap<>();
        try (Connection db = dataSource.getConnection()) {
            Array ids = db.createArrayOf("uuid", children.toArray());
            for (ChainKind kind : ChainKind.values()) {
                try (PreparedStatement select = db.prepareStatement("select " + ChainRows.fieldColumns(kind) + ", "
                        + ChainRows.SEAL_COLUMNS + " from " + ChainRows.table(kind) + " where child_id = any(?)")) {
                    select.setArray(1, ids);
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            links.computeIfAbsent(row.getObject("child_id", UUID.class), c -> new ArrayList<>())
                                    .add(ChainRows.link(kind, row));
                        }
                    }
                }
            }
            try (PreparedStatement select = db.prepareStatement("select child_id, last_position, last_digest, "
                    + "head_seal, key_id from record_chain_head where child_id = any(?)")) {
                select.setArray(1, ids);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        heads.put(row.getObject("child_id", UUID.class), new ChainHeadState(row.getLong("last_position"),
                                row.getBytes("last_digest"), row.getBytes("head_seal"), row.getString("key_id")));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading record chains: " + e.getMessage(), e);
        }
        Map<UUID, Chain> chains = new HashMap<>();
        for (UUID child : children) {
            List<ChainLink> ordered = links.getOrDefault(child, new ArrayList<>());
            ordered.sort(Comparator.comparingLong(ChainLink::position));
            if (!ordered.isEmpty() || heads.containsKey(child)) {
                chains.put(child, new Chain(ordered, Optional.ofNullable(heads.get(child))));
            }
        }
        return chains;
    }

    /** The next children after the given one (or from the first), in id order: every child and every chain head. */
    public List<UUID> childrenAfter(UUID after, int limit) {
        List<UUID> children = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement("""
                        select id from child where id > ? union select child_id from record_chain_head where child_id > ?
                         order by 1 limit ?""")) {
            UUID from = after == null ? new UUID(0, 0) : after;
            select.setObject(1, from);
            select.setObject(2, from);
            select.setInt(3, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    children.add(row.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing children to verify: " + e.getMessage(), e);
        }
        return children;
    }
}
