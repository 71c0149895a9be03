-- The event backbone's tables, the same in every service's own database (Flyway location db/backbone).

-- Transactional outbox: written in the same transaction as the state change it announces.
create table outbox_event (
    sequence      bigint generated always as identity primary key, -- publication order within this service
    event_id      uuid         not null unique,
    event_type    varchar(120) not null,
    topic         varchar(200) not null,
    record_key    varchar(200) not null,                          -- the child id: one child's events stay in order
    payload       text         not null,                          -- the whole envelope, already validated
    traceparent   varchar(60),
    created_at    timestamptz  not null,
    published_at  timestamptz
);
-- The relay only ever looks for what is not yet published, oldest first.
create index outbox_event_unpublished on outbox_event (sequence) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Idempotent consumers: one row per event applied, written in the effect's own transaction.
create table processed_event (
    event_id      uuid         primary key,
    event_type    varchar(120) not null,
    source        varchar(120) not null,
    processed_at  timestamptz  not null
);

-- Idempotency-Key: the first response to a creating request, replayed to any retry of it.
create table idempotency_key (
    principal        varchar(200) not null,
    idempotency_key  varchar(200) not null,
    request_hash     varchar(64)  not null,
    status           integer,
    location         text,
    body             text,
    created_at       timestamptz  not null,
    primary key (principal, idempotency_key)
);
