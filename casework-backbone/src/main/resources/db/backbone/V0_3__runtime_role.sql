-- The service connects as its runtime role (${runtime_role}), which owns nothing: this migration, run as the owner,
-- grants it only what the service does at run time (docs/security.md). No TRUNCATE, no DDL, no trigger control on
-- anything. The outbox is not evidence: its published rows are deleted once past retention, so it alone has DELETE.
-- Every later migration that creates a table grants on it here or in its own file.

-- PostgreSQL lets every role use the public schema; only the runtime role may, and only to use it, never to create.
revoke all on schema public from public;
grant usage on schema public to ${runtime_role};

grant select, insert, update, delete on outbox_event to ${runtime_role};
grant select, insert on processed_event to ${runtime_role};
grant select, insert, update on idempotency_key to ${runtime_role};
-- Orders are written by an operator (scripts/dead-letter-order.sh); the consumer marks them carried out.
grant select, update on dead_letter_order to ${runtime_role};
