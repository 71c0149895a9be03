-- Issue 17: how a request travels and how its decision is marked.
--
-- The catalogue of decisions is data in the authority's rule set (casework-timescales, approvalTypes), composed per
-- authority like the timescales: the copy these migrations wrote is dropped, so that there is one place for it. A
-- request keeps the kind's id, as before.
alter table approval_request drop constraint approval_request_kind_fkey;
drop table decision_kind;
--
-- Each routing of a request is kept: the first, and every re-routing after it (a leaver's or mover's requests go up
-- the line, a breached deadline escalates to the next manager, a restricted record sends it to someone on its list),
-- with who it left, who it reached, why and when. The history is append-only: the service inserts, never updates.
create table approval_routing (
    id            uuid         primary key,
    request_id    uuid         not null references approval_request (id),
    from_assignee varchar(100),                     -- null for the first routing
    to_assignee   varchar(100) not null,
    reason        varchar(30)  not null check (reason in
                      ('OPENED', 'RECORD_RESTRICTED', 'LEFT_THE_LINE', 'LEFT', 'MOVED_TEAM', 'DEADLINE_BREACHED')),
    routed_at     timestamptz  not null,
    routed_by     varchar(100) not null             -- who made the change that moved it, or 'system'
);
create index approval_routing_request on approval_routing (request_id, routed_at);

-- Every request already open was routed once, when it was opened.
insert into approval_routing (id, request_id, from_assignee, to_assignee, reason, routed_at, routed_by)
select gen_random_uuid(), id, null, assignee, 'OPENED', created_at, 'migration' from approval_request;

-- A decision made after the request's due date is recorded all the same and marked late (issue 17: a late oversight
-- is recorded, not shut out as LCS does); a breached deadline escalates the request and says when.
alter table approval_request
    add column late         boolean      not null default false,
    add column escalated_at timestamptz,
    -- the absent approver the decider acted for under a delegation; null when they decided in their own right
    add column acting_for   varchar(100),
    -- a decision a manager recorded within their own authority, without a request (004: a practice manager
    -- resetting a C&F's priority); requester and decider are then the same person
    add column direct       boolean      not null default false,
    -- what a request asked through the API carries, by the catalogue's field names (a record taken off site: what,
    -- why, where to, how it is kept secure, the agreed return date); null for requests an owning service sent
    add column details      jsonb,
    -- a record taken off site is back (002 s.11: "The manager must then ensure the record is returned")
    add column returned_at  timestamptz,
    add column returned_by  varchar(100);

-- Acting up and delegation during absence: explicit, time-bound and recorded (issue 17). While it runs, the delegate
-- may decide what is routed to the delegator, in the delegator's name as well as their own. Never deleted; ending one
-- early sets ended_at.
create table delegation (
    id           uuid         primary key,
    delegator    varchar(100) not null,
    delegate     varchar(100) not null,
    starts_at    timestamptz  not null,
    ends_at      timestamptz  not null,
    reason       varchar(500) not null,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null,
    ended_at     timestamptz,
    ended_by     varchar(100),
    check (delegator <> delegate),
    check (ends_at > starts_at),
    check ((ended_at is null) = (ended_by is null))
);
create index delegation_delegator on delegation (delegator, ends_at);
create index delegation_delegate on delegation (delegate, ends_at);

-- A notification is unread, read, or acted on (issue 17): a decided request's notices are acted on, not only read.
alter table notification add column acted_at timestamptz;
update notification n set acted_at = r.decided_at
from approval_request r
where n.request_id = r.id and n.type = 'APPROVAL_REQUESTED' and r.decided_at is not null;
create index notification_recipient_created on notification (recipient, created_at, id);

-- The manager's dashboard counts what waits per team.
create index approval_request_team_pending on approval_request (team, assignee) where state = 'PENDING';

-- The runtime role appends routings and records delegations; only ending a delegation updates it.
grant select, insert on approval_routing to ${runtime_role};
grant select, insert, update on delegation to ${runtime_role};
