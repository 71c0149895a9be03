package io.casework.visits.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.access.AccessDecision;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.enforce.ChildAccess;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.timescales.WorkingDayCalendar;
import io.casework.visits.config.VisitsConfig;
import io.casework.visits.mapping.VisitMapper;
import io.casework.visits.repository.Child;
import io.casework.visits.repository.ChildRepository;
import io.casework.visits.repository.DueVisitRow;
import io.casework.visits.repository.FailedAccess;
import io.casework.visits.repository.FailedAccessRepository;
import io.casework.visits.repository.KitContactRepository;
import io.casework.visits.repository.PlannedVisit;
import io.casework.visits.repository.PlannedVisitRepository;
import io.casework.visits.repository.RecordedVisit;
import io.casework.visits.repository.RecordedVisitRepository;
import io.casework.visits.repository.RecordedVisitVersionRepository;
import io.casework.visits.repository.VisitAppointment;
import io.casework.visits.repository.VisitAppointmentRepository;
import io.casework.visits.repository.VisitFrequencySettingRepository;
import io.casework.visits.repository.VisitPlan;
import io.casework.visits.repository.VisitPlanRepository;
import io.casework.visits.rest.dto.AppointmentDto;
import io.casework.visits.rest.dto.DueVisitDto;
import io.casework.visits.rest.dto.FailedAccessDto;
import io.casework.visits.rest.dto.KitContactDto;
import io.casework.visits.rest.dto.RecordedVisitDto;
import io.casework.visits.rest.dto.VisitDto;
import io.casework.visits.rest.dto.VisitPlanDto;
import io.casework.visits.rest.dto.VisitVersionDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What staff read about visits, of the children the access policy lets the caller see (see {@link ChildAccess}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VisitQueryService {

    @Inject
    ChildRepository children;

    @Inject
    VisitPlanRepository plans;

    @Inject
    PlannedVisitRepository plannedVisits;

    @Inject
    RecordedVisitRepository recordedVisits;

    @Inject
    VisitMapper mapper;

    @Inject
    ChildAccess access;

    @Inject
    Clock clock;

    @Inject
    VisitDueDates dueDates;

    @Inject
    FailedAccessRepository failedAccess;

    @Inject
    VisitsConfig config;

    @Inject
    VisitFrequencySettingRepository settings;

    @Inject
    RecordedVisitVersionRepository versions;

    @Inject
    KitContactRepository kitContacts;

    @Inject
    VisitAppointmentRepository appointments;

    @Inject
    WorkingDayCalendar calendar;

    /** Names the allocated worker, whom this service knows by username only. */
    @Inject
    StoredOrganisation organisation;

    /** The child's statutory visits, planned and completed, by due date: one page. */
    public Page<VisitDto> visitsOf(UUID childId, PageQuery page) {
        visibleChild(childId, "getChildVisits");
        LocalDate today = LocalDate.now(clock);
        return Pagination.page(plannedVisits.forChild(childId, page), page, PlannedVisitRepository::cursorOf,
                rows -> mapper.toVisitDtos(rows, today));
    }

    /** Every visit recorded on the child's case notes, by the day of the visit: one page. */
    public Page<RecordedVisitDto> recordedVisitsOf(UUID childId, PageQuery page) {
        visibleChild(childId, "listChildRecordedVisits");
        return Pagination.page(recordedVisits.forChild(childId, page), page, RecordedVisitRepository::cursorOf,
                rows -> mapper.toRecordedVisitDtos(rows, completedBy(rows)));
    }

    public VisitPlanDto planOf(UUID childId) {
        return plan(visibleChild(childId, "getChildVisitPlan"));
    }

    /** The child's plan in force, for a caller whose access was checked already (by what they did). */
    VisitPlanDto plan(Child child) {
        UUID childId = child.getChildId();
        VisitPlan plan = plans.findInForce(childId)
                .orElseThrow(() -> Problems.notFound("Visit plan of child", childId));
        LocalDate nextDue = plannedVisits.findOpen(childId).map(PlannedVisit::getDueDate).orElse(null);
        return mapper.toPlanDto(plan, child, mapper.toFrequencyDto(dueDates.ruleFrequency(plan).orElse(null)),
                settings.inForce(childId).orElse(null), nextDue, recordedVisits.lastSeenOn(childId).orElse(null),
                organisation);
    }

    /** Every version of a visit's note as it was applied, and what each did to the schedule. */
    public List<VisitVersionDto> historyOf(UUID childId, UUID noteId) {
        visibleChild(childId, "getRecordedVisitHistory");
        RecordedVisit visit = recordedVisits.findByIdOptional(noteId).filter(found -> found.getChildId().equals(childId))
                .orElseThrow(() -> Problems.notFound("Recorded visit", noteId));
        return versions.history(visit.getNoteId()).stream().map(version -> new VisitVersionDto(
                version.getNoteVersion(), version.getVisitDate(), version.isChildSeen(), version.getSeenAlone(),
                version.isStatutory(), version.isMetStatutoryVisit(), version.getEffect().name(),
                version.getAppliedAt())).toList();
    }

    /** A care leaver's keep-in-touch contacts, by day: one page. */
    public Page<KitContactDto> kitContactsOf(UUID childId, PageQuery page) {
        visibleChild(childId, "listChildKitContacts");
        return Pagination.page(kitContacts.forChild(childId, page), page, KitContactRepository::cursorOf,
                rows -> rows.stream().map(contact -> new KitContactDto(contact.getNoteId(), contact.getContactDate(),
                        contact.getNoteVersion(), contact.isInTouch(), contact.getMainActivity(),
                        contact.getAccommodation(), contact.getSsda903Birthday().isPresent(),
                        contact.getSsda903Birthday().orElse(null))).toList());
    }

    /** The visits arranged ahead for the child, cancelled ones included, by day: one page. */
    public Page<AppointmentDto> appointmentsOf(UUID childId, PageQuery page) {
        visibleChild(childId, "listVisitAppointments");
        return Pagination.page(appointments.forChild(childId, page), page, VisitAppointmentRepository::cursorOf,
                rows -> rows.stream().map(this::appointment).toList());
    }

    /** A visit arranged, against the due date of the visit now waiting. */
    public AppointmentDto appointment(VisitAppointment appointment) {
        Optional<LocalDate> due = plannedVisits.findOpen(appointment.getChildId()).map(PlannedVisit::getDueDate);
        return new AppointmentDto(appointment.getAppointmentId(), appointment.getChildId(),
                appointment.getVisitDate(), appointment.isAnnounced(), due.orElse(null),
                due.map(date -> !appointment.getVisitDate().isAfter(date)).orElse(null),
                organisation.person(appointment.getArrangedBy()), appointment.getArrangedAt(),
                appointment.getCancelledAt().orElse(null));
    }

    /** The planned visits a page of recorded visits completed, by id, for their due dates. */
    private Map<UUID, PlannedVisit> completedBy(List<RecordedVisit> rows) {
        List<UUID> ids = rows.stream().map(RecordedVisit::getCompletedVisitId).filter(Objects::nonNull).toList();
        return ids.isEmpty() ? Map.of() : plannedVisits.list("visitId in ?1", ids).stream()
                .collect(Collectors.toMap(PlannedVisit::getVisitId, Function.identity()));
    }

    /**
     * The statutory visits due of the children the caller may see (ACCESS-RULES "Lists"), soonest first: a worktray.
     * Each child shown is an access, and is logged. A worker's "my children" is {@code allocatedTo} themselves; a
     * manager's "children not seen within their timescale" is a team's OVERDUE visits.
     */
    public Page<DueVisitDto> dueFor(DueFilter filter, PageQuery page) {
        LocalDate today = dueDates.today(clock.instant());
        LocalDate dueSoonEnd = calendar.addWorkingDays(today, config.dueSoonWorkingDays());
        Map<UUID, ChildFacts> candidates = new HashMap<>();
        for (ChildFacts facts : access.candidates()) {
            if (filter.team().map(facts.team()::equals).orElse(true)
                    && filter.allocatedTo().map(worker -> worker.equals(facts.allocatedWorker())).orElse(true)) {
                candidates.put(facts.childId(), facts);
            }
        }
        LocalDate from = filter.status().map(status -> status == DueFilter.Status.DUE_SOON ? today : null)
                .orElse(null);
        LocalDate until = filter.status().map(status -> status == DueFilter.Status.OVERDUE ? today.minusDays(1)
                : dueSoonEnd).map(limit -> limit.isBefore(filter.until()) ? limit : filter.until())
                .orElse(filter.until());
        List<DueVisitRow> rows = plannedVisits.listDue(candidates.keySet(), from, until, filter.failedAccessOnly(),
                page);
        List<UUID> pageChildren = rows.stream().limit(page.limit()).map(row -> row.child().getChildId()).distinct()
                .toList();
        Map<UUID, AccessDecision> shown = access.listable(pageChildren.stream().map(candidates::get).toList(),
                "listDueVisits");
        Map<UUID, LocalDate> lastSeen = recordedVisits.lastSeenOn(pageChildren);
        Map<UUID, FailedAccess> failing = failedAccess.openOf(pageChildren);
        return Pagination.filteredPage(rows, page, PlannedVisitRepository::cursorOf,
                row -> shown.containsKey(row.child().getChildId()), shownRows -> shownRows.stream().map(row -> {
                    UUID child = row.child().getChildId();
                    String status = row.visit().getDueDate().isBefore(today) ? "OVERDUE"
                            : row.visit().getDueDate().isAfter(dueSoonEnd) ? "LATER" : "DUE_SOON";
                    DueVisitDto due = dueDto(row.visit(), row.child(), today).with(row.visitKind(), status,
                            lastSeen.get(child), Optional.ofNullable(failing.get(child)).map(this::failedAccessDto)
                                    .orElse(null));
                    return shown.get(child).allowed() ? due : due.withheld();
                }).toList());
    }

    private FailedAccessDto failedAccessDto(FailedAccess spell) {
        return new FailedAccessDto(spell.getFailedSince(), spell.getLastFailedOn(), spell.getFailedVisits(),
                spell.taken().stream().map(Enum::name).toList());
    }

    private DueVisitDto dueDto(PlannedVisit visit, Child child, LocalDate today) {
        // Negative once overdue: how many working days the visit is late by.
        int workingDaysLeft = calendar.workingDaysBetween(today, visit.getDueDate());
        return mapper.toDueDto(visit, child, workingDaysLeft, today, organisation);
    }

    private Child visibleChild(UUID childId, String action) {
        Child child = children.findByIdOptional(childId).orElseThrow(() -> Problems.notFound("Child", childId));
        access.require(AccessClass.RECORD_READ, childId, action);
        return child;
    }
}
