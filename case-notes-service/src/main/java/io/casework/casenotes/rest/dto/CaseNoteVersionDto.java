package io.casework.casenotes.rest.dto;

import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.VisitSection;

import java.time.Instant;

/** What a note said at one version, and who saved it when. */
public record CaseNoteVersionDto(
        int version,
        String title,
        String narrative,
        ChildsVoice childsVoice,
        VisitSection visit,
        String returnComments,
        Instant savedAt,
        String savedBy) {
}
