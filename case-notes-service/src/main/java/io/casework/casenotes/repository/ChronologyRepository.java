package io.casework.casenotes.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.domain.NoteStatus;
import io.casework.casenotes.domain.SignificantEvent;
import io.casework.contracts.NoteType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The significant events on a child's record, read from each note's current version where they are sealed (and where
 * a removal redacts them), in the chronology's order: event date, then when written, then id, oldest first. The
 * index case_note_child_chronology (V14) serves that order on the significant notes that are not drafts.
 */
@ApplicationScoped
public class ChronologyRepository {

    // The note's columns and its current version's significant event, one row per note. Written once for both reads,
    // so that the page and the court chronology cannot disagree on which notes are the chronology.
    private static final String SELECT = """
            select n.id, n.note_type, n.status, n.event_date, n.event_time, n.written_at, n.author_username,
                   n.author_name, n.author_designation, n.author_team,
                   cast(v.sections -> 'significantEvent' as text) as event
              from case_note n
              join case_note_version v on v.note_id = n.id and v.version = n.current_version
             where n.child_id = :child and n.significant and n.status <> 'DRAFT'
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /**
     * A significant event as the chronology shows it: the note it is on, at its current version.
     *
     * @param event what the current version records; null only if a removal took the whole section away
     */
    public record Entry(UUID noteId, NoteType noteType, NoteStatus status, LocalDate eventDate, LocalTime eventTime,
                        Instant writtenAt, String authorUsername, String authorName, String authorDesignation,
                        String authorTeam, SignificantEvent event) {
    }

    /**
     * What a reader narrows the chronology by; null (or no types) for no narrowing.
     *
     * @param personAffected a person named among those affected, in any case
     */
    public record Filter(LocalDate from, LocalDate to, Set<NoteType> types, String personAffected) {

        public static Filter none() {
            return new Filter(null, null, Set.of(), null);
        }
    }

    /** One page of the chronology, oldest first; {@code limit + 1} rows. */
    public List<Entry> page(UUID childId, Filter filter, PageQuery page) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("child", childId);
        if (!filter.types().isEmpty()) {
            sql.append(" and n.note_type in (:types)");
            parameters.put("types", filter.types().stream().map(Enum::name).toList());
        }
        if (filter.from() != null) {
            sql.append(" and n.event_date >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and n.event_date <= :to");
            parameters.put("to", filter.to());
        }
        if (filter.personAffected() != null) {
            // The people are stored as written: null, absent or a list (a JSON null is not an array to expand).
            sql.append("""
                     and exists (select 1 from jsonb_array_elements(case
                                    when jsonb_typeof(v.sections -> 'significantEvent' -> 'peopleAffected') = 'array'
                                    then v.sections -> 'significantEvent' -> 'peopleAffected'
                                    else cast('[]' as jsonb) end) person
                                  where lower(person ->> 'name') = lower(:person))
                    """);
            parameters.put("person", filter.personAffected().strip());
        }
        PageCursor after = page.after();
        if (after != null) {
            sql.append(" and (n.event_date, n.written_at, n.id) > (:date, :written, :id)");
            parameters.put("date", after.date(0));
            parameters.put("written", after.instant(1));
            parameters.put("id", after.uuid(2));
        }
        sql.append(" order by n.event_date, n.written_at, n.id limit :rows");
        parameters.put("rows", page.rows());
        return entries(sql.toString(), parameters);
    }

    /** Every significant event of the child's final notes, oldest first: what a court chronology is made from. */
    public List<Entry> finalEvents(UUID childId) {
        // "n.status <> 'DRAFT'" (in SELECT) keeps the chronology's index usable; the final ones are among those.
        return entries(SELECT + " and n.status = 'FINAL' order by n.event_date, n.written_at, n.id",
                Map.of("child", childId));
    }

    public static PageCursor cursorOf(Entry entry) {
        return PageCursor.of(entry.eventDate(), entry.writtenAt(), entry.noteId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.DATE, PageCursor.Key.INSTANT, PageCursor.Key.UUID};
    }

    private List<Entry> entries(String sql, Map<String, Object> parameters) {
        NativeQuery<?> query = entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
        query.addScalar("id", UUID.class).addScalar("note_type", String.class).addScalar("status", String.class)
                .addScalar("event_date", LocalDate.class).addScalar("event_time", LocalTime.class)
                .addScalar("written_at", Instant.class).addScalar("author_username", String.class)
                .addScalar("author_name", String.class).addScalar("author_designation", String.class)
                .addScalar("author_team", String.class).addScalar("event", String.class);
        parameters.forEach(query::setParameter);
        List<Entry> entries = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            entries.add(new Entry((UUID) row[0], NoteType.valueOf((String) row[1]), NoteStatus.valueOf((String) row[2]),
                    (LocalDate) row[3], (LocalTime) row[4], (Instant) row[5], (String) row[6], (String) row[7],
                    (String) row[8], (String) row[9], event((String) row[10])));
        }
        return entries;
    }

    private SignificantEvent event(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, SignificantEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored significant event cannot be read", e);
        }
    }
}
