package io.casework.casenotes.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.casework.backbone.access.AccessClass;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageParams;
import io.casework.backbone.rest.RequestParams;
import io.casework.casenotes.repository.DocumentRepository;
import io.casework.casenotes.rest.dto.DocumentDto;
import io.casework.casenotes.rest.dto.DocumentMetadata;
import io.casework.casenotes.rest.dto.DocumentUploadForm;
import io.casework.casenotes.service.DocumentService;
import io.casework.contracts.DocumentType;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Documents on a child's record (issue 12 "Documents"): letters, court orders, signed decisions, reports, minutes and
 * photos, added as files with what they are, listed, described and downloaded under the record's access rules.
 */
@Path("/children/{childId}/documents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Documents on the child's record")
public class DocumentResource {

    static final String UPLOAD_REFUSED = "The file was refused, nothing added: empty (document-empty), its content "
            + "not of a type taken (document-type-not-allowed, 415), its name or declared type not what its content "
            + "is (document-content-mismatch), a PHOTO that is no image (document-not-a-photo), or the metadata "
            + "invalid, dated in the future or naming a note not on this child's record (constraint-violation, 400)";
    static final String TOO_LARGE = "Larger than the service takes (document-too-large, or body-too-large for the "
            + "whole request): nothing added";
    static final String NOT_YOURS_TO_ADD = "Not yours to add to (problem access-refused or access-purpose-required); "
            + "the attempt is logged";
    static final String NO_SUCH_DOCUMENT = "No such child, or no such document on its record (problem not-found)";
    static final String STORE_DOWN = "The document store could not be written (document-store-unavailable): nothing "
            + "added; try again";
    static final String ADDED = "The document, as added and sealed on the child's chain";

    @Inject
    DocumentService documents;

