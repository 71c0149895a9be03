package io.casework.deadlines.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code casework.worktray.*}: how worktrays group what is due. */
@ConfigMapping(prefix = "casework.worktray")
public interface WorktrayConfig {

    /**
     * A deadline is "due soon" when it falls after today and within this many working days (1 to 20). Five (a working
     * week) is a LOCAL STANDARD of this suite, not a rule from the seeds; an authority sets its own.
     */
    @WithDefault("5")
    @Min(value = 1, message = "casework.worktray.soon-working-days must be at least 1 working day")
    @Max(value = 20, message = "casework.worktray.soon-working-days must be at most 20 working days")
    int soonWorkingDays();
}
