-- Allocation, transfer and IRO assignment on the child's record, each change kept; and the access log as the log of
-- every service's accesses to the child's data, not only this service's.

alter table child add column iro varchar(100);

-- Every allocation the child's case has had, in order, with who made it: the record of who held the case when.
create table child_allocation (
    id                bigserial    primary key,
    child_id          uuid         not null references child (id),
    team              varchar(60)  not null,
    allocated_worker  varchar(100) not null,
    allocated_by      varchar(100) not null,
    allocated_at      timestamptz  not null
);
create index child_allocation_child on child_allocation (child_id, id);
insert into child_allocation (child_id, team, allocated_worker, allocated_by, allocated_at)
select id, team, allocated_worker, registered_by, registered_at from child;

-- Accesses served by the other services reach this log as events: which service served it, the operation's access
-- class, and the access's own id, so that a redelivered or replayed event is kept once. Null service: this one.
alter table access_log_entry add column service varchar(40);
alter table access_log_entry add column access_class varchar(20);
alter table access_log_entry add column access_id uuid unique;

-- The access policy's facts for children registered before it read them from access_child.
insert into access_child (child_id, team, allocated_worker, looked_after)
select id, team, allocated_worker, plan_type = 'CLA' from child
on conflict (child_id) do nothing;

grant select, insert on child_allocation to ${runtime_role};
grant usage on sequence child_allocation_id_seq to ${runtime_role};
