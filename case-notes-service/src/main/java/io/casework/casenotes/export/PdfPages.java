package io.casework.casenotes.export;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The pages every PDF the record produces is written on (the court chronology, the subject access export): A4, a
 * running head naming the child (and what the document is) above a rule, and at the foot the child again and "Page n
 * of N". Text is drawn as it is placed, page after page, so that a long document (a subject access export of 10,000
 * notes) is not held whole: with {@link #onTempFile} each finished page's content goes to a temporary file, not the
 * heap. The foot is written last, once the number of pages is known.
 *
 * <p>The text is set in Liberation Sans, embedded (only the glyphs used), so that the names of the children and
 * families a council serves print as written: Łucja, Ștefan and Zoë alike, which the PDF standard fonts
 * (Windows-1252 only) cannot show. A character the font has no glyph for (a script beyond Latin, Greek and Cyrillic)
 * is written as "?". Not thread-safe: one per document.
 */
public final class PdfPages implements Closeable {

    public static final PDRectangle SIZE = PDRectangle.A4;
    public static final float MARGIN = 50;
    public static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    public static final float TEXT = 9.5f;
    public static final float LEADING = 12.5f;
    private static final float TOP = SIZE.getHeight() - MARGIN;
    /** Below the running head on every page. */
    private static final float BODY_TOP = TOP - 34;
    /** Above the running foot on every page. */
    public static final float BODY_BOTTOM = MARGIN + 24;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    // Read from the class path once (about 400 KB each); every PDF parses its own copy, as PDFBox subsets a font
    // per document and a parsed font is not shared between threads.
    private static final byte[] REGULAR_FONT = fontFile("/liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD_FONT = fontFile("/liberation/LiberationSans-Bold.ttf");

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final String head;
    private final String headRight;
    private final Map<Integer, Boolean> shown = new HashMap<>();
    private final Map<PDFont, Map<Integer, Float>> advances = new HashMap<>();
    private final List<TrueTypeFont> fonts = new ArrayList<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    private PdfPages(PDDocument document, String head, String headRight) throws IOException {
        this.document = document;
        this.regular = font(document, REGULAR_FONT);
        this.bold = font(document, BOLD_FONT);
        this.head = head;
        this.headRight = headRight;
    }

    /**
     * Pages held in memory: for a document of a few pages.
     *
     * @param head      what the running head and foot say on the left (the child)
     * @param headRight what the running head says on the right (the document and when it was produced)
     */
    public static PdfPages inMemory(String head, String headRight) throws IOException {
        return new PdfPages(new PDDocument(), head, headRight);
    }

    /** Pages whose content goes to a temporary file as it is written: for a document of any length. */
    public static PdfPages onTempFile(String head, String headRight) throws IOException {
        return new PdfPages(new PDDocument(IOUtils.createTempFileOnlyStreamCache()), head, headRight);
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /** Where the next line goes, from the page's foot. */
    public float y() {
        return y;
    }

    /** Moves down the page by {@code points}. */
    public void down(float points) {
        y -= points;
    }

    /** Starts a new page, with its running head. */
    public void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            text(head, bold, 9, MARGIN, TOP - 9);
            text(headRight, regular, 9, MARGIN + WIDTH - width(headRight, regular, 9), TOP - 9);
            content.setLineWidth(0.6f);
            content.moveTo(MARGIN, TOP - 16);
            content.lineTo(MARGIN + WIDTH, TOP - 16);
            content.stroke();
            content.setLineWidth(0.4f);
            y = BODY_TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page when less than {@code height} is left on this one; true when it did. */
    public boolean room(float height) {
        if (content == null || y - height < BODY_BOTTOM) {
            newPage();
            return true;
        }
        return false;
    }

    /** A wrapped paragraph over the page's width, going on over the next page when it must. */
    public void paragraph(String text, PDFont font, float size) {
        paragraph(text, font, size, MARGIN, WIDTH);
    }

    /** A wrapped paragraph from {@code x}, {@code width} wide. */
    public void paragraph(String text, PDFont font, float size, float x, float width) {
        for (String line : wrap(text, font, size, width)) {
            room(LEADING);
            place(line, font, size, x, y - size);
            y -= LEADING;
        }
        y -= 4;
    }

    /** One line, a heading: kept with at least one line after it. */
    public void line(String text, PDFont font, float size, float height) {
        room(height + LEADING);
        place(text, font, size, MARGIN, y - size);
        y -= height;
    }

    /** Text at a place on this page. */
    public void place(String text, PDFont font, float size, float x, float at) {
        try {
            text(text, font, size, x, at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule across the page's width at {@code at}. */
    public void rule(float at) {
        try {
            content.moveTo(MARGIN, at);
            content.lineTo(MARGIN + WIDTH, at);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the foot of every page, now that their number is known, and the document to {@code out} (left open).
     */
    public void save(OutputStream out, String title, Instant created) throws IOException {
        if (content == null) {
            newPage();
        }
        content.close();
        content = null;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(shown(title));
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(created.toEpochMilli());
        info.setCreationDate(calendar);
        for (int n = 0; n < pages.size(); n++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(n),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String number = "Page " + (n + 1) + " of " + pages.size();
                text(foot, number, regular, 9, MARGIN + WIDTH - width(number, regular, 9), MARGIN);
                text(foot, head, regular, 9, MARGIN, MARGIN);
            }
        }
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        try (document) {
            if (content != null) {
                content.close();
            }
        } finally {
            for (TrueTypeFont font : fonts) {
                font.close();
            }
        }
    }

    /** Lines of at most {@code width} points, broken between words (inside a word only when it alone is wider). */
    public List<String> wrap(String text, PDFont font, float size, float width) {
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

    /**
     * The width of {@code text} set in {@code font} at {@code size}: the sum of its characters' advances, as PDFBox's
     * own string width is, each character's asked of the font once per document. Wrapping measures every line as it
     * grows word by word; asking the font each time made a 10,000-note export spend 20 s here.
     */
    public float width(String text, PDFont font, float size) {
        Map<Integer, Float> widths = advances.computeIfAbsent(font, any -> new HashMap<>());
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Float advance = widths.get(c);
            if (advance == null) {
                try {
                    advance = font.getStringWidth(shown(new String(Character.toChars(c))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                widths.put(c, advance);
            }
            total += advance;
        }
        return total / 1000 * size;
    }

    /** A date as the record's documents print it, dd/MM/yyyy. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    private void text(String text, PDFont font, float size, float x, float at) throws IOException {
        text(content, text, font, size, x, at);
    }

    private void text(PDPageContentStream stream, String text, PDFont font, float size, float x, float at)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, at);
        stream.showText(shown(text));
        stream.endText();
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

    // Embedded as a subset: the file carries the glyphs it uses, a few kilobytes, not the whole font. Without glyph
    // substitution: PDFBox otherwise runs the font's GSUB rules (ligatures) over every line it shows, regular
    // expressions each time, which made a 10,000-note export take 18 s; a record needs no ligatures. The parsed font
    // is kept open until the document is saved (the subset is made then) and closed with it.
    private PDFont font(PDDocument document, byte[] file) throws IOException {
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(file));
        parsed.setEnableGsub(false);
        fonts.add(parsed);
        return PDType0Font.load(document, parsed, true);
    }

    private static byte[] fontFile(String resource) {
        try (InputStream file = PdfPages.class.getResourceAsStream(resource)) {
            if (file == null) {
                throw new IllegalStateException(resource + " is missing: the fonts come with openpdf-fonts-extra");
            }
            return file.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
