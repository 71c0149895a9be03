-- A statutory visit corrected after a return (003 s.5b) changes deadlines already tracked: the visit planned after
-- it is withdrawn (kept, with when and why), the visit it met is reopened, or met again on the corrected day.
alter table deadline
    add column withdrawn_at      timestamptz,  -- when it was last withdrawn; kept if it is reinstated
    add column withdrawal_reason varchar(500),
    add column reopened_at       timestamptz;  -- when the work that met it last stopped counting

alter table deadline drop constraint deadline_state;
alter table deadline add constraint deadline_state check (state in ('OPEN', 'MET', 'WITHDRAWN'));
alter table deadline add constraint deadline_withdrawn_says_why
    check (state <> 'WITHDRAWN' or (withdrawn_at is not null and withdrawal_reason is not null));
