package io.casework.casenotes.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.backbone.security.Person;
import io.casework.casenotes.rest.dto.ChronologyItemDto;
import io.casework.casenotes.rest.dto.ExportDocumentDto;
import io.casework.casenotes.rest.dto.ExportNoteDto;
import io.casework.casenotes.rest.dto.ExportPathwayStepDto;
import io.casework.casenotes.rest.dto.FieldChangeDto;
import io.casework.casenotes.rest.dto.PathwayStepDto;
import io.casework.casenotes.rest.dto.RecordChangeDto;
import io.casework.casenotes.rest.dto.SubjectAccessExportDto;
import io.casework.casenotes.rest.dto.WithheldCountDto;
import io.casework.contracts.DocumentDirection;
import io.casework.contracts.DocumentType;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static io.casework.casenotes.export.PdfPages.LEADING;
import static io.casework.casenotes.export.PdfPages.MARGIN;
import static io.casework.casenotes.export.PdfPages.TEXT;
import static io.casework.casenotes.export.PdfPages.WIDTH;
import static io.casework.casenotes.export.PdfPages.date;

/**
 * A subject access export as a PDF a child or family can read (002 s.9: "a form that children and their families will
 * understand"): plain headings, what was left out and why said first, by category and count only (002 s.8), then
 * the child's details, how they changed, the important events, the letters, reports and photographs whose copies
 * are enclosed, and every note, oldest first, each with its sections in words. Written on {@link PdfPages} backed
 * by a temporary file, the notes drawn as they are read, so that a record of 10,000 notes is never held whole.
 */
