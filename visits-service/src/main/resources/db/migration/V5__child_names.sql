-- A child's given and family names apart, as case-notes-service now announces them (child-registered,
-- child-details-changed, child-born), so that a worktray can show and sort them as a front-end needs; and the version
-- of the child's record they come from, so that a redelivered older announcement cannot put back an old name.
alter table child
    add column given_name    varchar(200),
    add column family_name   varchar(200),
    add column names_version bigint not null default 0;

-- Children announced before the names came apart: the display name was "<given> <family>", so the family name is
-- its last word. A name of several words may be split wrongly; the record's next change announces it rightly.
update child
   set given_name  = coalesce(nullif(regexp_replace(display_name, '\s+\S+$', ''), display_name), display_name),
       family_name = case when display_name ~ '\s' then regexp_replace(display_name, '^.*\s', '') else '' end;
alter table child alter column given_name set not null, alter column family_name set not null;
