-- Issue 15: every deadline keeps its full history, is marked breached once, escalates as its rule names, and is
-- recomputed once per release of the timescales data.

alter table deadline
    -- The day the due date is counted from (a note's submission, a step's start), so that a release of new rules or
    -- bank holidays can count it again; null where another service counted it (a statutory visit's).
    add column counted_from        date,
    -- When the scan found it past its due date unmet; cleared when it is given a new due date not yet passed.
    add column breached_at         timestamptz,
    -- How many of its rule's escalation steps were taken, and the day after which the next one is due (null: none).
    add column escalations_taken   integer     not null default 0,
    add column next_escalation_on  date,
    -- When a manager last extended it: a release's recomputation leaves an extended due date as the manager set it.
    add column extended_at         timestamptz;

-- Oversight is counted from the day its note was submitted, which is the day it was opened here (the event that opens
-- it is applied within seconds). A pathway step's start date was not kept: those stay as they were counted.
update deadline set counted_from = (opened_at at time zone 'Europe/London')::date
where kind = 'MANAGEMENT_OVERSIGHT';

alter table deadline add constraint deadline_escalations_follow_breach
    check (escalations_taken >= 0 and (breached_at is not null or (escalations_taken = 0 and next_escalation_on is null)));

-- The scan's two questions, each answered from a small partial index: which open deadlines are past due and not yet
-- marked, and which breached ones have an escalation step due.
create index deadline_open_unbreached on deadline (due_date) where state = 'OPEN' and breached_at is null;
create index deadline_next_escalation on deadline (next_escalation_on)
    where state = 'OPEN' and next_escalation_on is not null;

-- Every change of every deadline, in order: opened, met, withdrawn, reopened, rescheduled, extended, recomputed,
-- breached, escalated. Appended, never changed: the runtime role may insert and read it, nothing more.
create table deadline_change (
    id                 uuid         primary key,
    deadline_id        uuid         not null references deadline (id),
    changed_at         timestamptz  not null,
    change             varchar(20)  not null,
    due_date           date         not null,   -- the due date after the change
    previous_due_date  date,                    -- before it, when the change moved it
    rules_version      varchar(40),             -- the rules and calendar the due date stands under, when counted here
    cause              varchar(200) not null,   -- the event type that caused it, or what the service did itself
    changed_by         varchar(200),            -- the person, when a person did it (an extension); null otherwise
    reason             varchar(1000),           -- why, when a person or a rule said why
    approved_by        varchar(200),            -- whose authority allowed it (an extension: the manager's post)
    constraint deadline_change_kind check (change in ('OPENED', 'MET', 'REMET', 'WITHDRAWN', 'REOPENED',
        'REINSTATED', 'RESCHEDULED', 'EXTENDED', 'RECOMPUTED', 'BREACHED', 'ESCALATED')),
    constraint deadline_change_extension_says_who_and_why
        check (change <> 'EXTENDED' or (changed_by is not null and reason is not null and approved_by is not null))
);
create index deadline_change_of_deadline on deadline_change (deadline_id, changed_at, id);

-- The deadlines opened before histories were kept start theirs with how they stand now.
insert into deadline_change (id, deadline_id, changed_at, change, due_date, rules_version, cause)
select gen_random_uuid(), id, opened_at, 'OPENED', due_date, rules_version, 'history begun (V7)' from deadline;

-- Each release of the timescales data (rules, calendar, extra bank holidays) whose recomputation of open due dates
-- is done: the first replica to start under a new version recomputes, under an advisory lock the breach scan also
-- takes, and records it here; the others find it done.
create table timescales_release (
    version       varchar(40)  primary key,
    recomputed_at timestamptz  not null,
    examined      integer      not null,   -- open deadlines counted here under an earlier version
    changed       integer      not null    -- of those, how many got a new due date
);

grant select, insert on deadline_change to ${runtime_role};
grant select, insert on timescales_release to ${runtime_role};
