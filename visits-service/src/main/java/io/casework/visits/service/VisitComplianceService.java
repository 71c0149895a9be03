package io.casework.visits.service;

import io.casework.backbone.access.enforce.TeamViews;
import io.casework.backbone.problem.Problems;
import io.casework.visits.rest.dto.VisitComplianceDto.Counts;
import io.casework.visits.rest.dto.VisitComplianceDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A team's visit compliance over a period, for those who manage the team (its practice and team managers, its
 * area's senior manager and head of service: {@link io.casework.backbone.access.TeamViewRights}). Counts only: no
 * child is named, so no child's access log is written; the children behind the numbers are listed, and logged, by
 * the due list.
 */
@ApplicationScoped
public class VisitComplianceService {

    /** A year and a day: a period longer than that is a report, not a view. */
    static final long LONGEST_PERIOD_DAYS = 366;

    @Inject
    EntityManager entityManager;

    @Inject
    TeamViews teamViews;

    @Inject
    VisitDueDates dueDates;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public VisitComplianceDto compliance(String team, LocalDate from, LocalDate to) {
        requireTeamManager(team);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
            throw Problems.badRequest("period-invalid", "The period runs from `from` to `to`, at most "
                    + LONGEST_PERIOD_DAYS + " days, and `to` is not before `from`");
        }
        Map<String, long[]> byKind = new TreeMap<>();
        dueRows(team, from, to).forEach(row -> {
            long[] counts = byKind.computeIfAbsent((String) row[0], kind -> new long[9]);
            for (int i = 0; i < 4; i++) {
                counts[i] = ((Number) row[i + 1]).longValue();
            }
        });
        madeRows(team, from, to).forEach(row -> {
            long[] counts = byKind.computeIfAbsent((String) row[0], kind -> new long[9]);
            for (int i = 0; i < 5; i++) {
                counts[i + 4] = ((Number) row[i + 1]).longValue();
            }
        });
        long[] total = new long[9];
        List<Counts> kinds = new ArrayList<>();
        byKind.forEach((kind, counts) -> {
            kinds.add(counts(kind, counts));
            for (int i = 0; i < total.length; i++) {
                total[i] += counts[i];
            }
        });
        return new VisitComplianceDto(team, from, to, counts(null, total), kinds, notSeen(team));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> dueRows(String team, LocalDate from, LocalDate to) {
        return entityManager.createNativeQuery("""
                        select p.visit_kind, count(*),
                               count(*) filter (where v.state = 'COMPLETED' and v.on_time),
                               count(*) filter (where v.state = 'COMPLETED' and not v.on_time),
                               count(*) filter (where v.state = 'PLANNED')
                        from planned_visit v
                        join visit_plan p on p.plan_id = v.plan_id
                        join child c on c.child_id = v.child_id
                        where c.team = ?1 and v.due_date between ?2 and ?3 and v.state <> 'WITHDRAWN'
                        group by p.visit_kind""")
                .setParameter(1, team).setParameter(2, from).setParameter(3, to).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> madeRows(String team, LocalDate from, LocalDate to) {
        return entityManager.createNativeQuery("""
                        select p.visit_kind, count(*),
                               count(*) filter (where r.seen_alone),
                               count(*) filter (where r.bedroom_seen and r.statutory_visit in ('CP', 'CLA')),
                               count(*) filter (where r.statutory_visit in ('CP', 'CLA')),
                               count(*) filter (where r.announced = false)
                        from recorded_visit r
                        join planned_visit v on v.visit_id = r.completed_visit_id
                        join visit_plan p on p.plan_id = v.plan_id
                        join child c on c.child_id = r.child_id
                        where c.team = ?1 and r.visit_date between ?2 and ?3 and r.met_statutory_visit
                        group by p.visit_kind""")
                .setParameter(1, team).setParameter(2, from).setParameter(3, to).getResultList();
    }

    private long notSeen(String team) {
        return ((Number) entityManager.createNativeQuery("""
                        select count(distinct v.child_id) from planned_visit v join child c on c.child_id = v.child_id
                        where c.team = ?1 and v.state = 'PLANNED' and v.due_date < ?2""")
                .setParameter(1, team).setParameter(2, dueDates.today(clock.instant())).getSingleResult())
                .longValue();
    }

    private static Counts counts(String kind, long[] c) {
        return new Counts(kind, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
    }

    private void requireTeamManager(String team) {
        teamViews.requireManagerOf(team, "A team's visit compliance is for its practice manager and team manager "
                + "and the senior manager and head of service of its service area.");
    }
}
