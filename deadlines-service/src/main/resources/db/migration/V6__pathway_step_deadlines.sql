-- Deadlines of a child's pathway steps under the authority's tracked rules (issue 15): one step may have several at
-- once (a C&F's completion under its priority and the supervisor's reminder to set that priority, 004), so an open
-- deadline is one per kind, rule and subject. The kinds before this had one rule each: nothing changes for them.
drop index deadline_one_open_per_subject;
create unique index deadline_one_open_per_rule_and_subject on deadline (kind, rule_id, subject_id)
    where state = 'OPEN';
