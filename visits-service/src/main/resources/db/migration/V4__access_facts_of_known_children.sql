-- The access policy reads each child's team and allocation from access_child (the backbone's read model). Children
-- this service learnt of before it did are copied in once; from now on the events keep it.
insert into access_child (child_id, team, allocated_worker, looked_after)
select child_id, team, allocated_worker, plan_type = 'CLA' from child
on conflict (child_id) do nothing;
