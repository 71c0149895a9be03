-- Risk alerts on a child's record (001 "Risk Alerts"): a warning about the characteristics, behaviour or
-- circumstances of a child or adult that might give rise to a risk of harm to staff or others. Asked for here,
-- routed by approvals-service to the head of service of the child's service area ("only Heads of Service can make the
-- decision for a risk alert to be recorded"), applied here when the decision comes back; reviewed by a head of
-- service "within six months of being recorded and at least six monthly thereafter". An alert is never deleted: an
-- ended one stays ENDED, a refused one REFUSED, an overdue one ACTIVE and says so.
create table risk_alert (
    id                        uuid          primary key,
    child_id                  uuid          not null references child (id),
    type                      varchar(40)   not null check (type in ('DANGEROUS_PET', 'PERSON_KNOWN_TO_BE_VIOLENT',
                                  'NEED_TO_PROTECT_INFORMATION', 'ALLEGATION', 'OFFENCE', 'RISK_TO_CHILDREN', 'MAPPA')),
    -- "the date the risk alert started or was first known about"
    started_on                date          not null,
    description               text          not null,
    -- "should refer to a specific dated case record(s) or document(s)": at least one, each the child's.
    note_ids                  uuid[]        not null,
    document_ids              uuid[]        not null,
    requested_by              varchar(200)  not null,
    requested_by_name         varchar(300)  not null,
    requested_by_designation  varchar(200)  not null,
    requested_by_team         varchar(100)  not null,
    requested_at              timestamptz   not null,
    state                     varchar(20)   not null check (state in ('PENDING', 'ACTIVE', 'REFUSED', 'ENDED')),
    -- The head of service's decision (DOMAIN.md rule 20: who, when, the outcome and the reasons); null while pending.
    approval_request_id       uuid          unique,
    decided_by                varchar(200),
    decided_by_name           varchar(300),
    decided_by_designation    varchar(200),
    decided_at                timestamptz,
    decision_comments         text,
    -- The last day on which the next review is in time; set while ACTIVE, kept as it was once ENDED.
    review_due                date,
    -- The latest review, by a head of service.
    reviewed_by               varchar(200),
    reviewed_by_name          varchar(300),
    reviewed_at               timestamptz,
    review_reasons            text,
    ended_at                  timestamptz,
    -- The due date whose breach was announced (risk-alert-review-overdue), so that it is announced once.
    overdue_announced_for     date,
    version                   bigint        not null,
    -- Active alerts first in a child's list, then the others (generated, so that one index serves the page).
    listing_rank              smallint      generated always as (case when state = 'ACTIVE' then 0 else 1 end) stored,
    check (cardinality(note_ids) + cardinality(document_ids) > 0),
    check ((state = 'PENDING') = (decided_at is null)),
    check (state not in ('ACTIVE', 'ENDED') or review_due is not null),
    check ((state = 'ENDED') = (ended_at is not null))
);
-- A child's alerts a page at a time: active first, then newest first (docs/api-conventions.md).
create index risk_alert_page on risk_alert (child_id, listing_rank, requested_at desc, id desc);
-- The overdue check reads active alerts by due date.
create index risk_alert_review_due on risk_alert (review_due) where state = 'ACTIVE';

-- Every act on an alert, as it was done: requested, approved, refused, reviewed (continued or ended). The alert row is
-- where it stands now; these rows are how it got there, each sealed on the child's chain and never changed.
create table risk_alert_entry (
    id                   uuid          primary key,
    child_id             uuid          not null references child (id),
    alert_id             uuid          not null references risk_alert (id),
    act                  varchar(30)   not null check (act in ('REQUESTED', 'APPROVED', 'REFUSED', 'CONTINUED',
                             'ENDED')),
    facts                jsonb         not null,
    by_username          varchar(200)  not null,
    by_name              varchar(300)  not null,
    by_designation       varchar(200)  not null,
    at                   timestamptz   not null,
    chain_position       bigint        not null,
    chain_digest         bytea         not null,
    chain_seal           bytea         not null,
    chain_key_id         varchar(64)   not null
);
create unique index risk_alert_entry_chain on risk_alert_entry (child_id, chain_position);
create index risk_alert_entry_of_alert on risk_alert_entry (alert_id, at);

-- An alert is never deleted, and moves only forward: PENDING to ACTIVE or REFUSED, ACTIVE to ACTIVE (reviewed,
-- or its overdue review announced) or ENDED. What was asked never changes.
create function casework_risk_alert_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'risk alerts are never deleted';
    end if;
    if new.id <> old.id or new.child_id <> old.child_id or new.type <> old.type
            or new.started_on <> old.started_on or new.description <> old.description
            or new.note_ids <> old.note_ids or new.document_ids <> old.document_ids
            or new.requested_at <> old.requested_at or new.requested_by <> old.requested_by then
        raise exception 'risk alert % keeps what was asked', old.id;
    end if;
    if not ((old.state = 'PENDING' and new.state in ('ACTIVE', 'REFUSED'))
            or (old.state = 'ACTIVE' and new.state in ('ACTIVE', 'ENDED'))) then
        raise exception 'risk alert % cannot go from % to %', old.id, old.state, new.state;
    end if;
    return new;
end $$;
create trigger risk_alert_kept before update or delete on risk_alert
    for each row execute function casework_risk_alert_kept();

create function casework_risk_alert_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'risk alert entries are evidence: never changed or deleted';
end $$;
create trigger risk_alert_entry_append_only before update or delete on risk_alert_entry
    for each row execute function casework_risk_alert_entry_append_only();

grant select, insert on risk_alert to ${runtime_role};
grant update (state, approval_request_id, decided_by, decided_by_name, decided_by_designation, decided_at,
              decision_comments, review_due, reviewed_by, reviewed_by_name, reviewed_at, review_reasons, ended_at,
              overdue_announced_for, version) on risk_alert to ${runtime_role};
grant select, insert on risk_alert_entry to ${runtime_role};
