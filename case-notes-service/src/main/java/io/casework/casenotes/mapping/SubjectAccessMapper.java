package io.casework.casenotes.mapping;

import io.casework.casenotes.domain.NoteSections;
import io.casework.casenotes.domain.ReviewItem;
import io.casework.casenotes.domain.Statement;
import io.casework.casenotes.domain.WithheldInformation;
import io.casework.casenotes.domain.WithholdingCategory;
import io.casework.casenotes.repository.CaseNote;
import io.casework.casenotes.repository.CaseNoteVersion;
import io.casework.casenotes.repository.Document;
import io.casework.casenotes.repository.SubjectAccessConsultation;
import io.casework.casenotes.repository.SubjectAccessDecision;
import io.casework.casenotes.repository.SubjectAccessRepository.Item;
import io.casework.casenotes.repository.SubjectAccessRequest;
import io.casework.casenotes.rest.dto.DocumentDto;
import io.casework.casenotes.rest.dto.ExportDocumentDto;
import io.casework.casenotes.rest.dto.ExportNoteDto;
import io.casework.casenotes.rest.dto.ReviewItemDto;
import io.casework.casenotes.rest.dto.SubjectAccessConsultationDto;
import io.casework.casenotes.rest.dto.SubjectAccessDecisionDto;
import io.casework.casenotes.rest.dto.SubjectAccessRequestDto;
import io.casework.casenotes.rest.dto.WithheldCountDto;
import io.casework.contracts.events.SubjectAccessExtended;
import io.casework.contracts.events.SubjectAccessRequested;
import io.casework.contracts.events.SubjectAccessReviewCompleted;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/** Subject access requests, their review and their export, to the DTOs on the wire and the events. */
@ApplicationScoped
public class SubjectAccessMapper {

    public SubjectAccessRequestDto toDto(SubjectAccessRequest request, long undecided,
                                         Map<WithholdingCategory, Long> withheld,
                                         List<SubjectAccessConsultation> consultations) {
        return new SubjectAccessRequestDto(request.getId(), request.getChildId(), request.getRequesterName(),
                request.getRequesterRelationship(), request.getIdentityChecked(), request.getReceivedOn(),
                request.getDueOn(), request.getExtendedDueOn(), request.getExtensionReason(), request.getState(),
                request.getRecordedByName(), request.getRecordedAt(), request.getReviewCompletedByName(),
                request.getReviewCompletedAt(), undecided, counts(withheld),
                consultations.stream().map(this::toDto).toList(), request.getVersion());
    }

    /** The counts by category, in the categories' order, leaving out those with none. */
    public List<WithheldCountDto> counts(Map<WithholdingCategory, Long> withheld) {
        return withheld.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> new WithheldCountDto(e.getKey(), e.getKey().plainWords(), e.getValue())).toList();
    }

    public SubjectAccessConsultationDto toDto(SubjectAccessConsultation consultation) {
        return new SubjectAccessConsultationDto(consultation.getId(), consultation.getOriginator(),
                consultation.getAskedOn(), consultation.getViews(), consultation.getRecordedByName(),
                consultation.getRecordedAt());
    }

    public SubjectAccessDecisionDto toDto(SubjectAccessDecision decision) {
        return decision == null ? null : new SubjectAccessDecisionDto(decision.getItemRef(), decision.getDecision(),
                decision.getCategory(), decision.getReason(), decision.getNoConsultationReason(),
                decision.getDecidedByName(), decision.getDecidedAt());
    }

    /** A review item; {@code document} the document as the API shows it, for a document's item, else null. */
    public ReviewItemDto toDto(Item item, SubjectAccessDecision decision, boolean consulted, DocumentDto document) {
        Statement statement = item.statement();
        WithheldInformation withheld = item.withheld();
        return new ReviewItemDto(item.item().ref(), item.item().kind(), item.item().noteId(), item.noteType(),
                item.eventDate(), item.title(), statement != null ? statement.text()
                : withheld != null ? withheld.what() : null, item.originator(),
                withheld == null ? null : withheld.reason(), withheld == null ? null : withheld.explanation(),
                consulted, withheld == null || withheld.reason() == null ? null
                : WithholdingCategory.of(withheld.reason()), item.thirdParty(), document, toDto(decision));
    }

    /**
     * A final note as the export gives it: its current version, less the statements and withheld entries
     * {@code withheldItems} names (the export's rule, the service's to decide).
     */
    public ExportNoteDto toExport(CaseNote note, CaseNoteVersion version, Set<String> withheldItems) {
        NoteSections sections = version.getSections();
        NoteSections kept = sections.toBuilder()
                .statements(keep(sections.statements(), i -> !withheldItems.contains(
                        ReviewItem.statement(note.getId(), i).ref())))
                .withheld(keep(sections.withheld(), i -> !withheldItems.contains(
                        ReviewItem.withheld(note.getId(), i).ref())))
                .build();
        return new ExportNoteDto(note.getId(), note.getNoteType(), note.getEventDate(), note.getEventTime(),
                note.getAuthorName() + ", " + note.getAuthorDesignation(), version.getTitle(), version.getNarrative(),
                version.getChildsVoice(), kept);
    }

    /** A document as the export lists it; its copy is sent alongside. */
    public ExportDocumentDto toExport(Document document) {
        return new ExportDocumentDto(document.getId(), document.getDocumentType(), document.getTitle(),
                document.getDirection(), document.getDated(), document.getAddedByName() + ", "
                + document.getAddedByDesignation(), document.getAddedAt(), document.getMediaType(),
                document.getSizeBytes(), document.getSha256(), document.getSupersedes(), true);
    }

    public SubjectAccessRequested requested(SubjectAccessRequest request) {
        return new SubjectAccessRequested(request.getId(), request.getChildId(), request.getReceivedOn(),
                request.getDueOn(), request.getRecordedBy(), request.getRecordedAt());
    }

    public SubjectAccessExtended extended(SubjectAccessRequest request, LocalDate previousDueOn) {
        return new SubjectAccessExtended(request.getId(), request.getChildId(), previousDueOn,
                request.getExtendedDueOn(), request.getExtendedBy(), request.getExtendedAt());
    }

    public SubjectAccessReviewCompleted reviewCompleted(SubjectAccessRequest request, long withheldCount,
                                                        Instant at) {
        return new SubjectAccessReviewCompleted(request.getId(), request.getChildId(), request.currentDueOn(),
                (int) withheldCount, request.getReviewCompletedBy(), at);
    }

    // The list's entries whose position passes; null stays null, so a section absent stays absent.
    private static <T> List<T> keep(List<T> list, IntPredicate kept) {
        if (list == null) {
            return null;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (kept.test(i)) {
                out.add(list.get(i));
            }
        }
        return out;
    }
}
