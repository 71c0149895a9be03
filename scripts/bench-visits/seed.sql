-- Seeds visits-service's database with a realistic authority's open children for the visit views benchmark
-- (scripts/bench-visits.sh; docs/measurements.md "Visit views over 10,000 open children"). Run as a superuser with
-- psql -v children=<n> -v authority=<rule set>. Every row it writes is marked, so that cleanup.sql removes exactly
-- these:
--   children and all that hangs off them: child ids b3c50000-0000-4000-8000-000000000001 upwards (cleanup.sql
--                  deletes that range from every table that names a child)
--   organisation:  teams 'bench-...' and members 'bench....'
-- The organisation is the deadlines benchmark's (scripts/bench-deadlines/seed.sql): 40 teams in four service areas
-- (the demo's north, south and east among them), ten case holders in each (the demo's own workers among them), 20
-- IROs, the children spread evenly over the teams and their workers. The demo users keep their posts, so north.sw1
-- holds about a tenth of team north's children, and north.tm's team is as large as anyone's.
-- Each child has the plan of visits in force that its kind of case gives (a few looked-after children also one that
-- a new placement ended), one visit waiting (PLANNED, due from 60 days ago to 90 days ahead), and ten visits
-- recorded before it, most of them statutory visits that completed a planned visit of their own, some where the
-- child was not seen; three in a hundred are in an open spell of failed access.
\set ON_ERROR_STOP on
begin;

-- A stable pseudo-random number in [0, m) for a child and a purpose: the same seed gives the same authority, and one
-- purpose (the kind of case, say) does not decide another (the team, the due date).
create or replace function pg_temp.pick(n bigint, purpose text, m int) returns int
    language sql immutable as $$ select (hashtext(purpose || ':' || n) & 2147483647) % m $$;

