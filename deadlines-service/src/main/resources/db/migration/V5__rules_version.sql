-- Each due date records the version of the rules and the calendar it was computed under (the timescales library's
-- RuleSetRegistry.version(): its rule files, extra bank holidays and the deployment's own), so that after a release
-- the due dates a changed rule or a new bank holiday touches can be found and recomputed, and any due date can be
-- explained later. Null where this service did not compute the due date (a statutory visit's comes from
-- visits-service, which counts it) and for deadlines opened before versions were kept.
alter table deadline add column rules_version varchar(40);
