package io.casework.casenotes.chain;

/** What each chained row carries: its position on the child's chain, its digest, the seal and the sealing key's id. */
public record ChainSeal(long position, byte[] digest, byte[] seal, String keyId) {
}
