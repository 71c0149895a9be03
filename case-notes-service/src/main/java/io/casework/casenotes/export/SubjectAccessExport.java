package io.casework.casenotes.export;

import io.casework.casenotes.rest.dto.ExportNoteDto;
import io.casework.casenotes.rest.dto.SubjectAccessExportDto;

import java.util.function.Consumer;

/**
 * A subject access export as it is written: everything but the notes, which come from {@code notes} one at a time
 * while the answer is written (a record of 10,000 notes is never held whole).
 *
 * @param header the export with {@code notes} null
 */
public record SubjectAccessExport(SubjectAccessExportDto header, NoteSource notes) {

    /** The notes, oldest first, each given once to {@code each}, read a batch at a time. */
    @FunctionalInterface
    public interface NoteSource {
        void forEach(Consumer<ExportNoteDto> each);
    }
}
