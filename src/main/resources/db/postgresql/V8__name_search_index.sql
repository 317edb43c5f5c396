-- The queue's name search (QueueSql.searching) is a regular expression of letter classes, so "lefevre" finds
-- Lefèvre: without an index, every name of the mission table is read. pg_trgm's GIN index answers such
-- expressions from the trigrams they require (a seven-letter name among 300 000: 46 ms by the index, 219 ms by a
-- scan; a search of one or two letters has no trigram and still scans). pg_trgm ships with PostgreSQL (Debian's package, the embedded server
-- of the tests) and is a trusted extension, so a database owner may create it; where it is missing or refused,
-- the search still works, by a scan, and the migration says so instead of failing.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX mission_subject_name_trgm ON mission USING gin (subject_name gin_trgm_ops);
EXCEPTION
    WHEN undefined_file OR insufficient_privilege OR feature_not_supported THEN
        RAISE WARNING 'no trigram index for the name search (%): names are searched by a scan', SQLERRM;
END $$;
