package io.casework.deadlines.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A worktray's counts, summed from groups of open deadlines: in all, per team (the deadline's) and per kind and rule.
 * Teams named up front are kept at zero when nothing of theirs is counted, so a team with nothing due still shows.
 */
public final class WorktrayTally {

    /** A kind of deadline and the rule its due date comes from. */
    public record Rule(DeadlineKind kind, String ruleId) {
    }

    private static final Comparator<Rule> RULE_ORDER = Comparator.comparing(Rule::kind)
            .thenComparing(Rule::ruleId);

    private DueCounts total = DueCounts.NONE;
    private final Map<String, DueCounts> byTeam = new TreeMap<>();
    private final Map<Rule, DueCounts> byRule = new TreeMap<>(RULE_ORDER);

    public WorktrayTally(Iterable<String> teams) {
        teams.forEach(team -> byTeam.put(team, DueCounts.NONE));
    }

    public void add(String team, DeadlineKind kind, String ruleId, DueCounts counts) {
        total = total.plus(counts);
        byTeam.merge(team, counts, DueCounts::plus);
        byRule.merge(new Rule(kind, ruleId), counts, DueCounts::plus);
    }

    public DueCounts total() {
        return total;
    }

    /** By team id, in order. */
    public Map<String, DueCounts> byTeam() {
        return new LinkedHashMap<>(byTeam);
    }

    /** By kind, then rule id. */
    public Map<Rule, DueCounts> byRule() {
        return new LinkedHashMap<>(byRule);
    }
}
