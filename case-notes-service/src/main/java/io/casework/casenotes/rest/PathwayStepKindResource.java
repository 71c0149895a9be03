package io.casework.casenotes.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.casenotes.rest.dto.PathwayStepKindDto;
import io.casework.casenotes.service.PathwayService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The kinds of step on the case pathway, as data: reference without personal information, so that a screen builds its
 * forms from the rules the service applies instead of keeping its own copy of them.
 */
@Path("/pathway/step-kinds")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
@Tag(name = "Reference", description = "The case pathway's kinds of step; public, no token needed")
public class PathwayStepKindResource {

    @Inject
    PathwayService pathway;

    @GET
    @Operation(operationId = "listPathwayStepKinds", summary = "Every kind of step on the case pathway, as data",
            description = "For each kind (004 \"Case Pathway\"): what it may be part of, whether it is a meeting, "
                    + "whether a worker starts it (startPathwayStep) or only an outcome opens it, whether it lasts "
                    + "until ended, its outcomes with what each opens and which approvals kind authorises them, and "
                    + "the JSON Schemas of its details and its outcome's details. Not paged: a fixed catalogue.")
    @APIResponse(responseCode = "200", description = "The kinds, in pathway order",
            content = @Content(schema = @Schema(implementation = PathwayStepKindDto.class, type = SchemaType.ARRAY)))
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.REFERENCE)
    public List<PathwayStepKindDto> kinds() {
        return pathway.kinds();
    }
}
