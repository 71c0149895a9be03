package io.casework.approvals.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person still holds: a person can be marked as left, or move team, only when they hold no cases or tasks and
 * supervise no one (004 "Updating Team Structures"); the refusal lists what remains, so that it can be handed on.
 */
public record Responsibilities(long cases, long pendingDecisions, List<String> supervises, List<String> linePosts) {

    public boolean none() {
        return cases == 0 && pendingDecisions == 0 && supervises.isEmpty() && linePosts.isEmpty();
    }

    /** What remains, in words a manager acts on. */
    public List<String> remaining() {
        List<String> remaining = new ArrayList<>();
        if (cases > 0) {
            remaining.add(cases + " allocated case" + (cases == 1 ? "" : "s") + ": re-allocate them");
        }
        if (pendingDecisions > 0) {
            remaining.add(pendingDecisions + " pending decision" + (pendingDecisions == 1 ? "" : "s")
                    + ": decide them or appoint another approver");
        }
        supervises.forEach(s -> remaining.add("supervises " + s + ": name another supervisor"));
        linePosts.forEach(p -> remaining.add(p + ": appoint someone else"));
        return remaining;
    }
}
