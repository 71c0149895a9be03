-- Issue 11: case notes of every type the seeds name, with the event's time, structured sections, a late mark that
-- says by which rule and rule data it was judged, management entries, family notes, amendments and disputes.

-- The event's time of day (a local time in England), beside its date (002 s.5); null on notes written before.
alter table case_note add column event_time time;
-- The recording timescale a note was judged by, when it was due, and how late it was first recorded (002 s.5).
alter table case_note add column recording_rule_id varchar(100);
alter table case_note add column rules_version varchar(40);
alter table case_note add column recording_due_date date;
alter table case_note add column recording_due_at timestamptz;
alter table case_note add column working_days_late integer;
-- A manager's entry, by its type (001 "highlighted in green"); no note written before was one.
alter table case_note add column management_entry boolean not null default false;
-- Whether the current version records a significant event (003 s.6b), for the list's filter.
alter table case_note add column significant boolean not null default false;
-- The notes written at once for several children of one family (001 "Relevance", 003 s.4).
alter table case_note add column family_group_id uuid;
-- An amendment's or a dispute's entry (001 "Case Record Integrity", 002 s.5). The entry itself never changes: the
-- link is on the new note, so that a final note stays exactly as it was.
alter table case_note add column corrects_note_id uuid references case_note (id);

-- A version's structured sections, one document sealed with it on the child's chain. Versions saved before keep
-- their visit section alone in the visit column, in the shape they were sealed in.
alter table case_note_version add column sections jsonb;

-- The list's filters, each served in the list's own order (docs/api-conventions.md "Lists are paged").
create index case_note_child_type_page on case_note (child_id, note_type, event_date desc, written_at desc, id desc);
create index case_note_child_author_page
    on case_note (child_id, author_username, event_date desc, written_at desc, id desc);
create index case_note_child_status_page on case_note (child_id, status, event_date desc, written_at desc, id desc);
create index case_note_child_significant_page on case_note (child_id, event_date desc, written_at desc, id desc)
    where significant;
create index case_note_child_management_page on case_note (child_id, event_date desc, written_at desc, id desc)
    where management_entry;
create index case_note_family_group on case_note (family_group_id) where family_group_id is not null;
-- Reading an entry shows the amendments and disputes that name it.
create index case_note_corrects on case_note (corrects_note_id) where corrects_note_id is not null;
