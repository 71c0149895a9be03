-- Documents on a child's record (issue "Documents"): letters, court orders, signed decisions, reports, minutes and
-- photos, attached to the child's record or to one of its notes. This table holds what is known about each document,
-- never its content: the bytes are in the document store (docs/operations.md "Documents"), named by storage_key, so
-- that the database stays small. The store is written before the row: a blob with no row (its transaction failed)
-- is harmless and can be swept; a row with no blob cannot happen.
--
-- A document is evidence as received: finalised on upload, append-only and sealed on the child's chain like a note
-- version, its SHA-256 among the sealed fields, so that the chain's verification proves what the stored bytes were.
-- A new version is a new document that names the one it replaces (supersedes); only the newest of a line of versions
-- can be replaced (the unique index), and the one replaced stays on the record and on the chain.
create table document (
    id                   uuid          primary key,
    child_id             uuid          not null references child (id),
    note_id              uuid          references case_note (id),
    document_type        varchar(40)   not null,
    title                varchar(200)  not null,
    direction            varchar(20)   not null check (direction in ('SENT', 'RECEIVED', 'INTERNAL')),
    dated                date          not null,
    file_name            varchar(255)  not null,
    media_type           varchar(100)  not null,
    size_bytes           bigint        not null check (size_bytes > 0),
    sha256               varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key          varchar(300)  not null,
    supersedes           uuid          references document (id),
    added_by             varchar(200)  not null,
    added_by_name        varchar(300)  not null,
    added_by_designation varchar(200)  not null,
    added_at             timestamptz   not null,
    chain_position       bigint        not null,
    chain_digest         bytea         not null,
    chain_seal           bytea         not null,
    chain_key_id         varchar(64)   not null
);
create unique index document_chain on document (child_id, chain_position);
-- One newer version per document: two writers superseding the same version at once meet here, and one is refused.
create unique index document_superseded_once on document (supersedes) where supersedes is not null;
-- A child's documents a page at a time, newest first, and a note's (docs/api-conventions.md).
create index document_child_page on document (child_id, added_at desc, id desc);
create index document_note_page on document (note_id, added_at desc, id desc) where note_id is not null;

create trigger document_append_only before update or delete on document
    for each row execute function casework_refuse_change();

-- The runtime role (${runtime_role}) adds documents and reads them, never changes or removes one.
grant select, insert on document to ${runtime_role};
