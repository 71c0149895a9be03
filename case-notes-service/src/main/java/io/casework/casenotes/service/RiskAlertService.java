package io.casework.casenotes.service;

import io.casework.backbone.access.AccessClass;
import io.casework.backbone.outbox.Outbox;
import io.casework.backbone.problem.Problems;
import io.casework.backbone.problem.Problems.FieldViolation;
import io.casework.backbone.rest.Page;
import io.casework.backbone.rest.PageQuery;
import io.casework.backbone.rest.Pagination;
import io.casework.backbone.rest.Preconditions;
import io.casework.backbone.security.Person;
import io.casework.casenotes.chain.EntryFacts;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.RiskAlertRules;
import io.casework.casenotes.mapping.RiskAlertMapper;
import io.casework.casenotes.repository.CaseNoteRepository;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ChildRepository;
import io.casework.casenotes.repository.DocumentRepository;
import io.casework.casenotes.repository.RiskAlert;
import io.casework.casenotes.repository.RiskAlertEntry;
import io.casework.casenotes.repository.RiskAlertEntry.Act;
import io.casework.casenotes.repository.RiskAlertEntryRepository;
import io.casework.casenotes.repository.RiskAlertRepository;
import io.casework.casenotes.rest.dto.RiskAlertDto;
import io.casework.casenotes.rest.dto.RiskAlertEntryDto;
import io.casework.casenotes.rest.dto.RiskAlertRequest;
import io.casework.casenotes.rest.dto.RiskAlertReviewRequest;
import io.casework.contracts.InvalidEventException;
import io.casework.contracts.Outcome;
import io.casework.contracts.RiskAlertDecision;
import io.casework.contracts.RiskAlertReviewOutcome;
import io.casework.contracts.events.ApprovalDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A child's risk alerts (001 "Risk Alerts"): asked for here by those who record on the child's record, published for
 * approvals-service to route to the head of service of the child's service area, applied here when the decision comes
 * back (approved: ACTIVE, its first review due six months on; refused: REFUSED with the reasons), reviewed here by
 * that head of service, and announced as a breach when a review is not done in time. Every act is sealed on the
 * child's chain.
 */
@ApplicationScoped
public class RiskAlertService {

    private static final Logger LOG = Logger.getLogger(RiskAlertService.class);
    /** Review dates are days in England. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    ChildService children;

    @Inject
    ChildRepository childRows;

    @Inject
    RiskAlertRepository alerts;

    @Inject
    RiskAlertEntryRepository entries;

    @Inject
    CaseNoteRepository notes;

    @Inject
    DocumentRepository documents;

    @Inject
    RecordAccess access;

    @Inject
    RiskAlertMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Records the alert PENDING and publishes it for approvals-service, in one transaction, after checking that
     * every entry it refers to is one of the child's (a submitted or final note, or a document). Nothing warns anyone
     * until the head of service approves.
     */
    @Transactional
    public RiskAlertDto request(UUID childId, RiskAlertRequest body) {
        Child child = children.find(childId);
        access.require(child, AccessClass.RECORD_WRITE, "requestRiskAlert");
        Instant now = clock.instant();
        requireValid(childId, body, today(now));
        RiskAlert alert = RiskAlert.ask(childId, body.type(), body.startedOn(), body.description(), body.notes(),
                body.documents(), access.person(), now);
        alerts.persist(alert);
        entries.append(RiskAlertEntry.of(alert, Act.REQUESTED, EntryFacts.of("type", alert.getType().name(), "startedOn",
                alert.getStartedOn().toString(), "description", alert.getDescription(), "noteIds",
                texts(alert.getNoteIds()), "documentIds", texts(alert.getDocumentIds())), alert.getRequestedBy(),
                now));
        outbox.publish(childId.toString(), mapper.requested(alert, child.getTeam()));
        return mapper.toDto(alert, today(now));
    }

