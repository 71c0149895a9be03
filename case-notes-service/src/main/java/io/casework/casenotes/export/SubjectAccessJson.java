package io.casework.casenotes.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * A subject access export as JSON in the shape of {@code SubjectAccessExportDto}: the header's fields as the
 * service's mapper writes them, then the notes, streamed one by one as they are read.
 */
public final class SubjectAccessJson {

    private SubjectAccessJson() {
    }

    /** Writes the export to {@code out}, which is left open. */
    public static void write(SubjectAccessExport export, ObjectMapper json, OutputStream out) throws IOException {
        JsonNode header = json.valueToTree(export.header());
        try (JsonGenerator generator = json.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            generator.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> fields = header.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!"notes".equals(field.getKey())) {
                    generator.writeFieldName(field.getKey());
                    generator.writeTree(field.getValue());
                }
            }
            generator.writeArrayFieldStart("notes");
            export.notes().forEach(note -> {
                try {
                    generator.writeObject(note);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }
}
