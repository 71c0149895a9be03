-- What the runtime role (${runtime_role}) may do (docs/security.md): plans, planned visits and recorded visits change as
-- visits are rescheduled, completed and linked to the note that records them; nothing is ever deleted. The visit's
-- own account is the note on the child's record in case-notes-service, which is append-only and chained.
grant select, insert, update on child, visit_plan, planned_visit, recorded_visit to ${runtime_role};
