package io.casework.deadlines.domain;

/**
 * How many open deadlines are overdue, due today and due soon ({@link DueHorizon}), and how many are open in all (the
 * three and those due later).
 */
public record DueCounts(long overdue, long dueToday, long dueSoon, long open) {

    public static final DueCounts NONE = new DueCounts(0, 0, 0, 0);

    public DueCounts plus(DueCounts other) {
        return new DueCounts(overdue + other.overdue, dueToday + other.dueToday, dueSoon + other.dueSoon,
                open + other.open);
    }
}
