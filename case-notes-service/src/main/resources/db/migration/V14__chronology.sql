-- The child's chronology (003 s.6, DOMAIN.md rule 5): the significant events of the submitted and final notes, oldest
-- first, a page at a time, and the court chronology made from the final ones (003 s.6c).
--
-- No table of its own. What happened, who was affected and the people named are read from the note's current version
-- (case_note_version.sections), where they are sealed on the child's chain and where a removal of factually
-- inaccurate personal information redacts them in place (V12): a copy elsewhere would be a second place that a
-- removal must reach, and that the chain does not cover. case_note already says which notes are significant, of
-- which type, in which state and on which date; this index serves exactly the chronology's order on those rows, so
-- that a page of a child with 10,000 notes reads its 26 rows as one range of the index (the cursor compared as one
-- row value, as every list's), then each row's current version by its primary key. Drafts are left out of the
-- index, as the chronology leaves them out. The person filter is checked on those versions' sections as the range is
-- read: a child has few significant events beside its notes, and a name that matches none reads them all once.
create index case_note_child_chronology on case_note (child_id, event_date, written_at, id)
    where significant and status <> 'DRAFT';
