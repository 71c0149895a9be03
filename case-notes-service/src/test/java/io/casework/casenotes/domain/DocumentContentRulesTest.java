package io.casework.casenotes.domain;

import io.casework.casenotes.domain.DocumentContentRules.Refusal;
import io.casework.casenotes.domain.DocumentContentRules.Upload;
import io.casework.contracts.DocumentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentContentRulesTest {

    private static final List<String> TAKEN = List.of("application/pdf", "image/png", "text/plain");

    private static Optional<String> refusal(Upload upload) {
        return DocumentContentRules.check(upload, 1000, TAKEN, String::equals).map(Refusal::type);
    }

    @Test
    @DisplayName("Issue 12 \"Documents\": a PDF named and declared a PDF is taken, whatever the parameters of its type")
    void takenWhenAllAgree() {
        assertThat(refusal(new Upload("letter.pdf", 500, "application/pdf", "application/pdf",
                "application/pdf; name=letter.pdf"))).isEmpty();
        assertThat(refusal(new Upload("letter", 500, "application/pdf", null, "application/octet-stream")))
                .isEmpty();
    }

    @Test
    @DisplayName("Issue 12 \"Documents\": the content decides; a name or declared type that says otherwise is refused")
    void mismatchRefused() {
        assertThat(refusal(new Upload("order.pdf", 500, "image/png", "application/pdf", null)))
                .contains("document-content-mismatch");
        assertThat(refusal(new Upload("order", 500, "image/png", null, "application/pdf")))
                .contains("document-content-mismatch");
    }

    @Test
    @DisplayName("Issue 12 \"Documents\": empty, too large and untaken types are refused, in that order")
    void limits() {
        assertThat(refusal(new Upload("x.pdf", 0, "application/pdf", "application/pdf", null)))
                .contains("document-empty");
        assertThat(refusal(new Upload("x.pdf", 1001, "application/pdf", "application/pdf", null)))
                .contains("document-too-large");
        assertThat(refusal(new Upload("x.pdf", 1000, "application/pdf", "application/pdf", null))).isEmpty();
        assertThat(refusal(new Upload("page.html", 10, "text/html", "text/html", null)))
                .contains("document-type-not-allowed");
    }

    @Test
    @DisplayName("002 s.6: a photo of the child is an image")
    void photoIsAnImage() {
        assertThat(DocumentContentRules.checkType(DocumentType.PHOTO, "image/jpeg")).isEmpty();
        assertThat(DocumentContentRules.checkType(DocumentType.PHOTO, "application/pdf").map(Refusal::type))
                .contains("document-not-a-photo");
        assertThat(DocumentContentRules.checkType(DocumentType.LETTER, "application/pdf")).isEmpty();
    }
}
