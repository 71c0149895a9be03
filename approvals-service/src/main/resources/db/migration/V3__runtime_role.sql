-- What the runtime role (${runtime_role}) may do (docs/security.md): the organisation model, requests and their
-- decisions, and notifications change in place; nothing is ever deleted.
grant select, insert, update on service_area, team, decision_kind, approval_request, notification
    to ${runtime_role};
