-- What the runtime role (${runtime_role}) may do (docs/security.md): plans and planned visits change as they are
-- rescheduled and completed; a recorded visit is what happened and is only ever added.
grant select, insert, update on child, visit_plan, planned_visit to ${runtime_role};
grant select, insert on recorded_visit to ${runtime_role};
