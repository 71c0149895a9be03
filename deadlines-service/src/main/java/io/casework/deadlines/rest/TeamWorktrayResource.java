package io.casework.deadlines.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.deadlines.rest.dto.WorktrayCountsDto;
import io.casework.deadlines.rest.dto.WorktrayItemDto;
import io.casework.deadlines.service.WorktrayService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A team's worktray: every open deadline of the team, for those who manage it. */
@Path("/teams/{team}/worktray")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worktray")
public class TeamWorktrayResource {

    /** A team's id as the organisation model names it (approvals-service's teams). */
    static final String ID = "^[a-z0-9][a-z0-9-]{0,59}$";
    static final String WHO = " For the team's practice manager and team manager and the senior manager and head "
            + "of service of its service area, as the organisation model holds them; anyone else is refused (403 "
            + "access-refused); an unknown team is 404.";

    @Inject
    WorktrayService service;

    @GET
    @Operation(operationId = "getTeamWorktray", summary = "A team's open deadlines, soonest first (due date, then "
            + "id), a page at a time",
            description = "Every open deadline the team holds, whoever holds it, narrowed by due (OVERDUE, TODAY, "
                    + "SOON), kind, ruleId and childId." + WHO + " A child is shown only as lists show it "
                    + "(ACCESS-RULES: Y or P on record.read; a P child, such as every child to the area's "
                    + "managers, without details; a restricted child only to those on its list), and each child "
                    + "shown is logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<WorktrayItemDto> worktray(
            @Parameter(description = "The team's id", example = "north")
            @PathParam("team") @NotNull @Pattern(regexp = ID, message = "must be a team's id") String team,
            @BeanParam WorktrayParams filter, @BeanParam DueParam due,
            @BeanParam PageParams page) {
        return service.teamWorktray(team, filter.filter(due, service.horizon()),
                page.query(DeadlineRepository.cursorKeys()));
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countTeamWorktray", summary = "A team's worktray counted: overdue, due today, due soon "
            + "and open, in all and by kind and rule",
            description = "The deadlines getTeamWorktray lists, narrowed by kind, ruleId and childId alike, counted. "
                    + "Numbers only: no child is named, and nothing is logged." + WHO)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public WorktrayCountsDto counts(
            @Parameter(description = "The team's id", example = "north")
            @PathParam("team") @NotNull @Pattern(regexp = ID, message = "must be a team's id") String team,
            @BeanParam WorktrayParams filter) {
        return service.teamCounts(team, filter.filter());
    }
}
