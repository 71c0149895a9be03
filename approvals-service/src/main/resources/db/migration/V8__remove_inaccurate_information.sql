-- Removing factually inaccurate personal information from a finalised case note needs a manager's decision (002 s.5
-- and the guidance it names; DOMAIN.md rule 20). case-notes-service asks (information-removal-requested); this
-- service routes the request and records the decision; case-notes-service applies an approval.

-- Some decisions must give their reasons whatever the outcome: one that lets information leave the record must say
-- why as much as one that refuses. Other kinds need reasons only when work is returned (DecisionRules).
alter table decision_kind add column reasons_required boolean not null default false;

-- 002 names no grade for the decision. It is a decision on the record's integrity, and 001 "Case Record Integrity"
-- gives those to the team manager (a correction is "recorded by the Team Manager"; RECORD_CORRECTION is theirs too):
-- routed to the team manager of the child's team, who is above the practice manager on the line.
insert into decision_kind (kind, decided_by, description, source_document, source_section, source_quote, reading,
                           timescale_rule, reasons_required) values
    ('REMOVE_INACCURATE_INFORMATION', 'TEAM_MANAGER',
     'Removing factually inaccurate personal information from a finalised case note, where the criteria for removal are met',
     '002', '5. Who is Responsible for Recording, and by When',
     'Retrospective changes to records after a case record has been finalised is not permitted, unless the criteria for amendment or removal has been met.',
     '002 names no grade. A removal is a decision on the record''s integrity, which 001 "Case Record Integrity" gives to the Team Manager ("recorded by the Team Manager"), as for a correction: routed to the team manager of the child''s team. Reasons are required whether it is approved or returned.',
     null, true);

-- What the decider needs to see of a removal request: the note, the version and the parts that would be removed, what
-- kind of information and whose, why it is inaccurate and why the criteria are met. Never the content itself: the
-- decider reads the note in case-notes-service, where the read is logged on the child's access log. Null for every
-- other kind of request.
alter table approval_request
    add column removal_note_id                  uuid,
    add column removal_note_version             integer,
    add column removal_fields                   text[],
    add column removal_information_kind         varchar(40),
    add column removal_concerns                 varchar(40),
    add column removal_ground                   varchar(40),
    add column removal_reason                   text,
    add column removal_why_amendment_not_enough text,
    add column removal_later_entries_unaffected text,
    add constraint approval_request_removal_named
        check ((kind = 'REMOVE_INACCURATE_INFORMATION') = (removal_note_id is not null));
