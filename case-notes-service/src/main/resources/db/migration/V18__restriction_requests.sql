-- Requests to restrict a child's record, or to lift its restriction (001 "Restricted Records": "Anyone in the
-- child's management line may ask ... a Head of Service decides"). Asked here, routed by approvals-service to the head
-- of service of the child's service area, decided there; an approval is applied to the record as the head of
-- service's own decision is (a RESTRICTION_CHANGED change in the record's chained history), a refusal is kept here.
create table child_restriction_request (
    id                        uuid          primary key,
    child_id                  uuid          not null references child (id),
    restriction               varchar(20)   not null check (restriction in ('NONE', 'ADOPTION', 'OTHER')),
    reasons                   text          not null,
    requested_by              varchar(200)  not null,
    requested_by_name         varchar(300)  not null,
    requested_by_designation  varchar(200)  not null,
    requested_by_team         varchar(100)  not null,
    requested_at              timestamptz   not null,
    state                     varchar(20)   not null check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    -- The decision (DOMAIN.md rule 20: who, when, the outcome and the reasons); all null while pending.
    approval_request_id       uuid          unique,
    decided_by                varchar(200),
    decided_by_name           varchar(300),
    decided_by_designation    varchar(200),
    decided_at                timestamptz,
    decision_comments         text,
    check ((state = 'PENDING') = (decided_at is null))
);
-- A child's requests a page at a time, newest first (docs/api-conventions.md).
create index child_restriction_request_page on child_restriction_request (child_id, requested_at desc, id desc);
-- One pending request per child at a time: a second would ask the head of service the same question twice.
create unique index child_restriction_request_one_pending on child_restriction_request (child_id)
    where state = 'PENDING';

-- A decision is final, and no request is ever deleted.
create function casework_restriction_request_decided_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'restriction requests are never deleted';
    end if;
    if old.state <> 'PENDING' then
        raise exception 'restriction request % was decided already (%)', old.id, old.state;
    end if;
    return new;
end $$;
create trigger child_restriction_request_decided_once before update or delete on child_restriction_request
    for each row execute function casework_restriction_request_decided_once();

-- The runtime role asks and records decisions; nothing else of a request ever changes.
grant select, insert on child_restriction_request to ${runtime_role};
grant update (state, approval_request_id, decided_by, decided_by_name, decided_by_designation, decided_at,
              decision_comments) on child_restriction_request to ${runtime_role};
