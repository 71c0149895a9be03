package io.casework.casenotes.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** The record chain's keys and its nightly verification (docs/security.md). */
@ConfigMapping(prefix = "casework.record-chain")
public interface RecordChainConfig {

    /** A directory holding one file per key, named by the key's id (a mounted Secret in Kubernetes). */
    Path keyDir();

    /** The id of the key that seals new entries; every older key stays in the directory. */
    String currentKey();

    /** When every child's chain is verified (a Quartz-style cron expression), or {@code off}. */
    @WithDefault("0 30 1 * * ?")
    String verifyCron();

    /** How many children's chains the bulk verification reads per query. */
    @WithDefault("500")
    int verifyBatch();
}
