package io.casework.bench.plain;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * POST a note-shaped body, insert it, answer 201 with its id: the framework's own cost of a JSON write, measured
 * beside case-notes-service's note write in the same run (scripts/bench-notes.sh).
 */
@Path("/plain/children/{childId}/notes")
public class PlainNoteResource {

    /** The fields of a case note's body that a plain insert keeps. */
    public record PlainNoteRequest(LocalDate eventDate, String title, String narrative) {
    }

    @POST
    @Transactional
    public Response write(@PathParam("childId") UUID childId, PlainNoteRequest request) {
        PlainNote note = new PlainNote();
        note.id = UUID.randomUUID();
        note.childId = childId;
        note.eventDate = request.eventDate();
        note.title = request.title();
        note.narrative = request.narrative();
        note.writtenAt = Instant.now();
        note.persist();
        return Response.status(Response.Status.CREATED).entity(Map.of("id", note.id)).build();
    }
}
