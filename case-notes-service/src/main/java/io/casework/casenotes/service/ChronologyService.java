package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.casenotes.domain.CourtChronologyRules;
import io.casework.casenotes.domain.RoutineRecording;
import io.casework.casenotes.mapping.CaseRecordMapper;
import io.casework.casenotes.mapping.ChronologyMapper;
import io.casework.casenotes.repository.CaseNote;
import io.casework.casenotes.repository.CaseNoteRepository;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ChronologyRepository;
import io.casework.casenotes.repository.ChronologyRepository.Entry;
import io.casework.casenotes.rest.dto.ChronologyItemDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto.EarlierEventDto;
import io.casework.casenotes.rest.dto.CourtChronologyDto.LeftOutDto;
import io.casework.contracts.NoteType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The child's chronology (003 s.6, DOMAIN.md rule 5): every significant event recorded on a submitted or final note,
 * whatever its type, in date order; and the court chronology made from the final ones (003 s.6c). Both are reads of
 * the record, checked and logged as any other.
 */
@ApplicationScoped
public class ChronologyService {

    @Inject
    ChildService children;

    @Inject
    RecordAccess access;

    @Inject
    ChronologyRepository chronology;

    @Inject
    CaseNoteRepository notes;

    @Inject
    ChronologyMapper mapper;

    @Inject
    CaseRecordMapper records;

    @Inject
    StoredOrganisation organisation;

    @Inject
    Clock clock;

    /** One page of the chronology, oldest event first, with the amendments of its notes in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChronologyItemDto> ofChild(UUID childId, ChronologyRepository.Filter filter, PageQuery page) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_READ, "getChronology");
        return Pagination.page(chronology.page(childId, filter, page), page, ChronologyRepository::cursorOf,
                this::inFull);
    }

    /**
     * The court chronology as of today in England, produced by the caller: logged on the child's access log as
     * {@code action} (the operation that asked for it, JSON or PDF alike).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CourtChronologyDto court(UUID childId, String action) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_READ, action);
        Instant producedAt = clock.instant();
        LocalDate producedOn = producedAt.atZone(clock.getZone()).toLocalDate();
        List<Entry> kept = new ArrayList<>();
        Map<RoutineRecording, Integer> leftOut = new EnumMap<>(RoutineRecording.class);
        for (Entry entry : chronology.finalEvents(childId)) {
            Optional<RoutineRecording> routine = RoutineRecording.of(entry.noteType());
            if (routine.isPresent()) {
                leftOut.merge(routine.get(), 1, Integer::sum);
            } else {
                kept.add(entry);
            }
        }
        Map<Boolean, List<Entry>> byPeriod = kept.stream().collect(Collectors.partitioningBy(
                entry -> CourtChronologyRules.inFull(entry.eventDate(), producedOn)));
        List<EarlierEventDto> earlier = byPeriod.get(false).stream().map(mapper::oneLine).toList();
        List<LeftOutDto> reasons = leftOut.entrySet().stream()
                .map(e -> mapper.leftOut(e.getKey(), e.getValue())).toList();
        return new CourtChronologyDto(child.getId(), fullName(child), child.getDateOfBirth(), producedOn, producedAt,
                access.person(), CourtChronologyRules.inFullFrom(producedOn), earlier,
                inFull(byPeriod.get(true)), reasons, leftOut.values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * Every significant event of the child's final notes in full, oldest first, for an export whose access its own
     * service checked and logged (a subject access request's).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChronologyItemDto> finalEventsInFull(UUID childId) {
        return inFull(chronology.finalEvents(childId));
    }

    private List<ChronologyItemDto> inFull(List<Entry> entries) {
        Map<UUID, List<CaseNote>> corrections = notes.correcting(entries.stream().map(Entry::noteId).toList());
        return entries.stream().map(entry -> mapper.inFull(entry, records.links(
                corrections.getOrDefault(entry.noteId(), List.of()), NoteType.AMENDMENT))).toList();
    }

    /** Given, middle and family names, as a court bundle names the child. */
    private static String fullName(Child child) {
        return String.join(" ", Stream.of(child.getGivenName(), child.getMiddleNames(),
                child.getFamilyName()).filter(name -> name != null && !name.isBlank()).toList());
    }
}
