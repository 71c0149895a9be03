-- A decision marks read the notifications that asked for it (InboxService.settle): found by request.
create index notification_request on notification (request_id, type) where read_at is null;
