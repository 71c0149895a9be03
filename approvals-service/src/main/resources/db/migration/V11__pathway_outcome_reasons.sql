-- The decisions on the case pathway carry the manager's reasons, approved or not (004: "Your manager will fill in the
-- Reason(s) for Decision(s)" of a strategy discussion, "Reason for the decision/ management oversight of agreed
-- outcome" of an S47 enquiry; DOMAIN.md rule 20: "Each decision records who, when, the outcome and the reasons").
-- An approval without reasons is refused at the decision endpoint, as for removals and restrictions (V8, V9); the
-- reasons then stand on the step's history in case-notes-service. A C&F's authorisation is a decision of the same kind,
-- and 004's check of the outcome before authorising is only evidenced by the manager saying why it is right.
update decision_kind set reasons_required = true
 where kind in ('CF_OUTCOME', 'S47_OUTCOME', 'STRATEGY_DISCUSSION_DECISION');
