package io.casework.deadlines.rest;

import io.casework.backbone.access.Restriction;
import io.casework.testing.DemoOrganisation;
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

/**
 * A team's and a service area's worktray: who may open them (the organisation model's managers of the team or the
 * area), what each of them is shown of a child (ACCESS-RULES "Lists"), their counts and their pages.
 */
@QuarkusTest
class TeamWorktrayResourceTest {

    private LocalDate today;
    private UUID child;
    private UUID held;
    private UUID oversight;

    @BeforeEach
    void northChild() {
        DemoOrganisation.ensure();
        today = WorktrayFixture.today();
        child = WorktrayFixture.child("north", "north.sw1", Restriction.NONE);
        held = WorktrayFixture.visit(child, "north", "north.sw1", today.minusDays(2));
        oversight = WorktrayFixture.oversight(child, "north", today);
    }

    @Test
    @DisplayName("ACCESS-RULES team-line: the team's practice manager and team manager see every open deadline of "
            + "the team, whoever holds it, with its details")
    void teamManagersSeeTheTeam() {
        for (String manager : List.of("north.pm", "north.tm")) {
            JsonPath page = get(manager, "/teams/north/worktray?childId=" + child).statusCode(200).extract()
                    .jsonPath();
            assertThat(page.getList("items.id", String.class)).containsExactly(held.toString(),
                    oversight.toString());
            assertThat(page.getString("items[0].reason")).isEqualTo("HELD_IN_TEAM");
            assertThat(page.getString("items[0].assignee.username")).isEqualTo("north.sw1");
            assertThat(page.getString("items[0].subjectId")).isNotNull();
            assertThat(page.getBoolean("items[0].detailsWithheld")).isFalse();
            assertThat(page.getString("items[1].reason")).isEqualTo("TEAM_OVERSIGHT");
        }
    }

    @Test
    @DisplayName("ACCESS-RULES area-line: the area's senior manager and head of service see the team's deadlines, "
            + "the child without details (P)")
    void areaManagersSeeWithoutDetails() {
        for (String manager : List.of("senior.manager", "head.of.service")) {
            JsonPath page = get(manager, "/teams/north/worktray?childId=" + child).statusCode(200).extract()
                    .jsonPath();
            assertThat(page.getList("items.id", String.class)).containsExactly(held.toString(),
                    oversight.toString());
            assertThat(page.getBoolean("items[0].detailsWithheld")).isTrue();
            assertThat(page.getString("items[0].subjectId")).isNull();
            assertThat(page.getString("items[0].assignee")).isNull();
            assertThat(page.getString("items[0].dueDate")).isEqualTo(today.minusDays(2).toString());
        }
    }

    @Test
    @DisplayName("ACCESS-RULES: a worker of the team, another team's manager and another area's managers are "
            + "refused the team's worktray and its counts (403 access-refused); an unknown team is 404")
    void othersAreRefused() {
        for (String other : List.of("north.sw1", "north.sp", "south.pm", "east.tm", "east.hos", "iro.one",
                "adoption.tm")) {
            get(other, "/teams/north/worktray").statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:casework:problem:access-refused"));
            get(other, "/teams/north/worktray/counts").statusCode(403)
                    .body("type", equalTo("urn:casework:problem:access-refused"));
        }
        get("north.tm", "/teams/nowhere/worktray").statusCode(404);
        get("north.tm", "/teams/Not A Team/worktray").statusCode(400);
    }

