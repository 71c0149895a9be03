package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.RecordChain;
import io.casework.casenotes.config.DocumentsConfig;
import io.casework.casenotes.domain.DocumentContentRules;
import io.casework.casenotes.domain.DocumentContentRules.Refusal;
import io.casework.casenotes.mapping.DocumentMapper;
import io.casework.casenotes.repository.CaseNoteRepository;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.Document;
import io.casework.casenotes.repository.DocumentRepository;
import io.casework.casenotes.rest.dto.DocumentDto;
import io.casework.casenotes.rest.dto.DocumentMetadata;
import io.casework.casenotes.store.DocumentStore;
import io.casework.casenotes.store.StoredContent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Documents on a child's record (issue 12 "Documents"): added with what they are and when they were sent or received,
 * checked by their content, kept in the document store, sealed on the child's chain and announced; read, listed and
 * downloaded under the same access rules as the notes, each access logged. A document is never replaced: a new
 * version is a new document that names the one before.
 */
@ApplicationScoped
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class);

    /** Tika's detectors, without its parsers: the type from the first bytes, or from a name's extension. */
    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry TYPES = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
    private static final int BLOCK = 64 * 1024;

    @Inject
    ChildService childService;

    @Inject
    CaseNoteRepository notes;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentStore store;

    @Inject
    DocumentsConfig config;

    @Inject
    RecordAccess access;

    @Inject
    RecordChain chain;

    @Inject
    Outbox outbox;

    @Inject
    DocumentMapper mapper;

    @Inject
    StoredOrganisation organisation;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** The file as the upload spooled it to disk: never read whole into memory. */
    public record Upload(String fileName, String declaredType, long size, Path path) {
    }

    /** The content to send: its facts for the headers, and how to write it. */
    public record Content(String fileName, String mediaType, long size, String sha256, Writer writer) {
    }

    /** Writes a document's content to the response, checking it against its SHA-256 as it goes. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Adds a document to the child's record. Not one transaction: the access is logged in a transaction of its own
     * first, the content is written to the store next (outside any transaction: a slow store holds no lock), and
     * the document is recorded last, in the transaction that seals it on the chain and publishes its event. If that
     * transaction fails, the stored content is named by no document and is harmless (DocumentStore).
     */
    public DocumentDto add(UUID childId, DocumentMetadata metadata, Upload upload) {
        Child child = childService.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "addDocument");
        return record(child, metadata, upload, null);
    }

    /**
     * A new version of a document: a new document that supersedes it, on the same child's record. Only the newest
     * version may be superseded (409 document-superseded otherwise); the one superseded stays, readable and chained.
     */
    public DocumentDto addVersion(UUID childId, UUID documentId, DocumentMetadata metadata, Upload upload) {
        Child child = childService.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "addDocumentVersion");
        Document previous = documentOf(childId, documentId);
        refuseSuperseded(previous);
        return record(child, metadata, upload, previous);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DocumentDto> ofChild(UUID childId, DocumentRepository.DocumentFilter filter, PageQuery page) {
        Child child = childService.find(childId);
        access.require(child, AccessClass.RECORD_READ, "listDocuments");
        if (filter.noteId() != null) {
            requireNoteOf(childId, filter.noteId(), "noteId", true);
        }
        return Pagination.page(documents.ofChild(childId, filter, page), page, DocumentRepository::cursorOf, rows -> {
            Map<UUID, UUID> newer = documents.supersededBy(rows.stream().map(Document::getId).toList());
            return rows.stream().map(d -> mapper.toDto(d, newer.get(d.getId()), organisation)).toList();
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentDto get(UUID childId, UUID documentId) {
        Child child = childService.find(childId);
        access.require(child, AccessClass.RECORD_READ, "getDocument");
        Document document = documentOf(childId, documentId);
        return mapper.toDto(document, documents.supersededBy(documentId).map(Document::getId).orElse(null),
                organisation);
    }

    /**
     * The document's content, logged as a read of the record like every other. The bytes are checked against the
     * SHA-256 sealed on the chain as they stream: content changed in the store since it was added ends the response
     * short of its Content-Length (or, when it is small, fails it before a byte is sent), so that no client takes it
     * for the document, and is logged as an error.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Content content(UUID childId, UUID documentId) {
        Child child = childService.find(childId);
        access.require(child, AccessClass.RECORD_READ, "getDocumentContent");
        Document document = documentOf(childId, documentId);
        return new Content(document.getFileName(), document.getMediaType(), document.getSizeBytes(),
                document.getSha256(), out -> {
            MessageDigest digest = sha256();
            // The last block read is held back until the whole content has been hashed: whatever the response's
            // buffering, the client never has every byte of content that does not match.
            byte[] held = new byte[BLOCK];
            byte[] next = new byte[BLOCK];
            int heldLength = 0;
            try (InputStream in = new DigestInputStream(store.open(document.getStorageKey()), digest)) {
                for (int n = in.read(next); n >= 0; n = in.read(next)) {
                    if (n == 0) {
                        continue;
                    }
                    if (heldLength > 0) {
                        out.write(held, 0, heldLength);
                    }
                    byte[] swap = held;
                    held = next;
                    next = swap;
                    heldLength = n;
                }
            }
            String read = HexFormat.of().formatHex(digest.digest());
            if (!read.equals(document.getSha256())) {
                LOG.errorf("Document %s of child %s: the stored content's SHA-256 is %s, not the %s sealed on the "
                        + "record; the download was cut short", document.getId(), childId, read, document.getSha256());
                throw new IOException("document " + document.getId() + " no longer matches its SHA-256");
            }
            out.write(held, 0, heldLength);
        });
    }

    /**
     * Every document of the child, oldest first, for the subject access export (which checks the access itself and
     * reads each one's content through {@link #open}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentDto> allOf(UUID childId) {
        List<Document> all = documents.allOf(childId);
        Map<UUID, UUID> newer = documents.supersededBy(all.stream().map(Document::getId).toList());
        return all.stream().map(d -> mapper.toDto(d, newer.get(d.getId()), organisation)).toList();
    }

    /** A document's content as stored, for a caller that has checked the access already; the caller closes it. */
    public InputStream open(UUID childId, UUID documentId) throws IOException {
        return store.open(documentOf(childId, documentId).getStorageKey());
    }

    private DocumentDto record(Child child, DocumentMetadata metadata, Upload upload, Document previous) {
        refuseFutureDate(metadata.dated());
        if (metadata.noteId() != null) {
            requireNoteOf(child.getId(), metadata.noteId(), "metadata.noteId", false);
        }
        String detected = checkedType(metadata, upload);
        StoredContent stored = store(upload);
        Person by = access.person();
        return QuarkusTransaction.requiringNew().call(() -> {
            if (previous != null) {
                // The child's chain head, locked until commit, lines up two versions of the same document: the
                // second finds the first and is refused, rather than meeting the unique index.
                lockChain(child.getId());
                refuseSuperseded(previous);
            }
            Document document = Document.add(child.getId(), new Document.Described(metadata.documentType(),
                    metadata.title(), metadata.direction(), metadata.dated(), metadata.noteId()),
                    fileName(upload), detected, stored, previous, by, clock.instant());
            chain.append(document);
            outbox.publish(child.getId().toString(), mapper.added(document));
            return mapper.toDto(document, null, organisation);
        });
    }

    /** The type the bytes show, once the rules take the file; a problem naming what is wrong otherwise. */
    private String checkedType(DocumentMetadata metadata, Upload upload) {
        String detected;
        try (InputStream in = TikaInputStream.get(upload.path())) {
            detected = upload.size() == 0 ? "application/x-empty" : TIKA.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the spooled upload", e);
        }
        String fromName = upload.fileName() == null ? null : TIKA.detect(upload.fileName());
        DocumentContentRules.check(new DocumentContentRules.Upload(fileName(upload), upload.size(), detected,
                fromName, upload.declaredType()), config.maxSize().asLongValue(), config.allowedTypes(),
                DocumentService::sameKind).ifPresent(DocumentService::refuse);
        DocumentContentRules.checkType(metadata.documentType(), detected).ifPresent(DocumentService::refuse);
        return detected;
    }

    private StoredContent store(Upload upload) {
        try (InputStream in = Files.newInputStream(upload.path())) {
            return store.put(in, upload.size());
        } catch (IOException e) {
            LOG.errorf(e, "Writing a document to the %s failed", store.name());
            throw Problems.of(503, "document-store-unavailable", "Document store unavailable",
                    "The document could not be stored just now; nothing was added. Try again shortly.");
        }
    }

    private Document documentOf(UUID childId, UUID documentId) {
        return documents.findByIdOptional(documentId).filter(d -> d.getChildId().equals(childId))
                .orElseThrow(() -> Problems.notFound("Document", documentId));
    }

    private void refuseSuperseded(Document previous) {
        documents.supersededBy(previous.getId()).ifPresent(newer -> {
            throw Problems.conflict("document-superseded", "Document " + previous.getId() + " was superseded by "
                    + newer.getId() + " already: add the new version to the newest one. Nothing was added.");
        });
    }

    /**
     * The note must be on this child's record: a document attached to it is then seen by exactly those who may see
     * the note. {@code query}: named as a query parameter (a filter) rather than a field of the metadata.
     */
    private void requireNoteOf(UUID childId, UUID noteId, String field, boolean query) {
        boolean ofChild = notes.findByIdOptional(noteId).filter(n -> n.getChildId().equals(childId)).isPresent();
        if (!ofChild) {
            String message = "names no note on this child's record";
            throw Problems.invalidFields("The note " + noteId + " is not on this child's record",
                    List.of(query ? new FieldViolation(field, "query", message) : FieldViolation.body(field, message)));
        }
    }

    private void refuseFutureDate(LocalDate dated) {
        if (dated.isAfter(LocalDate.now(clock))) {
            throw Problems.invalidFields("A document is dated the day it was sent or received, not in the future",
                    List.of(FieldViolation.body("metadata.dated", "is after today")));
        }
    }

    private void lockChain(UUID childId) {
        entityManager.createNativeQuery("select 1 from record_chain_head where child_id = ?1 for update")
                .setParameter(1, childId).getResultList();
    }

    private static String fileName(Upload upload) {
        String name = upload.fileName() == null || upload.fileName().isBlank() ? "document" : upload.fileName();
        // The name as the person's device gave it, less any folders a browser or client put before it.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static boolean sameKind(String a, String b) {
        MediaType one = TYPES.normalize(MediaType.parse(a));
        MediaType other = TYPES.normalize(MediaType.parse(b));
        if (one == null || other == null) {
            return false;
        }
        return one.getBaseType().equals(other.getBaseType()) || TYPES.isSpecializationOf(one, other)
                || TYPES.isSpecializationOf(other, one);
    }

    private static void refuse(Refusal refusal) {
        throw Problems.of(refusal.status(), refusal.type(), title(refusal.type()), refusal.detail());
    }

    private static String title(String type) {
        String words = type.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
