-- The child's case pathway (004 "Case Pathway"), part 1: the shared step table, the C&F's priority changes and the
-- outcomes that wait for a manager (DOMAIN.md rule 20).
--
-- One step table for every kind of step, not a table per kind. What every step has (the child, its kind, the step
-- whose outcome opened it, its dates, its state, its outcome and what that opened) is the pathway itself: the child's
-- whole pathway, deadlines-service's dates and "what did this outcome open" are each one range of one index here, and
-- each fact is kept in one place whatever the kind. The few facts that belong to one kind stay as nullable columns
-- with checks tying them to their kind (a contact's source and time received, a C&F's priority); a later kind with
-- many facts of its own (a conference's attendees, a placement) gets a detail table keyed by the step's id, so that the
-- shared facts still live here only.
create table pathway_step (
    id                      uuid          primary key,
    child_id                uuid          not null references child (id),
    kind                    varchar(40)   not null check (kind in ('CONTACT', 'REFERRAL', 'CF_ASSESSMENT',
                                'STRATEGY_DISCUSSION', 'S47_ENQUIRY', 'INITIAL_CHILD_PROTECTION_CONFERENCE',
                                'CHILD_IN_NEED_PLAN', 'CHILD_PROTECTION_PLAN', 'LOOKED_AFTER_EPISODE',
                                'EARLY_HELP_EPISODE')),
    -- The step whose decided outcome opened this one; null for a contact, where the pathway begins.
    opened_from             uuid          references pathway_step (id),
    -- The child's team when the step started: whose decider authorises its outcome.
    team                    varchar(100)  not null,
    state                   varchar(30)   not null check (state in ('OPEN', 'AWAITING_AUTHORISATION', 'DECIDED',
                                'ENDED')),
    start_date              date          not null,
    -- A contact's or referral's source and the date and time it was received (the front door's facts).
    source                  varchar(200),
    received_at             timestamptz,
    check ((kind in ('CONTACT', 'REFERRAL')) = (received_at is not null)),
    check (source is null or kind in ('CONTACT', 'REFERRAL')),
    -- A C&F's priority in working days and the due date it gives (004 "Setting A Due Date (Priority) for New C&F").
    priority_working_days   integer       check (priority_working_days in (10, 30, 45)),
    check ((kind = 'CF_ASSESSMENT') = (priority_working_days is not null)),
    due_date                date,
    -- The outcome in effect (a front-door decision, an authorised C&F outcome) and what it opened, recorded when it
    -- took effect: never before (004: "until authorised an outcome opens nothing").
    outcome                 varchar(60),
    completed_date          date,
    opens                   jsonb,
    closes_case             boolean,
    decided_at              timestamptz,
    check ((state in ('DECIDED', 'ENDED')) = (decided_at is not null)),
    check ((decided_at is null) = (outcome is null) and (outcome is null) = (opens is null)),
    end_date                date,
    check ((state = 'ENDED') = (end_date is not null)),
    recorded_by             varchar(200)  not null,
    recorded_by_name        varchar(300)  not null,
    recorded_by_designation varchar(200)  not null,
    recorded_by_team        varchar(100)  not null,
    recorded_at             timestamptz   not null,
    -- The step's version for If-Match (docs/api-conventions.md).
    version                 bigint        not null default 0
);
-- A child's pathway a page at a time, newest first (docs/api-conventions.md).
create index pathway_step_page on pathway_step (child_id, start_date desc, recorded_at desc, id desc);
create index pathway_step_opened_from on pathway_step (opened_from) where opened_from is not null;

-- A practice manager's resets of a C&F's priority, each a decision with reasons (004; DOMAIN.md rule 20), kept as
-- evidence: appended, never changed.
create table pathway_priority_change (
    id                      uuid          primary key,
    step_id                 uuid          not null references pathway_step (id),
    priority_working_days   integer       not null check (priority_working_days in (10, 30, 45)),
    previous_due_date       date          not null,
    due_date                date          not null,
    reasons                 text          not null,
    changed_by              varchar(200)  not null,
    changed_by_name         varchar(300)  not null,
    changed_by_designation  varchar(200)  not null,
    changed_at              timestamptz   not null
);
create index pathway_priority_change_page on pathway_priority_change (step_id, changed_at desc, id desc);

-- A worker's outcome sent for a manager's authorisation, as the restriction requests of V18 are: routed by
-- approvals-service to the decider of the child's team, decided there, applied here; a refusal is kept on the request
-- and returns the step to the worker.
create table pathway_outcome_request (
    id                        uuid          primary key,
    step_id                   uuid          not null references pathway_step (id),
    outcome                   varchar(60)   not null,
    opens                     jsonb         not null,
    closes_case               boolean       not null,
    completed_date            date          not null,
    reasons                   text          not null,
    requested_by              varchar(200)  not null,
    requested_by_name         varchar(300)  not null,
    requested_by_designation  varchar(200)  not null,
    requested_by_team         varchar(100)  not null,
    requested_at              timestamptz   not null,
    state                     varchar(20)   not null check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    approval_request_id       uuid          unique,
    decided_by                varchar(200),
    decided_by_name           varchar(300),
    decided_by_designation    varchar(200),
    decided_at                timestamptz,
    decision_comments         text,
    check ((state = 'PENDING') = (decided_at is null))
);
create index pathway_outcome_request_page on pathway_outcome_request (step_id, requested_at desc, id desc);
-- One outcome waits per step at a time: a second would race the first to the manager.
create unique index pathway_outcome_request_one_pending on pathway_outcome_request (step_id) where state = 'PENDING';

-- Steps change only forward and are never deleted; priority changes never change; outcome requests are decided once.
create function casework_pathway_step_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'pathway steps are never deleted';
    end if;
    if new.id <> old.id or new.child_id <> old.child_id or new.kind <> old.kind
            or new.start_date <> old.start_date or old.state = 'ENDED' then
        raise exception 'pathway step %: only its progress changes, and an ended step not at all', old.id;
    end if;
    return new;
end $$;
create trigger pathway_step_kept before update or delete on pathway_step
    for each row execute function casework_pathway_step_kept();

create function casework_pathway_priority_change_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'priority changes are evidence: never changed or deleted';
end $$;
create trigger pathway_priority_change_append_only before update or delete on pathway_priority_change
    for each row execute function casework_pathway_priority_change_append_only();

create function casework_pathway_outcome_request_decided_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'outcome requests are never deleted';
    end if;
    if old.state <> 'PENDING' then
        raise exception 'outcome request % was decided already (%)', old.id, old.state;
    end if;
    return new;
end $$;
create trigger pathway_outcome_request_decided_once before update or delete on pathway_outcome_request
    for each row execute function casework_pathway_outcome_request_decided_once();

-- The runtime role records steps and their progress; the evidence rows it only appends.
grant select, insert on pathway_step to ${runtime_role};
grant update (state, priority_working_days, due_date, outcome, completed_date, opens, closes_case, decided_at,
              end_date, version) on pathway_step to ${runtime_role};
grant select, insert on pathway_priority_change to ${runtime_role};
grant select, insert on pathway_outcome_request to ${runtime_role};
grant update (state, approval_request_id, decided_by, decided_by_name, decided_by_designation, decided_at,
              decision_comments) on pathway_outcome_request to ${runtime_role};
