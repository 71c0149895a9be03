-- The child's case pathway (004 "Case Pathway"): the shared step table, every act on a step kept as chained evidence,
-- and the outcomes that wait for a manager (DOMAIN.md rule 20).
--
-- One step table for every kind of step, not a table per kind. What every step has (the child, its kind, the step
-- whose outcome opened it, its dates, its state, its outcome and what that opened) is the pathway itself: the child's
-- whole pathway, deadlines-service's dates and "what did this outcome open" are each one range of one index here, and
-- each fact is kept in one place whatever the kind. The facts the front door and the C&F's due date hang on stay as
-- columns with checks tying them to their kind (a contact's source and time received, a C&F's priority); every other
-- kind's own facts (a placement's type, a CP plan's category, a looked-after episode's legal status) are the jsonb
-- `details`, validated before they are stored against the one pathway details schema of casework-contracts, which
-- the events carry too: one definition of each kind's facts for the API, the table and every consumer.
create table pathway_step (
    id                      uuid          primary key,
    child_id                uuid          not null references child (id),
    kind                    varchar(40)   not null check (kind in ('CONTACT', 'REFERRAL', 'CF_ASSESSMENT',
                                'STRATEGY_DISCUSSION', 'S47_ENQUIRY', 'INITIAL_CHILD_PROTECTION_CONFERENCE',
                                'CHILD_PROTECTION_PLAN', 'REVIEW_CHILD_PROTECTION_CONFERENCE', 'CORE_GROUP_MEETING',
                                'CHILD_IN_NEED_PLAN', 'CHILD_IN_NEED_MEETING', 'LOOKED_AFTER_EPISODE', 'PLACEMENT',
                                'PLACEMENT_PLANNING_MEETING', 'LOOKED_AFTER_REVIEW', 'CARE_PLAN',
                                'PERSONAL_EDUCATION_PLAN', 'HEALTH_ASSESSMENT', 'ADOPTION_PLAN', 'PLACEMENT_ORDER',
                                'ADOPTION_MATCHING', 'PLACEMENT_WITH_ADOPTERS', 'ADOPTION_ORDER',
                                'LEAVING_CARE_ELIGIBILITY', 'PATHWAY_ASSESSMENT', 'PATHWAY_PLAN',
                                'PATHWAY_PLAN_REVIEW', 'PRIVATE_FOSTERING_ARRANGEMENT', 'LEGAL_PLANNING_MEETING',
                                'PRE_PROCEEDINGS', 'CARE_PROCEEDINGS', 'COURT_ORDER', 'EARLY_HELP_EPISODE',
                                'EARLY_HELP_ASSESSMENT', 'FAMILY_SUPPORT_MEETING', 'SUPERVISION_SESSION')),
    -- The step whose decided outcome opened this one; null for a contact and for a step started directly.
    opened_from             uuid          references pathway_step (id),
    -- The step this one is part of: a placement of a looked-after episode, a core group of a CP plan.
    part_of                 uuid          references pathway_step (id),
    -- The child's team when the step started: whose decider authorises its outcome.
    team                    varchar(100)  not null,
    state                   varchar(30)   not null check (state in ('OPEN', 'AWAITING_AUTHORISATION', 'DECIDED',
                                'ENDED')),
    start_date              date          not null,
    -- The kind's own facts (casework-contracts' pathway details schema); an empty object for a kind with none.
    details                 jsonb         not null default '{}',
    -- A meeting's schedule, chair, when it was held and who took part with their input (004 "Strategy Discussions":
    -- "reference to each Attendee and recording their input"); for a strategy discussion, what made it not compliant
    -- (an empty list when it was).
    scheduled_for           timestamptz,
    chair                   varchar(200),
    held_at                 timestamptz,
    participants            jsonb,
    non_compliance          jsonb,
    check ((held_at is null) = (participants is null)),
    check (non_compliance is null or (kind = 'STRATEGY_DISCUSSION' and held_at is not null)),
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
    -- The outcome's own facts (a CP plan's category from the conference, a strategy discussion's further actions).
    outcome_details         jsonb,
    decided_at              timestamptz,
    -- A step with outcomes is DECIDED before it ends; one without (a plan, a placement) goes from OPEN to ENDED.
    check (state <> 'DECIDED' or decided_at is not null),
    check (state not in ('OPEN', 'AWAITING_AUTHORISATION') or decided_at is null),
    check ((decided_at is null) = (outcome is null) and (outcome is null) = (opens is null)),
    end_date                date,
    end_reason              text,
    -- The step whose outcome ended this one: the review conference that ended a CP plan.
    ended_by_step           uuid          references pathway_step (id),
    check ((state = 'ENDED') = (end_date is not null) and (end_date is null) = (end_reason is null)),
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
create index pathway_step_part_of on pathway_step (part_of) where part_of is not null;

