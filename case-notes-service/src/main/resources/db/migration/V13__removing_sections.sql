-- Removing factually inaccurate personal information from a note's structured sections (002 s.5), one section at a
-- time: a statement, a parent's view, an information-sharing entry is personal information as much as the narrative
-- is, and every note written since V10 keeps its sections, its visit section among them, in the one `sections`
-- document. A removal that names a section takes its key out of that document (the jsonb less the key); the version
-- keeps its place and its seal (001 "Case Record Integrity"), and several removals may each take another section of
-- the same version. V12's rules stand for the text parts and for the visit section of a version saved before V10.

-- The digest of the version's sections as the removal left them, worked out by the service before it calls the
-- function below (only the service writes the sections in the form their seal covers: chain/RemovedContent). Sealed
-- with the removal, it vouches for the sections that remain, so the chain still catches any other change to them.
-- Null on a removal that took none of a version's sections, which is every removal made before this.
alter table information_removal add column sections_left_digest text
    check (sections_left_digest ~ '^[0-9a-f]{64}$');

-- The key each part that is a section is stored under in a version's sections; a text part has none. The service
-- names the same keys (chain/RemovedContent.sectionKey). The visit section of a version saved before V10 is not in
-- its sections (they are null) but in its own column, which V12's rule for VISIT still covers.
create function casework_removed_section_keys(parts text[]) returns text[] language sql immutable as $$
    select coalesce(array_agg(section.key order by section.key), '{}')
      from unnest(parts) as named (part)
      join (values ('VISIT', 'visit'), ('PARENTS_AND_CARERS', 'parentsAndCarers'), ('STATEMENTS', 'statements'),
                   ('INTERPRETER', 'interpreter'), ('CONTACT', 'contact'), ('KEEP_IN_TOUCH', 'keepInTouch'),
                   ('INFORMATION_SHARING', 'informationSharing'), ('WITHHELD', 'withheld'),
                   ('SIGNIFICANT_EVENT', 'significantEvent')) as section (part, key)
        on section.part = named.part
$$;

-- V12's exception to the version's append-only rule, with the sections: while casework_remove_information applies a
-- recorded removal, the version's sections may lose exactly the keys that removal names and nothing else (no other
-- key changed, added or dropped); the text parts and the legacy visit section as V12 allowed; every other column as
-- it was.
create or replace function casework_note_version_append_only() returns trigger language plpgsql as $$
declare
    marker   constant text := casework_removal_marker();
    applying text := current_setting('casework.information_removal', true);
    removal  information_removal%rowtype;
    content  constant text[] := array['title', 'narrative', 'childs_words', 'childs_words_how', 'visit', 'sections'];
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
                and casework_redacted_or_kept(removal.fields, 'VISIT', old.visit::text, new.visit::text, null)
                and new.sections is not distinct from
                    (old.sections - casework_removed_section_keys(removal.fields)) then
            return new;
        end if;
    end if;
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end $$;

-- The one way to remove information, as in V12, with the digest of the sections the removal leaves: stored with the
-- removal (the service sealed it), and required exactly when the removal takes any of the version's sections.
drop function casework_remove_information(uuid, uuid, uuid, integer, text[], text[], timestamptz, bigint, bytea,
    bytea, varchar);
create function casework_remove_information(
    p_id uuid, p_request_id uuid, p_note_id uuid, p_version integer, p_fields text[], p_original_digests text[],
    p_sections_left_digest text, p_removed_at timestamptz, p_chain_position bigint, p_chain_digest bytea,
    p_chain_seal bytea, p_chain_key_id varchar)
    returns void language plpgsql security definer set search_path = public, pg_temp as $$
declare
    marker   constant text := casework_removal_marker();
    keys     constant text[] := casework_removed_section_keys(p_fields);
    request  information_removal_request%rowtype;
    held     jsonb;
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
    select v.sections into held from case_note_version v where v.note_id = p_note_id and v.version = p_version;
    if (held is not null and cardinality(keys) > 0) is distinct from (p_sections_left_digest is not null) then
        raise exception 'a removal of a version''s sections, and no other, records the digest of the sections it leaves '
                        '(removal request %)', p_request_id;
    end if;
    if exists (select 1 from information_removal
                where note_id = p_note_id and note_version = p_version and fields && p_fields) then
        raise exception 'a part named by removal request % was removed already', p_request_id;
    end if;
    insert into information_removal (id, child_id, note_id, note_version, removal_request_id, fields, original_digests,
                                     sections_left_digest, information_kind, concerns, ground, requested_by,
                                     requested_by_name, requested_at, approval_request_id, decided_by, decided_by_name,
                                     decided_by_designation, decided_at, removed_at, chain_position, chain_digest,
                                     chain_seal, chain_key_id)
    values (p_id, request.child_id, p_note_id, p_version, p_request_id, p_fields, p_original_digests,
            p_sections_left_digest, request.information_kind, request.concerns, request.ground, request.requested_by,
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
           visit            = case when 'VISIT' = any(p_fields) then null else visit end,
           sections         = sections - keys
     where note_id = p_note_id and version = p_version;
    perform set_config('casework.information_removal', '', true);
end $$;

-- The runtime role (${runtime_role}) removes information only through the function above, as it did through V12's.
revoke all on function casework_remove_information(uuid, uuid, uuid, integer, text[], text[], text, timestamptz,
    bigint, bytea, bytea, varchar) from public;
grant execute on function casework_remove_information(uuid, uuid, uuid, integer, text[], text[], text, timestamptz,
    bigint, bytea, bytea, varchar) to ${runtime_role};
