-- What the runtime role (${runtime_role}) may do to the child's record (docs/security.md). A note's current state and
-- a child's details change through the record's life; what a note said at each version, management entries and the
-- access log are append-only: the runtime role may add to them and read them, never change or remove them, and
-- cannot disable the triggers that refuse it (only the owner can, and the service never connects as the owner).
grant select, insert, update on child, case_note to ${runtime_role};
grant select, insert on case_note_version, management_entry, access_log_entry to ${runtime_role};
