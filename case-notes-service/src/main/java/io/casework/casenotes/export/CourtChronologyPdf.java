package io.casework.casenotes.export;

import io.casework.casenotes.rest.dto.ChronologyItemDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto.EarlierEventDto;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import static io.casework.casenotes.export.PdfPages.BODY_BOTTOM;
import static io.casework.casenotes.export.PdfPages.LEADING;
import static io.casework.casenotes.export.PdfPages.MARGIN;
import static io.casework.casenotes.export.PdfPages.TEXT;
import static io.casework.casenotes.export.PdfPages.WIDTH;
import static io.casework.casenotes.export.PdfPages.date;

/**
 * A court chronology as a PDF that a court bundle can take (003 s.6c): on {@link PdfPages} (A4, the child's full name
 * and date of birth and "Page n of N" on every page, the text in embedded Liberation Sans), the date produced, the
 * earlier events in one line each, then the table of the seed's columns, Date / What happened / Who has been affected
 * and how, its heading repeated on every page it runs to.
 */
public final class CourtChronologyPdf {

    private static final float PADDING = 4;
    private static final float[] COLUMNS = {68, 222, WIDTH - 68 - 222};
    private static final String[] HEADINGS = {"Date", "What happened", "Who has been affected and how"};

    private final CourtChronologyDto chronology;
    private final PdfPages pages;
    private final PDFont regular;
    private final PDFont bold;

    private CourtChronologyPdf(CourtChronologyDto chronology, PdfPages pages) {
        this.chronology = chronology;
        this.pages = pages;
        this.regular = pages.regular();
        this.bold = pages.bold();
    }

    /** Writes the chronology to {@code out} as a PDF; the stream is left open. */
    public static void write(CourtChronologyDto chronology, OutputStream out) throws IOException {
        try (PdfPages pages = PdfPages.inMemory(child(chronology), "Court chronology produced on "
                + date(chronology.producedOn()))) {
            new CourtChronologyPdf(chronology, pages).layOut();
            pages.save(out, "Court chronology: " + chronology.childName(), chronology.producedAt());
        }
    }

    private void layOut() {
        pages.newPage();
        pages.line("Court chronology", bold, 16, 22);
        pages.line(child(chronology), bold, 11, 16);
        pages.paragraph("Produced on " + date(chronology.producedOn()) + " by " + producer() + " from the final "
                + "entries of the child's record. Events from " + date(chronology.inFullFrom()) + " are shown in "
                + "full; earlier events in brief.", regular, TEXT);
        if (chronology.leftOutCount() > 0) {
            pages.paragraph(leftOut(), regular, TEXT);
        }
        pages.down(6);
        if (!chronology.earlierEvents().isEmpty()) {
            pages.line("Before " + date(chronology.inFullFrom()), bold, 11, 16);
            for (EarlierEventDto event : chronology.earlierEvents()) {
                List<String> lines = pages.wrap(event.summary(), regular, TEXT, WIDTH - COLUMNS[0]);
                pages.room(lines.size() * LEADING);
                pages.place(date(event.eventDate()), regular, TEXT, MARGIN, pages.y() - TEXT);
                for (String text : lines) {
                    pages.place(text, regular, TEXT, MARGIN + COLUMNS[0], pages.y() - TEXT);
                    pages.down(LEADING);
                }
            }
            pages.down(10);
        }
        pages.line("From " + date(chronology.inFullFrom()), bold, 11, 16);
        if (chronology.events().isEmpty()) {
            pages.paragraph("No significant events in the last two years.", regular, TEXT);
        } else {
            tableHeading();
            for (ChronologyItemDto event : chronology.events()) {
                row(event);
            }
        }
    }

    /** One event as a table row; a row longer than a page goes on over the next, its heading repeated. */
    private void row(ChronologyItemDto event) {
        List<List<String>> cells = List.of(
                pages.wrap(date(event.eventDate()), regular, TEXT, COLUMNS[0] - 2 * PADDING),
                pages.wrap(event.whatHappened(), regular, TEXT, COLUMNS[1] - 2 * PADDING),
                pages.wrap(whoAffected(event), regular, TEXT, COLUMNS[2] - 2 * PADDING));
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        int done = 0;
        while (done < lines) {
            if (pages.y() - BODY_BOTTOM < LEADING + 2 * PADDING) {
                pages.newPage();
                tableHeading();
            }
            int fit = Math.min(lines - done, (int) ((pages.y() - BODY_BOTTOM - 2 * PADDING) / LEADING));
            float x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                List<String> cell = cells.get(c);
                for (int i = done; i < Math.min(done + fit, cell.size()); i++) {
                    pages.place(cell.get(i), regular, TEXT, x + PADDING,
                            pages.y() - PADDING - TEXT - (i - done) * LEADING);
                }
                x += COLUMNS[c];
            }
            pages.down(fit * LEADING + 2 * PADDING);
            pages.rule(pages.y());
            done += fit;
        }
    }

    private void tableHeading() {
        pages.room(LEADING + 2 * PADDING + LEADING);
        pages.rule(pages.y());
        float x = MARGIN;
        for (int c = 0; c < HEADINGS.length; c++) {
            pages.place(HEADINGS[c], bold, TEXT, x + PADDING, pages.y() - PADDING - TEXT);
            x += COLUMNS[c];
        }
        pages.down(LEADING + 2 * PADDING);
        pages.rule(pages.y());
    }

    private String whoAffected(ChronologyItemDto event) {
        StringBuilder text = new StringBuilder(event.whoIsAffectedAndHow() == null ? ""
                : event.whoIsAffectedAndHow());
        if (!event.peopleAffected().isEmpty()) {
            text.append("\n").append(event.peopleAffected().stream()
                    .map(p -> p.name() + " (" + p.relationship() + ")").collect(Collectors.joining(", ")));
        }
        if (event.impact() != null) {
            text.append("\nImpact: ").append(event.impact().name().toLowerCase());
        }
        return text.toString();
    }

    private String leftOut() {
        int count = chronology.leftOutCount();
        return (count == 1 ? "1 significant event was" : count + " significant events were") + " left out because "
                + "they were recorded on calls, routine visits, office meetings or professional contacts (003 s.6c): "
                + chronology.leftOut().stream().map(left -> left.count() + " " + left.kind().shortName())
                .collect(Collectors.joining(", ")) + ".";
    }

    private String producer() {
        var by = chronology.producedBy();
        return (by.fullName() == null ? by.username() : by.fullName())
                + (by.designation() == null ? "" : ", " + by.designation());
    }

    /** The child as every page names them: full name and date of birth. */
    private static String child(CourtChronologyDto chronology) {
        return chronology.childName() + (chronology.dateOfBirth() == null ? " (not yet born)"
                : ", born " + date(chronology.dateOfBirth()));
    }
}