    @Test
    @DisplayName("001 \"Restricted Records\": a restricted child's deadlines reach the team manager (on its list), "
            + "not the practice manager or the area's managers (off it), in the list and in the counts")
    void restrictedChild() {
        UUID restricted = WorktrayFixture.child("north", "north.sw1", Restriction.OTHER);
        UUID due = WorktrayFixture.visit(restricted, "north", "north.sw1", today);
        assertThat(get("north.tm", "/teams/north/worktray?childId=" + restricted).extract().jsonPath()
                .getList("items.id", String.class)).containsExactly(due.toString());
        assertThat(get("north.tm", "/teams/north/worktray/counts?childId=" + restricted).extract().jsonPath()
                .getInt("total.open")).isEqualTo(1);
        for (String offTheList : List.of("north.pm", "senior.manager", "head.of.service")) {
            assertThat(get(offTheList, "/teams/north/worktray?childId=" + restricted).statusCode(200).extract()
                    .jsonPath().getList("items")).isEmpty();
            assertThat(get(offTheList, "/teams/north/worktray/counts?childId=" + restricted).extract().jsonPath()
                    .getInt("total.open")).isZero();
        }
        assertThat(get("senior.manager", "/service-areas/service-area-1/worktray?childId=" + restricted)
                .statusCode(200).extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    @DisplayName("004 C&F priority: a team's counts by when due, by kind and rule, naming every team asked about")
    void teamCounts() {
        WorktrayFixture.step(child, "cf-priority-supervisor-alert", "north", null, today.plusDays(1));
        JsonPath counts = get("north.tm", "/teams/north/worktray/counts?childId=" + child).statusCode(200)
                .extract().jsonPath();
        assertThat(counts.getMap("total")).isEqualTo(Map.of("overdue", 1, "dueToday", 1, "dueSoon", 1, "open", 3));
        assertThat(counts.getList("byTeam.team")).containsExactly("north");
        assertThat(counts.getList("byRule.ruleId")).containsExactly("statutory-visit-frequency",
                "statutory-visit-oversight", "cf-priority-supervisor-alert");
        // The area's managers count the same children (P is listed), and the area's counts name each of its teams.
        assertThat(get("head.of.service", "/teams/north/worktray/counts?childId=" + child).extract().jsonPath()
                .getMap("total")).isEqualTo(counts.getMap("total"));
        JsonPath area = get("senior.manager", "/service-areas/service-area-1/worktray/counts?childId=" + child)
                .statusCode(200).extract().jsonPath();
        assertThat(area.getList("byTeam.team")).containsExactly("north", "south");
        assertThat(area.getMap("byTeam[1].counts")).isEqualTo(Map.of("overdue", 0, "dueToday", 0, "dueSoon", 0,
                "open", 0));
        assertThat(area.getMap("total")).isEqualTo(counts.getMap("total"));
    }

    @Test
    @DisplayName("the authority's view: a service area's worktray and counts are its senior manager's and head of "
            + "service's alone; a team manager, another area's head of service and a worker are refused")
    void serviceAreaWorktray() {
        UUID southChild = WorktrayFixture.child("south", "south.sw1", Restriction.NONE);
        UUID southDue = WorktrayFixture.visit(southChild, "south", "south.sw1", today.minusDays(5));
        JsonPath page = get("head.of.service", "/service-areas/service-area-1/worktray?childId=" + southChild)
                .statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.id", String.class)).containsExactly(southDue.toString());
        assertThat(page.getBoolean("items[0].detailsWithheld")).isTrue();
        assertThat(get("senior.manager", "/service-areas/service-area-1/worktray?due=OVERDUE&childId=" + child)
                .extract().jsonPath().getList("items.id", String.class)).containsExactly(held.toString());
        for (String other : List.of("north.tm", "east.hos", "east.sm", "north.sw1")) {
            get(other, "/service-areas/service-area-1/worktray").statusCode(403)
                    .body("type", equalTo("urn:casework:problem:access-refused"));
            get(other, "/service-areas/service-area-1/worktray/counts").statusCode(403);
        }
        get("head.of.service", "/service-areas/nowhere/worktray").statusCode(404);
    }

    @Test
    @DisplayName("docs/api-conventions.md \"Lists are paged\": a team's worktray in pages of 1, soonest first, to the "
            + "end")
    void paging() {
        UUID later = WorktrayFixture.visit(child, "north", "north.sw2", today.plusDays(10));
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = get("north.tm", "/teams/north/worktray?limit=1&childId=" + child
                    + (after == null ? "" : "&after=" + after)).statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            after = page.getString("next");
        } while (after != null && seen.size() < 10);
        assertThat(seen).containsExactly(held.toString(), oversight.toString(), later.toString());
    }
}
