package io.casework.deadlines.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.deadlines.repository.DeadlineRepository;
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
@Tag(name = "Worktray", description = "What is due, for the person asking")
public class WorktrayResource {

    @Inject
    WorktrayService service;

    @GET
    @Operation(operationId = "getWorktray", summary = "The caller's open deadlines, soonest first, a page at a time",
            description = "Deadlines assigned to the caller, and for practice and team managers what their team's "
                    + "managers hold: notes awaiting management oversight (reason TEAM_OVERSIGHT) and pathway steps' "
                    + "reminders such as setting a C&F's priority (reason TEAM); each says whether it is overdue and "
                    + "how many working days are left.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<WorktrayItemDto> worktray(@BeanParam PageParams page) {
        return service.worktray(page.query(DeadlineRepository.cursorKeys()));
    }
}
