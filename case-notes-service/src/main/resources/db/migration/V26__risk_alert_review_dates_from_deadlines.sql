-- When a risk alert's review is due is counted by deadlines-service under the authority's rule (001 "Risk Alerts",
-- issue 15) and learnt here from its announcement: an alert is ACTIVE before the date arrives, and an authority
-- whose rules set no review gives none. The overdue review is that deadline's breach, announced by deadlines-service;
-- overdue_announced_for is no longer written (kept, with what it held).
alter table risk_alert drop constraint risk_alert_check2;
comment on column risk_alert.review_due is
    'When the next review is due, as deadlines-service announced it (deadline-opened, kind RISK_ALERT_REVIEW); null until it has, and where the authority''s rules set no review';
comment on column risk_alert.overdue_announced_for is
    'No longer written: an overdue review is announced by deadlines-service as the review deadline''s breach';
