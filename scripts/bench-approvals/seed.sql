-- Seeds approvals-service's database with a manager's full inbox for the inbox benchmark (scripts/bench-approvals.sh;
-- docs/measurements.md "Approvals: notification delay and inbox"). Run as a superuser with
-- psql -v requests=<n> -v manager=<username> -v worker=<username>. It writes what the service writes when a note is
-- submitted for oversight (ApprovalService.requestOversight): a PENDING approval_request of kind
-- STATUTORY_VISIT_OVERSIGHT routed to the manager, its first routing (approval_routing, OPENED), the manager's
-- APPROVAL_REQUESTED notification about it, numbered after their last (notification_sequence), and nothing else: no event is published, so no other service learns of
-- them. Every row it writes is marked, so that cleanup.sql removes exactly these:
--   requests:      ids a9950000-0000-4000-8000-000000000001 upwards (notification ids a9951000-..., the same
--                  numbers; each about a child of its own, a9952000-..., and a note, a9953000-...)
-- The requests are one a minute up to now, the oldest first, each by the worker of the manager's team, due a week
-- after it was asked, as ten thousand notes submitted over a week would leave them.
\set ON_ERROR_STOP on
begin;

create temporary table bench_request on commit drop as
select n,
       ('a9950000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid as id,
       ('a9951000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid as notification_id,
       ('a9952000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid as child_id,
       'a9953000-0000-4000-8000-' || lpad(to_hex(n), 12, '0') as note_id,
       now() - make_interval(mins => :requests - n) as created_at
from generate_series(1, :requests) n;

insert into approval_request (id, kind, child_id, subject_id, subject_version, team, requested_by, requester_name,
                              assignee, state, created_at, due_by)
select r.id, 'STATUTORY_VISIT_OVERSIGHT', r.child_id, r.note_id, 1, s.team, s.username, s.full_name, :'manager',
       'PENDING', r.created_at, (r.created_at + interval '7 days')::date
from bench_request r, staff_member s
where s.username = :'worker';

insert into approval_routing (id, request_id, from_assignee, to_assignee, reason, routed_at, routed_by)
select gen_random_uuid(), r.id, null, :'manager', 'OPENED', r.created_at, :'worker' from bench_request r;

-- Numbered after the manager's latest notification, as InboxService.notify numbers them. Their mail is marked as
-- never to be sent (BEFORE_MAIL, as for notifications from before mail existed): ten thousand seeded notices must
-- not become ten thousand mails.
insert into notification_sequence (recipient, last) values (:'manager', 0) on conflict (recipient) do nothing;
insert into notification (id, recipient, type, request_id, child_id, message, created_at, seq, mail_state)
select r.notification_id, :'manager', 'APPROVAL_REQUESTED', r.id, r.child_id,
       'Statutory visit oversight requested by ' || s.full_name || ', due by ' || (r.created_at + interval '7 days')::date,
       r.created_at, q.last + r.n, 'BEFORE_MAIL'
from bench_request r, staff_member s, notification_sequence q
where s.username = :'worker' and q.recipient = :'manager';
update notification_sequence set last = last + :requests where recipient = :'manager';

select count(*) as seeded from approval_request
where id between 'a9950000-0000-4000-8000-000000000000' and 'a9950000-0000-4000-8000-ffffffffffff';
commit;
