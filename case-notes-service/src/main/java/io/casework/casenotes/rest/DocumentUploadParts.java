package io.casework.casenotes.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.backbone.problem.Problems;
import io.casework.casenotes.rest.dto.DocumentMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads the two parts of an upload so that a bad one is refused as a JSON body would be: a missing part, metadata that
 * is not JSON, an unknown property, a value of the wrong kind or one that breaks its rule, each a 400 problem naming
 * the field. Bound as a typed part, the metadata's faults would surface as a bare "400 Bad Request" naming nothing,
 * and a missing part as a violation of no field.
 */
@ApplicationScoped
public class DocumentUploadParts {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    /** The metadata part, read by the same rules as every JSON body (the backbone's mappers name what is wrong). */
    public DocumentMetadata metadata(String part) throws JsonProcessingException {
        if (part == null || part.isBlank()) {
            throw missing("metadata", "is required: what the document is, as JSON (Content-Type: application/json)");
        }
        DocumentMetadata metadata = json.readValue(part, DocumentMetadata.class);
        Set<ConstraintViolation<DocumentMetadata>> violations = validator.validate(metadata);
        if (!violations.isEmpty()) {
            throw Problems.invalidFields("The metadata breaks its rules. Nothing was saved.", violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> Problems.FieldViolation.body("metadata." + v.getPropertyPath(), v.getMessage()))
                    .toList());
        }
        return metadata;
    }

    /** The file part: its bytes, spooled to disk by the server. */
    public FileUpload file(FileUpload part) {
        if (part == null) {
            throw missing("file", "is required: the document's bytes");
        }
        return part;
    }

    private static RuntimeException missing(String part, String message) {
        return Problems.invalidFields("The " + part + " part is missing. Nothing was saved.",
                List.of(Problems.FieldViolation.body(part, message)));
    }
}
