package io.casework.casenotes.rest.dto;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The upload as the OpenAPI document describes it: a multipart/form-data body of two parts. Only a description; the
 * resource takes the parts themselves ({@code @RestForm}), so the file is spooled to disk, never held in memory.
 */
@Schema(description = "A document to add: the metadata part (JSON) and the file part (its bytes)")
public class DocumentUploadForm {

    @Schema(required = true, implementation = DocumentMetadata.class,
            description = "What the document is (send this part with Content-Type: application/json)")
    public DocumentMetadata metadata;

    @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "The file, up to "
            + "casework.documents.max-size (25 MB unless configured). Its type is told from its content, which must "
            + "agree with its name's extension and the part's Content-Type", maxLength = 26_214_400,
            example = "%PDF-1.7 ...")
    public String file;
}