public final class SubjectAccessPdf {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+Z)?");
    // What a family has no use for: ids, versions, and what the section's own heading already says.
    private static final Set<String> UNSHOWN = Set.of("id", "childId", "noteId", "version", "detailsWithheld",
            "familyGroupId", "links", "amendments");

    private final SubjectAccessExportDto export;
    private final PdfPages pages;
    private final ObjectMapper json;
    private final PDFont regular;
    private final PDFont bold;
    private final String childName;

    private SubjectAccessPdf(SubjectAccessExportDto export, PdfPages pages, ObjectMapper json) {
        this.export = export;
        this.pages = pages;
        this.json = json;
        this.regular = pages.regular();
        this.bold = pages.bold();
        this.childName = childName(export);
    }

    /** Writes the export to {@code out} as a PDF; the stream is left open. */
    public static void write(SubjectAccessExport export, ObjectMapper json, OutputStream out) throws IOException {
        SubjectAccessExportDto header = export.header();
        String child = childName(header) + (header.child().dateOfBirth() == null ? ""
                : ", born " + date(header.child().dateOfBirth()));
        try (PdfPages pages = PdfPages.onTempFile(child, "Your records, produced on "
                + date(header.producedOn()))) {
            SubjectAccessPdf pdf = new SubjectAccessPdf(header, pages, json);
            pdf.opening();
            pdf.notes(export.notes());
            pages.save(out, "The records we hold about " + childName(header), header.producedAt());
        }
    }

    private void opening() {
        pages.newPage();
        pages.line("The records we hold about " + childName, bold, 16, 24);
        pages.paragraph("This is a copy of the information children's services hold in " + childName + "'s case "
                + "record. It was produced on " + date(export.producedOn()) + " by " + name(export.producedBy())
                + ", for " + export.requesterName() + ", who asked for it on " + date(export.receivedOn())
                + ".", regular, TEXT);
        heading("What is not included");
        if (export.withheldCount() == 0) {
            pages.paragraph("Nothing has been left out of the case record.", regular, TEXT);
        } else {
            pages.paragraph("Some information has been left out, for the reasons below. The law allows this. You "
                    + "can ask us to explain, and you can complain to the Information Commissioner's Office if you "
                    + "think we are wrong.", regular, TEXT);
            for (WithheldCountDto withheld : export.withheld()) {
                pages.paragraph("• " + withheld.description() + ": " + pieces(withheld.count()) + ".", regular,
                        TEXT, MARGIN + 8, WIDTH - 8);
            }
        }

        heading("About " + childName);
        show(lines(json.valueToTree(export.child())), 0);

        heading("Changes to " + childName + "'s details");
        if (export.recordHistory().isEmpty()) {
            pages.paragraph("None.", regular, TEXT);
        }
        for (RecordChangeDto change : export.recordHistory()) {
            pages.paragraph(date(change.changedAt().atZone(ENGLAND).toLocalDate()) + ": " + words(change.kind().name())
                    + ", by " + name(change.changedBy()) + (change.reason() == null ? "" : ". Why: " + change.reason()),
                    bold, TEXT);
            for (FieldChangeDto field : change.changes()) {
                pages.paragraph(label(field.field()) + ": from " + (field.before() == null ? "nothing"
                        : field.before()) + " to " + (field.after() == null ? "nothing" : field.after()), regular, TEXT,
                        MARGIN + 8, WIDTH - 8);
            }
        }

        heading("Important events");
        if (export.chronology().isEmpty()) {
            pages.paragraph("None recorded.", regular, TEXT);
        }
        for (ChronologyItemDto event : export.chronology()) {
            pages.paragraph(date(event.eventDate()) + ": " + event.whatHappened(), bold, TEXT);
            if (event.whoIsAffectedAndHow() != null) {
                pages.paragraph("Who was affected and how: " + event.whoIsAffectedAndHow(), regular, TEXT,
                        MARGIN + 8, WIDTH - 8);
            }
        }
        documents();
        pathway();
        heading("Case notes, oldest first");
    }

    // Each document disclosed, in words, with no id or checksum: the copies themselves are enclosed; what was
    // withheld is counted above, never named here.
    private void documents() {
        heading("Letters, reports and photographs");
        if (export.documents().isEmpty()) {
            pages.paragraph("There are no letters, reports or photographs to send you.", regular, TEXT);
            return;
        }
        pages.paragraph(export.notIncluded(), regular, TEXT);
        for (ExportDocumentDto document : export.documents()) {
            pages.paragraph(date(document.dated()) + ": " + document.title(), bold, TEXT);
            pages.paragraph(kind(document.documentType()) + ", " + direction(document.direction())
                    + (document.supersedes() == null ? "" : ". It is a newer version of an earlier one, also listed")
                    + ". A copy is enclosed.", regular, TEXT, MARGIN + 8, WIDTH - 8);
        }
    }

    // Each step in words with its dates; one a roll-back took off the current record is still held, and says so.
    private void pathway() {
        heading("Contacts, assessments, meetings and plans");
        if (export.pathway().isEmpty()) {
            pages.paragraph("None recorded.", regular, TEXT);
            return;
        }
        for (ExportPathwayStepDto held : export.pathway()) {
            PathwayStepDto step = held.step();
            pages.paragraph(date(step.startDate()) + ": " + words(step.kind().name())
                    + (step.endDate() == null ? "" : ", until " + date(step.endDate())), bold, TEXT);
            if (step.outcome() != null) {
                pages.paragraph("Outcome: " + words(step.outcome()), regular, TEXT, MARGIN + 8, WIDTH - 8);
            }
            if (held.rolledBackBy() != null) {
                pages.paragraph("Taken off the current record by a roll-back"
                        + (held.rolledBackOn() == null ? "" : " on " + date(held.rolledBackOn()))
                        + (held.reAddedAs() == null ? "; it is still held." : ", then added back."), regular, TEXT,
                        MARGIN + 8, WIDTH - 8);
            }
        }
    }

    /** What a document is, in words a family understands. */
    static String kind(DocumentType type) {
        return switch (type) {
            case LETTER -> "A letter";
            case PRE_PROCEEDINGS_LETTER -> "A letter before court proceedings (pre-proceedings letter)";
            case LETTER_OF_INTENT -> "A letter saying we intend to go to court";
            case COURT_ORDER -> "An order made by the court";
            case SIGNED_DECISION -> "A signed decision";
            case EXPERT_ASSESSMENT -> "An assessment by an expert";
            case ASSESSMENT -> "An assessment";
            case REPORT -> "A report";
            case PEP_MEETING_MINUTES -> "Notes of a meeting about school (personal education plan)";
            case PRE_PROCEEDINGS_MEETING_MINUTES -> "Notes of a meeting before court proceedings";
            case MEETING_MINUTES -> "Notes of a meeting";
            case PHOTO -> "A photograph";
            case OTHER -> "A document";
        };
    }

    private static String direction(DocumentDirection direction) {
        return switch (direction) {
            case SENT -> "sent by children's services";
            case RECEIVED -> "sent to children's services by someone else";
            case INTERNAL -> "written by children's services";
        };
    }

    private void notes(SubjectAccessExport.NoteSource notes) {
        int[] count = {0};
        notes.forEach(note -> {
            count[0]++;
            note(note);
        });
        if (count[0] == 0) {
            pages.paragraph("There are no final case notes.", regular, TEXT);
        }
    }

    private void note(ExportNoteDto note) {
        pages.room(3 * LEADING);
        pages.down(4);
        pages.rule(pages.y() + 2);
        pages.paragraph(date(note.eventDate()) + (note.eventTime() == null ? "" : " " + note.eventTime()) + ": "
                + note.title(), bold, 10.5f);
        pages.paragraph(words(note.noteType().name()) + ", written by " + note.writtenBy(), regular, 8.5f);
        pages.paragraph(note.narrative(), regular, TEXT);
        if (note.childsVoice() != null && note.childsVoice().words() != null) {
            pages.paragraph("In " + childName + "'s own words: " + note.childsVoice().words(), bold, TEXT);
            if (note.childsVoice().howObtained() != null) {
                pages.paragraph("How: " + note.childsVoice().howObtained(), regular, TEXT);
            }
        }
        if (note.sections() != null) {
            show(lines(json.valueToTree(note.sections())), 8);
        }
    }

    private void heading(String text) {
        pages.down(8);
        pages.line(text, bold, 13, 20);
    }

    /** A line of a section as the PDF shows it, indented by {@code indent} points. */
    private record Line(float indent, String text) {
    }

    /** A section's fields as lines a family can read: "Label: value", lists and parts indented below their label. */
    private static List<Line> lines(JsonNode node) {
        List<Line> lines = new ArrayList<>();
        lines(node, 0, lines);
        return lines;
    }

    private static void lines(JsonNode node, float indent, List<Line> out) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (UNSHOWN.contains(field.getKey()) || value.isNull() || value.isMissingNode()
                    || (value.isContainerNode() && value.isEmpty())) {
                continue;
            }
            String label = label(field.getKey());
            if (value.isObject()) {
                out.add(new Line(indent, label + ":"));
                lines(value, indent + 12, out);
            } else if (value.isArray()) {
                if (StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isValueNode)) {
                    out.add(new Line(indent, label + ": " + StreamSupport.stream(value.spliterator(), false)
                            .map(SubjectAccessPdf::scalar).collect(Collectors.joining(", "))));
                } else {
                    out.add(new Line(indent, label + ":"));
                    for (JsonNode element : value) {
                        List<Line> inner = new ArrayList<>();
                        lines(element, indent + 22, inner);
                        for (int i = 0; i < inner.size(); i++) {
                            Line line = inner.get(i);
                            out.add(i == 0 ? new Line(indent + 12, "• " + line.text()) : line);
                        }
                    }
                }
            } else {
                out.add(new Line(indent, label + ": " + scalar(value)));
            }
        }
    }

    private void show(List<Line> lines, float indent) {
        for (Line line : lines) {
            pages.paragraph(line.text(), regular, TEXT, MARGIN + indent + line.indent(),
                    WIDTH - indent - line.indent());
        }
    }

    private static String scalar(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? "yes" : "no";
        }
        String text = value.asText();
        if (ISO_DATE.matcher(text).matches()) {
            // A date, or the date of a time, as the rest of the document writes it.
            return date(LocalDate.parse(text.substring(0, 10)));
        }
        // An enum's constant (THIRD_PARTY) reads as words (Third party); an acronym (CP) and free text as written.
        return text.matches("[A-Z][A-Z0-9_]{3,}") ? words(text) : text;
    }

    /** A field's name in words: childSeen as "Child seen". */
    static String label(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A constant in words: HOME_VISIT as "Home visit". */
    static String words(String constant) {
        String spaced = constant.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String pieces(long count) {
        return count == 1 ? "1 piece of information" : count + " pieces of information";
    }

    private static String name(Person person) {
        return (person.fullName() == null ? person.username() : person.fullName())
                + (person.designation() == null ? "" : ", " + person.designation());
    }

    private static String childName(SubjectAccessExportDto export) {
        return String.join(" ", Stream.of(export.child().givenName(), export.child().middleNames(),
                export.child().familyName()).filter(name -> name != null && !name.isBlank()).toList());
    }
}
