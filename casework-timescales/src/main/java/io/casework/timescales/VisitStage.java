package io.casework.timescales;

import java.util.Objects;
import java.util.Optional;

/**
 * One stretch of a visit frequency: visits at most {@code every} apart, until the stage ends. The last stage of a
 * frequency never ends.
 *
 * @param every           the longest interval between two visits in this stage
 * @param untilSinceStart the stage ends this long after the start (reg 28: "the first year" of the placement)
 * @param untilFirstReview the stage ends when the child's first looked-after review is held (reg 28: weekly "until
 *                         the first review")
 */
public record VisitStage(Timescale every, Optional<Timescale> untilSinceStart, boolean untilFirstReview) {

    public VisitStage {
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(untilSinceStart, "untilSinceStart");
        if (untilSinceStart.isPresent() && untilFirstReview) {
            throw new IllegalArgumentException("a stage ends one way: after a time since the start, or at the first "
                    + "review");
        }
        if (every.unit() == TimescaleUnit.AGE || every.unit() == TimescaleUnit.HOURS) {
            throw new IllegalArgumentException("visits are days, weeks or months apart, not " + every.unit());
        }
    }

    public static VisitStage everyOf(Timescale every) {
        return new VisitStage(every, Optional.empty(), false);
    }

    /** Whether the stage lasts for ever: the last stage of a frequency must. */
    public boolean open() {
        return untilSinceStart.isEmpty() && !untilFirstReview;
    }
}
