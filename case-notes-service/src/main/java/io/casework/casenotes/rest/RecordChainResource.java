package io.casework.casenotes.rest;

import io.casework.backbone.security.Roles;
import io.casework.casenotes.rest.dto.RecordChainAuditDto;
import io.casework.casenotes.service.RecordChainService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Verify every child's record chain now",
            description = "What the nightly run does: counts of children and entries, the rate, and the first 100 "
                    + "broken chains by child. Names no child's details. scripts/verify-record-chains.sh calls it.")
    public RecordChainAuditDto verifyAll() {
        return chains.verifyAll();
    }
}
