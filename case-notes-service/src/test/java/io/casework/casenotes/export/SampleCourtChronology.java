package io.casework.casenotes.export;

import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.Impact;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.PersonAffected;
import io.casework.casenotes.domain.RoutineRecording;
import io.casework.casenotes.rest.dto.ChronologyItemDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto.EarlierEventDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto.LeftOutDto;
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
import java.util.UUID;

/**
 * Renders page 1 of a sample court chronology, made of invented events of the kinds the seed lists (003 s.6), to the
 * PNG that README.md shows. Not a test and not run by the build; run it after changing the PDF's layout, as
 * docs/case-record.md says ("The court chronology"), and commit the image.
 *
 * <p>Usage: {@code SampleCourtChronology [png] [pdf]} (default docs/images/court-chronology.png, no PDF kept).
 */
public final class SampleCourtChronology {

    private static final float DPI = 100;
    private static final Person WORKER = new Person("north.sw1", "Sam Example", "Social Worker", "north");

    private SampleCourtChronology() {
    }

    public static void main(String[] args) throws IOException {
        Path png = Path.of(args.length > 0 ? args[0] : "docs/images/court-chronology.png");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        CourtChronologyPdf.write(sample(), pdf);
        if (args.length > 1) {
            Files.write(Path.of(args[1]), pdf.toByteArray());
        }
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, DPI), "png", png.toFile());
            System.out.printf("%s: page 1 of %d at %.0f dpi%n", png, document.getNumberOfPages(), DPI);
        }
    }

    /** Produced on 26 November 2026 for an invented child, with invented events of the kinds 003 s.6 lists. */
    static CourtChronologyDto sample() {
        LocalDate produced = LocalDate.of(2026, 11, 26);
        List<EarlierEventDto> earlier = List.of(
                new EarlierEventDto(LocalDate.of(2016, 4, 2), "Riley born; the family was then known to early help.", id()),
                new EarlierEventDto(LocalDate.of(2019, 12, 23), "Police attended the home after Mr B hit Ms "
                        + "A; Riley, then three, was in the next room.", id()),
                new EarlierEventDto(LocalDate.of(2020, 1, 7), "Child protection conference: Riley subject to a "
                        + "plan for emotional abuse.", id()));
        List<ChronologyItemDto> events = List.of(
                event(LocalDate.of(2025, 3, 14), NoteType.SIGNIFICANT_EVENT, "Ms A's mother came to live with the "
                        + "family.", "Ms A is supported to meet Riley's needs; her mother is a protective factor.",
                        List.of(new PersonAffected("Ms A", "Mother"), new PersonAffected("Mrs C", "Grandmother")),
                        Impact.POSITIVE),
                event(LocalDate.of(2025, 9, 2), NoteType.STATUTORY_VISIT, "Bruise seen on Riley's left arm on a "
                        + "statutory visit; Riley said he fell at the park. Body map completed and the GP informed.",
                        "Riley may be at risk of physical harm; a strategy discussion was held the next day.",
                        List.of(new PersonAffected("Riley", "Child")), Impact.NEGATIVE),
                event(LocalDate.of(2026, 6, 18), NoteType.MANAGEMENT_DECISION, "Child Protection Plan ended at the "
                        + "review conference; Riley continues as a child in need.",
                        "Riley and Ms A: the risks are reduced and the family is working with the plan.",
                        List.of(new PersonAffected("Riley", "Child"), new PersonAffected("Ms A", "Mother")),
                        Impact.POSITIVE));
        return new CourtChronologyDto(UUID.randomUUID(), "Riley Jordan Example", LocalDate.of(2016, 4, 2), produced,
                Instant.parse("2026-11-26T14:03:11Z"), WORKER, produced.minusYears(2), earlier, events,
                List.of(new LeftOutDto(RoutineRecording.ROUTINE_VISIT, RoutineRecording.ROUTINE_VISIT.reason(),
                        List.copyOf(RoutineRecording.ROUTINE_VISIT.noteTypes()), 2)), 2);
    }

    private static ChronologyItemDto event(LocalDate date, NoteType type, String what, String who,
                                           List<PersonAffected> people, Impact impact) {
        return new ChronologyItemDto(id(), type, NoteStatus.FINAL, date, LocalTime.of(10, 0), what, who, people,
                impact, WORKER, List.of());
    }

    private static UUID id() {
        return UUID.randomUUID();
    }
}
