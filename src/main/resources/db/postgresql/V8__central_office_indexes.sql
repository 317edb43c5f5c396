-- What a central office of a million missions reads most, answered from indexes rather than by reading every open
-- mission (measured at 100 000 missions, 27 000 open, on the bench's server).

-- The queue's default order (QueueSql.orderBy: most urgent first, high priority first, oldest first, id) over the
-- open missions: the first page is the index's first hundred entries (27 ms → 3.5 ms), and the counts of the first
-- page read its narrow entries instead of the wide cover index (17 ms → 5 ms). The expressions are written as jOOQ
-- renders them, so the planner recognises them.
CREATE INDEX mission_open_by_urgency ON mission (
    (coalesce(urgent_due_on::bigint, 9223372036854775807)), (CASE WHEN priority = 'HIGH' THEN 0 ELSE 1 END),
    received_on, id) INCLUDE (urgent_due_on, urgent_started_on) WHERE NOT closed;

-- The objectives of the clocks still running (the queue's objective filter), walked from one objective to the next
-- by QueueStore.openObjectives: a few dozen reads (20 ms → 0.3 ms).
CREATE INDEX clock_open_objective ON clock (objective_code) WHERE stopped_on IS NULL;

-- The queue's name search (QueueSql.searching) is a regular expression of letter classes, so "lefevre" finds
-- Lefèvre; pg_trgm's GIN index answers such expressions from the trigrams they require (a seven-letter name among
-- 300 000: 46 ms by the index, 219 ms by a scan; a search of one or two letters has no trigram and still scans).
-- pg_trgm ships with PostgreSQL (Debian's package, the tests' embedded server) and is a trusted extension, which a
-- database owner may create; where it is missing or refused the search still works, by a scan, and the migration
-- says so instead of failing.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX mission_subject_name_trgm ON mission USING gin (subject_name gin_trgm_ops);
EXCEPTION
    WHEN undefined_file OR insufficient_privilege OR feature_not_supported THEN
        RAISE WARNING 'no trigram index for the name search (%): names are searched by a scan', SQLERRM;
END $$;
