package io.casework.deadlines.rest;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.deadlines.domain.DeadlineState;
import io.casework.deadlines.repository.DeadlineRepository;
import io.casework.deadlines.rest.dto.DeadlineDto;
import io.casework.deadlines.service.DeadlineService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;
import java.util.UUID;

@Path("/deadlines")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "Deadlines tracked against the authority's timescales")
public class DeadlineResource {

    @Inject
    DeadlineService service;

    @GET
    @Operation(operationId = "listChildDeadlines", summary = "A child's deadlines, soonest first, a page at a time",
            description = "For those who may read the child's record (ACCESS-RULES record.read); logged.")
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<DeadlineDto> forChild(
            @Parameter(description = "The child", required = true)
            @QueryParam("childId") @NotNull @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE)
            String childId,
            @Parameter(description = "OPEN, MET or WITHDRAWN; all when absent")
            @QueryParam("state") @Pattern(regexp = "OPEN|MET|WITHDRAWN", message = "must be OPEN, MET or WITHDRAWN")
            String state,
            @BeanParam PageParams page) {
        return service.forChild(UUID.fromString(childId), Optional.ofNullable(state).map(DeadlineState::valueOf),
                page.query(DeadlineRepository.cursorKeys()));
    }
}
