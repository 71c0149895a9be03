-- Lists come a page at a time in a stable order (docs/api-conventions.md); each order has the index that serves it,
-- so that a page costs the same on a child with sixteen thousand notes as on one with ten.
create index case_note_child_page on case_note (child_id, event_date desc, written_at desc, id desc);
drop index case_note_child;
create index access_log_child_page on access_log_entry (child_id, at desc, id desc);
drop index access_log_child;
create index child_registered on child (registered_at desc, id desc);
