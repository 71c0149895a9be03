package io.casework.casenotes.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.domain.ReviewItem;
import io.casework.casenotes.domain.Statement;
import io.casework.casenotes.domain.WithheldInformation;
import io.casework.casenotes.domain.WithholdingCategory;
import io.casework.contracts.DocumentDirection;
import io.casework.contracts.NoteType;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Subject access requests, their decisions and consultations, and the items of the child's record a review decides
 * on: the third-party statements and the withheld sections' entries of the child's final notes at their current
 * versions (where a removal redacts them), the notes decided whole, and every document on the record, superseded
 * versions included (they are still held).
 */
@ApplicationScoped
public class SubjectAccessRepository {

    // The order of a review's items: the note's event date, when written and id, then within a note the note itself,
    // its statements and its withheld entries, each by position. One number carries the item's place in its note.
    // A document takes its place among the notes by the day it is dated, when added and its id, so that one cursor
    // of the same four keys spans both; its place (3 steps) tells it from a note's items.
    private static final long KIND_STEP = 100_000;

    // One row per item; statements and withheld entries are expanded from the current version's sections (stored as
    // written: null, absent or a list). A whole note is an item once a decision names it.
    private static final String ITEMS = """
            select * from (
              select n.id as note_id, n.event_date, n.written_at, n.note_type, v.title,
                     1 * %1$d + s.ord - 1 as place, cast(s.item as text) as item
                from case_note n
                join case_note_version v on v.note_id = n.id and v.version = n.current_version
                cross join lateral jsonb_array_elements(case when jsonb_typeof(v.sections -> 'statements') = 'array'
                    then v.sections -> 'statements' else cast('[]' as jsonb) end) with ordinality as s (item, ord)
               where n.child_id = :child and n.status = 'FINAL' and s.item ->> 'source' = 'THIRD_PARTY'
              union all
              select n.id, n.event_date, n.written_at, n.note_type, v.title, 2 * %1$d + w.ord - 1, cast(w.item as text)
                from case_note n
                join case_note_version v on v.note_id = n.id and v.version = n.current_version
                cross join lateral jsonb_array_elements(case when jsonb_typeof(v.sections -> 'withheld') = 'array'
                    then v.sections -> 'withheld' else cast('[]' as jsonb) end) with ordinality as w (item, ord)
               where n.child_id = :child and n.status = 'FINAL'
              union all
              select n.id, n.event_date, n.written_at, n.note_type, v.title, 0, null
                from subject_access_decision d
                join case_note n on n.id = d.note_id
                join case_note_version v on v.note_id = n.id and v.version = n.current_version
               where d.request_id = :request and d.item_ref = cast(n.id as text)
              union all
              select doc.id, doc.dated, doc.added_at, null, doc.title, 3 * %1$d, null
                from document doc
               where doc.child_id = :child
            ) items
            """.formatted(KIND_STEP);

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /**
     * One item a review decides on, with what the record says of it: a statement's text and originator, a withheld
     * entry as the worker recorded it, neither for a whole note, or the document itself. For a document, the date is
     * the day it is dated, the time when it was added, the title its own and there is no note type.
     */
    public record Item(ReviewItem item, LocalDate eventDate, Instant writtenAt, NoteType noteType, String title,
                       Statement statement, WithheldInformation withheld, Document document) {

        /**
         * Whom to consult before sharing it (002 s.8): a statement's named source; none for the others (a received
         * document's sender is not recorded by name: the manager's consultation names them).
         */
        public String originator() {
            return statement == null ? null : statement.sourceName();
        }

        /**
         * Whether it is third parties' information, which must be decided before the review completes and is shared
         * only after consulting its originator (002 s.8): a third-party statement, or a document received from
         * outside (a police report, an expert's assessment, a school's letter).
         */
        public boolean thirdParty() {
            return item.kind() == ReviewItem.Kind.THIRD_PARTY_STATEMENT
                    || (document != null && document.getDirection() == DocumentDirection.RECEIVED);
        }
    }

    public void persist(Object entity) {
        entityManager.persist(entity);
    }

    public Optional<SubjectAccessRequest> find(UUID childId, UUID requestId) {
        return Optional.ofNullable(entityManager.find(SubjectAccessRequest.class, requestId))
                .filter(request -> request.getChildId().equals(childId));
    }

