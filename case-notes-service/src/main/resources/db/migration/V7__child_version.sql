-- A child's record changes (allocation, IRO) only from the version the manager read: its ETag (docs/api-conventions.md).
alter table child add column version bigint not null default 1;
