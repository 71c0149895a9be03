-- Roll-backs without loss (000 "Practice Guidance on EHM and LCS Roll-Backs"). A worker asks on the form of 000, the
-- line manager comments, and the head of service of the child's service area decides in approvals-service. Unlike
-- the roll-backs 000 describes, an approved one deletes nothing and pauses nothing: it is one ordinary transaction
-- on one child's record that marks the pathway steps started after the chosen date (and their entries) as moved out
-- of the current record by this roll-back. The append-only tables stay as they are; the marks are kept here.
create table roll_back_request (
    id                        uuid          primary key,
    child_id                  uuid          not null references child (id),
    -- The form's header, as the record and the organisation had them when the request was made.
    case_number               varchar(100)  not null,
    child_name                varchar(300)  not null,
    allocated_worker          varchar(200),
    team                      varchar(100)  not null,
    service_area              varchar(100),
    date_of_request           date          not null,
    reason                    text          not null,
    -- What is to be rolled back: the date the record goes back to, and each step started after it with its kind
    -- (the event) and date, as the record had them when the request was made ([{stepId, kind, startDate}]).
    roll_back_to              date          not null,
    steps                     jsonb         not null,
    impact                    text          not null,
    requested_by              varchar(200)  not null,
    requested_by_name         varchar(300)  not null,
    requested_by_designation  varchar(200)  not null,
    requested_by_team         varchar(100)  not null,
    requested_at              timestamptz   not null,
    state                     varchar(20)   not null check (state in ('AWAITING_MANAGER', 'PENDING', 'APPROVED',
                                  'REFUSED')),
    -- The line manager's comments (000: "Manager Comments"); sent to the head of service with them.
    manager                   varchar(200),
    manager_name              varchar(300),
    manager_designation       varchar(200),
    manager_comments          text,
    commented_at              timestamptz,
    check ((state = 'AWAITING_MANAGER') = (commented_at is null)),
    check ((commented_at is null) = (manager is null) and (manager is null) = (manager_comments is null)),
    -- The head of service's decision (000: "Head of Service Comments", "Date of Decision"; DOMAIN.md rule 20).
    approval_request_id       uuid          unique,
    decided_by                varchar(200),
    decided_by_name           varchar(300),
    decided_by_designation    varchar(200),
    decided_at                timestamptz,
    decision_comments         text,
    check ((state in ('APPROVED', 'REFUSED')) = (decided_at is not null)),
    -- The roll-back an approval made: the id its moved items are marked with.
    roll_back_id              uuid          unique,
    check ((state = 'APPROVED') = (roll_back_id is not null))
);
create index roll_back_request_page on roll_back_request (child_id, requested_at desc, id desc);
-- One request per child waits at a time: a second would roll back what the first is about.
create unique index roll_back_request_one_waiting on roll_back_request (child_id)
    where state in ('AWAITING_MANAGER', 'PENDING');

create function casework_roll_back_request_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'roll-back requests are never deleted';
    end if;
    if old.state in ('APPROVED', 'REFUSED') then
        raise exception 'roll-back request % was decided already (%)', old.id, old.state;
    end if;
    return new;
end $$;
create trigger roll_back_request_kept before update or delete on roll_back_request
    for each row execute function casework_roll_back_request_kept();

-- What a roll-back moved out of the current record: a pathway step or one of its entries, marked with the roll-back
-- that moved it. Nothing is deleted: the row itself is still held (subject access includes it), and the worker can
-- re-add it, which writes a new step carrying its content and a link to it (re_added_as).
create table rolled_back_item (
    roll_back_id  uuid          not null references roll_back_request (roll_back_id),
    child_id      uuid          not null references child (id),
    kind          varchar(20)   not null check (kind in ('PATHWAY_STEP', 'PATHWAY_STEP_ENTRY')),
    item_id       uuid          not null,
    -- For an entry, the step it belongs to; for a step, null.
    step_id       uuid          references pathway_step (id),
    check ((kind = 'PATHWAY_STEP_ENTRY') = (step_id is not null)),
    re_added_as   uuid          references pathway_step (id),
    re_added_by   varchar(200),
    re_added_at   timestamptz,
    check ((re_added_as is null) = (re_added_at is null) and (re_added_at is null) = (re_added_by is null)),
    check (re_added_as is null or kind = 'PATHWAY_STEP'),
    primary key (roll_back_id, kind, item_id)
);
-- An item leaves the current record once; the current view asks "is this step moved?" by the item's id.
create unique index rolled_back_item_once on rolled_back_item (kind, item_id);
create index rolled_back_item_child on rolled_back_item (child_id);

-- Marks are never removed, and a re-add is recorded once.
create function casework_rolled_back_item_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'rolled-back items are never unmarked';
    end if;
    if old.re_added_as is not null or new.roll_back_id <> old.roll_back_id or new.kind <> old.kind
            or new.item_id <> old.item_id then
        raise exception 'rolled-back item %: only its re-add is recorded, once', old.item_id;
    end if;
    return new;
end $$;
create trigger rolled_back_item_kept before update or delete on rolled_back_item
    for each row execute function casework_rolled_back_item_kept();

grant select, insert on roll_back_request to ${runtime_role};
grant update (state, manager, manager_name, manager_designation, manager_comments, commented_at,
              approval_request_id, decided_by, decided_by_name, decided_by_designation, decided_at,
              decision_comments, roll_back_id) on roll_back_request to ${runtime_role};
grant select, insert on rolled_back_item to ${runtime_role};
grant update (re_added_as, re_added_by, re_added_at) on rolled_back_item to ${runtime_role};

-- A re-added step's first entry links it to the step a roll-back moved out (RE_ADDED); its other entries are copies
-- of the original's, each with a link to the entry it copies.
alter table pathway_step_entry drop constraint pathway_step_entry_act_check;
alter table pathway_step_entry add constraint pathway_step_entry_act_check
    check (act in ('STARTED', 'SCHEDULED', 'HELD', 'PRIORITY_CHANGED', 'OUTCOME_REQUESTED', 'OUTCOME_AUTHORISED',
                   'OUTCOME_RETURNED', 'DECIDED', 'ENDED', 'CASE_NOTE_LINKED', 'RE_ADDED'));
