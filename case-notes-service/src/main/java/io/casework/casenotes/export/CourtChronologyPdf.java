package io.casework.casenotes.export;

import io.casework.casenotes.rest.dto.ChronologyItemDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto.EarlierEventDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto.LeftOutDto;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * A court chronology as a PDF that a court bundle can take (003 s.6c): A4, the child's full name and date of birth,
 * the date produced and "Page n of N" on every page, the earlier events in one line each, then the table of the
 * seed's columns, Date / What happened / Who has been affected and how, its heading repeated on every page it runs
 * to. Laid out first, page by page, so that every page knows how many there are; then drawn and written to the
 * stream. The text is set in Liberation Sans, embedded (only the glyphs used), so that the names of the children and
 * families a council serves print as written: Łucja, Ștefan and Zoë alike, which the PDF standard fonts (Windows-1252
 * only) cannot show. A character the font has no glyph for (a script beyond Latin, Greek and Cyrillic) is written as
 * "?".
 */
public final class CourtChronologyPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final float TOP = SIZE.getHeight() - MARGIN;
    /** Below the running head on every page. */
    private static final float BODY_TOP = TOP - 34;
    /** Above the running foot on every page. */
    private static final float BODY_BOTTOM = MARGIN + 24;
    private static final float TEXT = 9.5f;
    private static final float LEADING = 12.5f;
    private static final float PADDING = 4;
    private static final float[] COLUMNS = {68, 222, WIDTH - 68 - 222};
    private static final String[] HEADINGS = {"Date", "What happened", "Who has been affected and how"};

    // Read from the class path once (about 400 KB each); every PDF parses its own copy, as PDFBox subsets a font
    // per document and a parsed font is not shared between threads.
    private static final byte[] REGULAR_FONT = fontFile("/liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD_FONT = fontFile("/liberation/LiberationSans-Bold.ttf");

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> shown = new HashMap<>();
    private final CourtChronologyDto chronology;
    private final List<List<Run>> pages = new ArrayList<>();
    private List<Run> page;
    private float y;

    /** A piece of text, or a rule when {@code text} is null, placed on a page. */
    private record Run(String text, PDFont font, float size, float x, float y, float width) {
    }

    private CourtChronologyPdf(CourtChronologyDto chronology, PDDocument document) throws IOException {
        this.chronology = chronology;
        this.document = document;
        this.regular = font(document, REGULAR_FONT);
        this.bold = font(document, BOLD_FONT);
    }

    /** Writes the chronology to {@code out} as a PDF; the stream is left open. */
    public static void write(CourtChronologyDto chronology, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            new CourtChronologyPdf(chronology, document).layOut().draw(out);
        }
    }

    // Embedded as a subset: the file carries the glyphs it uses, a few kilobytes, not the whole font.
    private static PDFont font(PDDocument document, byte[] file) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(file), true);
    }

    private static byte[] fontFile(String resource) {
        try (InputStream file = CourtChronologyPdf.class.getResourceAsStream(resource)) {
            if (file == null) {
                throw new IllegalStateException(resource + " is missing: the fonts come with openpdf-fonts-extra");
            }
            return file.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CourtChronologyPdf layOut() {
        newPage();
        line("Court chronology", bold, 16, MARGIN, 22);
        line(child(), bold, 11, MARGIN, 16);
        paragraph("Produced on " + date(chronology.producedOn()) + " by " + producer() + " from the final entries "
                + "of the child's record. Events from " + date(chronology.inFullFrom()) + " are shown in full; "
                + "earlier events in brief.", regular, TEXT);
        if (chronology.leftOutCount() > 0) {
            paragraph(leftOut(), regular, TEXT);
        }
        y -= 6;
        if (!chronology.earlierEvents().isEmpty()) {
            line("Before " + date(chronology.inFullFrom()), bold, 11, MARGIN, 16);
            for (EarlierEventDto event : chronology.earlierEvents()) {
                List<String> lines = wrap(event.summary(), regular, TEXT, WIDTH - COLUMNS[0]);
                room(lines.size() * LEADING);
                place(date(event.eventDate()), regular, TEXT, MARGIN, y - TEXT, COLUMNS[0]);
                for (String text : lines) {
                    place(text, regular, TEXT, MARGIN + COLUMNS[0], y - TEXT, WIDTH - COLUMNS[0]);
                    y -= LEADING;
                }
            }
            y -= 10;
        }
        line("From " + date(chronology.inFullFrom()), bold, 11, MARGIN, 16);
        if (chronology.events().isEmpty()) {
            paragraph("No significant events in the last two years.", regular, TEXT);
        } else {
            tableHeading();
            for (ChronologyItemDto event : chronology.events()) {
                row(event);
            }
        }
        return this;
    }

    /** One event as a table row; a row longer than a page goes on over the next, its heading repeated. */
    private void row(ChronologyItemDto event) {
        List<List<String>> cells = List.of(wrap(date(event.eventDate()), regular, TEXT, COLUMNS[0] - 2 * PADDING),
                wrap(event.whatHappened(), regular, TEXT, COLUMNS[1] - 2 * PADDING),
                wrap(whoAffected(event), regular, TEXT, COLUMNS[2] - 2 * PADDING));
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        int done = 0;
        while (done < lines) {
            if (y - BODY_BOTTOM < LEADING + 2 * PADDING) {
                newPage();
                tableHeading();
            }
            int fit = Math.min(lines - done, (int) ((y - BODY_BOTTOM - 2 * PADDING) / LEADING));
            float x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                List<String> cell = cells.get(c);
                for (int i = done; i < Math.min(done + fit, cell.size()); i++) {
                    place(cell.get(i), regular, TEXT, x + PADDING, y - PADDING - TEXT - (i - done) * LEADING,
                            COLUMNS[c]);
                }
                x += COLUMNS[c];
            }
            y -= fit * LEADING + 2 * PADDING;
            rule(y);
            done += fit;
        }
    }

    private void tableHeading() {
        room(LEADING + 2 * PADDING + LEADING);
        rule(y);
        float x = MARGIN;
        for (int c = 0; c < HEADINGS.length; c++) {
            place(HEADINGS[c], bold, TEXT, x + PADDING, y - PADDING - TEXT, COLUMNS[c]);
            x += COLUMNS[c];
        }
        y -= LEADING + 2 * PADDING;
        rule(y);
    }

    private void paragraph(String text, PDFont font, float size) {
        for (String line : wrap(text, font, size, WIDTH)) {
            room(LEADING);
            place(line, font, size, MARGIN, y - size, WIDTH);
            y -= LEADING;
        }
        y -= 4;
    }

    private void line(String text, PDFont font, float size, float x, float height) {
        room(height + LEADING);
        place(text, font, size, x, y - size, WIDTH);
        y -= height;
    }

    /** Starts a new page when less than {@code height} is left on this one. */
    private void room(float height) {
        if (y - height < BODY_BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = BODY_TOP;
    }

    private void place(String text, PDFont font, float size, float x, float at, float width) {
        page.add(new Run(text, font, size, x, at, width));
    }

    private void rule(float at) {
        page.add(new Run(null, regular, 0, MARGIN, at, WIDTH));
    }

    private void draw(OutputStream out) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Court chronology: " + shown(chronology.childName()));
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(chronology.producedAt().toEpochMilli());
        info.setCreationDate(created);
        String head = child();
        String produced = "Court chronology produced on " + date(chronology.producedOn());
        for (int n = 0; n < pages.size(); n++) {
            PDPage pdfPage = new PDPage(SIZE);
            document.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                text(content, head, bold, 9, MARGIN, TOP - 9);
                text(content, produced, regular, 9, MARGIN + WIDTH - width(produced, regular, 9), TOP - 9);
                content.setLineWidth(0.6f);
                content.moveTo(MARGIN, TOP - 16);
                content.lineTo(MARGIN + WIDTH, TOP - 16);
                content.stroke();
                String number = "Page " + (n + 1) + " of " + pages.size();
                text(content, number, regular, 9, MARGIN + WIDTH - width(number, regular, 9), MARGIN);
                text(content, head, regular, 9, MARGIN, MARGIN);
                content.setLineWidth(0.4f);
                for (Run run : pages.get(n)) {
                    if (run.text() == null) {
                        content.moveTo(run.x(), run.y());
                        content.lineTo(run.x() + run.width(), run.y());
                        content.stroke();
                    } else {
                        text(content, run.text(), run.font(), run.size(), run.x(), run.y());
                    }
                }
            }
        }
        document.save(out);
    }

    private void text(PDPageContentStream content, String text, PDFont font, float size, float x, float at)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, at);
        content.showText(shown(text));
        content.endText();
    }

    /** Lines of at most {@code width} points, broken between words (inside a word only when it alone is wider). */
    private List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : shown(text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (width(tried, font, size) <= width) {
                    line.setLength(0);
                    line.append(tried);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, font, size) > width) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(shown(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as the font can show it: line breaks kept, other controls as spaces, the unshowable as ?. */
    private String shown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else if (shown.computeIfAbsent(c, this::showable)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean showable(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
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
    private String child() {
        return chronology.childName() + (chronology.dateOfBirth() == null ? " (not yet born)"
                : ", born " + date(chronology.dateOfBirth()));
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }
}
