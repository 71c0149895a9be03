package io.casework.deadlines.domain;

import io.casework.timescales.EventMatch;
import io.casework.timescales.RuleSet;
import io.casework.timescales.TimescaleRule;
import io.casework.timescales.Tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What an event does to the deadlines of an authority's tracked rules, read from the rules' data (issue 15: "a rule
 * says which event opens it, which event meets it, which events cancel it, whom it belongs to"): for each rule the
 * event matches, cancel, meet or open its deadline, in that order, so that a C&F's priority reset to 30 working days
 * cancels the 10-day deadline before it opens the 30-day one, and a recurring rule's event meets one cycle before it
 * opens the next. Plain Java: the rules come in, actions go out.
 */
public final class TrackedRules {

    /** What an event does to one rule's deadline. */
    public enum Effect {
        CANCEL,
        MEET,
        OPEN
    }

    /** One rule's deadline and what the event does to it. */
    public record Action(TimescaleRule rule, Effect effect) {
    }

    private final List<TimescaleRule> rules;

    private TrackedRules(List<TimescaleRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The authority's tracked rules that {@code here} says this tracker follows. */
    public static TrackedRules of(RuleSet ruleSet, Predicate<TimescaleRule> here) {
        return new TrackedRules(ruleSet.rules().stream().filter(TimescaleRule::tracked).filter(here).toList());
    }

    /** The rules tracked, in the rule set's order. */
    public List<TimescaleRule> rules() {
        return rules;
    }

    /**
     * What an event of {@code type}, whose data gives {@code field}, does: every rule it cancels, meets or opens,
     * cancellations first, then meetings, then openings.
     */
    public List<Action> actionsFor(String type, Function<String, Object> field) {
        List<Action> actions = new ArrayList<>();
        for (TimescaleRule rule : rules) {
            Tracking tracking = rule.tracking().orElseThrow();
            if (matches(tracking.cancelledBy(), type, field)) {
                actions.add(new Action(rule, Effect.CANCEL));
                continue;
            }
            boolean meets = matches(tracking.metBy(), type, field);
            if (meets) {
                actions.add(new Action(rule, Effect.MEET));
            }
            // A recurring rule's event may meet one cycle and open the next (a risk alert reviewed and continued,
            // 001); any other rule's deadline an event meets is not opened again by it.
            if (matches(tracking.opensOn(), type, field) && (!meets || rule.recurring())) {
                actions.add(new Action(rule, Effect.OPEN));
            }
        }
        actions.sort(Comparator.comparing(Action::effect));
        return actions;
    }

    private static boolean matches(List<EventMatch> events, String type, Function<String, Object> field) {
        return events.stream().anyMatch(event -> event.matches(type, field));
    }
}
