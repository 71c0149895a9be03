package io.casework.casenotes.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code casework.timescales.*}: which authority's recording rules this deployment follows. */
@ConfigMapping(prefix = "casework.timescales")
public interface CaseNotesConfig {

    /** The authority whose recording timescales apply: a rule set id of casework-timescales. */
    @WithDefault("lcs-practice-guide")
    String authority();
}
