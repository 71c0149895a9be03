-- A recorded visit is linked to the note that records it after it is first written (completed_visit_id), so the runtime
-- role updates it too. The visit's own account is the note on the child's record in case-notes-service, which is
-- append-only and chained (docs/security.md). Nothing here is ever deleted.
grant update on recorded_visit to ${runtime_role};
