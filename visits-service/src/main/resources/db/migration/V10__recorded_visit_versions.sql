-- Issue 11: a case note announces its visit's facts at each submission, and a later version (resubmitted after a
-- return: the child was not seen after all, another date) replaces what an earlier one said. Each recorded visit
-- keeps the note version it was last told of; a planned visit that a visit no longer meets is planned again, and the
-- one planned after it is withdrawn (never deleted).
alter table recorded_visit add column note_version integer not null default 1;
alter table recorded_visit add column seen_alone boolean;

alter table planned_visit drop constraint planned_visit_state_check;
alter table planned_visit add constraint planned_visit_state_check
    check (state in ('PLANNED', 'COMPLETED', 'WITHDRAWN'));
alter table planned_visit drop constraint planned_visit_completion;
alter table planned_visit add constraint planned_visit_completion check (
    (state in ('PLANNED', 'WITHDRAWN') and visit_date is null and note_id is null and on_time is null
        and completed_at is null)
    or (state = 'COMPLETED' and visit_date is not null and note_id is not null and on_time is not null
        and completed_at is not null));
