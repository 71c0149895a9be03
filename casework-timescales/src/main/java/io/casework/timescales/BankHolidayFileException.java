package io.casework.timescales;

import java.util.List;

/**
 * A bank holiday file that cannot be trusted: not JSON, a date that is not a date, a missing name or
 * source. Thrown while the calendar is built, naming every problem with its file, entry and field, so
 * that a service refuses to start rather than count working days from a calendar it cannot read.
 */
public final class BankHolidayFileException extends RuntimeException {

    private final List<String> problems;

    public BankHolidayFileException(List<String> problems) {
        super(problems.size() == 1
                ? "Invalid bank holiday file: " + problems.get(0)
                : "Invalid bank holiday files (" + problems.size() + " problems):\n  - "
                        + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, already naming its file, entry and field. */
    public List<String> problems() {
        return problems;
    }
}
