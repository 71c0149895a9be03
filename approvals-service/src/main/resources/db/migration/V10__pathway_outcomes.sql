-- A pathway step's outcome sent for a manager's authorisation (004 "Completing a C&F Assessment"; DOMAIN.md rule 20).
-- The catalogue has the kinds already (CF_OUTCOME, S47_OUTCOME and STRATEGY_DISCUSSION_DECISION, the practice
-- manager's, V1); case-notes-service now asks for them
-- (pathway-outcome-requested), this service routes the request to the decider of the child's team and records the
-- decision, and case-notes-service applies it: until then the outcome opens nothing.

-- What the decider must check before authorising (004: "Check the correct Outcome has been selected ... before
-- authorising"): the step, the outcome chosen, what it will open, whether it closes the case, the date the assessment
-- was completed, the worker's reasons and the outcome's own facts (a strategy discussion's further actions). Null for
-- every other kind of request. The kinds named here are those whose outcomes case-notes-service sends
-- (PathwayOutcomeDecision).
alter table approval_request
    add column pathway_step_id        uuid,
    add column pathway_step_kind      varchar(40),
    add column pathway_outcome        varchar(60),
    add column pathway_opens          text[],
    add column pathway_closes_case    boolean,
    add column pathway_completed_date date,
    add column pathway_reasons        text,
    add column pathway_details        jsonb,
    add constraint approval_request_pathway_outcome_named
        check ((kind in ('CF_OUTCOME', 'S47_OUTCOME', 'STRATEGY_DISCUSSION_DECISION'))
            = (pathway_step_id is not null and pathway_step_kind is not null
            and pathway_outcome is not null and pathway_opens is not null and pathway_closes_case is not null
            and pathway_completed_date is not null and pathway_reasons is not null and pathway_details is not null));
