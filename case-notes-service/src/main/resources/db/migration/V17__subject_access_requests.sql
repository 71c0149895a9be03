-- Subject access requests (issue 12; 002 s.8, s.9; UK GDPR Art. 12(3), 15): a request for everything held about a
-- child, tracked from the day it was received to the day it is due, the manager's review of what is withheld, with a
-- decision and its reason for each item and the originators consulted, and then the export the requester is given.
-- Each step is also kept on the child's chained history (child_record_change, kinds SUBJECT_ACCESS_*), so that the
-- decisions are evidence like the rest of the record; these tables hold the request's current state for the screens.

create table subject_access_request (
    id                       uuid          primary key,
    child_id                 uuid          not null references child (id),
    requester_name           varchar(200)  not null,
    requester_relationship   varchar(40)   not null
        check (requester_relationship in ('CHILD', 'PARENT_WITH_PARENTAL_RESPONSIBILITY', 'REPRESENTATIVE')),
    identity_checked         varchar(500)  not null,
    received_on              date          not null,
    -- One month from receipt, rolled to a working day (casework-timescales SubjectAccessPeriod).
    due_on                   date          not null,
    -- Two further months for a complex request, decided within the first month, with the reason (Art. 12(3)).
    extended_due_on          date,
    extension_reason         varchar(500),
    extended_by              varchar(200),
    extended_at              timestamptz,
    state                    varchar(20)   not null check (state in ('IN_REVIEW', 'REVIEWED')),
    recorded_by              varchar(200)  not null,
    recorded_by_name         varchar(300)  not null,
    recorded_at              timestamptz   not null,
    review_completed_by      varchar(200),
    review_completed_by_name varchar(300),
    review_completed_at      timestamptz,
    version                  bigint        not null,
    check (received_on <= due_on),
    check ((extended_due_on is null) = (extension_reason is null)),
    check ((state = 'REVIEWED') = (review_completed_at is not null))
);
-- A child's requests a page at a time, the latest received first (docs/api-conventions.md).
create index subject_access_request_child_page on subject_access_request (child_id, received_on desc, id desc);

-- The manager's decision on one item of the record (a third-party statement, an entry of a note's withheld section,
-- or a whole note), the latest standing; each decision made is also in the chained history.
create table subject_access_decision (
    request_id               uuid          not null references subject_access_request (id),
    item_ref                 varchar(60)   not null,
    note_id                  uuid          not null references case_note (id),
    decision                 varchar(10)   not null check (decision in ('DISCLOSE', 'WITHHOLD')),
    category                 varchar(30)
        check (category in ('SERIOUS_HARM', 'GIVEN_IN_CONFIDENCE', 'THIRD_PARTY_OBJECTION', 'CRIME_PREVENTION',
                            'LEGAL_PRIVILEGE', 'OTHER_EXEMPTION')),
    reason                   varchar(500)  not null,
    no_consultation_reason   varchar(500),
    decided_by               varchar(200)  not null,
    decided_by_name          varchar(300)  not null,
    decided_at               timestamptz   not null,
    primary key (request_id, item_ref),
    check ((decision = 'WITHHOLD') = (category is not null))
);

-- An originator of third-party information consulted before it is shared (002 s.8: "take all reasonable steps to
-- consult the originator and take account of their views and wishes").
create table subject_access_consultation (
    id                       uuid          primary key,
    request_id               uuid          not null references subject_access_request (id),
    originator               varchar(500)  not null,
    asked_on                 date          not null,
    views                    varchar(2000),
    recorded_by              varchar(200)  not null,
    recorded_by_name         varchar(300)  not null,
    recorded_at              timestamptz   not null
);
create index subject_access_consultation_request on subject_access_consultation (request_id, recorded_at, id);

grant select, insert, update on subject_access_request, subject_access_decision to ${runtime_role};
grant select, insert on subject_access_consultation to ${runtime_role};
