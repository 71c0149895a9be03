package io.casework.casenotes.repository;

import io.casework.backbone.rest.PageCursor;
import io.casework.backbone.rest.PageQuery;
import io.casework.casenotes.domain.record.LikelyDuplicates;
import io.casework.casenotes.domain.record.NameMatching;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChildRepository implements PanacheRepositoryBase<Child, UUID> {

    /** How many records born around a date the duplicate check compares by name, at most. */
    static final int DUPLICATE_CANDIDATES = 500;

    /**
     * A person search of the caseload: every word of {@code name} must begin a word of the child's names or sound
     * like one ({@link NameMatching}); {@code dateOfBirth} is the date of birth, or an unborn child's expected date.
     * Either may be absent.
     */
    public record Search(String name, LocalDate dateOfBirth) {

        public static final Search ALL = new Search(null, null);

        List<String> words() {
            return NameMatching.words(name).distinct().toList();
        }
    }

    /**
     * One page of these children that the search finds, the most recently opened first; {@code limit + 1} rows. Not
     * by name: a child listed without details (a stated purpose is needed) would show, by its place among the names,
     * where its own falls.
     */
    public List<Child> newestFirst(Collection<UUID> ids, Search search, PageQuery page) {
        if (ids.isEmpty()) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("id in :ids");
        Parameters parameters = Parameters.with("ids", ids);
        List<String> words = search.words();
        for (int i = 0; i < words.size(); i++) {
            String sound = NameMatching.sound(words.get(i));
            query.append(" and (searchNames like :word").append(i);
            parameters.and("word" + i, "% " + words.get(i) + "%");
            if (!sound.isEmpty()) {
                query.append(" or searchSounds like :sound").append(i);
                parameters.and("sound" + i, "% " + sound + " %");
            }
            query.append(')');
        }
        if (search.dateOfBirth() != null) {
            query.append(" and (dateOfBirth = :born or expectedDateOfBirth = :born)");
            parameters.and("born", search.dateOfBirth());
        }
        if (page.after() != null) {
            query.append(" and (registeredAt, id) < (:at, :id)");
            parameters.and("at", page.after().instant(0)).and("id", page.after().uuid(1));
        }
        return find(query.toString(), Sort.descending("registeredAt", "id"), parameters).page(0, page.rows()).list();
    }

    /**
     * The records whose date of birth may be the same child's as the query's ({@link LikelyDuplicates}): the same
     * date or the same typed the other way round, or within the allowance of an expected date either way. Served by
     * the indexes on both dates; the names are compared afterwards.
     */
    public List<Child> bornAround(LikelyDuplicates.Query query) {
        String dates = query.expected()
                ? "dateOfBirth between :earliest and :latest or expectedDateOfBirth between :earliest and :latest"
                : "dateOfBirth in :exact or expectedDateOfBirth between :earliest and :latest";
        Parameters parameters = Parameters.with("earliest", query.earliest()).and("latest", query.latest());
        if (!query.expected()) {
            parameters.and("exact", query.exactDates());
        }
        return find(dates, Sort.ascending("registeredAt", "id"), parameters).page(0, DUPLICATE_CANDIDATES).list();
    }

    public static PageCursor cursorOf(Child child) {
        return PageCursor.of(child.getRegisteredAt(), child.getId());
    }

    public static PageCursor.Key[] cursorKeys() {
        return new PageCursor.Key[] {PageCursor.Key.INSTANT, PageCursor.Key.UUID};
    }
}
