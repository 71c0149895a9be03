package io.casework.casenotes.chain;

import io.casework.casenotes.config.RecordChainConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The key ring, read once at start: a service without its keys must not start and write unsealed evidence. */
@ApplicationScoped
public class ChainKeys {

    @Produces
    @ApplicationScoped
    ChainKeyRing keyRing(RecordChainConfig config) {
        return ChainKeyRing.load(config.keyDir(), config.currentKey());
    }

    @Produces
    @ApplicationScoped
    ChainVerifier verifier(ChainKeyRing keys) {
        return new ChainVerifier(keys);
    }
}
