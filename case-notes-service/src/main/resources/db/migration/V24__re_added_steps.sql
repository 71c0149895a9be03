-- A step re-added after a roll-back names the step it re-adds (000: documents "will need to be added to the file
-- again"), so that the step itself, its start event and anyone rebuilding the pathway from the topic see the link;
-- the RE_ADDED entry on its history keeps the same link with the roll-back that moved the original. Set once, at
-- insert: the runtime role's column grants on pathway_step do not include it.
alter table pathway_step add column re_added_from uuid references pathway_step (id);
