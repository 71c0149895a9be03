package io.casework.deadlines.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.deadlines.rest.dto.AuthorityDto;
import io.casework.deadlines.rest.dto.RuleSetDto;
import io.casework.deadlines.service.TimescaleService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Public reference data: each authority's timescales with the policy each rule comes from. */
@Path("/timescales")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
@Tag(name = "Timescales", description = "Authorities' recording timescales as data; public, no token needed")
public class TimescaleResource {

    @Inject
    TimescaleService service;

    @GET
    @Operation(operationId = "listAuthorities",
            summary = "The authorities whose timescales are held",
            description = "Public reference data, no token needed, not paged (a few authorities): each authority's "
                    + "id, title, policy document and the rule set it refines.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.REFERENCE)
    public List<AuthorityDto> authorities() {
        return service.authorities();
    }

    @GET
    @Path("/{authority}")
    @Operation(operationId = "getAuthorityTimescales",
            summary = "An authority's rules in force, inherited ones included, each with its source",
            description = "Public reference data, no token needed: every recording timescale in force for the "
                    + "authority, with its unit stated (working days, calendar days, hours...), the policy words it "
                    + "comes from, and where the policy is loose, the reading chosen and why. 404 for an authority "
                    + "that is not held.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.REFERENCE)
    public RuleSetDto ruleSet(@PathParam("authority")
            @Pattern(regexp = "[a-z][a-z0-9-]{0,59}", message = "must be an authority's id, e.g. rochdale")
            String authority) {
        return service.ruleSet(authority);
    }
}