-- The 40 teams by index: 0 north, 1 south, 2 east (the demo's), then bench-t03 .. bench-t39.
create temporary table bench_team on commit drop as
select i as idx,
       case i when 0 then 'north' when 1 then 'south' when 2 then 'east' else 'bench-t' || lpad(i::text, 2, '0') end
           as team,
       case when i < 2 then 'service-area-1' when i = 2 then 'service-area-2'
            else (array['service-area-1', 'service-area-2', 'bench-area-3', 'bench-area-4'])[i % 4 + 1] end
           as service_area
from generate_series(0, 39) i;

-- Ten case holders per team: the demo's own where it has them, bench workers for the rest.
create temporary table bench_worker on commit drop as
select t.idx as team_idx, s.slot, t.team, t.service_area,
       coalesce(case t.team
                    when 'north' then (array['north.sw1', 'north.sw2', 'north.sp'])[s.slot]
                    when 'south' then (array['south.sw1'])[s.slot]
                    when 'east' then (array['east.sw1'])[s.slot] end,
                'bench.' || replace(t.team, 'bench-', '') || '.sw' || lpad(s.slot::text, 2, '0')) as username
from bench_team t cross join generate_series(1, 10) s(slot);

insert into org_team (team, name, service_area, version)
select team, 'Benchmark team ' || idx, service_area, 1 from bench_team where team like 'bench-%';

-- Each bench team's practice and team manager; bench workers are supervised by their team's practice manager.
insert into org_member (username, full_name, post, team, service_area, supervisor, version)
select 'bench.' || replace(team, 'bench-', '') || '.' || post_short, 'Benchmark ' || post_short || ' ' || idx,
       post, team, service_area, null, 1
from bench_team, (values ('pm', 'PRACTICE_MANAGER'), ('tm', 'TEAM_MANAGER')) p(post_short, post)
where team like 'bench-%';
insert into org_member (username, full_name, post, team, service_area, supervisor, version)
select w.username, 'Benchmark worker ' || w.team_idx || '.' || w.slot, 'SOCIAL_WORKER', w.team, w.service_area,
       case w.team when 'north' then 'north.pm' when 'south' then 'south.pm' when 'east' then 'east.pm'
                   else 'bench.' || replace(w.team, 'bench-', '') || '.pm' end, 1
from bench_worker w where w.username like 'bench.%';
insert into org_member (username, full_name, post, team, service_area, supervisor, version)
select 'bench.iro' || lpad(i::text, 2, '0'), 'Benchmark IRO ' || i, 'IRO', null, null, null, 1
from generate_series(3, 20) i;

-- The children: team and worker round-robin, as the deadlines seed; the kind of case by a pick of its own, so that
-- every team has every kind: 45 in a hundred children in need, 15 on a CP plan, 30 looked after, 8 care leavers and
-- 2 privately fostered. A looked-after child's frequency depends on the placement (reg 28), mostly the general
-- six-weekly one and the three-monthly one of a placement meant to last until 18.
create temporary table bench_child on commit drop as
select n, ('b3c50000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid as child_id, w.team, w.username as worker,
       k.kind
from generate_series(1, :children) n
join bench_worker w on w.team_idx = n % 40 and w.slot = (n / 40) % 10 + 1
cross join lateral (select case when r < 45 then 'CIN' when r < 60 then 'CP' when r < 90 then 'CLA'
                                when r < 98 then 'CARE_LEAVER_KIT' else 'PRIVATE_FOSTERING' end as kind
                    from (select pg_temp.pick(n, 'kind', 100) as r) p) k;

-- Each child's frequency rule (lcs-practice-guide.json "visitFrequencies"), the facts that chose it, the days between
-- visits it gives in the calendar (for the seeded history) and in working days (what planned_visit has always kept).
create temporary table bench_frequency on commit drop as
select c.*, f.rule, f.every_days, f.working_days, f.placement_type, f.arrangement, f.until_18, f.legal_status
from bench_child c
cross join lateral (
    select v.* from (values
        ('CP', 0, 'cp-statutory-visit', 14, 10, null, null, null, null),
        ('CIN', 0, 'cin-visit', 28, 20, null, null, null, null),
        ('CARE_LEAVER_KIT', 0, 'care-leaver-kit-contact', 61, 43, null, null, null, null),
        ('PRIVATE_FOSTERING', 0, 'private-fostering-visit', 42, 30, null, null, null, null),
        ('CLA', 0, 'cla-placement', 42, 30, 'U4', null, 'false', 'C2'),
        ('CLA', 50, 'cla-placement-until-18', 91, 65, 'U1', null, 'true', 'C2'),
        ('CLA', 80, 'cla-care-order-at-home', 42, 30, 'P1', null, 'false', 'C2'),
        ('CLA', 85, 'cla-interim-care-order-at-home', 28, 20, 'P1', null, 'false', 'C1'),
        ('CLA', 90, 'cla-connected-person-temporary-approval', 28, 20, 'U4', 'CONNECTED_PERSON_TEMPORARY_APPROVAL',
         'false', 'V2'),
        ('CLA', 95, 'cla-placed-with-parent-before-assessment', 42, 30, 'P1', 'PARENT_BEFORE_ASSESSMENT', 'false',
         'C1')
    ) v(kind, lower, rule, every_days, working_days, placement_type, arrangement, until_18, legal_status)
    where v.kind = c.kind and pg_temp.pick(c.n, 'rule', 100) >= v.lower
    order by v.lower desc limit 1
) f;

-- When each child was last seen and when the next visit is due. Most are due from 60 days ago to 90 days ahead,
-- after a visit one interval earlier (at the latest yesterday). Three in a hundred have not been seen since a spell of
-- failed access began, 5 to 7 or 16 to 40 days ago: never 8 to 15, so that no step of the failed access ladder (the
-- team manager at ten days, a senior manager at two weeks) falls due while the benchmark runs and announces an
-- escalation for a child the other services do not know.
create temporary table bench_due on commit drop as
select s.*, s.last_seen - 9 * s.every_days - 7 - pg_temp.pick(s.n, 'start', 30) as plan_start
from (
select f.*, spell.failed_since, spell.failed_visits,
       coalesce(spell.failed_since - 1 - pg_temp.pick(f.n, 'gap', 10),
                least(due.due_date - f.every_days, current_date - 1)) as last_seen,
       coalesce(spell.failed_since - 1 - pg_temp.pick(f.n, 'gap', 10) + f.every_days, due.due_date) as due_date
from bench_frequency f
cross join lateral (select current_date - 60 + pg_temp.pick(f.n, 'due', 151) as due_date) due
left join lateral (
    select current_date - (array[5, 6, 7, 16, 18, 20, 23, 26, 30, 35, 40])[pg_temp.pick(f.n, 'age', 11) + 1]
               as failed_since,
           1 + pg_temp.pick(f.n, 'failures', 3) as failed_visits
    -- a care leaver's missed contact is not failed access (004 is about children owed statutory visits)
    where pg_temp.pick(f.n, 'spell', 100) < 3 and f.kind <> 'CARE_LEAVER_KIT'
) spell on true
) s;

insert into child (child_id, display_name, given_name, family_name, names_version, authority, team, allocated_worker,
                   plan_type, plan_start_date, date_of_birth, legal_status, registered_at, updated_at)
select d.child_id, 'Bench ' || (array['Ahmed', 'Brown', 'Clarke', 'Davies', 'Evans', 'Hussain', 'Jones', 'Khan',
                                      'Lewis', 'Patel', 'Roberts', 'Smith', 'Taylor', 'Walker', 'Wilson',
                                      'Wright'])[pg_temp.pick(d.n, 'name', 16) + 1] || ' ' || d.n,
       'Bench', (array['Ahmed', 'Brown', 'Clarke', 'Davies', 'Evans', 'Hussain', 'Jones', 'Khan', 'Lewis', 'Patel',
                       'Roberts', 'Smith', 'Taylor', 'Walker', 'Wilson', 'Wright'])[pg_temp.pick(d.n, 'name', 16) + 1]
           || ' ' || d.n,
       1, :'authority', d.team, d.worker,
       case d.kind when 'CARE_LEAVER_KIT' then 'CARE_LEAVER' when 'PRIVATE_FOSTERING' then 'CIN' else d.kind end,
       d.plan_start,
       -- Care leavers 18 to 21, the others 0 to 17.
       current_date - case when d.kind = 'CARE_LEAVER_KIT' then 6570 + pg_temp.pick(d.n, 'born', 1095)
                           else pg_temp.pick(d.n, 'born', 6500) end,
       case when d.kind = 'CLA' then d.legal_status end, now(), now()
from bench_due d;

-- Who may see each child (the backbone's access read model, which events keep otherwise): three in ten looked after
-- with an IRO, one in fifty of those with a plan for adoption (a quarter of them matched, and so restricted as
-- ADOPTION), and one in two hundred of all restricted as OTHER, much as the deadlines seed.
insert into access_child (child_id, team, allocated_worker, iro, looked_after, adoption_plan, restriction)
select d.child_id, d.team, d.worker,
       case when d.kind = 'CLA' then case d.n % 20 when 0 then 'iro.one' when 1 then 'iro.two'
                                     else 'bench.iro' || lpad((d.n % 20 + 1)::text, 2, '0') end end,
       d.kind = 'CLA', d.kind = 'CLA' and pg_temp.pick(d.n, 'adoption', 50) = 7,
       case when d.n % 200 = 13 then 'OTHER'
            when d.kind = 'CLA' and pg_temp.pick(d.n, 'adoption', 50) = 7 and d.n % 4 = 0 then 'ADOPTION'
            else 'NONE' end
from bench_due d;

-- The plan in force: CP and CIN from the registration's plan type, the others from a pathway step (a placement, a
-- private fostering arrangement, a leaving care eligibility), as visits-service begins them.
create temporary table bench_plan on commit drop as
select d.*, gen_random_uuid() as plan_id from bench_due d;

insert into visit_plan (plan_id, child_id, plan_type, frequency_working_days, visit_kind, frequency_rule,
                        basis_step_id, facts, start_date, first_review_on, ended_on, created_at)
select p.plan_id, p.child_id, case when p.kind in ('CP', 'CIN') then p.kind end, null, p.kind, p.rule,
       case when p.kind not in ('CP', 'CIN') then gen_random_uuid() end,
       case when p.kind = 'CLA' then jsonb_strip_nulls(jsonb_build_object('placementType', p.placement_type,
                                      'arrangement', p.arrangement, 'intendedToLastUntil18', p.until_18,
                                      'legalStatus', p.legal_status))
            else '{}'::jsonb end,
       p.plan_start, case when p.kind = 'CLA' then p.plan_start + 20 end, null, now()
from bench_plan p;

-- One looked-after child in five moved placement: the plan of the placement before ended when this one began.
insert into visit_plan (plan_id, child_id, plan_type, frequency_working_days, visit_kind, frequency_rule,
                        basis_step_id, facts, start_date, first_review_on, ended_on, created_at)
select gen_random_uuid(), p.child_id, null, null, 'CLA', 'cla-placement', gen_random_uuid(),
       jsonb_build_object('placementType', 'U4', 'intendedToLastUntil18', 'false', 'legalStatus', 'C2'),
       p.plan_start - 200, p.plan_start - 180, p.plan_start, now()
from bench_plan p
where p.kind = 'CLA' and pg_temp.pick(p.n, 'moved', 5) = 0;

-- The visit waiting.
insert into planned_visit (visit_id, child_id, plan_id, due_date, frequency_working_days, frequency_rule, state,
                           planned_at)
select gen_random_uuid(), p.child_id, p.plan_id, p.due_date, p.working_days, p.rule, 'PLANNED', now()
from bench_plan p;

-- Ten visits before it, one interval apart back from the last seen: eight in ten statutory visits that saw the child
-- and completed a planned visit (due from two days before the visit to five after, so one in four was late), one in ten another
-- visit that saw the child, one in ten a visit where the child was not seen (a failed visit, 004). The last is always
-- seen: it is when the child was last seen.
create temporary table bench_visit on commit drop as
select p.n, p.child_id, p.plan_id, p.kind, p.rule, p.working_days, s.slot, gen_random_uuid() as note_id,
       p.last_seen - s.slot * p.every_days as visit_date,
       case when s.slot = 0 then 'MET'
            else (array['MET', 'MET', 'MET', 'MET', 'MET', 'MET', 'MET', 'MET', 'OTHER', 'NOT_SEEN'])
                     [pg_temp.pick(p.n * 16 + s.slot, 'visit', 10) + 1] end as outcome,
       pg_temp.pick(p.n * 16 + s.slot, 'facts', 1000) as r
from bench_plan p cross join generate_series(0, 9) s(slot);

-- The planned visits the statutory visits completed, written first: a recorded visit names the one it completed.
create temporary table bench_completed on commit drop as
select v.*, gen_random_uuid() as visit_id, v.visit_date - 2 + v.r % 8 as due_date
from bench_visit v where v.outcome = 'MET';

insert into planned_visit (visit_id, child_id, plan_id, due_date, frequency_working_days, frequency_rule, state,
                           visit_date, note_id, on_time, planned_at, completed_at)
select c.visit_id, c.child_id, c.plan_id, c.due_date, c.working_days, c.rule, 'COMPLETED', c.visit_date, c.note_id,
       c.visit_date <= c.due_date, now(), now()
from bench_completed c;

-- Seen alone seven times in ten (else why not); the bedroom seen on most CP and CLA visits (003 s.5b g); announced
-- seven times in ten; in working hours, half an hour to two hours.
insert into recorded_visit (note_id, child_id, visit_date, child_seen, seen_alone, statutory, met_statutory_visit,
                            completed_visit_id, note_version, statutory_visit, unborn, not_seen_alone_reason,
                            bedroom_seen, announced, start_time, duration_minutes, recorded_at)
select v.note_id, v.child_id, v.visit_date, v.outcome <> 'NOT_SEEN',
       case when v.outcome <> 'NOT_SEEN' then v.r % 10 < 7 end,
       v.outcome <> 'OTHER', v.outcome = 'MET', c.visit_id, 1 + (v.r % 20 = 0)::int,
       case when v.outcome <> 'OTHER' then v.kind end, false,
       case when v.outcome <> 'NOT_SEEN' and v.r % 10 >= 7
            then (array['Child too young to be seen alone', 'Child asked for a parent to stay',
                        'Carer would not leave the room'])[v.r % 3 + 1] end,
       case when v.kind in ('CP', 'CLA') and v.outcome <> 'NOT_SEEN' then v.r % 5 < 4 end,
       v.r % 10 >= 3, time '09:00' + (v.r % 32) * interval '15 minutes', 30 + v.r % 91,
       v.visit_date + time '17:00'
from bench_visit v left join bench_completed c on c.note_id = v.note_id;

-- The open spells of failed access: one to three failed visits on consecutive days from its first, after the child
-- was last seen. Each step of the ladder the spell has reached is marked as told, as if announced before the run, so
-- that the scan (which runs in the service meanwhile) announces nothing.
create temporary table bench_spell on commit drop as
select d.*, gen_random_uuid() as failed_access_id
from bench_due d where d.failed_since is not null;

insert into recorded_visit (note_id, child_id, visit_date, child_seen, seen_alone, statutory, met_statutory_visit,
                            note_version, statutory_visit, unborn, announced, start_time, duration_minutes,
                            recorded_at)
select gen_random_uuid(), s.child_id, s.failed_since + j, false, null, true, false, 1, s.kind, false, j > 0,
       time '10:00', 15, s.failed_since + j + time '17:00'
from bench_spell s cross join generate_series(0, 2) j
where j < s.failed_visits;

insert into failed_access (failed_access_id, child_id, failed_since, last_failed_on, failed_visits,
                           practice_manager_told_at, team_manager_told_at, senior_manager_told_at, opened_at)
select s.failed_access_id, s.child_id, s.failed_since, s.failed_since + s.failed_visits - 1, s.failed_visits,
       case when s.failed_visits >= 2 then now() end,
       case when current_date >= s.failed_since + 10 then now() end,
       case when current_date >= s.failed_since + 14 then now() end,
       now()
from bench_spell s;

commit;
analyze child;
analyze access_child;
analyze visit_plan;
analyze planned_visit;
analyze recorded_visit;
analyze failed_access;
analyze org_member;
analyze org_team;
select count(*) as seeded_children,
       count(*) filter (where team = 'north') as team_north,
       count(*) filter (where allocated_worker = 'north.sw1') as north_sw1
from child where child_id between 'b3c50000-0000-4000-8000-000000000000' and 'b3c50000-0000-4000-8000-ffffffffffff';
