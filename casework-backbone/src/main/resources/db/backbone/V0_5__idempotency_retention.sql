-- Stored responses to Idempotency-Key requests are removed once past retention (IdempotencyCleaner; 24 hours by
-- default): a retry comes within minutes, and a stored response is a copy of a child's data kept for nothing else.
grant delete on idempotency_key to ${runtime_role};
create index idempotency_key_created_at on idempotency_key (created_at);
