package io.casework.casenotes.chain;

import java.util.Optional;
import java.util.UUID;

/** The verification of one child's chain: how many entries it holds and where, if anywhere, it first breaks. */
public record ChainVerdict(UUID childId, long entries, Optional<ChainBreak> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
