package io.casework.backbone.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request body that does not read as the request it should be is refused, never half-read: a property the request
 * does not have (a typo such as {@code childVoice} would otherwise drop the child's words without a word), a value of
 * the wrong type, or text that is not JSON. Each is a 400 problem naming the field, like every other bad input.
 * Events are read by the contracts module's own, lenient codec: consumers accept fields they do not know yet.
 */
public class JsonInputProblemMapper {

    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e) {
        String field = path(e);
        return Problems.invalidFields("The request has a property it does not know: " + field
                        + ". Nothing was saved; check the spelling against the API documentation.",
                List.of(Problems.FieldViolation.body(field, "is not a property of this request"))).toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongType(InvalidFormatException e) {
        String field = path(e);
        return Problems.invalidFields(field + " has a value of the wrong kind. Nothing was saved.",
                List.of(Problems.FieldViolation.body(field, "must be a " + e.getTargetType().getSimpleName()
                        .replace("LocalDate", "date as yyyy-MM-dd")))).toResponse();
    }

    @ServerExceptionMapper(priority = 2)
    public Response mismatched(MismatchedInputException e) {
        String field = path(e);
        return Problems.invalidFields((field.isEmpty() ? "The body" : field) + " does not have the expected shape. "
                        + "Nothing was saved.",
                List.of(Problems.FieldViolation.body(field.isEmpty() ? "$" : field, "has the wrong shape")))
                .toResponse();
    }

    @ServerExceptionMapper(priority = 3)
    public Response malformed(JsonProcessingException e) {
        return Problems.badRequest("malformed-json", "The body is not well-formed JSON (line "
                + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "). Nothing was saved.")
                .toResponse();
    }

    // The JSON path of the field, as the client wrote it: visit.childSeen, childsVoice.words, items[2].name
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
