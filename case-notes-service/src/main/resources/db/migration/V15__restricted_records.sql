-- A child's record restricted by the head of service of its service area, or not (001 "Restricted Records",
-- DOMAIN.md rule 9). Who decided, when and why is the record's history (child_record_change, kind
-- RESTRICTION_CHANGED); the access policy reads the restriction from access_child, kept in the same transaction.
alter table child add column restriction varchar(20) not null default 'NONE'
    check (restriction in ('NONE', 'ADOPTION', 'OTHER'));
