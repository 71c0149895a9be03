-- Approval requests, their decisions, and the notification inbox.

create table approval_request (
    id                      uuid         primary key,
    kind                    varchar(60)  not null references decision_kind (kind),
    child_id                uuid         not null,
    subject_id              varchar(100) not null,   -- what is to be approved, e.g. the case note id
    subject_version         integer      not null,   -- a note returned and submitted again is a new request
    team                    varchar(60)  not null,
    requested_by            varchar(100) not null,
    requester_name          varchar(200) not null,
    assignee                varchar(100) not null,
    state                   varchar(20)  not null check (state in ('PENDING', 'APPROVED', 'RETURNED')),
    created_at              timestamptz  not null,
    due_by                  date,                    -- from the kind's timescale rule, when it has one
    -- The decision (DOMAIN rule 20: who, when, the outcome and the reasons); all null while pending.
    decided_by              varchar(100),
    decided_by_name         varchar(200),
    decided_by_designation  varchar(200),
    decided_at              timestamptz,
    comments                text,
    unique (kind, subject_id, subject_version),
    check ((state = 'PENDING') = (decided_at is null))
);
create index approval_request_assignee_pending on approval_request (assignee, created_at desc) where state = 'PENDING';
create index approval_request_child on approval_request (child_id);

create table notification (
    id          uuid         primary key,
    recipient   varchar(100) not null,
    type        varchar(40)  not null check (type in ('APPROVAL_REQUESTED', 'APPROVAL_DECIDED')),
    request_id  uuid         not null references approval_request (id),
    child_id    uuid         not null,
    message     varchar(500) not null,
    created_at  timestamptz  not null,
    read_at     timestamptz
);
create index notification_recipient_unread on notification (recipient, created_at desc) where read_at is null;
