package io.casework.casenotes.chain;

/** What the chain's head says its last entry is: its position and digest, and the head's own seal. */
public record ChainHeadState(long position, byte[] digest, byte[] seal, String keyId) {
}
