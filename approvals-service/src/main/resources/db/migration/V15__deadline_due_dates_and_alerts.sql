-- Issue 15: deadlines-service computes every due date of a decision and finds every breach; this service learns them
-- from its events instead of counting them a second time.

-- 1. The due dates deadlines-service announced (casework.deadlines.deadline-opened, -extended), by the rule and the
-- subject they are for: a request is due when the deadline of its subject under its kind's rule is due, whichever of
-- the request and the deadline arrives first.
create table known_deadline (
    deadline_id uuid         primary key,
    rule_id     varchar(100) not null,
    subject_id  varchar(100) not null,
    due_date    date         not null,
    updated_at  timestamptz  not null
);
create index known_deadline_of_subject on known_deadline (rule_id, subject_id);

-- 2. Alerts of a breached deadline and of each escalation step, in the inbox and live stream of whom the rule names,
-- the same kind of item as an alert of a refused attempt on a restricted record: about a deadline, not a request.
-- One per breach and one per step (the unique index), however often the event is announced.
alter table notification drop constraint notification_type_check;
alter table notification
    add constraint notification_type_check
        check (type in ('APPROVAL_REQUESTED', 'APPROVAL_DECIDED', 'RESTRICTED_ACCESS_REFUSED', 'DEADLINE_BREACHED',
                        'DEADLINE_ESCALATED')),
    add column deadline_id       uuid,
    add column deadline_rule_id  varchar(100),
    add column deadline_due_date date,
    add column escalation_step   integer,   -- 0 for the breach itself, 1, 2... for each step
    add constraint notification_about_a_deadline
        check ((type in ('DEADLINE_BREACHED', 'DEADLINE_ESCALATED')) = (deadline_id is not null and request_id is null
            and deadline_rule_id is not null and deadline_due_date is not null and escalation_step is not null));
create unique index notification_one_per_deadline_step on notification (deadline_id, escalation_step)
    where deadline_id is not null;

grant select, insert, update on known_deadline to ${runtime_role};
