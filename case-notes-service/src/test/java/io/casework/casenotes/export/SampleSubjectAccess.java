package io.casework.casenotes.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.InformationSource;
import io.casework.casenotes.domain.NoteSections;
import io.casework.casenotes.domain.Statement;
import io.casework.casenotes.domain.StatementKind;
import io.casework.casenotes.domain.WithholdingCategory;
import io.casework.casenotes.rest.dto.ChildDto;
import io.casework.casenotes.rest.dto.ExportDocumentDto;
import io.casework.casenotes.rest.dto.ExportNoteDto;
import io.casework.casenotes.rest.dto.SubjectAccessExportDto;
import io.casework.casenotes.rest.dto.WithheldCountDto;
import io.casework.contracts.DocumentDirection;
import io.casework.contracts.DocumentType;
import io.casework.contracts.NoteType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Renders page 1 of a sample subject access export, of an invented child with invented notes, to the PNG that
 * README.md shows. Not a test and not run by the build; run it after changing the PDF's layout, as docs/case-record.md
 * says ("Subject access requests"), and commit the image.
 *
 * <p>Usage: {@code SampleSubjectAccess [png] [pdf]} (default docs/images/subject-access.png, no PDF kept).
 */
public final class SampleSubjectAccess {

    private static final float DPI = 100;
    private static final Person MANAGER = new Person("north.tm", "Jo Example", "Team Manager", "north");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private SampleSubjectAccess() {
    }

    public static void main(String[] args) throws IOException {
        Path png = Path.of(args.length > 0 ? args[0] : "docs/images/subject-access.png");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        SubjectAccessPdf.write(sample(), JSON, pdf);
        if (args.length > 1) {
            Files.write(Path.of(args[1]), pdf.toByteArray());
        }
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, DPI), "png", png.toFile());
            System.out.printf("%s: page 1 of %d at %.0f dpi%n", png, document.getNumberOfPages(), DPI);
        }
    }

    /** Produced on 1 December 2026 for Riley's mother, with one item withheld. */
    static SubjectAccessExport sample() {
        ChildDto child = JSON.convertValue(Map.ofEntries(Map.entry("id", UUID.randomUUID().toString()),
                Map.entry("givenName", "Riley"), Map.entry("middleNames", "Jordan"), Map.entry("familyName", "Example"),
                Map.entry("dateOfBirth", "2016-04-02"), Map.entry("unborn", false), Map.entry("language", "English"),
                Map.entry("team", "north"), Map.entry("planType", "CP"), Map.entry("planStartDate", "2025-09-10"),
                Map.entry("version", 4)), ChildDto.class);
        List<ExportNoteDto> notes = List.of(
                new ExportNoteDto(UUID.randomUUID(), NoteType.STATUTORY_VISIT, LocalDate.of(2026, 10, 2),
                        LocalTime.of(16, 0), "Sam Example, Social Worker", "Home visit after school",
                        "Visited Riley at home after school. We talked about football and his new class.",
                        new ChildsVoice("I like my teacher. I want to play in the match on Saturday.",
                                "Talking while we looked at his football cards, in his bedroom"),
                        NoteSections.builder().statements(List.of(new Statement("Riley's room was tidy and "
                                + "warm.", StatementKind.FACT, InformationSource.FIRST_HAND, null))).build()),
                new ExportNoteDto(UUID.randomUUID(), NoteType.CASE_NOTE, LocalDate.of(2026, 10, 20),
                        LocalTime.of(11, 30), "Sam Example, Social Worker", "Call with Riley's mother",
                        "Ms A said Riley has settled well and is sleeping better.", null,
                        NoteSections.builder().build()));
        SubjectAccessExportDto header = new SubjectAccessExportDto(UUID.randomUUID(), "Sarah Example",
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T16:45:00Z"),
                MANAGER, child, List.of(), List.of(new WithheldCountDto(WithholdingCategory.THIRD_PARTY_OBJECTION,
                WithholdingCategory.THIRD_PARTY_OBJECTION.plainWords(), 1)), 1, "Copies of the letters, reports and "
                + "photographs listed here are sent with this record, each as a file of its own.",
                List.of(), List.of(new ExportDocumentDto(UUID.randomUUID(), DocumentType.PRE_PROCEEDINGS_LETTER,
                "Pre-proceedings letter to Ms A", DocumentDirection.SENT, LocalDate.of(2026, 10, 22),
                "Sam Example, Social Worker", Instant.parse("2026-10-22T15:00:00Z"), "application/pdf", 48_213,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", null, true)), List.of(), null);
        return new SubjectAccessExport(header, each -> notes.forEach(each));
    }
}
