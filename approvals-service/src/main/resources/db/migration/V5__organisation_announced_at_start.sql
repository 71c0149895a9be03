-- The service now announces the whole organisation model at every start (OrganisationPublisher), so that a read model
-- that missed events is made whole; which version was last published no longer needs keeping.
alter table team drop column published_version;
alter table staff_member drop column published_version;
