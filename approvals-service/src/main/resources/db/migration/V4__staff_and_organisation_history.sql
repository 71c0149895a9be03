-- The organisation model in full (issue "one organisation model"): every member of staff with their post, team or
-- service area and supervisor; versions of teams and members that every other service's read model follows; and
-- the history of every change, who made it and when. Members who leave are kept, marked left, never deleted.

alter table service_area add column version bigint not null default 1;
alter table service_area add column updated_at timestamptz not null default timestamptz '2025-01-01 00:00:00+00';
alter table service_area add column updated_by varchar(100) not null default 'migration';

alter table team add column version bigint not null default 1;
-- The version last published as an event: the service publishes whatever is behind at start (the demo rows
-- below, rows of an upgrade), and every change in the same transaction as the change itself.
alter table team add column published_version bigint not null default 0;

create table staff_member (
    username           varchar(100) primary key,   -- the Keycloak username; the token proves who, this says what
    full_name          varchar(200) not null,
    post               varchar(30)  not null check (post in ('SOCIAL_WORKER', 'SENIOR_PRACTITIONER',
                           'PRACTICE_MANAGER', 'TEAM_MANAGER', 'SENIOR_MANAGER', 'HEAD_OF_SERVICE', 'IRO',
                           'ADOPTION_TEAM_MANAGER')),
    team               varchar(60)  references team (id),
    service_area       varchar(60)  references service_area (id),
    supervisor         varchar(100) references staff_member (username),
    left_at            timestamptz,
    version            bigint       not null,
    published_version  bigint       not null default 0,
    updated_at         timestamptz  not null,
    updated_by         varchar(100) not null,
    -- A team post has a team (and the team's area); an area post an area and no team; IROs and the adoption team
    -- manager work across the authority.
    check ((post in ('SOCIAL_WORKER', 'SENIOR_PRACTITIONER', 'PRACTICE_MANAGER', 'TEAM_MANAGER'))
           = (team is not null)),
    check ((post in ('IRO', 'ADOPTION_TEAM_MANAGER')) = (service_area is null))
);
create index staff_member_team on staff_member (team) where left_at is null;
create index staff_member_supervisor on staff_member (supervisor) where left_at is null;

-- Every change to the model, in order: what it was after the change (the whole subject, as JSON), who and when.
create table organisation_change (
    id            bigserial    primary key,
    subject_kind  varchar(20)  not null check (subject_kind in ('SERVICE_AREA', 'TEAM', 'STAFF_MEMBER')),
    subject_id    varchar(100) not null,
    version       bigint       not null,
    change        varchar(40)  not null,
    after         jsonb        not null,
    changed_by    varchar(100) not null,
    changed_at    timestamptz  not null,
    unique (subject_kind, subject_id, version)
);
create index organisation_change_subject on organisation_change (subject_kind, subject_id, version);

grant select, insert, update on staff_member to ${runtime_role};
grant select, insert on organisation_change to ${runtime_role};
grant usage on sequence organisation_change_id_seq to ${runtime_role};

-- The demo organisation: two service areas, each with its own senior manager, head of service and teams; IROs and
-- the adoption team manager across both. It matches the committed Keycloak realm (a test checks they agree).
update service_area set name = 'North and South service area' where id = 'service-area-1';
insert into service_area (id, name, head_of_service) values ('service-area-2', 'East service area', 'east.hos');
insert into team (id, name, practice_manager, team_manager, senior_manager, service_area, updated_at, updated_by)
values ('east', 'East assessment and intervention team', 'east.pm', 'east.tm', 'east.sm', 'service-area-2',
        timestamptz '2025-01-01 00:00:00+00', 'migration');

insert into staff_member (username, full_name, post, team, service_area, supervisor, version, updated_at, updated_by)
select username, full_name, post, team, service_area, null, 1, timestamptz '2025-01-01 00:00:00+00', 'migration'
from (values
    ('head.of.service', 'Margaret Osborne',    'HEAD_OF_SERVICE',       null,    'service-area-1'),
    ('senior.manager',  'Richard Ellis',  'SENIOR_MANAGER',        null,    'service-area-1'),
    ('north.tm',        'Helen Carter',    'TEAM_MANAGER',          'north', 'service-area-1'),
    ('north.pm',        'Daniel Walsh',    'PRACTICE_MANAGER',      'north', 'service-area-1'),
    ('north.sp',        'Priya Sharma',    'SENIOR_PRACTITIONER',   'north', 'service-area-1'),
    ('north.sw1',       'Amelia Hughes',   'SOCIAL_WORKER',         'north', 'service-area-1'),
    ('north.sw2',       'Oliver Bennett',  'SOCIAL_WORKER',         'north', 'service-area-1'),
    ('south.tm',        'Claire Dawson',   'TEAM_MANAGER',          'south', 'service-area-1'),
    ('south.pm',        'Marcus Reid',     'PRACTICE_MANAGER',      'south', 'service-area-1'),
    ('south.sw1',       'Jessica Turner',  'SOCIAL_WORKER',         'south', 'service-area-1'),
    ('east.hos',        'Nadia Rahman',   'HEAD_OF_SERVICE',       null,    'service-area-2'),
    ('east.sm',         'Fiona Murray',    'SENIOR_MANAGER',        null,    'service-area-2'),
    ('east.tm',         'Grace Lewis',     'TEAM_MANAGER',          'east',  'service-area-2'),
    ('east.pm',         'Thomas Wright',   'PRACTICE_MANAGER',      'east',  'service-area-2'),
    ('east.sw1',        'Chloe Adams',     'SOCIAL_WORKER',         'east',  'service-area-2'),
    ('iro.one',         'Samuel Okafor',   'IRO',                   null,    null),
    ('iro.two',         'Michael Doyle',   'IRO',                   null,    null),
    ('adoption.tm',     'Fiona Grant',   'ADOPTION_TEAM_MANAGER', null,    null)
) as demo (username, full_name, post, team, service_area);

-- Who supervises whom: each worker by a senior practitioner or their practice manager, each manager by the next.
update staff_member s set supervisor = demo.supervisor
from (values
    ('senior.manager', 'head.of.service'), ('north.tm', 'senior.manager'), ('south.tm', 'senior.manager'),
    ('north.pm', 'north.tm'), ('north.sp', 'north.pm'), ('north.sw1', 'north.sp'), ('north.sw2', 'north.pm'),
    ('south.pm', 'south.tm'), ('south.sw1', 'south.pm'),
    ('east.sm', 'east.hos'), ('east.tm', 'east.sm'), ('east.pm', 'east.tm'), ('east.sw1', 'east.pm')
) as demo (username, supervisor)
where s.username = demo.username;

insert into organisation_change (subject_kind, subject_id, version, change, after, changed_by, changed_at)
select 'STAFF_MEMBER', username, 1, 'JOINED',
       jsonb_build_object('username', username, 'fullName', full_name, 'post', post, 'team', team,
                          'serviceArea', service_area, 'supervisor', supervisor),
       'migration', timestamptz '2025-01-01 00:00:00+00'
from staff_member;
insert into organisation_change (subject_kind, subject_id, version, change, after, changed_by, changed_at)
select 'TEAM', id, 1, 'CREATED',
       jsonb_build_object('team', id, 'name', name, 'serviceArea', service_area, 'practiceManager', practice_manager,
                          'teamManager', team_manager, 'seniorManager', senior_manager),
       'migration', timestamptz '2025-01-01 00:00:00+00'
from team;
insert into organisation_change (subject_kind, subject_id, version, change, after, changed_by, changed_at)
select 'SERVICE_AREA', id, 1, 'CREATED',
       jsonb_build_object('serviceArea', id, 'name', name, 'headOfService', head_of_service),
       'migration', timestamptz '2025-01-01 00:00:00+00'
from service_area;