    @Inject
    DocumentUploadParts parts;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addDocument",
            summary = "Add a document to the child's record: a letter, court order, signed decision, report, minutes "
                    + "or photo",
            description = "A multipart/form-data body of two parts: metadata (JSON: documentType, title, direction, "
                    + "dated, and noteId to attach it to a note on this child's record) and file. The file's type is "
                    + "told from its content (PDF, PNG, JPEG, TIFF, plain text or a saved e-mail as configured) and "
                    + "must agree with its name's extension and the part's Content-Type; it must not be empty or "
                    + "over the configured size. The document is finalised as added: who added it and when, its "
                    + "size and SHA-256 are sealed on the child's chain, and it is never changed (a new version is a "
                    + "new document, addDocumentVersion). Publishes casework.case-notes.document-added, naming the "
                    + "upload timescale its type starts (003 Appendix A). Outside your caseload, give a purpose in "
                    + "X-Access-Purpose; the attempt is logged either way.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = DocumentUploadForm.class),
            encoding = @Encoding(name = "metadata", contentType = MediaType.APPLICATION_JSON)))
    @APIResponse(responseCode = "201", description = ADDED, headers = @Header(name = HttpHeaders.LOCATION,
            description = "The document", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 300)),
            content = @Content(schema = @Schema(implementation = DocumentDto.class)))
    @APIResponse(responseCode = "400", description = UPLOAD_REFUSED)
    @APIResponse(responseCode = "403", description = NOT_YOURS_TO_ADD)
    @APIResponse(responseCode = "404", description = NO_SUCH_DOCUMENT)
    @APIResponse(responseCode = "413", description = TOO_LARGE)
    @APIResponse(responseCode = "415", description = UPLOAD_REFUSED)
    @APIResponse(responseCode = "422", description = UPLOAD_REFUSED)
    @APIResponse(responseCode = "503", description = STORE_DOWN)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response add(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            // Read as text and parsed by DocumentUploadParts, so a bad part gets a problem naming its field.
            @RestForm("metadata") @Schema(implementation = DocumentMetadata.class, required = true) String metadataPart,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload filePart,
            @Context UriInfo uri) throws JsonProcessingException {
        DocumentMetadata metadata = parts.metadata(metadataPart);
        FileUpload file = parts.file(filePart);
        UUID childId = RequestParams.pathUuid("childId", childIdText);
        DocumentDto added = documents.add(childId, metadata, upload(file));
        return created(uri, added);
    }

    @POST
    @Path("/{documentId}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addDocumentVersion",
            summary = "Add a new version of a document: a new document that supersedes it",
            description = "The same two parts as addDocument. A document is never replaced: the new version is a "
                    + "new document whose supersedes names this one, and this one's supersededBy names it; both stay "
                    + "on the record and on the child's chain, and the earlier one can still be downloaded. Only the "
                    + "newest version may be superseded (409 document-superseded otherwise). The attempt is logged.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = DocumentUploadForm.class),
            encoding = @Encoding(name = "metadata", contentType = MediaType.APPLICATION_JSON)))
    @APIResponse(responseCode = "201", description = ADDED, headers = @Header(name = HttpHeaders.LOCATION,
            description = "The new version", schema = @Schema(type = SchemaType.STRING, format = "uri",
            maxLength = 300)), content = @Content(schema = @Schema(implementation = DocumentDto.class)))
    @APIResponse(responseCode = "400", description = UPLOAD_REFUSED)
    @APIResponse(responseCode = "403", description = NOT_YOURS_TO_ADD)
    @APIResponse(responseCode = "404", description = NO_SUCH_DOCUMENT)
    @APIResponse(responseCode = "409", description = "A newer version supersedes this document already "
            + "(document-superseded): nothing added")
    @APIResponse(responseCode = "413", description = TOO_LARGE)
    @APIResponse(responseCode = "415", description = UPLOAD_REFUSED)
    @APIResponse(responseCode = "422", description = UPLOAD_REFUSED)
    @APIResponse(responseCode = "503", description = STORE_DOWN)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_WRITE)
    public Response addVersion(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @PathParam("documentId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String documentIdText,
            // Read as text and parsed by DocumentUploadParts, so a bad part gets a problem naming its field.
            @RestForm("metadata") @Schema(implementation = DocumentMetadata.class, required = true) String metadataPart,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload filePart,
            @Context UriInfo uri) throws JsonProcessingException {
        DocumentMetadata metadata = parts.metadata(metadataPart);
        FileUpload file = parts.file(filePart);
        UUID childId = RequestParams.pathUuid("childId", childIdText);
        UUID documentId = RequestParams.pathUuid("documentId", documentIdText);
        DocumentDto added = documents.addVersion(childId, documentId, metadata, upload(file));
        return created(uri, added);
    }

    @GET
    @Operation(operationId = "listDocuments",
            summary = "The child's documents, the latest added first, a page at a time",
            description = "Each document's facts (never its content), with the versions it supersedes and is "
                    + "superseded by; filtered when asked by type (repeat documentType) and by the note they belong "
                    + "to. Outside your caseload or management line, give a purpose in X-Access-Purpose; the read is "
                    + "logged on the child's access log.")
    @APIResponse(responseCode = "400", description = "A filter or page parameter is malformed, or noteId names no "
            + "note on this child's record (constraint-violation)")
    @APIResponse(responseCode = "404", description = NO_SUCH_DOCUMENT)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Page<DocumentDto> list(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @Parameter(description = "Only documents of these types: repeat the parameter for several "
                    + "(documentType=COURT_ORDER&documentType=LETTER_OF_INTENT)",
                    schema = @Schema(implementation = DocumentType.class))
            @QueryParam("documentType") @Size(max = 20) List<@Size(max = 40) String> documentTypes,
            @Parameter(description = "Only the documents attached to this note of the child's record",
                    example = "3f2b8c1d-4e5a-4b6c-9d7e-8f9a0b1c2d3e")
            @QueryParam("noteId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String noteIdText,
            @BeanParam PageParams page) {
        UUID childId = RequestParams.pathUuid("childId", childIdText);
        Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
        if (documentTypes != null) {
            documentTypes.forEach(type -> types.add(RequestParams.queryEnum("documentType", type,
                    DocumentType.class)));
        }
        UUID noteId = noteIdText == null ? null : RequestParams.queryUuid("noteId", noteIdText);
        return documents.ofChild(childId, new DocumentRepository.DocumentFilter(types, noteId),
                page.query(DocumentRepository.cursorKeys()));
    }

    @GET
    @Path("/{documentId}")
    @Operation(operationId = "getDocument",
            summary = "One document's facts, with the versions it supersedes and is superseded by",
            description = "What it is, when it was sent or received, who added it and when, its media type, size "
                    + "and SHA-256; supersedes and supersededBy link its versions. The content is at .../content. "
                    + "Outside your caseload, give a purpose in X-Access-Purpose; the read is logged.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(schema = @Schema(implementation = DocumentDto.class)))
    @APIResponse(responseCode = "404", description = NO_SUCH_DOCUMENT)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public DocumentDto get(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @PathParam("documentId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String documentIdText) {
        return documents.get(RequestParams.pathUuid("childId", childIdText),
                RequestParams.pathUuid("documentId", documentIdText));
    }

    @GET
    @Path("/{documentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getDocumentContent",
            summary = "Download a document's content, as it was added",
            description = "Streamed with its stored media type, Content-Length, its SHA-256 as the ETag and a "
                    + "Content-Disposition naming the file. A read of the record like any other: give a purpose "
                    + "outside your caseload; it is logged on the child's access log as getDocumentContent. The "
                    + "bytes are checked against the SHA-256 sealed on the chain as they are sent: content that no "
                    + "longer matches is cut short of its Content-Length, never delivered as if whole.")
    @APIResponse(responseCode = "200", description = "The content", headers = {
            @Header(name = HttpHeaders.ETAG, description = "The content's SHA-256, quoted",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 66)),
            @Header(name = "Content-Disposition", description = "attachment, with the file's name",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 800))},
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(
                    type = SchemaType.STRING, format = "binary", description = "The document's bytes, with its own "
                    + "media type (application/pdf, image/png...)")))
    @APIResponse(responseCode = "404", description = NO_SUCH_DOCUMENT)
    @Extension(name = AccessClass.EXTENSION, value = AccessClass.Names.RECORD_READ)
    public Response content(@PathParam("childId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String childIdText,
            @PathParam("documentId")
            @Pattern(regexp = RequestParams.UUID_PATTERN, message = RequestParams.UUID_MESSAGE) String documentIdText) {
        DocumentService.Content content = documents.content(RequestParams.pathUuid("childId", childIdText),
                RequestParams.pathUuid("documentId", documentIdText));
        StreamingOutput body = content.writer()::write;
        return Response.ok(body, content.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, content.size())
                .header(HttpHeaders.ETAG, "\"" + content.sha256() + "\"")
                .header("Content-Disposition", disposition(content.fileName()))
                // The stored type is the one the content showed: no browser is to guess another.
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static DocumentService.Upload upload(FileUpload file) {
        return new DocumentService.Upload(file.fileName(), file.contentType(), file.size(), file.uploadedFile());
    }

    private static Response created(UriInfo uri, DocumentDto added) {
        return Response.created(uri.getBaseUriBuilder().path("children").path(added.childId().toString())
                .path("documents").path(added.id().toString()).build()).entity(added).build();
    }

    /** attachment, with the name as ASCII for old clients and as UTF-8 (RFC 6266) for the rest. */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
