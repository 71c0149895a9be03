-- Seeds deadlines-service's database with a realistic authority's open deadlines for the worktray benchmark
-- (scripts/bench-deadlines.sh; docs/measurements.md "Worktrays over a million deadlines"). Run as a superuser with
-- psql -v deadlines=<n> -v children=<n>. Every row it writes is marked, so that cleanup.sql removes exactly these:
--   deadlines:     authority 'bench-worktray'
--   children:      child ids b3c40000-0000-4000-8000-000000000001 upwards (cleanup.sql deletes that range)
--   organisation:  teams 'bench-...' and members 'bench....'
-- The authority: 40 teams in four service areas (the demo organisation's north and south in service-area-1 and east
-- in service-area-2, and 37 more), ten case holders in each (400; the demo's own workers among them), 20 IROs,
-- and the children spread evenly over the teams and their workers. The demo users keep their posts, so a demo worker
-- holds about a tenth of their team's deadlines, and a demo manager's team and area are as large as anyone's.
\set ON_ERROR_STOP on
begin;

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

-- The children: team and worker round-robin; three in ten looked after (with an IRO), one in fifty with a plan for
-- adoption, one in two hundred restricted (one in four of those as ADOPTION).
insert into access_child (child_id, team, allocated_worker, iro, looked_after, adoption_plan, restriction)
select ('b3c40000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, w.team, w.username,
       case when n % 10 < 3 then case n % 20 when 0 then 'iro.one' when 1 then 'iro.two'
                                 else 'bench.iro' || lpad((n % 20 + 1)::text, 2, '0') end end,
       n % 10 < 3, n % 50 = 7,
       case when n % 200 = 13 then 'OTHER' when n % 800 = 101 then 'ADOPTION' else 'NONE' end
from generate_series(1, :children) n
join bench_worker w on w.team_idx = n % 40 and w.slot = (n / 40) % 10 + 1;

-- The open deadlines: each of a child, due from 60 days ago to 120 days ahead. Most are held by the allocated worker
-- (statutory visits, C&F completions); a few are the team managers' (oversight of a note, the reminder to set a C&F's
-- priority), held by no one by name, as deadlines-service opens them.
-- Those already past due are seeded as breached (announced before the run), so that the breach scan, which runs in
-- the service meanwhile, does not announce a third of a million breaches during the benchmark. No rules version: a
-- release's recount leaves them alone.
insert into deadline (id, child_id, kind, rule_id, authority, subject_id, team, assignee, due_date, state, opened_at,
                      breached_at)
select gen_random_uuid(), c.child_id, k.kind, k.rule_id, 'bench-worktray', 'bench-' || n, c.team,
       case when k.held then c.allocated_worker end,
       current_date - 60 + ((n * 7919) % 181)::int, 'OPEN', now(),
       case when current_date - 60 + ((n * 7919) % 181)::int < current_date then now() end
from generate_series(1::bigint, :deadlines) n
join access_child c on c.child_id = ('b3c40000-0000-4000-8000-' || lpad(to_hex((n * 104729) % :children + 1), 12, '0'))::uuid
join (values (0, 'STATUTORY_VISIT', 'statutory-visit-frequency', true),
             (1, 'PATHWAY_STEP', 'cf-assessment-priority-10', true),
             (2, 'PATHWAY_STEP', 'cf-assessment-priority-20', true),
             (3, 'PATHWAY_STEP', 'cf-assessment-priority-45', true),
             (4, 'MANAGEMENT_OVERSIGHT', 'statutory-visit-oversight', false),
             (5, 'PATHWAY_STEP', 'cf-priority-supervisor-alert', false)) k(idx, kind, rule_id, held)
  -- by n / 40, which the child's team (n mod 40) does not decide, so every team has every kind
  on k.idx = case when n / 40 % 100 < 60 then 0 when n / 40 % 100 < 70 then 1 when n / 40 % 100 < 80 then 2
                  when n / 40 % 100 < 95 then 3 when n / 40 % 100 < 98 then 4 else 5 end;

commit;
analyze deadline;
analyze access_child;
analyze org_member;
analyze org_team;
select count(*) as seeded_deadlines from deadline where authority = 'bench-worktray';
