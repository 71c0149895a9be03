-- The child's basic record in full (001 "The Basic Record", 002 s.6), and every change to it kept (002 s.5).
--
-- The record as it stands is one row of child, so that reading it costs one lookup however long its history; the
-- lists (identifiers, addresses, household, significant people, schools) are JSON on that row, read and replaced
-- whole with the record. What it was before each change is in child_record_change: append-only, each row on the
-- child's record chain, with who, when, why and each field as it was and as it became.

alter table child
    add column middle_names       varchar(200),
    add column preferred_name     varchar(200),
    add column language           varchar(200),
    add column interpreter_needed boolean,
    add column immigration_status varchar(200),
    add column nationality        varchar(200),
    add column disabled           boolean,
    add column disability_details varchar(500),
    add column identifiers        jsonb not null default '[]',
    add column addresses          jsonb not null default '[]',
    add column household          jsonb not null default '[]',
    add column significant_people jsonb not null default '[]',
    add column schools            jsonb not null default '[]',
    -- Every word of every name, and how each sounds, space-separated with a space at each end: what the caseload's
    -- name search matches. V9 fills them in for the children opened before, in the form the service writes.
    add column search_names       varchar(2000) not null default ' ',
    add column search_sounds      varchar(1000) not null default ' ';

-- The duplicate check on registration looks children up by date of birth, or expected date of birth.
create index child_date_of_birth on child (date_of_birth);
create index child_expected_date_of_birth on child (expected_date_of_birth);

-- Every change to a child's own record: opened, details changed, born, allocated, transferred, IRO assigned.
create table child_record_change (
    id                      bigint generated always as identity primary key,
    child_id                uuid         not null references child (id),
    kind                    varchar(30)  not null,
    record_version          bigint,       -- null only for allocations from before versions were kept (V9)
    changed_by              varchar(100) not null,
    changed_by_name         varchar(300), -- as they were then; null only for allocations from before (V9)
    changed_by_designation  varchar(200),
    changed_by_team         varchar(100),
    changed_at              timestamptz  not null,
    reason                  text,
    changes                 jsonb        not null,
    chain_position          bigint       not null,
    chain_digest            bytea        not null,
    chain_seal              bytea        not null,
    chain_key_id            varchar(64)  not null
);
create unique index child_record_change_chain on child_record_change (child_id, chain_position);
-- The histories list the newest change first, a page at a time (docs/api-conventions.md).
create index child_record_change_page on child_record_change (child_id, changed_at desc, id desc);

create trigger child_record_change_append_only before update or delete on child_record_change
    for each row execute function casework_refuse_change();

grant select, insert on child_record_change to ${runtime_role};
