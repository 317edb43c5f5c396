-- PostgreSQL's twin of db/migration/V4: one index for the period's stopped clocks and the open ones.
DROP INDEX clock_stopped;
DROP INDEX clock_open_due;
CREATE INDEX clock_attainment ON clock (stopped_on, objective_code, catalogue_version, due_on, cancelled);
