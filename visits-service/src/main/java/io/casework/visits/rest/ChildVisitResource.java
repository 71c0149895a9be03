package io.casework.visits.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.visits.repository.PlannedVisitRepository;
import io.casework.visits.repository.RecordedVisitRepository;
import io.casework.visits.rest.dto.RecordedVisitDto;
import io.casework.visits.rest.dto.VisitDto;
import io.casework.visits.rest.dto.VisitPlanDto;
import io.casework.visits.service.VisitQueryService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A child's statutory visits, the visits recorded on their case notes and their visit plan, for those who may read
 * the child's record. Each list is paged; who holds the case and the plan it follows are the visit plan's.
 */
@Path("/children/{childId}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Statutory visits")
public class ChildVisitResource {

    @Inject
    VisitQueryService visits;

    @GET
    @Path("/visits")
    @Operation(operationId = "getChildVisits",
            summary = "A child's statutory visits, by due date (then id), a page at a time",
            description = "Planned and completed statutory visits, with whether each was on time and whether a "
                    + "planned one is overdue today. The visits recorded on the child's case notes are "
                    + "listChildRecordedVisits; who holds the case and the plan are getChildVisitPlan. For those who "
                    + "may read the child's record (ACCESS-RULES record.read); logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<VisitDto> visits(
            @PathParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childId,
            @BeanParam PageParams page) {
        return visits.visitsOf(RequestParams.pathUuid("childId", childId),
                page.query(PlannedVisitRepository.cursorKeys()));
    }

    @GET
    @Path("/recorded-visits")
    @Operation(operationId = "listChildRecordedVisits",
            summary = "The visits recorded on a child's case notes, by the day of the visit (then note), a page at a "
                    + "time",
            description = "Every visit recorded on the child's case notes, statutory or not, whether or not the child "
                    + "was seen, with whether it met a statutory visit and which. For those who may read the child's "
                    + "record (ACCESS-RULES record.read); logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<RecordedVisitDto> recordedVisits(
            @PathParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childId,
            @BeanParam PageParams page) {
        return visits.recordedVisitsOf(RequestParams.pathUuid("childId", childId),
                page.query(RecordedVisitRepository.cursorKeys()));
    }

    @GET
    @Path("/visit-plan")
    @Operation(operationId = "getChildVisitPlan", summary = "A child's visit plan",
            description = "Who holds the case, the plan type, the visit frequency in working days and the next due "
                    + "date.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public VisitPlanDto visitPlan(
            @PathParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childId) {
        return visits.planOf(RequestParams.pathUuid("childId", childId));
    }
}
