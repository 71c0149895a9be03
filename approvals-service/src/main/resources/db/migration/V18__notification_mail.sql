-- Issue 17: approval staff get an e-mail for each inbox notification. The mail is never sent from the transaction that
-- raises the notification (a rollback would have sent it anyway): the notification is written with its mail PENDING,
-- and MailRelay sends it afterwards, claiming a batch with FOR UPDATE SKIP LOCKED so that replicas share the work.
-- A crash or restart loses nothing: what was not marked SENT is sent by a later run (at least once).
--
-- mail_state:    PENDING      waits for the relay, from mail_due_at
--                SENT         sent, at mailed_at
--                NO_ADDRESS   the recipient has no e-mail address in the organisation model (or has left): not retried
--                EXPIRED      still unsent after casework.approvals.mail.relay.max-age (mail off, the server away
--                             that long): a mail days late helps nobody, and the inbox has it
--                BEFORE_MAIL  raised before this migration: the inbox had it long before there was mail
-- mail_due_at:   while PENDING, when the relay may next take it: its creation, the end of a replica's claim on it
--                (a replica that crashed mid-send lets it go then), or the next try after a failed one
-- mail_attempts: sends tried so far, failed ones included
alter table notification
    add column mail_state    varchar(20) not null default 'BEFORE_MAIL'
        constraint notification_mail_state_check
            check (mail_state in ('PENDING', 'SENT', 'NO_ADDRESS', 'EXPIRED', 'BEFORE_MAIL')),
    add column mail_due_at   timestamptz,
    add column mail_attempts integer     not null default 0,
    add column mailed_at     timestamptz,
    add constraint notification_mail_due check ((mail_state = 'PENDING') = (mail_due_at is not null)),
    add constraint notification_mailed check ((mail_state = 'SENT') = (mailed_at is not null));
-- Every notification from now on says its own state (PENDING, as Notification writes it).
alter table notification alter column mail_state drop default;
-- The relay's look-up: the few still waiting, in the order they are due; the sent many are not in it.
create index notification_mail_pending on notification (mail_due_at) where mail_state = 'PENDING';

-- Where a member of staff gets mail: optional (someone without an address gets none), as the API validates it.
alter table staff_member add column email varchar(254);

-- The demo organisation's addresses: the demo Keycloak realm's (infra/keycloak/casework-realm.json), user by user.
update staff_member s set email = demo.email
from (values
    ('head.of.service', 'margaret.osborne@casework.example'),
    ('senior.manager',  'richard.ellis@casework.example'),
    ('north.tm',        'helen.carter@casework.example'),
    ('north.pm',        'daniel.walsh@casework.example'),
    ('north.sp',        'priya.sharma@casework.example'),
    ('north.sw1',       'amelia.hughes@casework.example'),
    ('north.sw2',       'oliver.bennett@casework.example'),
    ('south.tm',        'claire.dawson@casework.example'),
    ('south.pm',        'marcus.reid@casework.example'),
    ('south.sw1',       'jessica.turner@casework.example'),
    ('east.hos',        'nadia.rahman@casework.example'),
    ('east.sm',         'fiona.murray@casework.example'),
    ('east.tm',         'grace.lewis@casework.example'),
    ('east.pm',         'thomas.wright@casework.example'),
    ('east.sw1',        'chloe.adams@casework.example'),
    ('iro.one',         'samuel.okafor@casework.example'),
    ('iro.two',         'michael.doyle@casework.example'),
    ('adoption.tm',     'fiona.grant@casework.example')
) as demo (username, email)
where s.username = demo.username;
