-- Restricted records (001 "Restricted Records"; DOMAIN.md rule 9; ACCESS-RULES.md "Restricted child").

-- 1. A request from the child's management line to restrict the record, or lift its restriction, is decided by the
-- head of service of the child's service area (001: "The decision to restrict a record will be made by the relevant
-- Head of Service"). case-notes-service asks (restriction-requested); this service routes and records the decision;
-- case-notes-service applies an approval. Reasons are required whichever way it goes: a restriction closes the
-- record to colleagues, a refusal leaves it open to them, and both must say why.
insert into decision_kind (kind, decided_by, description, source_document, source_section, source_quote, reading,
                           timescale_rule, reasons_required) values
    ('RESTRICT_RECORD', 'HEAD_OF_SERVICE',
     'Restricting a child''s record (an adoption record, or any other sensitive record), or lifting its restriction',
     '001', 'Restricted Records',
     'The decision to restrict a record will be made by the relevant Head of Service',
     'Routed to the head of service of the child''s service area, the top of the team''s management line. The decider sees the request''s fields, never the record, which may be closed to them. Reasons are required whether it is approved or refused.',
     null, true);

-- What the decider sees of a restriction request: the restriction asked for and the requester's reasons. Null for
-- every other kind of request.
alter table approval_request
    add column restriction_requested varchar(20) check (restriction_requested in ('NONE', 'ADOPTION', 'OTHER')),
    add column restriction_reasons   text,
    add constraint approval_request_restriction_named
        check ((kind = 'RESTRICT_RECORD') = (restriction_requested is not null and restriction_reasons is not null));

-- 2. An alert in the inbox of the manager for the area when someone off a restricted record's list was refused it
-- (ACCESS-RULES.md "Restricted child": "the attempt reaches the manager for the area"). It is about an attempt, not
-- a request: it names the attempt and who made it, and no request. The same inbox, list and live stream carry it, as
-- they will carry deadline breaches and failed-visit escalations. One alert per attempt (attempt_id is unique).
alter table notification alter column request_id drop not null;
alter table notification drop constraint notification_type_check;
alter table notification
    add constraint notification_type_check
        check (type in ('APPROVAL_REQUESTED', 'APPROVAL_DECIDED', 'RESTRICTED_ACCESS_REFUSED')),
    add column attempt_id           uuid unique,
    add column attempt_service      varchar(40),
    add column attempt_username     varchar(100),
    add column attempt_full_name    varchar(200),
    add column attempt_designation  varchar(200),
    add column attempt_team         varchar(60),
    add column attempt_action       varchar(300),
    add column attempt_access_class varchar(40),
    add column attempted_at         timestamptz,
    add constraint notification_about_one_thing
        check ((type = 'RESTRICTED_ACCESS_REFUSED') = (attempt_id is not null and request_id is null
            and attempt_username is not null and attempted_at is not null));
