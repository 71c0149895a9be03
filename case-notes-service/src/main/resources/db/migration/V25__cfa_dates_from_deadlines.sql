-- A C&F's due date and the day its supervisor is reminded to set the priority are counted by deadlines-service, the
-- one service that computes each due date, and learnt here from the deadlines it opens (issue 15): both stay null
-- until its announcement arrives, and the runtime role sets them when it does.
alter table pathway_step add column priority_alert_date date;
grant update (priority_alert_date) on pathway_step to ${runtime_role};
