-- visits-service: statutory visit planning and compliance.
-- The backbone's V0_1 (outbox, processed_event, idempotency_key) runs first from db/backbone.

-- Read model of the children case-notes-service registers: only what planning and the team rule need.
create table child (
    child_id          uuid         primary key,
    display_name      varchar(200) not null,
    authority         varchar(100) not null,
    team              varchar(100) not null,
    allocated_worker  varchar(200) not null,
    plan_type         varchar(20)  not null,
    plan_start_date   date         not null,
    registered_at     timestamptz  not null,
    updated_at        timestamptz  not null
);
create index child_team on child (team);

-- How often a child on a given plan is visited, fixed when the plan starts (later config changes do not move it).
create table visit_plan (
    plan_id                 uuid        primary key,
    child_id                uuid        not null references child,
    plan_type               varchar(20) not null,
    frequency_working_days  integer     not null check (frequency_working_days >= 1),
    start_date              date        not null,
    created_at              timestamptz not null,
    constraint visit_plan_one_per_plan_type unique (child_id, plan_type)
);

-- Statutory visits: planned with a due date, completed by one statutory visit recorded on a case note.
create table planned_visit (
    visit_id                uuid        primary key,
    child_id                uuid        not null references child,
    plan_id                 uuid        not null references visit_plan,
    due_date                date        not null,
    frequency_working_days  integer     not null check (frequency_working_days >= 1),
    state                   varchar(20) not null check (state in ('PLANNED', 'COMPLETED')),
    visit_date              date,
    note_id                 uuid,
    on_time                 boolean,
    planned_at              timestamptz not null,
    completed_at            timestamptz,
    -- one case note never meets two statutory visits
    constraint planned_visit_note_once unique (note_id),
    constraint planned_visit_completion check (
        (state = 'PLANNED' and visit_date is null and note_id is null and on_time is null and completed_at is null)
        or (state = 'COMPLETED' and visit_date is not null and note_id is not null and on_time is not null
            and completed_at is not null))
);
-- A child has at most one statutory visit waiting at a time.
create unique index planned_visit_one_open_per_child on planned_visit (child_id) where state = 'PLANNED';
-- The worktray: planned visits by due date.
create index planned_visit_open_by_due on planned_visit (due_date) where state = 'PLANNED';
create index planned_visit_child_due on planned_visit (child_id, due_date);

-- Every visit recorded on a case note, statutory or not. A visit where the child was not seen, or that failed, is
-- kept here although it meets no statutory visit (003 s.5b; 004 "recorded as a visit, not stat visit"): failed-visit
-- escalation (004) is worked out from these rows.
create table recorded_visit (
    note_id               uuid        primary key,
    child_id              uuid        not null references child,
    visit_date            date        not null,
    child_seen            boolean     not null,
    statutory             boolean     not null,
    met_statutory_visit   boolean     not null,
    completed_visit_id    uuid        references planned_visit,
    recorded_at           timestamptz not null
);
create index recorded_visit_child_date on recorded_visit (child_id, visit_date);
