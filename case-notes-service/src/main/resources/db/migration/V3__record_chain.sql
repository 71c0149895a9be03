-- Each child's record is one chain (docs/security.md): every note version, management entry and access-log row carries
-- its position on the chain, the digest over its fields and the entry before it, and a seal (HMAC) over that digest
-- made with a key the database never holds. V4 chains the rows that exist already, then makes the columns required.

-- A version names its child directly, so that a child's chain is read from one index on each table. The append-only
-- trigger refuses UPDATE: this one-off fill sets it aside, as the owner, inside this migration's transaction.
alter table case_note_version add column child_id uuid references child (id);
alter table case_note_version disable trigger case_note_version_append_only;
update case_note_version v set child_id = n.child_id from case_note n where n.id = v.note_id;
alter table case_note_version enable trigger case_note_version_append_only;
alter table case_note_version alter column child_id set not null;

alter table case_note_version
    add column chain_position bigint,
    add column chain_digest   bytea,
    add column chain_seal     bytea,
    add column chain_key_id   varchar(64);
alter table management_entry
    add column chain_position bigint,
    add column chain_digest   bytea,
    add column chain_seal     bytea,
    add column chain_key_id   varchar(64);
alter table access_log_entry
    add column chain_position bigint,
    add column chain_digest   bytea,
    add column chain_seal     bytea,
    add column chain_key_id   varchar(64);

-- One position per child on each table; the head (below) keeps positions unique across the three.
create unique index case_note_version_chain on case_note_version (child_id, chain_position);
create unique index management_entry_chain on management_entry (child_id, chain_position);
create unique index access_log_entry_chain on access_log_entry (child_id, chain_position);

-- The last entry of each child's chain. A writer locks it to append, so one child's entries take positions one after
-- another; it is sealed too, so that entries taken off the end cannot be hidden by rewriting it. Not evidence itself:
-- the runtime role moves it forward.
create table record_chain_head (
    child_id        uuid         primary key,  -- no reference: the access log may name a child whose registration failed
    last_position   bigint       not null,
    last_digest     bytea        not null,
    head_seal       bytea        not null,
    key_id          varchar(64)  not null,
    updated_at      timestamptz  not null
);
grant select, insert, update on record_chain_head to ${runtime_role};
