package io.casework.timescales;

import java.util.List;

/**
 * A rule set that cannot be trusted: bad JSON, a missing source, an unknown unit, a clash of
 * ids. Thrown while loading, naming every problem with its file and rule, so that a service
 * refuses to start rather than count deadlines from broken data.
 */
public final class RuleSetException extends RuntimeException {

    private final List<String> problems;

    public RuleSetException(List<String> problems) {
        super(problems.size() == 1
                ? "Invalid timescale rule set: " + problems.get(0)
                : "Invalid timescale rule sets (" + problems.size() + " problems):\n  - "
                        + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, already naming its file and rule. */
    public List<String> problems() {
        return problems;
    }
}
