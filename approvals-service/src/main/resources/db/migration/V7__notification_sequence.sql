-- Each person's notifications are numbered 1, 2, 3... in the order they commit, so that a live stream that
-- reconnects with Last-Event-ID gets exactly what it missed, from any replica. InboxService.notify takes the next
-- number by updating the recipient's row here, which holds that row's lock until the transaction commits: a later
-- notification for the same person waits, so it commits, and is numbered, after the earlier one.
create table notification_sequence (
    recipient varchar(100) primary key,
    last      bigint       not null
);

alter table notification add column seq bigint;
update notification n set seq = numbered.seq
  from (select id, row_number() over (partition by recipient order by created_at, id) as seq from notification) numbered
 where n.id = numbered.id;
insert into notification_sequence (recipient, last) select recipient, max(seq) from notification group by recipient;
alter table notification alter column seq set not null;
create unique index notification_recipient_seq on notification (recipient, seq);

grant select, insert, update on notification_sequence to ${runtime_role};
