-- Risk alerts (001 "Risk Alerts": "only Heads of Service can make the decision for a risk alert to be recorded").
-- The catalogue has the kind already (RISK_ALERT, the head of service's, V1); case-notes-service now asks for it
-- (risk-alert-requested), this service routes the request to the head of service of the child's service area and
-- records the decision, and case-notes-service applies it to the alert. Reasons are required whichever way it goes
-- (DOMAIN.md rule 20): an alert warns every colleague who opens the record, a refusal leaves them unwarned.
update decision_kind set reasons_required = true where kind = 'RISK_ALERT';

-- What the head of service judges: the kind of alert, since when, the description and the dated entries it refers
-- to (001: "should refer to a specific dated case record(s) or document(s)"), by id. Null for every other kind.
alter table approval_request
    add column risk_alert_type         varchar(40) check (risk_alert_type in ('DANGEROUS_PET',
        'PERSON_KNOWN_TO_BE_VIOLENT', 'NEED_TO_PROTECT_INFORMATION', 'ALLEGATION', 'OFFENCE', 'RISK_TO_CHILDREN',
        'MAPPA')),
    add column risk_alert_started_on   date,
    add column risk_alert_description  text,
    add column risk_alert_note_ids     uuid[],
    add column risk_alert_document_ids uuid[],
    add constraint approval_request_risk_alert_named
        check ((kind = 'RISK_ALERT') = (risk_alert_type is not null and risk_alert_started_on is not null
            and risk_alert_description is not null and risk_alert_note_ids is not null
            and risk_alert_document_ids is not null));
