-- Every deadline deadlines-service tracks, open or met. The backbone's V0_1 holds the outbox and processed events.
create table deadline (
    id           uuid         primary key,
    child_id     uuid         not null,
    kind         varchar(40)  not null,   -- STATUTORY_VISIT, MANAGEMENT_OVERSIGHT
    rule_id      varchar(100) not null,   -- the timescale rule the due date comes from
    authority    varchar(100) not null,   -- whose rule set: a deadline keeps the rules it was opened under
    subject_id   varchar(100) not null,   -- what must be done: the planned visit, or the note awaiting oversight
    team         varchar(100) not null,
    assignee     varchar(200),            -- null until someone in particular holds it (oversight is routed elsewhere)
    due_date     date         not null,   -- the last day on time
    state        varchar(10)  not null,
    opened_at    timestamptz  not null,
    met_on       date,                    -- the day that counts for lateness: the visit's date, the oversight's day
    met_at       timestamptz,             -- when the event that met it was recorded
    late         boolean,
    constraint deadline_state check (state in ('OPEN', 'MET')),
    -- a met deadline says when and whether late; an open one says neither
    constraint deadline_met_complete
        check ((state = 'MET') = (met_on is not null and met_at is not null and late is not null))
);

-- One open deadline per task: a note resubmitted while its oversight is pending must not get a second one,
-- even if two replicas see the resubmission at once.
create unique index deadline_one_open_per_subject on deadline (kind, subject_id) where state = 'OPEN';
create index deadline_child on deadline (child_id, due_date);
create index deadline_open_by_assignee on deadline (assignee, due_date) where state = 'OPEN';
create index deadline_open_by_team on deadline (team, kind, due_date) where state = 'OPEN';
