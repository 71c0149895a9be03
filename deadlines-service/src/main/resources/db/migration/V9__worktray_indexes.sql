-- Worktrays over many open deadlines (issue 15): every worktray is read a page at a time in the order (due_date, id),
-- and the page after a cursor is the row range (due_date, id) > (cursor). Each index below serves one worktray's
-- query as an ordered range, so that a page of 50 costs what it reads, not what the authority holds.

-- A worker's own: the deadlines they hold by name. Replaces V1's (assignee, due_date), which had to sort within a day.
create index deadline_open_assignee_due on deadline (assignee, due_date, id) where state = 'OPEN';
drop index deadline_open_by_assignee;

-- A team's worktray, and its counts.
create index deadline_open_team_due on deadline (team, due_date, id) where state = 'OPEN';

-- What a team's managers hold that no one holds by name (oversight, a C&F's priority to set): a few in a hundred,
-- so their own small index rather than a walk through the team's.
create index deadline_open_team_unheld on deadline (team, due_date, id) where state = 'OPEN' and assignee is null;

-- A service area's worktray: its teams are a large share of the authority, so walking every open deadline by due date
-- and keeping the area's finds a page soonest.
create index deadline_open_due on deadline (due_date, id) where state = 'OPEN';

-- A worktray filtered to one rule (ruleId, or a kind of one rule): most rules are a small share of the open deadlines,
-- so walking them by due date and keeping the team's or the area's is shorter than walking the team's or area's.
create index deadline_open_rule_due on deadline (rule_id, due_date, id) where state = 'OPEN';

-- Counts (overdue, due today, due soon, open) of a team or an area, read from the index alone: in child order within
-- each team, so that they are summed per child without a sort, before each child's access facts are joined once.
create index deadline_open_counts on deadline (team, child_id, kind, rule_id, due_date) where state = 'OPEN';
