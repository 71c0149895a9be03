-- Removes exactly what seed.sql wrote (its header says how each row is marked). Safe to run twice.
-- Every table that names a child is cleared of the seeded range, those the seed does not write too: the service
-- writes nothing for these children during a run (no event names them), but a run stopped half way must not leave
-- anything that holds a seeded child in place.
\set ON_ERROR_STOP on
begin;
create temporary table bench_child on commit drop as
select child_id from child
where child_id between 'b3c50000-0000-4000-8000-000000000000' and 'b3c50000-0000-4000-8000-ffffffffffff';

delete from recorded_visit_version where note_id in (
    select note_id from recorded_visit where child_id in (select child_id from bench_child));
delete from kit_contact where child_id in (select child_id from bench_child);
delete from failed_access where child_id in (select child_id from bench_child);
delete from visit_appointment where child_id in (select child_id from bench_child);
delete from visit_frequency_setting where child_id in (select child_id from bench_child);
-- A recorded visit names the planned visit it completed, and a planned visit its plan: recorded visits go first, then
-- planned visits, plans and children. Nothing indexes those references (the service never deletes any of these),
-- so each row deleted would have its foreign keys checked by a scan of the table that names it: minutes for 90,000
-- planned visits. The checks are skipped for these three deletes, which is safe because every table that names a
-- child, a plan or a planned visit is cleared of the seeded children above or here, and nothing of another child
-- names theirs.
delete from recorded_visit where child_id in (select child_id from bench_child);
set local session_replication_role = replica;
delete from planned_visit where child_id in (select child_id from bench_child);
delete from visit_plan where child_id in (select child_id from bench_child);
delete from child where child_id in (select child_id from bench_child);
set local session_replication_role = origin;
delete from access_child
where child_id between 'b3c50000-0000-4000-8000-000000000000' and 'b3c50000-0000-4000-8000-ffffffffffff';
delete from org_member where username like 'bench.%';
delete from org_team where team like 'bench-%';
commit;
