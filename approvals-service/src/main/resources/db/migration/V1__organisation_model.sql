-- The organisation model as data: who manages which team, and which decisions need whose approval.
-- Changing a manager or a service area is an update to these rows (PUT /organisation/teams/{team}), not a release.

-- A service area: a senior manager's group of teams, under a head of service.
create table service_area (
    id               varchar(60)  primary key,
    name             varchar(200) not null,
    head_of_service  varchar(100)                -- Keycloak username; null while the post is vacant
);

-- A team and its management line, first-line manager first. A vacant post is null: a request that would be routed
-- to it goes to the dead-letter topic with the reason, rather than to nobody.
create table team (
    id                varchar(60)  primary key,   -- the token's "team" claim
    name              varchar(200) not null,
    practice_manager  varchar(100),
    team_manager      varchar(100),
    senior_manager    varchar(100),
    service_area      varchar(60)  not null references service_area (id),
    updated_at        timestamptz  not null,
    updated_by        varchar(100) not null
);

-- The catalogue of decisions that need a manager's approval (DOMAIN rule 20), each with the seed it comes from.
create table decision_kind (
    kind             varchar(60)  primary key,
    decided_by       varchar(30)  not null check (decided_by in
                         ('PRACTICE_MANAGER', 'TEAM_MANAGER', 'SENIOR_MANAGER', 'HEAD_OF_SERVICE')),
    description      varchar(300) not null,
    source_document  varchar(10)  not null,       -- seed number, e.g. 004
    source_section   varchar(120) not null,
    source_quote     text         not null,
    reading          text,                        -- where the seed does not name the grade, the reading chosen
    timescale_rule   varchar(80)                  -- a casework-timescales rule id giving the decision's due date
);

-- Demo organisation, matching the demo users of the committed Keycloak realm.
insert into service_area (id, name, head_of_service) values
    ('service-area-1', 'Children''s social care, service area 1', 'head.of.service');

insert into team (id, name, practice_manager, team_manager, senior_manager, service_area, updated_at, updated_by) values
    ('north', 'North assessment and intervention team', 'north.pm', 'north.tm', 'senior.manager', 'service-area-1',
     timestamptz '2025-01-01 00:00:00+00', 'migration'),
    ('south', 'South assessment and intervention team', 'south.pm', 'south.tm', 'senior.manager', 'service-area-1',
     timestamptz '2025-01-01 00:00:00+00', 'migration');

insert into decision_kind (kind, decided_by, description, source_document, source_section, source_quote, reading,
                           timescale_rule) values
    ('STATUTORY_VISIT_OVERSIGHT', 'PRACTICE_MANAGER',
     'Managerial oversight and comments on a statutory visit case note before it is finalised',
     '004', 'Recording Statutory Visits',
     'Notify your PM so that managerial oversight and comments can be added', null, 'statutory-visit-oversight'),
    ('CASE_NOTE_OVERSIGHT', 'PRACTICE_MANAGER',
     'Management oversight of a case note submitted by its author',
     '002', '5. Who is Responsible for Recording, and by When',
     'The Team Manager should identify required action to address any shortcomings to the case worker in the Managers Decision note labelled “Management Oversight”',
     'Routed to the practice manager, the first-line manager; the team manager is above them on the line and may decide it too.',
     null),
    ('S47_OUTCOME', 'PRACTICE_MANAGER',
     'Reason for the decision and management oversight of the agreed outcome of S47 enquiries',
     '004', 'Recording Outcomes from S47 Enquiries',
     'Your manager will fill in Reason for the decision/ management oversight of agreed outcome',
     '"Your manager": the worker''s first-line manager, the practice manager.', null),
    ('STRATEGY_DISCUSSION_DECISION', 'PRACTICE_MANAGER',
     'Reasons for the decisions of a strategy discussion',
     '004', 'Strategy Discussions',
     'Your manager will fill in the Reason(s) for Decision(s)',
     '"Your manager": the worker''s first-line manager, the practice manager.', null),
    ('CF_OUTCOME', 'PRACTICE_MANAGER',
     'Authorisation of the outcome of a Child and Family Assessment',
     '004', 'Completing a C&F Assessment',
     'Check the correct Outcome has been selected before sending for authorisation (social workers) and before authorising (managers)',
     '"managers": the worker''s first-line manager, the practice manager.', null),
    ('CF_PRIORITY_CHANGE', 'PRACTICE_MANAGER',
     'Resetting the due date (priority) of a C&F assessment to 10, 30 or 45 working days',
     '004', 'Setting A Due Date (Priority) for New C&F',
     'If the due date needs changing, the Practice Manager needs to do the following', null, null),
    ('CASE_CLOSURE', 'PRACTICE_MANAGER',
     'Management oversight detailing why no further action or case closure is appropriate',
     '002', '12. Case Closures',
     'Management Oversight detailing the reasons No Further Action or case closure is appropriate must be documented on each child / young person''s record',
     '002 names no grade; the first-line manager, the practice manager.', null),
    ('RECORD_CORRECTION', 'TEAM_MANAGER',
     'Amending or correcting information by a new case note with the reason',
     '001', 'Case Record Integrity',
     'this must be done in a new Case Note and recorded by the Team Manager with the correct information and reason for case recording being amended',
     null, null),
    ('RECORD_OFF_SITE', 'PRACTICE_MANAGER',
     'Removing a record from its normal location, for how long and how it is kept secure',
     '002', '11. Removal of Records must be an Exceptional Occurrence and must be Monitored',
     'If it is necessary to remove a record from its normal location, a manager should approve this',
     '"a manager": the first-line manager, the practice manager.', null),
    ('ROLL_BACK', 'HEAD_OF_SERVICE',
     'Rolling a child''s record back to an earlier point in time',
     '000', 'Practice Guidance on EHM and LCS "Roll-Backs"',
     'these can now only be authorised by a Head of Service or higher', null, null),
    ('RISK_ALERT', 'HEAD_OF_SERVICE',
     'Recording a risk alert on the child''s record',
     '001', 'Risk Alerts',
     'only Heads of Service can make the decision for a risk alert to be recorded', null, null),
    ('RECORD_RESTRICTION', 'HEAD_OF_SERVICE',
     'Restricting access to a record',
     '001', 'Restricted Records',
     'The decision to restrict a record will be made by the relevant Head of Service', null, null);
