-- Issue 16: visit frequencies from the authority's rule set, chosen by the child's circumstances (a placement, a
-- plan, a private fostering arrangement, a care leaver's eligibility); each visit's compliance facts by note version;
-- keep-in-touch contacts; visits a worker arranges ahead; a manager's frequency for one child; failed access.

-- What visits-service knows of the child beyond their plan: the date of birth (a KIT contact near a birthday goes on
-- the SSDA903 return, 004) and the legal status of their current looked-after episode (reg 28 differs at home on an
-- interim care order or a care order).
alter table child
    add column date_of_birth date,
    add column legal_status  varchar(10);

-- A plan is now one basis of visits: the registration's plan type as before, or a pathway step (a placement, a CP or
-- CIN plan, a private fostering arrangement, a leaving care eligibility). A new basis ends the one before it (a new
-- placement restarts the cycle, reg 28), so a child has one plan in force at a time; ended plans stay as history.
alter table visit_plan
    add column visit_kind      varchar(30),
    add column frequency_rule  varchar(100),
    add column basis_step_id   uuid,
    add column facts           jsonb not null default '{}'::jsonb,
    add column first_review_on date,
    add column ended_on        date;
alter table visit_plan alter column plan_type drop not null;
alter table visit_plan alter column frequency_working_days drop not null;
alter table visit_plan drop constraint visit_plan_one_per_plan_type;
update visit_plan set visit_kind = plan_type where plan_type in ('CP', 'CLA', 'CIN');
update visit_plan set visit_kind = 'CARE_LEAVER_KIT' where plan_type = 'CARE_LEAVER';
-- Plans made before: the frequency was the configured working days, now the rule set's local standard.
update visit_plan set frequency_rule = case visit_kind when 'CP' then 'cp-statutory-visit'
    when 'CLA' then 'cla-placement' when 'CIN' then 'cin-visit' else 'care-leaver-kit-contact' end;
alter table visit_plan alter column visit_kind set not null;
alter table visit_plan alter column frequency_rule set not null;
alter table visit_plan add constraint visit_plan_visit_kind_check
    check (visit_kind in ('CP', 'CLA', 'CIN', 'PRIVATE_FOSTERING', 'CARE_LEAVER_KIT'));
create unique index visit_plan_one_in_force on visit_plan (child_id) where ended_on is null;
create unique index visit_plan_basis_step on visit_plan (basis_step_id) where basis_step_id is not null;

-- Which frequency set each due date: the rule set's id, or manager-override.
alter table planned_visit add column frequency_rule varchar(100);
update planned_visit p set frequency_rule = v.frequency_rule from visit_plan v where v.plan_id = p.plan_id;

-- Each visit's compliance facts as its latest version says (003 s.5b, 002 s.6).
alter table recorded_visit
    add column statutory_visit       varchar(30),
    add column unborn                boolean not null default false,
    add column not_seen_alone_reason text,
    add column bedroom_seen          boolean,
    add column announced             boolean,
    add column start_time            time,
    add column duration_minutes      integer check (duration_minutes between 1 and 1440);

-- Every version of every visit as it was applied, and what it did to the schedule: a correction that moves the
-- schedule back is visible here. Only ever added to.
create table recorded_visit_version (
    note_id               uuid        not null references recorded_visit,
    note_version          integer     not null,
    visit_date            date        not null,
    child_seen            boolean     not null,
    seen_alone            boolean,
    statutory             boolean     not null,
    met_statutory_visit   boolean     not null,
    effect                varchar(30) not null check (effect in ('COMPLETED', 'RECOMPLETED', 'REOPENED',
                                                                  'NOT_COUNTED', 'UNCHANGED', 'LATER_VISIT_COUNTED')),
    applied_at            timestamptz not null,
    primary key (note_id, note_version)
);

-- A care leaver's keep-in-touch contacts (004 "Recording KIT Visits"), as their latest version says, with the
-- birthday that puts one on the SSDA903 return.
create table kit_contact (
    note_id         uuid         primary key references recorded_visit,
    child_id        uuid         not null references child,
    contact_date    date         not null,
    note_version    integer      not null,
    in_touch        boolean      not null,
    main_activity   varchar(60)  not null,
    accommodation   varchar(500) not null,
    ssda903_birthday integer     check (ssda903_birthday between 17 and 21),
    recorded_at     timestamptz  not null
);
create index kit_contact_child_date on kit_contact (child_id, contact_date desc);

-- Visits a worker arranges ahead, to see against the due dates.
create table visit_appointment (
    appointment_id uuid         primary key,
    child_id       uuid         not null references child,
    visit_date     date         not null,
    announced      boolean      not null,
    arranged_by    varchar(200) not null,
    arranged_at    timestamptz  not null,
    cancelled_at   timestamptz,
    cancelled_by   varchar(200)
);
create index visit_appointment_child_date on visit_appointment (child_id, visit_date);

-- A manager's frequency for one child (the plan sets it for a child in need), each setting a row of its own: the
-- latest is in force; one with no interval goes back to the rule set's.
create table visit_frequency_setting (
    setting_id   uuid         primary key,
    child_id     uuid         not null references child,
    every_amount integer      check (every_amount >= 1),
    every_unit   varchar(20)  check (every_unit in ('WORKING_DAYS', 'CALENDAR_DAYS', 'WEEKS', 'MONTHS')),
    reason       varchar(2000) not null,
    set_by       varchar(200) not null,
    set_at       timestamptz  not null,
    check ((every_amount is null) = (every_unit is null))
);
create index visit_frequency_setting_child on visit_frequency_setting (child_id, set_at desc);

-- A spell of failed access (004 "Failed visits"): from the first visit that did not see the child until one that
-- did, with the day each step of the ladder was announced.
create table failed_access (
    failed_access_id uuid        primary key,
    child_id         uuid        not null references child,
    failed_since     date        not null,
    last_failed_on   date        not null,
    failed_visits    integer     not null check (failed_visits >= 1),
    practice_manager_told_at timestamptz,
    team_manager_told_at     timestamptz,
    senior_manager_told_at   timestamptz,
    ended_on         date,
    ended_by_note    uuid,
    opened_at        timestamptz not null
);
create unique index failed_access_one_open on failed_access (child_id) where ended_on is null;
create index failed_access_open on failed_access (failed_since) where ended_on is null;

grant select, insert on recorded_visit_version, visit_frequency_setting to ${runtime_role};
grant select, insert, update on kit_contact, visit_appointment, failed_access to ${runtime_role};
