-- What the access policy (io.casework.backbone.access) reads in every service: the organisation model as
-- approvals-service publishes it, and the facts about each child that access depends on, as case-notes-service
-- publishes them. approvals-service and case-notes-service write their own rows here in the same transaction as the
-- change they own; the others apply the events. Rows change in place: these are projections, not evidence.

create table org_member (
    username      varchar(100) primary key,
    full_name     varchar(200) not null,
    post          varchar(30)  not null,
    team          varchar(60),
    service_area  varchar(60),
    supervisor    varchar(100),
    version       bigint       not null
);
create index org_member_supervisor on org_member (supervisor);

create table org_team (
    team          varchar(60)  primary key,
    name          varchar(200) not null,
    service_area  varchar(60)  not null,
    version       bigint       not null
);

create table access_child (
    child_id          uuid         primary key,
    team              varchar(60)  not null,
    allocated_worker  varchar(100) not null,
    iro               varchar(100),
    looked_after      boolean      not null,
    adoption_plan     boolean      not null default false,
    restriction       varchar(20)  not null default 'NONE' check (restriction in ('NONE', 'ADOPTION', 'RESTRICTED'))
);
create index access_child_team on access_child (team);
create index access_child_allocated on access_child (allocated_worker);

-- A member who leaves is removed from the projection: they see nothing from then on.
grant select, insert, update, delete on org_member to ${runtime_role};
grant select, insert, update on org_team, access_child to ${runtime_role};
