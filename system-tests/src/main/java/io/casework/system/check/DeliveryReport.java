package io.casework.system.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the delivery checker found: every broken promise by name, and the counts it checked. */
public final class DeliveryReport {

    private static final int SHOWN = 20;

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void problem(String problem) {
        problems.add(problem);
    }

    void count(String what, int value) {
        counts.put(what, value);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    public int count(String what) {
        return counts.getOrDefault(what, 0);
    }

    public Map<String, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(clean() ? "delivery check: clean" : "delivery check: "
                + problems.size() + " problem(s)");
        counts.forEach((what, value) -> text.append("\n  ").append(what).append(": ").append(value));
        problems.stream().limit(SHOWN).forEach(p -> text.append("\n  PROBLEM ").append(p));
        if (problems.size() > SHOWN) {
            text.append("\n  … and ").append(problems.size() - SHOWN).append(" more");
        }
        return text.toString();
    }
}
