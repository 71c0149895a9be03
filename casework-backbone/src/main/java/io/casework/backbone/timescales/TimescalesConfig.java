package io.casework.backbone.timescales;

import io.casework.timescales.Authorities;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/** {@code casework.timescales.*}: whose recording rules this deployment follows, and where its working day is. */
@ConfigMapping(prefix = "casework.timescales")
public interface TimescalesConfig {

    /** A rule set id of casework-timescales (env {@code CASEWORK_AUTHORITY}). */
    @WithDefault(Authorities.DEFAULT)
    String authority();

    /** English authorities work to the date in England, whatever zone the server runs in. */
    @WithDefault("Europe/London")
    ZoneId zone();
}
