package io.casework.deadlines.rest;

import io.casework.backbone.access.Restriction;
import io.casework.testing.DemoOrganisation;
import io.casework.timescales.WorkingDayCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.casework.deadlines.rest.WorktrayFixture.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The caller's own worktray narrowed by when things are due, by kind, rule and child, its counts, and its pages
 * (004 "Setting A Due Date (Priority) for New C&F": "It is very important to monitor the due dates").
 */
@QuarkusTest
class WorktrayFiltersTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private LocalDate today;
    private UUID child;
    private UUID overdue;
    private UUID dueToday;
    private UUID dueSoon;
    private UUID dueLater;
    private UUID assessment;

    @BeforeEach
    void childWithDeadlines() {
        DemoOrganisation.ensure();
        today = WorktrayFixture.today();
        child = WorktrayFixture.child("north", "north.sw1", Restriction.NONE);
        overdue = WorktrayFixture.visit(child, "north", "north.sw1", today.minusDays(3));
        dueToday = WorktrayFixture.visit(child, "north", "north.sw1", today);
        dueSoon = WorktrayFixture.visit(child, "north", "north.sw1", CALENDAR.addWorkingDays(today, 2));
        dueLater = WorktrayFixture.visit(child, "north", "north.sw1", CALENDAR.addWorkingDays(today, 6));
        assessment = WorktrayFixture.step(child, "cf-assessment-priority-20", "north", "north.sw1",
                CALENDAR.addWorkingDays(today, 1));
    }

    @Test
    @DisplayName("004 C&F priority: due=OVERDUE, TODAY and SOON (within 5 working days) each list only theirs")
    void dueFilters() {
        assertThat(ids("/worktray?due=OVERDUE&childId=" + child)).containsExactly(overdue);
        assertThat(ids("/worktray?due=TODAY&childId=" + child)).containsExactly(dueToday);
        assertThat(ids("/worktray?due=SOON&childId=" + child)).containsExactly(assessment, dueSoon);
        assertThat(ids("/worktray?childId=" + child))
                .containsExactly(overdue, dueToday, assessment, dueSoon, dueLater);
    }

    @Test
    @DisplayName("004 C&F priority: kind and ruleId narrow the worktray to one kind of work")
    void kindAndRule() {
        assertThat(ids("/worktray?kind=PATHWAY_STEP&childId=" + child)).containsExactly(assessment);
        assertThat(ids("/worktray?ruleId=cf-assessment-priority-20&childId=" + child)).containsExactly(assessment);
        assertThat(ids("/worktray?ruleId=statutory-visit-frequency&due=OVERDUE&childId=" + child))
                .containsExactly(overdue);
        assertThat(ids("/worktray?ruleId=cf-assessment-priority-45&childId=" + child)).isEmpty();
    }

    @Test
    @DisplayName("docs/api-conventions.md \"Input\": a due, kind or childId that is not one is a 400 naming it, and "
            + "so is due on the counts")
    void badFilters() {
        get("north.sw1", "/worktray?due=LATER").statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("due"));
        get("north.sw1", "/worktray?kind=VISIT").statusCode(400).body("violations.field", hasItem("kind"));
        get("north.sw1", "/worktray?childId=not-a-child").statusCode(400);
        get("north.sw1", "/worktray/counts?kind=VISIT").statusCode(400).body("violations.field", hasItem("kind"));
        // The counts count every due date by when it is due: due is not theirs to take.
        get("north.sw1", "/worktray/counts?due=OVERDUE").statusCode(400);
    }

    @Test
    @DisplayName("004 C&F priority: the worker's counts: overdue, due today, due soon and open, by team and by rule")
    void counts() {
        JsonPath counts = get("north.sw1", "/worktray/counts?childId=" + child).statusCode(200)
                .body("today", equalTo(today.toString()))
                .body("dueSoonUntil", equalTo(CALENDAR.addWorkingDays(today, 5).toString()))
                .extract().jsonPath();
        assertThat(counts.getMap("total")).isEqualTo(Map.of("overdue", 1, "dueToday", 1, "dueSoon", 2, "open", 5));
        assertThat(counts.getList("byTeam.team")).containsExactly("north");
        assertThat(counts.getMap("byTeam[0].counts")).isEqualTo(counts.getMap("total"));
        assertThat(counts.getList("byRule.ruleId"))
                .containsExactly("statutory-visit-frequency", "cf-assessment-priority-20");
        assertThat(counts.getMap("byRule[0].counts"))
                .isEqualTo(Map.of("overdue", 1, "dueToday", 1, "dueSoon", 1, "open", 4));
        assertThat(counts.getMap("byRule[1].counts"))
                .isEqualTo(Map.of("overdue", 0, "dueToday", 0, "dueSoon", 1, "open", 1));
        // Narrowed like the list; and someone who holds none of them counts none.
        assertThat(get("north.sw1", "/worktray/counts?kind=PATHWAY_STEP&childId=" + child).extract().jsonPath()
                .getInt("total.open")).isEqualTo(1);
        assertThat(get("north.sw2", "/worktray/counts?childId=" + child).extract().jsonPath()
                .getInt("total.open")).isZero();
    }

    @Test
    @DisplayName("docs/api-conventions.md \"Lists are paged\": pages of 2 follow next to the end, soonest first, "
            + "none repeated")
    void paging() {
        List<UUID> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonPath page = get("north.sw1", "/worktray?limit=2&childId=" + child
                    + (after == null ? "" : "&after=" + after)).statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.id");
            assertThat(items).hasSizeLessThanOrEqualTo(2);
            items.forEach(id -> seen.add(UUID.fromString(id)));
            after = page.getString("next");
            pages++;
        } while (after != null && pages < 10);
        assertThat(seen).containsExactly(overdue, dueToday, assessment, dueSoon, dueLater);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    @DisplayName("004 oversight: a manager's own worktray merges what they hold and their team's managers' work in "
            + "one order, across pages")
    void managersPagesMerge() {
        UUID managerChild = WorktrayFixture.child("north", "north.sw1", Restriction.NONE);
        UUID first = WorktrayFixture.oversight(managerChild, "north", today.minusDays(1));
        UUID second = WorktrayFixture.visit(managerChild, "north", "north.pm", today);
        UUID third = WorktrayFixture.oversight(managerChild, "north", today.plusDays(1));
        UUID fourth = WorktrayFixture.visit(managerChild, "north", "north.pm", today.plusDays(2));
        List<UUID> seen = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = get("north.pm", "/worktray?limit=1&childId=" + managerChild
                    + (after == null ? "" : "&after=" + after)).statusCode(200).extract().jsonPath();
            page.getList("items.id", String.class).forEach(id -> seen.add(UUID.fromString(id)));
            after = page.getString("next");
        } while (after != null && seen.size() < 10);
        assertThat(seen).containsExactly(first, second, third, fourth);
        assertThat(get("north.pm", "/worktray/counts?childId=" + managerChild).extract().jsonPath()
                .getMap("total")).isEqualTo(Map.of("overdue", 1, "dueToday", 1, "dueSoon", 2, "open", 4));
    }

    private static List<UUID> ids(String path) {
        return get("north.sw1", path).statusCode(200).extract().jsonPath().getList("items.id", String.class)
                .stream().map(UUID::fromString).toList();
    }
}
