package io.casework.casenotes.rest.dto;

import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.NoteSections;
import io.casework.contracts.NoteType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

/** One final note as the requester is given it: its current text, less what was withheld. */
@Schema(description = "One final note of the record as the requester is given it: its current version, less the "
        + "statements and withheld entries a manager withheld; information removed as inaccurate shows only as the "
        + "removal marker")
public record ExportNoteDto(
        @Schema(description = "The note's id", example = "3f2b6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e")
        UUID noteId,
        @Schema(description = "The kind of entry", example = "STATUTORY_VISIT")
        NoteType noteType,
        @Schema(description = "The day it happened", example = "2026-10-02")
        LocalDate eventDate,
        @Schema(description = "When in the day it happened, in England; null on notes written before times were kept",
                example = "10:00")
        LocalTime eventTime,
        @Schema(description = "Who wrote it, by name and job title", example = "Sam Example, Social Worker")
        String writtenBy,
        @Schema(description = "The note's title", example = "Home visit")
        String title,
        @Schema(description = "What happened, as the worker recorded it",
                example = "Visited at home. Riley showed me their room and their drawings.")
        String narrative,
        @Schema(description = "The child's own words, and how they were obtained; null when none were recorded")
        ChildsVoice childsVoice,
        @Schema(implementation = Map.class, type = SchemaType.OBJECT, description = "The note's other sections, as GET /case-notes/{noteId} names "
                + "them (visit, parentsAndCarers, statements, interpreter, contact, keepInTouch, informationSharing, "
                + "withheld, significantEvent, amends, disputes), each absent when the note has none, less the "
                + "statements and withheld entries withheld", example = "{\"statements\": [{\"text\": \"Riley's room "
                + "was tidy and warm.\", \"kind\": \"FACT\", \"source\": \"FIRST_HAND\"}]}")
        NoteSections sections) {
}
