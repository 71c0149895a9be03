-- The access policy reads each child's team and allocation from access_child (the backbone's read model). This
-- service kept no child of its own before: a child's statutory visit deadline is held by the allocated worker, so the
-- latest one names them; from now on case-notes-service's events keep the facts.
insert into access_child (child_id, team, allocated_worker, looked_after)
select distinct on (child_id) child_id, team, assignee, false from deadline
where kind = 'STATUTORY_VISIT' and assignee is not null
order by child_id, opened_at desc
on conflict (child_id) do nothing;
