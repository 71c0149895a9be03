package io.casework.casenotes.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Appends entries to their child's chain, in the transaction that inserts them: the entry takes the next position
 * after the head, its digest over its fields and the head's digest, and a seal with the current key; the head moves
 * on to it. The head stays locked until the transaction ends, so one child's entries line up one after another.
 *
 * <p>A request that writes must have logged its access (which appends in a transaction of its own) before it appends
 * here: the head is locked from here to the end of the request's transaction.
 */
@ApplicationScoped
public class RecordChain {

    @Inject
    EntityManager entityManager;

    @Inject
    ChainKeyRing keys;

    @Inject
    Clock clock;

    /** Seals the entry as the next of its child's chain and inserts it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Chained entry) {
        append(entry, entityManager::persist);
    }

    /**
     * Seals the entry as the next of its child's chain and has {@code insert} write it: for an entry the runtime role
     * may write only through a database function that does more in the same call (an information removal).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Chained entry, Consumer<Chained> insert) {
        UUID childId = entry.chainChildId();
        Object[] head = lockedHead(childId);
        long position = ((Number) head[0]).longValue() + 1;
        byte[] digest = ChainDigest.of(entry.chainKind(), childId, position, (byte[]) head[1], entry.chainFields());
        String keyId = keys.currentId();
        entry.seal(new ChainSeal(position, digest, keys.seal(keyId, digest), keyId));
        insert.accept(entry);
        entityManager.createNativeQuery("""
                        update record_chain_head set last_position = ?2, last_digest = ?3, head_seal = ?4, key_id = ?5,
                               updated_at = ?6
                         where child_id = ?1""")
                .setParameter(1, childId).setParameter(2, position).setParameter(3, digest)
                .setParameter(4, keys.seal(keyId, ChainVerifier.headMaterial(position, digest)))
                .setParameter(5, keyId).setParameter(6, clock.instant())
                .executeUpdate();
    }

    // The head row, locked for the rest of the transaction; created at position 0 the first time (two first writers
    // meet on the primary key: one waits for the other's commit, then finds its row).
    private Object[] lockedHead(UUID childId) {
        var existing = entityManager.createNativeQuery(
                        "select last_position, last_digest from record_chain_head where child_id = ?1 for update")
                .setParameter(1, childId)
                .getResultList();
        if (!existing.isEmpty()) {
            return (Object[]) existing.get(0);
        }
        String keyId = keys.currentId();
        entityManager.createNativeQuery("""
                        insert into record_chain_head (child_id, last_position, last_digest, head_seal, key_id, updated_at)
                        values (?1, 0, ?2, ?3, ?4, ?5) on conflict (child_id) do nothing""")
                .setParameter(1, childId).setParameter(2, ChainDigest.GENESIS)
                .setParameter(3, keys.seal(keyId, ChainVerifier.headMaterial(0, ChainDigest.GENESIS)))
                .setParameter(4, keyId).setParameter(5, clock.instant())
                .executeUpdate();
        return (Object[]) entityManager.createNativeQuery(
                        "select last_position, last_digest from record_chain_head where child_id = ?1 for update")
                .setParameter(1, childId)
                .getSingleResult();
    }
}
