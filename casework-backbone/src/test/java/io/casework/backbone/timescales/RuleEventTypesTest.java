package io.casework.backbone.timescales;

import io.casework.contracts.EventType;
import io.casework.contracts.PathwayStepKind;
import io.casework.contracts.RiskAlertReviewOutcome;
import io.casework.timescales.EventMatch;
import io.casework.timescales.RuleSetRegistry;
import io.casework.timescales.TimescaleRule;
import io.casework.timescales.Tracking;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule sets name the suite's events only by their names, since casework-timescales cannot depend on the event
 * contracts. Here both are on the classpath: every event a tracked rule names must be one of {@link EventType}, and
 * every condition must name a field of that event's data with a value the field can hold.
 */
class RuleEventTypesTest {

    private static final RuleSetRegistry REGISTRY = RuleSetRegistry.standard();

    @Test
    @DisplayName("001-004: every event type named by any rule of any authority is one of the suite's event types")
    void everyEventTypeExists() {
        List<String> unknown = new ArrayList<>();
        for (String authority : REGISTRY.authorities()) {
            for (TimescaleRule rule : REGISTRY.ruleSet(authority).rules()) {
                rule.tracking().ifPresent(tracking -> tracking.eventTypes().stream()
                        .filter(type -> EventType.of(type).isEmpty())
                        .forEach(type -> unknown.add(authority + " " + rule.id() + ": " + type)));
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    @DisplayName("001-004: every 'when' names a field of the event's data, with values that field can take")
    void everyConditionFitsItsEvent() {
        List<String> problems = new ArrayList<>();
        for (String authority : REGISTRY.authorities()) {
            for (TimescaleRule rule : REGISTRY.ruleSet(authority).rules()) {
                for (EventMatch event : matches(rule.tracking())) {
                    EventType.of(event.eventType()).ifPresent(type -> event.when().forEach((field, values) ->
                            check(type, field, values).ifPresent(p -> problems.add(authority + " " + rule.id() + ": " + p))));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("004 and 002: rules are tracked from events, the C&F due date among them")
    void someRulesAreTracked() {
        assertThat(REGISTRY.ruleSet("lcs-practice-guide").rules()).filteredOn(TimescaleRule::tracked).isNotEmpty();
        Tracking cf = REGISTRY.rule("hertfordshire", "cf-assessment-priority-10").tracking().orElseThrow();
        assertThat(cf.opensOn().get(0).matches(EventType.PATHWAY_STEP_STARTED.type(),
                Map.<String, Object>of("kind", "CF_ASSESSMENT")::get)).isTrue();
    }

    @Test
    @DisplayName("A condition on a field the event lacks, or with a value its enum lacks, is found")
    void checkCanFail() {
        assertThat(check(EventType.CASE_NOTE_SUBMITTED, "kind", List.of("CF_ASSESSMENT"))).isPresent();
        assertThat(check(EventType.CASE_NOTE_SUBMITTED, "noteType", List.of("STATUTORY_VIST"))).isPresent();
        assertThat(check(EventType.CASE_NOTE_SUBMITTED, "noteType", List.of("STATUTORY_VISIT"))).isEmpty();
        assertThat(check(EventType.VISIT_RECORDED, "childSeen", List.of("no"))).isPresent();
        assertThat(check(EventType.PATHWAY_STEP_STARTED, "kind", List.of("C_AND_F"))).isPresent();
        assertThat(check(EventType.PATHWAY_STEP_PRIORITY_CHANGED, "priorityWorkingDays", List.of("ten"))).isPresent();
    }

    private static List<EventMatch> matches(Optional<Tracking> tracking) {
        return tracking.map(t -> {
            List<EventMatch> all = new ArrayList<>(t.opensOn());
            all.addAll(t.metBy());
            all.addAll(t.cancelledBy());
            return all;
        }).orElse(List.of());
    }

    /** Why the condition cannot match the event's data, if it cannot. */
    private static Optional<String> check(EventType type, String field, List<String> values) {
        Optional<RecordComponent> component = Arrays.stream(type.payload().getRecordComponents())
                .filter(c -> c.getName().equals(field)).findFirst();
        if (component.isEmpty()) {
            return Optional.of(type.type() + " has no field '" + field + "'");
        }
        Class<?> fieldType = component.get().getType();
        List<String> allowed = null;
        if (fieldType.isEnum()) {
            allowed = Arrays.stream(fieldType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        } else if (fieldType == boolean.class || fieldType == Boolean.class) {
            allowed = List.of("true", "false");
        } else if (fieldType == String.class && field.equals("kind")) {
            // A pathway step's kind travels as text, restricted by the schemas to PathwayStepKind's names.
            allowed = Arrays.stream(PathwayStepKind.values()).map(Enum::name).toList();
        } else if (type == EventType.RISK_ALERT_REVIEWED && field.equals("outcome")) {
            allowed = Arrays.stream(RiskAlertReviewOutcome.values()).map(Enum::name).toList();
        } else if (fieldType == int.class || fieldType == Integer.class) {
            List<String> notWhole = values.stream().filter(v -> !v.matches("-?[0-9]+")).toList();
            if (!notWhole.isEmpty()) {
                return Optional.of(type.type() + "." + field + " is a whole number, not " + notWhole);
            }
        }
        if (allowed != null) {
            List<String> known = allowed;
            List<String> bad = values.stream().filter(v -> !known.contains(v)).toList();
            if (!bad.isEmpty()) {
                return Optional.of(type.type() + "." + field + " cannot be " + bad);
            }
        }
        return Optional.empty();
    }
}
