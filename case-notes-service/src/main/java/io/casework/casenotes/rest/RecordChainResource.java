package io.casework.casenotes.rest;

import io.casework.backbone.security.Roles;
import io.casework.casenotes.rest.dto.RecordChainAuditDto;
import io.casework.casenotes.service.RecordChainService;
import jakarta.annotation.security.RolesAllowed;
import io.casework.backbone.access.AccessClass;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/record-chain")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Record chain", description = "Tamper evidence: whether each child's record is as it was written")
public class RecordChainResource {

    @Inject
    RecordChainService chains;

    @POST
    @Path("/verifications")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "verifyAllRecordChains", summary = "Verify every child's record chain now",
            description = "What the nightly run does: counts of children and entries, the rate, and the first 100 "
                    + "broken chains by child. Names no child's details. scripts/verify-record-chains.sh calls it.")
    @APIResponse(responseCode = "200", description = "What the run found",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordChainAuditDto.class),
                    examples = @ExampleObject(name = "one broken chain", value = """
                            {"startedAt": "2026-11-26T01:30:00Z", "finishedAt": "2026-11-26T01:30:16.4Z",
                             "children": 60298, "entries": 300442, "brokenChildren": 1, "entriesPerSecond": 18352,
                             "broken": [{"childId": "6f1c2a8e-3d4b-4c7a-9e15-2b8d0f6a1c33", "entries": 42,
                             "intact": false, "firstBreak": {"position": 12, "entry": "access log entry 81",
                             "change": "moved",
                             "detail": "It was written as entry 13 and now stands at 12: the order was changed."}}]}""")))
    @APIResponse(responseCode = "401", description = "No valid token (problem unauthorised)")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "503", description = "The database could not serve the request (problem "
            + "service-unavailable, Retry-After)")
    // record.audit across the authority: an administrator's alone (the access matrix lists it as an exception).
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_AUDIT)
    public RecordChainAuditDto verifyAll() {
        return chains.verifyAll();
    }
}
