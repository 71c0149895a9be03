package io.casework.casenotes.repository;

import io.casework.casenotes.chain.ChainSeal;
import io.casework.casenotes.chain.Chained;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The seal every chained entry carries (docs/security.md): its position on the child's chain, its digest, the HMAC
 * seal over the digest and the id of the key that made it. The same four columns on every chained table. Private:
 * an entry takes them only through {@link #seal}, once, as the chain appends it.
 */
@MappedSuperclass
public abstract class SealedEntry implements Chained {

    @Column(name = "chain_position", nullable = false)
    private long chainPosition;

    @Column(name = "chain_digest", nullable = false)
    private byte[] chainDigest;

    @Column(name = "chain_seal", nullable = false)
    private byte[] chainSeal;

    @Column(name = "chain_key_id", nullable = false)
    private String chainKeyId;

    @Override
    public final void seal(ChainSeal seal) {
        cutTimesToStorable();
        chainPosition = seal.position();
        chainDigest = seal.digest();
        chainSeal = seal.seal();
        chainKeyId = seal.keyId();
    }

    /** The seal the entry took: for an entry that a database function, not Hibernate, writes with it. */
    public final ChainSeal chainSeal() {
        return new ChainSeal(chainPosition, chainDigest, chainSeal, chainKeyId);
    }

    /**
     * Cuts the entry's times to what the database keeps ({@code ChainFields.storable}), so that the seal made before
     * the insert matches the row read back.
     */
    protected abstract void cutTimesToStorable();
}
