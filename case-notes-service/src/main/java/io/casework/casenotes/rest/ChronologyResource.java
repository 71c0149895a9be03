package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.export.CourtChronologyPdf;
import io.casework.casenotes.repository.ChronologyRepository;
import io.casework.casenotes.rest.dto.ChronologyItemDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto;
import io.casework.casenotes.service.ChronologyService;
import io.casework.contracts.NoteType;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The child's chronology (003 s.6) and the court chronology made from it (003 s.6c). */
@Path("/children/{childId}/chronology")
@Tag(name = "Chronology", description = "The significant events of a child's record in date order, and the court "
        + "chronology")
@Authenticated
public class ChronologyResource {

    static final String PDF = "application/pdf";

    @Inject
    ChronologyService chronology;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getChronology",
            summary = "The child's chronology: significant events, oldest first, a page at a time",
            description = "Every significant event recorded on a submitted or final note of the child's record, "
                    + "whatever the note's type (a significant observation on a home visit counts, 003 s.6b), in "
                    + "date order (event date, then when written): the date, what happened, who has been affected "
                    + "and how, the people named and the impact, positive events included (003 s.6), each linked "
                    + "to its note and shown as the note's current version says. Drafts are still being written and "
                    + "are not shown. Outside your caseload or management line, give a purpose in X-Access-Purpose; "
                    + "the read is logged on the child's access log.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<ChronologyItemDto> ofChild(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @Parameter(description = "Only events on or after this date, yyyy-MM-dd", example = "2025-01-01")
            @QueryParam("from") @Pattern(regexp = RequestParams.DATE_PATTERN, message = RequestParams.DATE_MESSAGE)
            String from,
            @Parameter(description = "Only events on or before this date, yyyy-MM-dd", example = "2026-12-31")
            @QueryParam("to") @Pattern(regexp = RequestParams.DATE_PATTERN, message = RequestParams.DATE_MESSAGE)
            String to,
            @Parameter(description = "Only events recorded on notes of these types: repeat the parameter for several "
                    + "(noteType=SIGNIFICANT_EVENT&noteType=STATUTORY_VISIT)",
                    schema = @Schema(implementation = NoteType.class))
            @QueryParam("noteType") @Size(max = 20) List<@Size(max = 40) String> noteTypes,
            @Parameter(description = "Only events that name this person among the people affected, in any case",
                    example = "Ms A")
            @QueryParam("personAffected") @Size(min = 1, max = 200) String personAffected,
            @BeanParam PageParams page) {
        UUID childId = RequestParams.pathUuid("childId", childIdText);
        Set<NoteType> types = EnumSet.noneOf(NoteType.class);
        if (noteTypes != null) {
            noteTypes.forEach(type -> types.add(RequestParams.queryEnum("noteType", type, NoteType.class)));
        }
        ChronologyRepository.Filter filter = new ChronologyRepository.Filter(
                from == null ? null : RequestParams.queryDate("from", from),
                to == null ? null : RequestParams.queryDate("to", to), types, personAffected);
        return chronology.ofChild(childId, filter, page.query(ChronologyRepository.cursorKeys()));
    }

    @GET
    @Path("/court")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @Operation(operationId = "getCourtChronology",
            summary = "The court chronology, as JSON or as a PDF for a court bundle (Accept header)",
            description = "Made today from the significant events of the child's final notes (003 s.6c): the last "
                    + "two years in full, earlier events in one line each, and the events recorded on telephone "
                    + "calls, routine (not statutory) visits, office meetings and contacts with other professionals "
                    + "left out, with how many and why (CONTACT, VISIT, HOME_VISIT_NO_ACCESS, CARE_LEAVER_KIT, "
                    + "PROFESSIONAL_CONTACT). Accept: application/json (the default) or application/pdf: A4, the "
                    + "child's full name and date of birth and \"Page n of N\" on every page, the date produced, "
                    + "and a table of Date / What happened / Who has been affected and how. Any other Accept is a "
                    + "406. Producing it is a read of the record like any other: give a purpose outside your "
                    + "caseload; it is logged on the child's access log as getCourtChronology.")
    @APIResponse(responseCode = "200", description = "The court chronology", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CourtChronologyDto.class)),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "The court chronology as an A4 PDF"))})
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor application/pdf "
            + "(not-acceptable)")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Response court(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @Context HttpHeaders headers) {
        UUID childId = RequestParams.pathUuid("childId", childIdText);
        CourtChronologyDto court = chronology.court(childId, "getCourtChronology");
        if (!wantsPdf(headers.getAcceptableMediaTypes())) {
            return Response.ok(court, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StreamingOutput pdf = out -> CourtChronologyPdf.write(court, out);
        return Response.ok(pdf, PDF).header("Content-Disposition", "attachment; filename=\"court-chronology-"
                + childId + "-" + court.producedOn() + ".pdf\"").build();
    }

    /**
     * Whether the caller's most preferred type that this operation answers is the PDF: the types come most preferred
     * first, and a wildcard (or none) is answered with JSON, as the operation's first type.
     */
    static boolean wantsPdf(List<MediaType> acceptable) {
        MediaType pdf = MediaType.valueOf(PDF);
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(pdf)) {
                return true;
            }
        }
        return false;
    }
}
