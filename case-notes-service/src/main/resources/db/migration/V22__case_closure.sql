-- Closing a child's case (002 s.12 "Case Closures"; DOMAIN.md rule 11): the eight steps as a checklist, the worker's
-- steps recorded one by one, the practice manager's oversight (step 3) decided in approvals-service and applied here.
-- The closure row is where the closure stands; its entries are how it got there, each sealed on the child's chain.
create table case_closure (
    id                        uuid          primary key,
    child_id                  uuid          not null references child (id),
    -- The child's team when the closure started: whose practice manager decides.
    team                      varchar(100)  not null,
    reason                    varchar(40)   not null check (reason in ('NO_FURTHER_ACTION_ON_REFERRAL',
                                  'ASSESSMENT_COMPLETED_NO_PLAN', 'CHILD_IN_NEED_PLAN_ENDED',
                                  'CHILD_PROTECTION_PLAN_ENDED', 'SUPERVISION_ORDER_ENDED',
                                  'SPECIAL_GUARDIANSHIP_ORDER_MADE', 'LEAVING_CARE_SUPPORT_ENDED',
                                  'MOVED_OUT_OF_AREA', 'OTHER')),
    reason_details            text          not null,
    -- 002 s.12: "Where there is to be no further action, feedback should be provided to referrers about the decision
    -- and the reasons for making it".
    referrer_feedback         text,
    check (reason <> 'NO_FURTHER_ACTION_ON_REFERRAL' or referrer_feedback is not null),
    state                     varchar(30)   not null check (state in ('OPEN', 'AWAITING_OVERSIGHT', 'CLOSED',
                                  'RETURNED')),
    started_by                varchar(200)  not null,
    started_by_name           varchar(300)  not null,
    started_by_designation    varchar(200)  not null,
    started_at                timestamptz   not null,
    submitted_at              timestamptz,
    -- The manager's oversight (DOMAIN.md rule 20: who, when, the outcome and the reasons); null until decided.
    approval_request_id       uuid          unique,
    decided_by                varchar(200),
    decided_by_name           varchar(300),
    decided_by_designation    varchar(200),
    decided_at                timestamptz,
    decision_comments         text,
    -- The management entry on the record that holds the reasons for closure (002 s.12 step 3).
    management_entry_id       uuid          references management_entry (id),
    closed_on                 date,
    check ((state in ('CLOSED', 'RETURNED')) = (decided_at is not null)),
    check ((state = 'CLOSED') = (closed_on is not null)),
    version                   bigint        not null default 0
);
create index case_closure_page on case_closure (child_id, started_at desc, id desc);
-- One closure of a child is worked through at a time.
create unique index case_closure_one_going on case_closure (child_id) where state in ('OPEN', 'AWAITING_OVERSIGHT');

-- The checklist: a row per step done, with who did it and when, and for the steps that are entries on the record
-- (the closing summary, the chronology entry of the decision) the case note that is that entry.
create table case_closure_step (
    closure_id                uuid          not null references case_closure (id),
    step                      varchar(40)   not null check (step in ('CLOSING_SUMMARY', 'CHRONOLOGY_DECISION',
                                  'MANAGEMENT_OVERSIGHT', 'CHILD_AND_FAMILY_INFORMED', 'ORGANISATIONS_INFORMED',
                                  'MOVE_ACROSS_BOUNDARIES_CHECKED', 'WORKBOOK_EPISODE_ENDED', 'INVOLVEMENT_ENDED')),
    note_id                   uuid          references case_note (id),
    check ((step in ('CLOSING_SUMMARY', 'CHRONOLOGY_DECISION')) = (note_id is not null)),
    details                   text,
    done_by                   varchar(200)  not null,
    done_by_name              varchar(300)  not null,
    done_by_designation       varchar(200)  not null,
    done_at                   timestamptz   not null,
    primary key (closure_id, step)
);

-- Every act on a closure as it was done, sealed on the child's chain and never changed.
create table case_closure_entry (
    id                   uuid          primary key,
    child_id             uuid          not null references child (id),
    closure_id           uuid          not null references case_closure (id),
    act                  varchar(30)   not null check (act in ('STARTED', 'STEP_DONE', 'SUBMITTED', 'APPROVED',
                             'RETURNED', 'FEEDBACK_RECORDED')),
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
create unique index case_closure_entry_chain on case_closure_entry (child_id, chain_position);
create index case_closure_entry_page on case_closure_entry (closure_id, at desc, id desc);

create function casework_case_closure_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'case closures are never deleted';
    end if;
    if old.state in ('CLOSED', 'RETURNED') then
        raise exception 'case closure % was decided already (%)', old.id, old.state;
    end if;
    return new;
end $$;
create trigger case_closure_kept before update or delete on case_closure
    for each row execute function casework_case_closure_kept();

create function casework_case_closure_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case closure steps and entries are evidence: never changed or deleted';
end $$;
create trigger case_closure_step_append_only before update or delete on case_closure_step
    for each row execute function casework_case_closure_append_only();
create trigger case_closure_entry_append_only before update or delete on case_closure_entry
    for each row execute function casework_case_closure_append_only();

grant select, insert on case_closure to ${runtime_role};
grant update (state, submitted_at, approval_request_id, decided_by, decided_by_name, decided_by_designation,
              decided_at, decision_comments, management_entry_id, closed_on, version) on case_closure to ${runtime_role};
grant select, insert on case_closure_step to ${runtime_role};
grant select, insert on case_closure_entry to ${runtime_role};
