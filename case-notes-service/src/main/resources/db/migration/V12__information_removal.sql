-- Removing factually inaccurate personal information from a finalised note (002 s.5 and the "Removal of Factually
-- Inaccurate Personal Information" guidance it names), on a manager's decision (DOMAIN.md rule 20). Information
-- entered is not deleted (001 "Case Record Integrity"): the named parts of one version are redacted in place, the
-- version keeps its place on the record and on the child's chain, and the removal itself is a sealed entry of that
-- chain, saying who asked, what kind of information went, when, and on whose decision.

-- A request for a removal: what it names and why, and once decided the decision. It changes once, from PENDING to
-- APPROVED or REJECTED; the decision itself is also a management entry on the record, the removal an entry of its own.
create table information_removal_request (
    id                        uuid          primary key,
    child_id                  uuid          not null references child (id),
    note_id                   uuid          not null,
    note_version              integer       not null,
    fields                    text[]        not null check (cardinality(fields) > 0),
    information_kind          varchar(40)   not null,
    concerns                  varchar(40)   not null,
    ground                    varchar(40)   not null,
    reason                    text          not null,
    why_amendment_not_enough  text          not null,
    later_entries_unaffected  text          not null,
    requested_by              varchar(200)  not null,
    requested_by_name         varchar(300)  not null,
    requested_by_designation  varchar(200)  not null,
    requested_by_team         varchar(100)  not null,
    requested_at              timestamptz   not null,
    state                     varchar(20)   not null check (state in ('PENDING', 'APPROVED', 'REJECTED')),
    -- The decision (DOMAIN.md rule 20: who, when, the outcome and the reasons); all null while pending.
    approval_request_id       uuid          unique,
    decided_by                varchar(200),
    decided_by_name           varchar(300),
    decided_by_designation    varchar(200),
    decided_at                timestamptz,
    decision_comments         text,
    foreign key (note_id, note_version) references case_note_version (note_id, version),
    check ((state = 'PENDING') = (decided_at is null))
);
-- A note's requests a page at a time, newest first (docs/api-conventions.md).
create index information_removal_request_note_page on information_removal_request (note_id, requested_at desc, id desc);

-- A decision is final, and no request is ever deleted.
create function casework_removal_request_decided_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'information removal requests are never deleted';
    end if;
    if old.state <> 'PENDING' then
        raise exception 'information removal request % was decided already (%)', old.id, old.state;
    end if;
    return new;
end $$;
create trigger information_removal_request_decided_once before update or delete on information_removal_request
    for each row execute function casework_removal_request_decided_once();

-- A removal made: which parts of which version, each part's digest before it was redacted (so that the version's seal
-- still verifies: chain/ChainDigest), what kind of information, who asked, on whose decision, and when. Append-only
-- and chained; written only by casework_remove_information below, in the same statement as the redaction.
create table information_removal (
    id                      uuid          primary key,
    child_id                uuid          not null references child (id),
    note_id                 uuid          not null,
    note_version            integer       not null,
    removal_request_id      uuid          not null unique references information_removal_request (id),
    fields                  text[]        not null,
    original_digests        text[]        not null,
    information_kind        varchar(40)   not null,
    concerns                varchar(40)   not null,
    ground                  varchar(40)   not null,
    requested_by            varchar(200)  not null,
    requested_by_name       varchar(300)  not null,
    requested_at            timestamptz   not null,
    approval_request_id     uuid          not null,
    decided_by              varchar(200)  not null,
    decided_by_name         varchar(300)  not null,
    decided_by_designation  varchar(200)  not null,
    decided_at              timestamptz   not null,
    removed_at              timestamptz   not null,
    chain_position          bigint        not null,
    chain_digest            bytea         not null,
    chain_seal              bytea         not null,
    chain_key_id            varchar(64)   not null,
    foreign key (note_id, note_version) references case_note_version (note_id, version),
    check (cardinality(fields) > 0 and cardinality(fields) = cardinality(original_digests))
);
create unique index information_removal_chain on information_removal (child_id, chain_position);
create index information_removal_version on information_removal (note_id, note_version);
create trigger information_removal_append_only before update or delete on information_removal
    for each row execute function casework_refuse_change();

-- What a removed text part holds in place of its content, in one place for the trigger and the function (the service
-- shows the same words: chain/RemovedContent.MARKER).
create function casework_removal_marker() returns text language sql immutable as $$
    select '[Removed: factually inaccurate personal information]'::text
$$;

-- Whether a column of a version was left as it was, or is one a removal named and now holds what a removal leaves.
create function casework_redacted_or_kept(named text[], field text, before text, after text, left_behind text)
    returns boolean language sql immutable as $$
    select after is not distinct from before or (field = any(named) and after is not distinct from left_behind)
$$;

