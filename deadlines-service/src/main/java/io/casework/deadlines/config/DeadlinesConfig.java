package io.casework.deadlines.config;

import io.smallrye.config.ConfigMapping;

import java.time.ZoneId;

/** {@code casework.deadlines.*}: whose timescales apply, and where the working day is read. */
@ConfigMapping(prefix = "casework.deadlines")
public interface DeadlinesConfig {

    /** The authority id of a casework-timescales rule set, e.g. {@code lcs-practice-guide}. */
    String authority();

    /** The zone a moment is turned into a working day in (an English authority: Europe/London). */
    ZoneId zone();
}
