-- What the runtime role (${runtime_role}) may do (docs/security.md): a deadline is opened, met or missed in place.
grant select, insert, update on deadline to ${runtime_role};