-- What a note said at each version stays append-only, with one exception: while casework_remove_information applies
-- a recorded removal, it may put the marker in place of exactly the parts that removal names (the visit section, a
-- structured whole, becomes null); every other column must stay as it was. The function names the removal in a
-- transaction-local setting; nobody else sets it, and the setting alone allows nothing: the removal it names must be
-- recorded, for this version, and anyone who could record one behind the service's back could disable this trigger
-- anyway, where the chain catches them (the removal entry's seal needs a key the database never holds).
create function casework_note_version_append_only() returns trigger language plpgsql as $$
declare
    marker   constant text := casework_removal_marker();
    applying text := current_setting('casework.information_removal', true);
    removal  information_removal%rowtype;
    content  constant text[] := array['title', 'narrative', 'childs_words', 'childs_words_how', 'visit'];
begin
    if tg_op = 'UPDATE' and coalesce(applying, '') <> '' then
        select * into removal from information_removal where id = applying::uuid;
        if found and removal.note_id = old.note_id and removal.note_version = old.version
                and (to_jsonb(new) - content) = (to_jsonb(old) - content)
                and casework_redacted_or_kept(removal.fields, 'TITLE', old.title, new.title, marker)
                and casework_redacted_or_kept(removal.fields, 'NARRATIVE', old.narrative, new.narrative, marker)
                and casework_redacted_or_kept(removal.fields, 'CHILDS_WORDS', old.childs_words, new.childs_words,
                                              marker)
                and casework_redacted_or_kept(removal.fields, 'CHILDS_WORDS_HOW_OBTAINED', old.childs_words_how,
                                              new.childs_words_how, marker)
                and casework_redacted_or_kept(removal.fields, 'VISIT', old.visit::text, new.visit::text, null) then
            return new;
        end if;
    end if;
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end $$;
drop trigger case_note_version_append_only on case_note_version;
create trigger case_note_version_append_only before update or delete on case_note_version
    for each row execute function casework_note_version_append_only();

-- The one way to remove information: redacts exactly the parts of exactly the version that an approved request named,
-- and records the removal (sealed by the service, which holds the key) in the same call. Runs with its owner's rights
-- (the migration owner's) so that the runtime role, which may not update a version, can do this and nothing more.
create function casework_remove_information(
    p_id uuid, p_request_id uuid, p_note_id uuid, p_version integer, p_fields text[], p_original_digests text[],
    p_removed_at timestamptz, p_chain_position bigint, p_chain_digest bytea, p_chain_seal bytea,
    p_chain_key_id varchar)
    returns void language plpgsql security definer set search_path = public, pg_temp as $$
declare
    marker  constant text := casework_removal_marker();
    request information_removal_request%rowtype;
begin
    select * into request from information_removal_request where id = p_request_id for update;
    if not found then
        raise exception 'there is no information removal request %', p_request_id;
    end if;
    if request.note_id <> p_note_id or request.note_version <> p_version then
        raise exception 'the decision on removal request % named version % of note %, not version % of note %',
            p_request_id, request.note_version, request.note_id, p_version, p_note_id;
    end if;
    if (select array_agg(f order by f) from unnest(p_fields) f)
            is distinct from (select array_agg(f order by f) from unnest(request.fields) f) then
        raise exception 'the decision on removal request % named %, not %', p_request_id, request.fields, p_fields;
    end if;
    if request.state <> 'APPROVED' then
        raise exception 'removal request % is %: only an approved request is applied', p_request_id, request.state;
    end if;
    if cardinality(p_original_digests) <> cardinality(p_fields)
            or exists (select 1 from unnest(p_original_digests) d where d !~ '^[0-9a-f]{64}$') then
        raise exception 'each removed part needs the digest of its content before the removal';
    end if;
    if exists (select 1 from information_removal
                where note_id = p_note_id and note_version = p_version and fields && p_fields) then
        raise exception 'a part named by removal request % was removed already', p_request_id;
    end if;
    insert into information_removal (id, child_id, note_id, note_version, removal_request_id, fields, original_digests,
                                     information_kind, concerns, ground, requested_by, requested_by_name,
                                     requested_at, approval_request_id, decided_by, decided_by_name,
                                     decided_by_designation, decided_at, removed_at, chain_position, chain_digest,
                                     chain_seal, chain_key_id)
    values (p_id, request.child_id, p_note_id, p_version, p_request_id, p_fields, p_original_digests,
            request.information_kind, request.concerns, request.ground, request.requested_by,
            request.requested_by_name, request.requested_at, request.approval_request_id, request.decided_by,
            request.decided_by_name, request.decided_by_designation, request.decided_at, p_removed_at,
            p_chain_position, p_chain_digest, p_chain_seal, p_chain_key_id);
    perform set_config('casework.information_removal', p_id::text, true);
    update case_note_version
       set title            = case when 'TITLE' = any(p_fields) then marker else title end,
           narrative        = case when 'NARRATIVE' = any(p_fields) then marker else narrative end,
           childs_words     = case when 'CHILDS_WORDS' = any(p_fields) then marker else childs_words end,
           childs_words_how = case when 'CHILDS_WORDS_HOW_OBTAINED' = any(p_fields) then marker
                                   else childs_words_how end,
           visit            = case when 'VISIT' = any(p_fields) then null else visit end
     where note_id = p_note_id and version = p_version;
    perform set_config('casework.information_removal', '', true);
end $$;

-- The runtime role (${runtime_role}) asks for removals and records decisions on them (nothing else of a request ever
-- changes), reads removals, and removes information only through the function above.
grant select, insert on information_removal_request to ${runtime_role};
grant update (state, approval_request_id, decided_by, decided_by_name, decided_by_designation, decided_at,
              decision_comments) on information_removal_request to ${runtime_role};
grant select on information_removal to ${runtime_role};
revoke all on function casework_remove_information(uuid, uuid, uuid, integer, text[], text[], timestamptz, bigint,
    bytea, bytea, varchar) from public;
grant execute on function casework_remove_information(uuid, uuid, uuid, integer, text[], text[], timestamptz, bigint,
    bytea, bytea, varchar) to ${runtime_role};
