-- Closing a child's case (002 s.12 "Case Closures"; DOMAIN.md rule 11). The catalogue has the kind already
-- (CASE_CLOSURE, the practice manager's, V1); case-notes-service now asks for it (case-closure-requested) once the
-- worker's steps are done, this service routes it to the practice manager of the child's team and records the
-- decision, and case-notes-service applies it: an approval closes the case. The oversight is the reasons (002 s.12
-- step 3: "Management Oversight detailing the reasons No Further Action or case closure is appropriate"; DOMAIN.md
-- rule 20), so a decision without reasons is refused at the decision endpoint, approved or not.
update decision_kind set reasons_required = true where kind = 'CASE_CLOSURE';