-- Every act on a step, as it was done: started, scheduled, held, a priority reset, an outcome asked for, authorised,
-- returned or decided, ended, a case note linked (004 "Completing a C&F Assessment"). The step row above is where the
-- step stands now; these rows are how it got there, the evidence, each sealed on the child's chain and never changed.
create table pathway_step_entry (
    id                   uuid          primary key,
    child_id             uuid          not null references child (id),
    step_id              uuid          not null references pathway_step (id),
    act                  varchar(30)   not null check (act in ('STARTED', 'SCHEDULED', 'HELD', 'PRIORITY_CHANGED',
                             'OUTCOME_REQUESTED', 'OUTCOME_AUTHORISED', 'OUTCOME_RETURNED', 'DECIDED', 'ENDED',
                             'CASE_NOTE_LINKED')),
    facts                jsonb         not null,
    by_username          varchar(200)  not null,
    by_name              varchar(300)  not null,
    by_designation       varchar(200)  not null,
    at                   timestamptz   not null,
    chain_position       bigint        not null,
    chain_digest         bytea         not null,
    chain_seal           bytea         not null,
    chain_key_id         varchar(64)   not null
);
create unique index pathway_step_entry_chain on pathway_step_entry (child_id, chain_position);
-- A step's history a page at a time, newest first.
create index pathway_step_entry_page on pathway_step_entry (step_id, at desc, id desc);
-- A case note is linked to a step once.
create unique index pathway_step_entry_note_once on pathway_step_entry (step_id, (facts ->> 'noteId'))
    where act = 'CASE_NOTE_LINKED';

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
    -- The outcome's own facts as the worker sent them (a strategy discussion's further actions, an S47's method).
    details                   jsonb         not null default '{}',
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

-- Steps change only forward and are never deleted; their entries never change; outcome requests are decided once.
create function casework_pathway_step_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'pathway steps are never deleted';
    end if;
    if new.id <> old.id or new.child_id <> old.child_id or new.kind <> old.kind
            or new.start_date <> old.start_date or new.part_of is distinct from old.part_of
            or new.opened_from is distinct from old.opened_from or old.state = 'ENDED' then
        raise exception 'pathway step %: only its progress changes, and an ended step not at all', old.id;
    end if;
    return new;
end $$;
create trigger pathway_step_kept before update or delete on pathway_step
    for each row execute function casework_pathway_step_kept();

create function casework_pathway_step_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'pathway step entries are evidence: never changed or deleted';
end $$;
create trigger pathway_step_entry_append_only before update or delete on pathway_step_entry
    for each row execute function casework_pathway_step_entry_append_only();

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
grant update (state, priority_working_days, due_date, details, scheduled_for, chair, held_at, participants,
              non_compliance, outcome, completed_date, opens, closes_case, outcome_details, decided_at, end_date,
              end_reason, ended_by_step, version) on pathway_step to ${runtime_role};
grant select, insert on pathway_step_entry to ${runtime_role};
grant select, insert on pathway_outcome_request to ${runtime_role};
grant update (state, approval_request_id, decided_by, decided_by_name, decided_by_designation, decided_at,
              decision_comments) on pathway_outcome_request to ${runtime_role};
