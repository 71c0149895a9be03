package io.casework.casenotes.chain;

import io.casework.casenotes.domain.ChildsVoice;
import io.casework.casenotes.domain.ContactMethod;
import io.casework.casenotes.domain.ContactSection;
import io.casework.casenotes.domain.NoteSections;
import io.casework.casenotes.domain.SignificantEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.SortedMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChainFieldsTest {

    private static final UUID NOTE = UUID.fromString("5a7e9c2b-1d3f-4e6a-8b0c-2d4f6a8c0e1b");
    private static final Instant SAVED = Instant.parse("2026-11-02T10:15:30.123456Z");

    @Test
    @DisplayName("001 \"Case Record Integrity\": a version sealed before sections existed reads as it was sealed: its "
            + "visit section in the shape of the time, and no sections field, so its seal still verifies")
    void versionsSealedBeforeSections() {
        // A visit section as the service stored it before issue 11 (jsonb keeps its own key order).
        String stored = "{\"venue\": \"Family home\", \"purpose\": \"CP visit\", \"childSeen\": true, "
                + "\"seenAlone\": true, \"startTime\": \"16:30:00\", \"bedroomSeen\": true, "
                + "\"parentsViews\": \"Calmer\", \"interpreter\": null}";
        SortedMap<String, String> fields = ChainFields.noteVersion(NOTE, 1, "Visit", "Saw Leo.", "I am fine", null,
                ChainFields.visitFromStored(stored), ChainFields.sectionsFromStored(null), null, SAVED, "north.sw1");
        assertThat(fields).doesNotContainKey("sections");
        // Exactly the text the seal was made over then: every property of the section of the time, sorted, nulls
        // included.
        assertThat(fields.get("visit")).isEqualTo("{\"actions\":null,\"analysis\":null,\"announced\":null,"
                + "\"bedroomSeen\":true,\"carersViews\":null,\"changeOfCircumstances\":null,"
                + "\"childNotSeenReason\":null,\"childSeen\":true,\"durationMinutes\":null,\"interpreter\":null,"
                + "\"notSeenAloneReason\":null,\"parentsViews\":\"Calmer\",\"present\":null,\"purpose\":\"CP visit\","
                + "\"seenAlone\":true,\"startTime\":\"16:30:00\",\"venue\":\"Family home\"}");
    }

    @Test
    @DisplayName("The sections are sealed as sorted JSON without what is absent, so that a section added later "
            + "leaves the text of every version saved before it as it was; stored and read back, the same text")
    void sectionsAsSealed() {
        NoteSections sections = NoteSections.builder()
                .contact(new ContactSection(ContactMethod.TELEPHONE, "Mother"))
                .significantEvent(new SignificantEvent("Police called", "Leo heard it", null, null)).build();
        SortedMap<String, String> written = ChainFields.noteVersion(NOTE, 2, "Call", "Phoned.",
                new ChildsVoice("Fine", null).words(), null, null, sections, null, SAVED, "north.sw1");
        assertThat(written.get("sections")).isEqualTo("{\"contact\":{\"method\":\"TELEPHONE\",\"withWhom\":"
                + "\"Mother\"},\"significantEvent\":{\"whatHappened\":\"Police called\","
                + "\"whoIsAffectedAndHow\":\"Leo heard it\"}}");
        String stored = "{\"visit\": null, \"significantEvent\": {\"whoIsAffectedAndHow\": \"Leo heard it\", "
                + "\"whatHappened\": \"Police called\"}, \"contact\": {\"withWhom\": \"Mother\", \"method\": "
                + "\"TELEPHONE\"}, \"statements\": null}";
        assertThat(ChainFields.noteVersion(NOTE, 2, "Call", "Phoned.", "Fine", null, null,
                ChainFields.sectionsFromStored(stored), null, SAVED, "north.sw1")).isEqualTo(written);
    }
}
