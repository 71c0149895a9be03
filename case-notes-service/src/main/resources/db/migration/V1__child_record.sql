-- The child's record: one per child from referral to closure (001 "The Basic Record", 002 s.6).
create table child (
    id                    uuid primary key,
    given_name            varchar(200) not null,
    family_name           varchar(200) not null,
    date_of_birth         date,
    unborn                boolean      not null default false,
    expected_date_of_birth date,
    gender                varchar(100) not null,
    ethnicity             varchar(200) not null,
    religion              varchar(200) not null,
    authority             varchar(100) not null,
    team                  varchar(100) not null,
    allocated_worker      varchar(200) not null,
    plan_type             varchar(20)  not null,
    plan_start_date       date         not null,
    registered_at         timestamptz  not null,
    registered_by         varchar(200) not null,
    constraint child_born_or_unborn check (unborn or date_of_birth is not null)
);
create index child_team on child (team);
create index child_allocated_worker on child (allocated_worker);

-- A case note: its current state; what it said at each version is in case_note_version.
create table case_note (
    id                  uuid primary key,
    child_id            uuid         not null references child (id),
    note_type           varchar(30)  not null,
    status              varchar(20)  not null,
    current_version     integer      not null,
    event_date          date         not null,   -- when it happened, not when it was written (002 s.5)
    author_username     varchar(200) not null,
    author_name         varchar(300) not null,
    author_designation  varchar(200) not null,
    author_team         varchar(100) not null,
    written_at          timestamptz  not null,
    submitted_at        timestamptz,
    finalised_at        timestamptz,
    late                boolean      not null default false
);
create index case_note_child on case_note (child_id, event_date desc);

-- Every version of every note, append-only: a return to draft adds a version, it never overwrites one.
create table case_note_version (
    note_id           uuid         not null references case_note (id),
    version           integer      not null,
    title             varchar(300) not null,
    narrative         text         not null,
    childs_words      text,
    childs_words_how  text,
    visit             jsonb,
    return_comments   text,
    saved_at          timestamptz  not null,
    saved_by          varchar(200) not null,
    primary key (note_id, version)
);

-- Management entries: decisions and oversight on the child's record, linked to what they oversee (001, 003 s.5i).
create table management_entry (
    id                    uuid primary key,
    child_id              uuid         not null references child (id),
    note_id               uuid         references case_note (id),
    kind                  varchar(60)  not null,
    outcome               varchar(30)  not null,
    comments              text         not null,
    manager_username      varchar(200) not null,
    manager_name          varchar(300) not null,
    manager_designation   varchar(200) not null,
    decided_at            timestamptz  not null,
    recorded_at           timestamptz  not null,
    approval_request_id   uuid
);
create index management_entry_note on management_entry (note_id);

-- Every access to a child's record, allowed or refused, with name, job title and purpose (002 s.5).
create table access_log_entry (
    id            bigint generated always as identity primary key,
    child_id      uuid         not null,
    username      varchar(200) not null,
    full_name     varchar(300) not null,
    designation   varchar(200) not null,
    team          varchar(100) not null,
    action        varchar(120) not null,
    purpose       text,
    outcome       varchar(30)  not null,
    basis         text         not null,
    at            timestamptz  not null
);
create index access_log_child on access_log_entry (child_id, at desc);

-- Nothing finalised is ever changed or lost, whatever code or hand runs against this database.
create function casework_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end $$;

create trigger case_note_version_append_only before update or delete on case_note_version
    for each row execute function casework_refuse_change();
create trigger management_entry_append_only before update or delete on management_entry
    for each row execute function casework_refuse_change();
create trigger access_log_append_only before update or delete on access_log_entry
    for each row execute function casework_refuse_change();

create function casework_protect_final_note() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'case notes are never deleted';
    end if;
    if old.status = 'FINAL' then
        raise exception 'case note % is final and cannot change', old.id;
    end if;
    return new;
end $$;

create trigger case_note_final_is_final before update or delete on case_note
    for each row execute function casework_protect_final_note();
