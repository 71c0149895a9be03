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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/worktray")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worktray", description = "What is due: the caller's own, a team's and a service area's")
public class WorktrayResource {

    @Inject
    WorktrayService service;

    @GET
    @Operation(operationId = "getWorktray", summary = "The caller's open deadlines, soonest first (due date, then "
            + "id), a page at a time",
            description = "Deadlines assigned to the caller, and for practice and team managers what their team's "
                    + "managers hold: notes awaiting management oversight (reason TEAM_OVERSIGHT) and pathway steps' "
                    + "reminders such as setting a C&F's priority (reason TEAM); each says whether it is overdue and "
                    + "how many working days are left. Narrowed by due (OVERDUE, TODAY, SOON), kind, ruleId and "
                    + "childId. A child is shown only as lists show it (ACCESS-RULES: Y or P on record.read, P "
                    + "without details), and each child shown is logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<WorktrayItemDto> worktray(@BeanParam WorktrayParams filter, @BeanParam DueParam due,
            @BeanParam PageParams page) {
        return service.worktray(filter.filter(due, service.horizon()), page.query(DeadlineRepository.cursorKeys()));
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countWorktray", summary = "The caller's worktray counted: overdue, due today, due soon "
            + "and open, in all, by team and by kind and rule",
            description = "The deadlines getWorktray lists, narrowed by kind, ruleId and childId alike, counted. "
                    + "Numbers only: no child is named, and nothing is logged. Every member of staff, for their own.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public WorktrayCountsDto counts(@BeanParam WorktrayParams filter) {
        return service.counts(filter.filter());
    }
}
