package io.casework.visits.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.RequestParams;
import io.casework.visits.rest.dto.ChildVisitsDto;
import io.casework.visits.rest.dto.VisitPlanDto;
import io.casework.visits.service.VisitQueryService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A child's statutory visits and visit plan, for staff of the child's team and those who see every team. */
@Path("/children/{childId}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Statutory visits")
public class ChildVisitResource {

    @Inject
    VisitQueryService visits;

    @GET
    @Path("/visits")
    @Operation(operationId = "getChildVisits", summary = "A child's statutory visits",
            description = "Planned and completed statutory visits by due date, with whether each was on time and "
                    + "whether a planned one is overdue today, and every visit recorded on the child's case notes.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public ChildVisitsDto visits(
            @PathParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childId) {
        return visits.visitsOf(RequestParams.pathUuid("childId", childId));
    }

    @GET
    @Path("/visit-plan")
    @Operation(operationId = "getChildVisitPlan", summary = "A child's visit plan",
            description = "The plan type, the visit frequency in working days and the next due date.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public VisitPlanDto visitPlan(
            @PathParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childId) {
        return visits.planOf(RequestParams.pathUuid("childId", childId));
    }
}
