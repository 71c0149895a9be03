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

/**
 * The authority's view for those who manage a service area: every open deadline of its teams, and their counts by
 * team. No post sees across service areas (to a manager of one area, another's children are "other-area", N), so
 * the view is one area's.
 */
@Path("/service-areas/{serviceArea}/worktray")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worktray")
public class ServiceAreaWorktrayResource {

    static final String WHO = " For the service area's senior manager and head of service, as the organisation model "
            + "holds them; anyone else is refused (403 access-refused); an unknown service area is 404.";

    @Inject
    WorktrayService service;

    @GET
    @Operation(operationId = "getServiceAreaWorktray", summary = "A service area's open deadlines, every team's, "
            + "soonest first (due date, then id), a page at a time",
            description = "Every open deadline of the area's teams, narrowed by due (OVERDUE, TODAY, SOON), kind, "
                    + "ruleId and childId." + WHO + " A child is shown only as lists show it (ACCESS-RULES: to the "
                    + "area's managers P on record.read, so without details; a restricted child not at all unless "
                    + "its list names them), and each child shown is logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<WorktrayItemDto> worktray(
            @Parameter(description = "The service area's id", example = "service-area-1")
            @PathParam("serviceArea") @NotNull
            @Pattern(regexp = TeamWorktrayResource.ID, message = "must be a service area's id") String serviceArea,
            @BeanParam WorktrayParams filter, @BeanParam DueParam due,
            @BeanParam PageParams page) {
        return service.serviceAreaWorktray(serviceArea, filter.filter(due, service.horizon()),
                page.query(DeadlineRepository.cursorKeys()));
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countServiceAreaWorktray", summary = "A service area's worktray counted: overdue, due "
            + "today, due soon and open, in all, by team (every team of the area) and by kind and rule",
            description = "The deadlines getServiceAreaWorktray lists, narrowed by kind, ruleId and childId alike, "
                    + "counted. Numbers only: no child is named, and nothing is logged." + WHO)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public WorktrayCountsDto counts(
            @Parameter(description = "The service area's id", example = "service-area-1")
            @PathParam("serviceArea") @NotNull
            @Pattern(regexp = TeamWorktrayResource.ID, message = "must be a service area's id") String serviceArea,
            @BeanParam WorktrayParams filter) {
        return service.serviceAreaCounts(serviceArea, filter.filter());
    }
}
