-- 004 "Failed visits": each step of a spell of failed access that visits-service escalates (casework.visits.
-- failed-access-escalated) is one notification to the holder of the step's post in the child's team: the practice
-- manager, the team manager, or the senior manager of the team's service area. About a spell of failed access, not a
-- request. One per spell and step (the unique index), however often it is announced. When the failed access ends, its
-- notifications are marked read, as a decided request's are: they ask nothing more of anyone.
alter table notification drop constraint notification_type_check;
alter table notification
    add constraint notification_type_check
        check (type in ('APPROVAL_REQUESTED', 'APPROVAL_DECIDED', 'RESTRICTED_ACCESS_REFUSED', 'DEADLINE_BREACHED',
                        'DEADLINE_ESCALATED', 'FAILED_ACCESS_ESCALATED')),
    add column failed_access_id    uuid,         -- the spell: the note of its first failed visit
    add column failed_access_step  varchar(20),  -- PRACTICE_MANAGER, TEAM_MANAGER or SENIOR_MANAGER
    add column failed_since        date,         -- the day of the spell's first failed visit
    add column failed_visits       integer,      -- how many of its visits had failed when the step was escalated
    add column alert_by            date,         -- the last working day by which the manager must have been told
    add constraint notification_about_failed_access
        check ((type = 'FAILED_ACCESS_ESCALATED') = (failed_access_id is not null and request_id is null
            and failed_access_step is not null and failed_since is not null and failed_visits is not null
            and alert_by is not null));
create unique index notification_one_per_failed_access_step on notification (failed_access_id, failed_access_step)
    where failed_access_id is not null;