    /** The child's alerts, ACTIVE first, then the others, newest first: for those who may read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RiskAlertDto> ofChild(UUID childId, PageQuery page) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "listRiskAlerts");
        LocalDate today = today(clock.instant());
        return Pagination.page(alerts.ofChild(childId, page), page, RiskAlertRepository::cursorOf,
                rows -> rows.stream().map(alert -> mapper.toDto(alert, today)).toList());
    }

    /**
     * One page of the alert's history, the latest first (reviews as CONTINUED or ENDED), of one act when named: for
     * those who may read the record.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RiskAlertEntryDto> entriesOf(UUID childId, UUID alertId, Act act, PageQuery page) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "listRiskAlertEntries");
        alerts.findByIdOptional(alertId).filter(alert -> alert.getChildId().equals(childId))
                .orElseThrow(() -> Problems.notFound("Risk alert", alertId));
        return Pagination.page(entries.ofAlert(alertId, act, page), page, RiskAlertEntryRepository::cursorOf,
                rows -> rows.stream().map(mapper::toDto).toList());
    }

    /** One of the child's alerts: for those who may read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RiskAlertDto one(UUID childId, UUID alertId, String action) {
        access.require(children.find(childId), AccessClass.RECORD_READ, action);
        return alerts.findByIdOptional(alertId).filter(alert -> alert.getChildId().equals(childId))
                .map(alert -> mapper.toDto(alert, today(clock.instant())))
                .orElseThrow(() -> Problems.notFound("Risk alert", alertId));
    }

    /** A replayed request's answer shows the alert again: the caller must still be allowed to read the record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireReplay(UUID childId) {
        access.require(children.find(childId), AccessClass.RECORD_READ, "requestRiskAlert");
    }

    /**
     * The head of service's review of an ACTIVE alert, at the version named in If-Match: CONTINUE keeps it ACTIVE, its
     * next review due when deadlines-service says; END ends it (kept as ENDED). Sealed on the chain and published.
     */
    @Transactional
    public RiskAlertDto review(UUID childId, UUID alertId, RiskAlertReviewRequest body, String ifMatch) {
        Child child = children.find(childId);
        access.requireRiskAlertReviewer(child, "reviewRiskAlert");
        RiskAlert alert = alerts.ofChildForUpdate(childId, alertId)
                .orElseThrow(() -> Problems.notFound("Risk alert", alertId));
        Preconditions.requireCurrent(ifMatch, alert.getVersion(), "risk alert");
        RiskAlertRules.reviewRefusal(alert.getState()).ifPresent(refusal -> {
            throw Problems.conflict("risk-alert-not-active", refusal);
        });
        Instant now = clock.instant();
        Person by = access.person();
        alert.review(body.outcome(), body.reasons(), by, now);
        boolean continued = body.outcome() == RiskAlertReviewOutcome.CONTINUE;
        entries.append(RiskAlertEntry.of(alert, continued ? Act.CONTINUED : Act.ENDED, EntryFacts.of("reasons",
                alert.getReviewReasons()), by, now));
        outbox.publish(childId.toString(), mapper.reviewed(alert, child.getTeam(), body.outcome().name()));
        alerts.flush();
        return mapper.toDto(alert, today(now));
    }

    /**
     * Applies the head of service's decision on a risk alert, made in approvals-service; decisions of other kinds are
     * not this one's. Approved: ACTIVE, the approving head of service on it (risk-alert-activated published, from
     * which deadlines-service counts the first review's due date). Refused: REFUSED with the reasons. The same
     * decision arriving again changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ApprovalDecided decision) {
        if (!RiskAlertDecision.covers(decision.kind())) {
            return;
        }
        RiskAlert alert = alerts.findForUpdate(alertIdOf(decision))
                .orElseThrow(() -> new InvalidEventException("decision " + decision.requestId() + " concerns "
                        + "risk alert " + decision.subjectId() + ", which this service does not hold"));
        if (alert.holdsDecision(decision.requestId())) {
            LOG.infof("Decision %s on risk alert %s is applied already; ignoring", decision.requestId(),
                    alert.getId());
            return;
        }
        alert.refusalToDecide(decision.decidedBy()).ifPresent(refusal -> {
            throw new InvalidEventException("decision " + decision.requestId() + " cannot be applied: " + refusal);
        });
        alert.decide(decision);
        Person decider = new Person(decision.decidedBy(), decision.decidedByName(), decision.decidedByDesignation(),
                null);
        boolean approved = decision.outcome() == Outcome.APPROVED;
        entries.append(RiskAlertEntry.of(alert, approved ? Act.APPROVED : Act.REFUSED, EntryFacts.of("approvalRequestId",
                decision.requestId().toString(), "reasons", decision.comments()), decider, clock.instant()));
        if (approved) {
            String team = childRows.findByIdOptional(alert.getChildId()).map(Child::getTeam).orElse("");
            outbox.publish(alert.getChildId().toString(), mapper.activated(alert, team));
        }
    }

    // 001: "should refer to a specific dated case record(s) or document(s)": at least one, each the child's.
    private void requireValid(UUID childId, RiskAlertRequest body, LocalDate today) {
        List<FieldViolation> problems = new ArrayList<>();
        RiskAlertRules.startedOnRefusal(body.startedOn(), today)
                .ifPresent(refusal -> problems.add(FieldViolation.body("startedOn", refusal)));
        if (body.notes().isEmpty() && body.documents().isEmpty()) {
            problems.add(FieldViolation.body("noteIds", "name at least one of the child's case notes or documents "
                    + "that detail the concern (001 \"Risk Alerts\": the description \"should refer to a specific "
                    + "dated case record(s) or document(s)\")"));
        }
        for (int i = 0; i < body.notes().size(); i++) {
            UUID id = body.notes().get(i);
            boolean recorded = notes.findByIdOptional(id).filter(note -> note.getChildId().equals(childId)
                    && note.getStatus() != NoteStatus.DRAFT).isPresent();
            if (!recorded) {
                problems.add(FieldViolation.body("noteIds[" + i + "]", id + " is not a submitted or final case "
                        + "note of this child"));
            }
        }
        for (int i = 0; i < body.documents().size(); i++) {
            UUID id = body.documents().get(i);
            if (documents.findByIdOptional(id).filter(d -> d.getChildId().equals(childId)).isEmpty()) {
                problems.add(FieldViolation.body("documentIds[" + i + "]", id + " is not a document of this child"));
            }
        }
        if (!problems.isEmpty()) {
            throw Problems.invalidFields("The risk alert cannot be asked for as it is; nothing was recorded",
                    problems);
        }
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, LONDON);
    }

    private static List<String> texts(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static UUID alertIdOf(ApprovalDecided decision) {
        try {
            return UUID.fromString(decision.subjectId());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("decision " + decision.requestId() + " names no risk alert: "
                    + decision.subjectId());
        }
    }
}
