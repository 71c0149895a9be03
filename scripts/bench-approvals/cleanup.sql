-- Removes exactly what seed.sql wrote (its header says how each row is marked). Safe to run twice. The manager's
-- notification_sequence stays where the seed moved it: a number once issued is never issued again, so that no live
-- stream that saw it is confused by a reused one.
\set ON_ERROR_STOP on
begin;
delete from notification
where request_id between 'a9950000-0000-4000-8000-000000000000' and 'a9950000-0000-4000-8000-ffffffffffff';
delete from approval_routing
where request_id between 'a9950000-0000-4000-8000-000000000000' and 'a9950000-0000-4000-8000-ffffffffffff';
delete from approval_request
where id between 'a9950000-0000-4000-8000-000000000000' and 'a9950000-0000-4000-8000-ffffffffffff';
commit;
