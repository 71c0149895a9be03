package io.casework.deadlines.rest;

import io.casework.backbone.access.Restriction;
import io.casework.backbone.access.readmodel.AccessChild;
import io.casework.deadlines.domain.DeadlineKind;
import io.casework.deadlines.repository.Deadline;
import io.casework.testing.DemoOrganisation;
import io.casework.testing.KeycloakTokens;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * A child of the demo organisation with open deadlines, written straight into this service's tables as its event
 * consumers would have written them (their own tests prove that part): the worktray tests are about what is read.
 */
final class WorktrayFixture {

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private WorktrayFixture() {
    }

    static LocalDate today() {
        return LocalDate.now(ENGLAND);
    }

    /** A child of {@code team} allocated to {@code worker}, restricted as given. */
    static UUID child(String team, String worker, Restriction restriction) {
        DemoOrganisation.ensure();
        UUID childId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            AccessChild child = new AccessChild();
            child.childId = childId;
            child.team = team;
            child.allocatedWorker = worker;
            child.lookedAfter = false;
            child.adoptionPlan = false;
            child.restriction = restriction;
            child.persist();
        });
        return childId;
    }

    /** An open statutory visit deadline of the child, held by {@code assignee} (null: the team's managers). */
    static UUID visit(UUID childId, String team, String assignee, LocalDate due) {
        return open(Deadline.open(childId, DeadlineKind.STATUTORY_VISIT, "lcs-practice-guide", null,
                UUID.randomUUID().toString(), team, assignee, due, Instant.now()));
    }

    /** An open note awaiting management oversight, which the team's managers hold. */
    static UUID oversight(UUID childId, String team, LocalDate due) {
        return open(Deadline.open(childId, DeadlineKind.MANAGEMENT_OVERSIGHT, "lcs-practice-guide", null,
                UUID.randomUUID().toString(), team, null, due, Instant.now()));
    }

    /** An open pathway step's deadline under {@code ruleId}. */
    static UUID step(UUID childId, String ruleId, String team, String assignee, LocalDate due) {
        return open(Deadline.openUnderRule(childId, DeadlineKind.PATHWAY_STEP, ruleId, "lcs-practice-guide", "test",
                UUID.randomUUID().toString(), team, assignee, null, due, Instant.now()));
    }

    private static UUID open(Deadline deadline) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().persist(deadline));
        return deadline.getId();
    }

    static ValidatableResponse get(String user, String path) {
        return given().header("Authorization", KeycloakTokens.bearer(user)).get(path).then();
    }
}
