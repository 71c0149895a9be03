package io.casework.backbone.timescales;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;
import java.util.Optional;

/** {@code casework.timescales.*}: whose recording rules this deployment follows, and where its working day is. */
@ConfigMapping(prefix = "casework.timescales")
public interface TimescalesConfig {

    /**
     * The authority whose recording timescales this deployment follows (a rule set id of casework-timescales): without
     * one a service refuses to start. Set by env {@code CASEWORK_AUTHORITY}. Optional here only so that its absence
     * reaches {@link AuthoritySetting}, which refuses to start with a message naming the authorities available: the
     * production profile has no default (the backbone's microprofile-config.properties). Read the checked value from
     * the {@code RuleSet} bean's {@code authority()}.
     */
    Optional<String> authority();

    /** English authorities work to the date in England, whatever zone the server runs in. */
    @WithDefault("Europe/London")
    ZoneId zone();
}
