-- An operator's order to dead-letter one event that keeps failing for a reason only a person can judge
-- (scripts/dead-letter-order.sh). The consumer's retry loop looks here while the event fails; it marks the order
-- carried out and sends the record to the dead-letter topic with this reason.
create table dead_letter_order (
    event_id        uuid         primary key,
    reason          text         not null,
    ordered_by      varchar(200) not null,
    ordered_at      timestamptz  not null default now(),
    carried_out_at  timestamptz
);
