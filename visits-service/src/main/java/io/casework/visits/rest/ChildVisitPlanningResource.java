package io.casework.visits.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.idempotency.IdempotentRequests;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.visits.repository.KitContactRepository;
import io.casework.visits.repository.VisitAppointmentRepository;
import io.casework.visits.rest.dto.AppointmentDto;
import io.casework.visits.rest.dto.ArrangeVisitRequest;
import io.casework.visits.rest.dto.KitContactDto;
import io.casework.visits.rest.dto.SetFrequencyRequest;
import io.casework.visits.rest.dto.VisitPlanDto;
import io.casework.visits.rest.dto.VisitVersionDto;
import io.casework.visits.service.VisitCommandService;
import io.casework.visits.service.VisitQueryService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Planning one child's visits: the manager's frequency for the child, the visits a worker arranges ahead, a visit's
 * history by note version, and a care leaver's keep-in-touch contacts.
 */
@Path("/children/{childId}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Statutory visits")
public class ChildVisitPlanningResource {

    @Inject
    VisitQueryService queries;

    @Inject
    VisitCommandService commands;

    @Inject
    IdempotentRequests idempotent;

    @PUT
    @Path("/visit-frequency")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setChildVisitFrequency", summary = "Set the child's own visit frequency, or go back to "
            + "the rule set's",
            description = "For the managers of the child's record (ACCESS-RULES record.manage). The child's visits "
                    + "are then at most everyAmount everyUnit apart, and the visit waiting is due again by it "
                    + "(announced as casework.visits.visit-scheduled with frequencyRule manager-override). A frequency "
                    + "the regulations or a seed set is the longest allowed: the child's own may be shorter, never "
                    + "longer; a local standard (CP, CIN) may be replaced either way, as a CIN plan sets its own. "
                    + "Leave out everyAmount and everyUnit to go back to the rule set's frequency. Every setting is "
                    + "kept with who, when and why. Example body: {\"everyAmount\": 2, \"everyUnit\": \"WEEKS\", "
                    + "\"reason\": \"The CIN plan agreed on 3 March sets fortnightly visits\"}.")
    @APIResponse(responseCode = "200", description = "The visit plan with the child's own frequency",
            content = @Content(schema = @Schema(implementation = VisitPlanDto.class)))
    @APIResponse(responseCode = "400", description = "A field missing or invalid (problem invalid-fields), or longer "
            + "than the regulations allow now (problem frequency-longer-than-rule); nothing was changed")
    @APIResponse(responseCode = "403", description = "Not yours to manage (problem access-refused); logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    @APIResponse(responseCode = "409", description = "The child has no plan of visits in force (problem "
            + "no-visit-plan)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_MANAGE)
    public VisitPlanDto setFrequency(
            @PathParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE)
            String childId,
            @Valid @NotNull SetFrequencyRequest request) {
        return commands.setFrequency(RequestParams.pathUuid("childId", childId), request);
    }

    @POST
    @Path("/visit-appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "arrangeVisit", summary = "Arrange a visit ahead",
            description = "For those who may record on the child's record (ACCESS-RULES record.write): a day, today "
                    + "or later, and whether the family will be told, shown against the due date of the visit "
                    + "waiting. The visit itself is recorded as a case note in case-notes-service. Send an "
                    + "Idempotency-Key to make retries safe. Example body: {\"visitDate\": \"2026-03-04\", "
                    + "\"announced\": false}.")
    @APIResponse(responseCode = "201", description = "The visit arranged",
            content = @Content(schema = @Schema(implementation = AppointmentDto.class)))
    @APIResponse(responseCode = "400", description = "A field missing or invalid, or a day in the past (problem "
            + "invalid-fields); nothing was changed")
    @APIResponse(responseCode = "403", description = "Not yours to record on (problem access-refused); logged")
    @APIResponse(responseCode = "404", description = "No such child (problem not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response arrange(
            @PathParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE)
            String childId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ArrangeVisitRequest request,
            @Context UriInfo uri) {
        UUID child = RequestParams.pathUuid("childId", childId);
        return idempotent.execute(idempotencyKey, "POST /children/" + child + "/visit-appointments", request,
                replayed -> commands.requireRecordWrite(child),
                () -> {
                    AppointmentDto arranged = commands.arrange(child, request);
                    return Response.created(uri.getBaseUriBuilder().path("children").path(child.toString())
                            .path("visit-appointments").build()).entity(arranged).build();
                });
    }

    @GET
    @Path("/visit-appointments")
    @Operation(operationId = "listVisitAppointments", summary = "The visits arranged ahead for a child, by day (then "
            + "id), a page at a time",
            description = "Each with how it stands against the due date of the visit waiting; cancelled ones stay, "
                    + "with when. For those who may read the child's record (ACCESS-RULES record.read); logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<AppointmentDto> appointments(
            @PathParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE)
            String childId,
            @BeanParam PageParams page) {
        return queries.appointmentsOf(RequestParams.pathUuid("childId", childId),
                page.query(VisitAppointmentRepository.cursorKeys()));
    }

    @POST
    @Path("/visit-appointments/{appointmentId}/cancellation")
    @Operation(operationId = "cancelVisitAppointment", summary = "Cancel a visit arranged ahead",
            description = "For those who may record on the child's record (ACCESS-RULES record.write). The "
                    + "appointment stays, marked cancelled with who and when; cancelling it again changes nothing.")
    @APIResponse(responseCode = "200", description = "The appointment, cancelled",
            content = @Content(schema = @Schema(implementation = AppointmentDto.class)))
    @APIResponse(responseCode = "403", description = "Not yours to record on (problem access-refused); logged")
    @APIResponse(responseCode = "404", description = "No such child, or no such appointment of the child (problem "
            + "not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public AppointmentDto cancel(
            @PathParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE)
            String childId,
            @PathParam("appointmentId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String appointmentId) {
        return commands.cancel(RequestParams.pathUuid("childId", childId),
                RequestParams.pathUuid("appointmentId", appointmentId));
    }

    @GET
    @Path("/recorded-visits/{noteId}/history")
    @Operation(operationId = "getRecordedVisitHistory", summary = "Every version of a visit's note as applied, and "
            + "what each did to the schedule",
            description = "A note returned and corrected (the child was not seen after all, another day) moves the "
                    + "schedule back where it belongs; this shows each version's facts and its effect, oldest first. "
                    + "For those who may read the child's record (ACCESS-RULES record.read); logged.")
    @APIResponse(responseCode = "404", description = "No such child, or no visit of the child on that note (problem "
            + "not-found)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public List<VisitVersionDto> history(
            @PathParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE)
            String childId,
            @PathParam("noteId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE)
            String noteId) {
        return queries.historyOf(RequestParams.pathUuid("childId", childId), RequestParams.pathUuid("noteId", noteId));
    }

    @GET
    @Path("/kit-contacts")
    @Operation(operationId = "listChildKitContacts", summary = "A care leaver's keep-in-touch contacts, by day (then "
            + "note), a page at a time",
            description = "In touch, main activity and accommodation as each note's latest version says, and whether "
                    + "it goes on the SSDA903 return (within 2 months of the 17th to 21st birthday; 004 \"Recording "
                    + "KIT Visits\"). For those who may read the child's record (ACCESS-RULES record.read); logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<KitContactDto> kitContacts(
            @PathParam("childId") @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE)
            String childId,
            @BeanParam PageParams page) {
        return queries.kitContactsOf(RequestParams.pathUuid("childId", childId),
                page.query(KitContactRepository.cursorKeys()));
    }
}
