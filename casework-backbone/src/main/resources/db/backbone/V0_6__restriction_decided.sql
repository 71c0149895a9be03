-- A head of service restricts a child's record or lifts the restriction (001 "Restricted Records", DOMAIN.md rule 9):
-- case-notes-service announces each decision with the record's version, which is kept here so that an older
-- announcement arriving late cannot undo a newer one. "Any other restricted record" is called OTHER, as the API and
-- the events name it; nothing was restricted before this change.
alter table access_child drop constraint access_child_restriction_check;
update access_child set restriction = 'OTHER' where restriction = 'RESTRICTED';
alter table access_child add constraint access_child_restriction_check
    check (restriction in ('NONE', 'ADOPTION', 'OTHER'));
alter table access_child add column restriction_version bigint not null default 0;
