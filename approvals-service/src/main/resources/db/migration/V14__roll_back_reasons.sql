-- Roll-backs of a child's record (000 "Practice Guidance on EHM and LCS Roll-Backs"). The catalogue has the kind
-- (ROLL_BACK, the head of service's, V1); case-notes-service now asks for it (roll-back-requested, sent once the line
-- manager has commented), this service routes it to the head of service of the child's service area and records the
-- decision, and case-notes-service applies an approval. Reasons are required whichever way it goes (DOMAIN.md rule
-- 20): an approval takes steps out of the current record and its reasons are the case note that evidences it (000:
-- "A case note will also be added by the Head of Service to evidence the reason for the roll-back"), and a refusal
-- tells the worker why the record stays as it is.
update decision_kind set reasons_required = true where kind = 'ROLL_BACK';
