package io.casework.casenotes.domain;

import io.casework.contracts.DocumentType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Whether an uploaded file may become a document on the record (issue 12 "Documents"): not empty, not over the size
 * limit, of a type the service takes as its bytes show it, and what its name and declared type say it is. A PNG named
 * {@code order.pdf} is refused rather than stored as the PNG it is: whoever picked it meant a PDF, and a court order
 * that turns out to be a photo is the wrong file on a child's record, which nobody may later replace. The type that
 * is stored is always the one the bytes show.
 *
 * <p>Plain Java: the media types are given, already detected; {@code sameKind} says whether a name's or a declared
 * type and the detected one name the same kind of file (aliases and subtypes count).
 */
public final class DocumentContentRules {

    /** Why a file is refused: the HTTP status, the problem type and what to tell the person who added it. */
    public record Refusal(int status, String type, String detail) {
    }

    /**
     * @param detected the type the bytes show
     * @param fromName the type the file name's extension names, or null when it names none
     * @param declared the Content-Type the file part declared, or null when it declared none or a generic one
     */
    public record Upload(String fileName, long size, String detected, String fromName, String declared) {
    }

    private static final List<String> GENERIC = List.of("application/octet-stream", "application/x-empty");

    private DocumentContentRules() {
    }

    public static Optional<Refusal> check(Upload upload, long maxSize, List<String> allowedTypes,
            BiPredicate<String, String> sameKind) {
        if (upload.size() == 0) {
            return Optional.of(new Refusal(422, "document-empty", "The file " + upload.fileName()
                    + " is empty: nothing was added."));
        }
        if (upload.size() > maxSize) {
            return Optional.of(new Refusal(413, "document-too-large", "The file " + upload.fileName() + " is "
                    + upload.size() + " bytes; the most a document may be is " + maxSize
                    + " bytes. Nothing was added."));
        }
        String detected = base(upload.detected());
        // Exactly a type taken, not merely a kind of one: HTML is a kind of text to a detector, and is not taken.
        boolean allowed = allowedTypes.stream().anyMatch(type -> detected.equals(base(type)));
        if (!allowed) {
            return Optional.of(new Refusal(415, "document-type-not-allowed", "The content of " + upload.fileName()
                    + " is " + detected + "; documents may be " + String.join(", ", allowedTypes)
                    + ". Nothing was added."));
        }
        for (String claim : new String[] {upload.fromName(), upload.declared()}) {
            String claimed = base(claim);
            if (claimed != null && !GENERIC.contains(claimed) && !sameKind.test(detected, claimed)) {
                return Optional.of(new Refusal(422, "document-content-mismatch", "The file " + upload.fileName()
                        + " says it is " + claimed + " but its content is " + detected + ": check that it is the "
                        + "file you meant to add. Nothing was added."));
            }
        }
        return Optional.empty();
    }

    /**
     * A photo (002 s.6: "Photos of Children and Young People where appropriate ... to add to LCS") is an image; a
     * PDF or a letter added as a photo would show nothing where the child's photo is expected.
     */
    public static Optional<Refusal> checkType(DocumentType type, String detected) {
        String base = base(detected);
        if (type == DocumentType.PHOTO && (base == null || !base.startsWith("image/"))) {
            return Optional.of(new Refusal(422, "document-not-a-photo", "A PHOTO is an image; this file's content is "
                    + base + ". Add it as another type of document. Nothing was added."));
        }
        return Optional.empty();
    }

    /** The type without parameters, lower case: {@code text/plain; charset=UTF-8} is {@code text/plain}. */
    static String base(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return null;
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
