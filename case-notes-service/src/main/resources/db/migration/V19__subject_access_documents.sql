-- Documents in a subject access review (issue 12; 002 s.8, s.9): every document on the child's record, current or
-- superseded (a superseded version is still held), is an item of the review, named {documentId}.d. A decision is on a
-- note's item or on a document, never both.
alter table subject_access_decision alter column note_id drop not null;
alter table subject_access_decision add column document_id uuid references document (id);
alter table subject_access_decision add constraint subject_access_decision_one_subject
    check ((note_id is null) <> (document_id is null));
