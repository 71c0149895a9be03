-- Removes exactly what seed.sql wrote (its header says how each row is marked). Safe to run twice.
\set ON_ERROR_STOP on
begin;
-- A seeded deadline the service changed during the run (one that fell due meanwhile) has history lines too.
delete from deadline_change where deadline_id in (select id from deadline where authority = 'bench-worktray');
delete from deadline where authority = 'bench-worktray';
delete from access_child
where child_id between 'b3c40000-0000-4000-8000-000000000000' and 'b3c40000-0000-4000-8000-ffffffffffff';
delete from org_member where username like 'bench.%';
delete from org_team where team like 'bench-%';
commit;