    /** Row-locked, so that a decision and the review's completion cannot interleave. */
    public Optional<SubjectAccessRequest> findForUpdate(UUID childId, UUID requestId) {
        return Optional.ofNullable(entityManager.find(SubjectAccessRequest.class, requestId,
                        LockModeType.PESSIMISTIC_WRITE)).filter(request -> request.getChildId().equals(childId));
    }

    /** One page of the child's requests, the latest received first; {@code limit + 1} rows. */
    public List<SubjectAccessRequest> ofChild(UUID childId, PageQuery page) {
        String query = "childId = :child";
        Parameters parameters = Parameters.with("child", childId);
        if (page.after() != null) {
            query += " and (receivedOn, id) < (:received, :id)";
            parameters.and("received", page.after().date(0)).and("id", page.after().uuid(1));
        }
        var typed = entityManager.createQuery("from SubjectAccessRequest where " + query
                + " order by receivedOn desc, id desc", SubjectAccessRequest.class).setMaxResults(page.rows());
        parameters.map().forEach(typed::setParameter);
        return typed.getResultList();
    }

    public static PageCursor requestCursorOf(SubjectAccessRequest request) {
        return PageCursor.of(request.getReceivedOn(), request.getId());
    }

    public static PageCursor.Key[] requestCursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.DATE, PageCursor.Key.UUID};
    }

    public Optional<SubjectAccessDecision> decision(UUID requestId, String itemRef) {
        return Optional.ofNullable(entityManager.find(SubjectAccessDecision.class,
                new SubjectAccessDecision.Key(requestId, itemRef)));
    }

    /** Every decision of the request, by item reference. */
    public Map<String, SubjectAccessDecision> decisions(UUID requestId) {
        return entityManager.createQuery("from SubjectAccessDecision where id.requestId = :request",
                        SubjectAccessDecision.class).setParameter("request", requestId).getResultList().stream()
                .collect(Collectors.toMap(SubjectAccessDecision::getItemRef, Function.identity()));
    }

    /** The decisions of the request on these items, by item reference. */
    public Map<String, SubjectAccessDecision> decisions(UUID requestId, List<String> itemRefs) {
        if (itemRefs.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from SubjectAccessDecision where id.requestId = :request "
                        + "and id.itemRef in :refs", SubjectAccessDecision.class).setParameter("request", requestId)
                .setParameter("refs", itemRefs).getResultList().stream()
                .collect(Collectors.toMap(SubjectAccessDecision::getItemRef, Function.identity()));
    }

    /** The request's consultations, in the order recorded. */
    public List<SubjectAccessConsultation> consultations(UUID requestId) {
        return entityManager.createQuery("from SubjectAccessConsultation where requestId = :request "
                        + "order by recordedAt, id", SubjectAccessConsultation.class)
                .setParameter("request", requestId).getResultList();
    }

    /** The consultation of this id, if it is recorded on this request. */
    public Optional<SubjectAccessConsultation> consultation(UUID requestId, UUID consultationId) {
        return Optional.ofNullable(entityManager.find(SubjectAccessConsultation.class, consultationId))
                .filter(consultation -> consultation.getRequestId().equals(requestId));
    }

    /** Whether the request records a consultation of this originator (their name as the statement gives it). */
    public boolean consulted(UUID requestId, String originator) {
        return originator != null && !entityManager.createQuery("select 1 from SubjectAccessConsultation where "
                        + "requestId = :request and lower(trim(originator)) = lower(trim(:originator))")
                .setParameter("request", requestId).setParameter("originator", originator).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** One page of the review's items, in the record's order; {@code limit + 1} rows. */
    public List<Item> items(UUID childId, UUID requestId, PageQuery page) {
        StringBuilder sql = new StringBuilder(ITEMS);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("child", childId);
        parameters.put("request", requestId);
        PageCursor after = page.after();
        if (after != null) {
            sql.append(" where (event_date, written_at, note_id, place) > (:date, :written, :id, :place)");
            parameters.put("date", after.date(0));
            parameters.put("written", after.instant(1));
            parameters.put("id", after.uuid(2));
            parameters.put("place", after.number(3));
        }
        sql.append(" order by event_date, written_at, note_id, place limit :rows");
        parameters.put("rows", page.rows());
        return items(sql.toString(), parameters);
    }

    /** The item a reference names on the child's final notes, if the record holds it. */
    public Optional<Item> item(UUID childId, ReviewItem wanted) {
        if (wanted.kind() == ReviewItem.Kind.NOTE) {
            return entityManager.createQuery("select n, v from CaseNote n, CaseNoteVersion v where n.id = :note "
                            + "and n.childId = :child and n.status = 'FINAL' and v.id.noteId = n.id "
                            + "and v.id.version = n.currentVersion", Object[].class)
                    .setParameter("note", wanted.noteId()).setParameter("child", childId).getResultList().stream()
                    .findFirst().map(row -> {
                        CaseNote note = (CaseNote) row[0];
                        return new Item(wanted, note.getEventDate(), note.getWrittenAt(), note.getNoteType(),
                                ((CaseNoteVersion) row[1]).getTitle(), null, null, null);
                    });
        }
        if (wanted.kind() == ReviewItem.Kind.DOCUMENT) {
            return Optional.ofNullable(entityManager.find(Document.class, wanted.documentId()))
                    .filter(document -> document.getChildId().equals(childId)).map(document -> new Item(wanted,
                            document.getDated(), document.getAddedAt(), null, document.getTitle(), null, null,
                            document));
        }
        String sql = ITEMS + " where note_id = :note and place = :place";
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("child", childId);
        parameters.put("request", new UUID(0, 0));
        parameters.put("note", wanted.noteId());
        parameters.put("place", place(wanted));
        return items(sql, parameters).stream().findFirst();
    }

    /**
     * How many items of third-party information have no decision on this request: the third-party statements of the
     * child's final notes, a note withheld whole deciding its statements too, and the documents received from
     * outside, every version.
     */
    public long undecidedThirdParty(UUID childId, UUID requestId) {
        return ((Number) entityManager.createNativeQuery("""
                        select (select count(*)
                          from document doc
                         where doc.child_id = :child and doc.direction = 'RECEIVED'
                           and not exists (select 1 from subject_access_decision d where d.request_id = :request
                                   and d.item_ref = cast(doc.id as text) || '.d'))
                        + (select count(*)
                          from case_note n
                          join case_note_version v on v.note_id = n.id and v.version = n.current_version
                          cross join lateral jsonb_array_elements(case
                              when jsonb_typeof(v.sections -> 'statements') = 'array'
                              then v.sections -> 'statements' else cast('[]' as jsonb) end) with ordinality s (item, ord)
                         where n.child_id = :child and n.status = 'FINAL' and s.item ->> 'source' = 'THIRD_PARTY'
                           and not exists (select 1 from subject_access_decision d where d.request_id = :request
                                   and d.item_ref = cast(n.id as text) || '.s' || (s.ord - 1))
                           and not exists (select 1 from subject_access_decision d where d.request_id = :request
                                   and d.item_ref = cast(n.id as text) and d.decision = 'WITHHOLD'))
                        """).setParameter("child", childId).setParameter("request", requestId).getSingleResult())
                .longValue();
    }

    /**
     * What the export leaves out, counted by category: each item a manager withheld (an item of a note withheld whole
     * counts only as that note), and each entry of a final note's withheld section that no decision disclosed, under
     * the category of the reason its worker recorded (002 s.8); a withheld entry without a reason as OTHER_EXEMPTION.
     */
    public Map<WithholdingCategory, Long> withheldByCategory(UUID childId, UUID requestId) {
        Map<WithholdingCategory, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select category, count(*) from (
                  select d.category
                    from subject_access_decision d
                   where d.request_id = :request and d.decision = 'WITHHOLD'
                     and (d.item_ref = cast(d.note_id as text) or not exists (select 1 from subject_access_decision w
                          where w.request_id = :request and w.item_ref = cast(d.note_id as text)
                            and w.decision = 'WITHHOLD'))
                  union all
                  select case w.item ->> 'reason' when 'SERIOUS_HARM' then 'SERIOUS_HARM'
                              when 'GIVEN_IN_CONFIDENCE' then 'GIVEN_IN_CONFIDENCE'
                              when 'THIRD_PARTY' then 'THIRD_PARTY_OBJECTION'
                              when 'CRIME_PREVENTION' then 'CRIME_PREVENTION' else 'OTHER_EXEMPTION' end
                    from case_note n
                    join case_note_version v on v.note_id = n.id and v.version = n.current_version
                    cross join lateral jsonb_array_elements(case when jsonb_typeof(v.sections -> 'withheld') = 'array'
                        then v.sections -> 'withheld' else cast('[]' as jsonb) end) with ordinality w (item, ord)
                   where n.child_id = :child and n.status = 'FINAL'
                     and not exists (select 1 from subject_access_decision d where d.request_id = :request
                             and (d.item_ref = cast(n.id as text) || '.w' || (w.ord - 1)
                                  or (d.item_ref = cast(n.id as text) and d.decision = 'WITHHOLD')))
                ) withheld group by category
                """).setParameter("child", childId).setParameter("request", requestId).getResultList();
        rows.forEach(row -> counts.put(WithholdingCategory.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * One batch of the child's final notes with their current versions, oldest event first, after the note given
     * (null for the first): what an export streams through without holding the whole record.
     */
    public List<Object[]> finalNotes(UUID childId, CaseNote after, int rows) {
        String query = "select n, v from CaseNote n, CaseNoteVersion v where n.childId = :child and n.status = 'FINAL' "
                + "and v.id.noteId = n.id and v.id.version = n.currentVersion";
        if (after != null) {
            query += " and (n.eventDate, n.writtenAt, n.id) > (:date, :written, :id)";
        }
        var typed = entityManager.createQuery(query + " order by n.eventDate, n.writtenAt, n.id", Object[].class)
                .setParameter("child", childId).setMaxResults(rows);
        if (after != null) {
            typed.setParameter("date", after.getEventDate()).setParameter("written", after.getWrittenAt())
                    .setParameter("id", after.getId());
        }
        return typed.getResultList();
    }

    /** The child's record changes oldest first, a batch after the change given (null for the first). */
    public List<ChildRecordChange> changes(UUID childId, ChildRecordChange after, int rows) {
        String query = "childId = :child";
        Parameters parameters = Parameters.with("child", childId);
        if (after != null) {
            query += " and (changedAt, id) > (:at, :id)";
            parameters.and("at", after.getChangedAt()).and("id", after.getId());
        }
        var typed = entityManager.createQuery("from ChildRecordChange where " + query + " order by changedAt, id",
                ChildRecordChange.class).setMaxResults(rows);
        parameters.map().forEach(typed::setParameter);
        return typed.getResultList();
    }

    public void clear() {
        entityManager.clear();
    }

    public static PageCursor itemCursorOf(Item item) {
        return PageCursor.of(item.eventDate(), item.writtenAt(), item.item().id(), place(item.item()));
    }

    public static PageCursor.Key[] itemCursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.DATE, PageCursor.Key.INSTANT, PageCursor.Key.UUID,
                PageCursor.Key.NUMBER};
    }

    private static long place(ReviewItem item) {
        return switch (item.kind()) {
            case NOTE -> 0;
            case THIRD_PARTY_STATEMENT -> KIND_STEP + item.index();
            case WITHHELD_INFORMATION -> 2 * KIND_STEP + item.index();
            case DOCUMENT -> 3 * KIND_STEP;
        };
    }

    private List<Item> items(String sql, Map<String, Object> parameters) {
        NativeQuery<?> query = entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
        query.addScalar("note_id", UUID.class).addScalar("event_date", LocalDate.class)
                .addScalar("written_at", Instant.class).addScalar("note_type", String.class)
                .addScalar("title", String.class).addScalar("place", Long.class).addScalar("item", String.class);
        parameters.forEach(query::setParameter);
        List<Item> items = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            UUID id = (UUID) row[0];
            long place = (Long) row[5];
            int index = (int) (place % KIND_STEP);
            String text = (String) row[6];
            ReviewItem item = place == 0 ? ReviewItem.note(id) : place < 2 * KIND_STEP
                    ? ReviewItem.statement(id, index) : place < 3 * KIND_STEP ? ReviewItem.withheld(id, index)
                    : ReviewItem.document(id);
            String noteType = (String) row[3];
            items.add(new Item(item, (LocalDate) row[1], (Instant) row[2],
                    noteType == null ? null : NoteType.valueOf(noteType), (String) row[4],
                    item.kind() == ReviewItem.Kind.THIRD_PARTY_STATEMENT ? read(text, Statement.class) : null,
                    item.kind() == ReviewItem.Kind.WITHHELD_INFORMATION ? read(text, WithheldInformation.class) : null,
                    item.kind() == ReviewItem.Kind.DOCUMENT ? entityManager.find(Document.class, id) : null));
        }
        return items;
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.getSimpleName() + " cannot be read", e);
        }
    }
}
