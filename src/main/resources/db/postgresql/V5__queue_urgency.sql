-- PostgreSQL's twin of db/migration/V5: the mission row's copy of its most urgent open clock, written only by
-- triggers. PostgreSQL's triggers call a function; the three below do what SQLite's three triggers do.
ALTER TABLE mission ADD COLUMN urgent_due_on integer;
ALTER TABLE mission ADD COLUMN urgent_started_on integer;
ALTER TABLE mission ADD COLUMN urgent_objective text;

CREATE FUNCTION mission_urgency(target text) RETURNS void LANGUAGE sql AS $$
    UPDATE mission SET (urgent_due_on, urgent_started_on, urgent_objective) = (
        SELECT due_on, started_on, objective_code FROM clock
        WHERE clock.mission_id = mission.id AND clock.stopped_on IS NULL
        ORDER BY due_on, seq, started_on, id LIMIT 1)
    WHERE id = $1;
$$;

UPDATE mission SET (urgent_due_on, urgent_started_on, urgent_objective) = (
    SELECT due_on, started_on, objective_code FROM clock
    WHERE clock.mission_id = mission.id AND clock.stopped_on IS NULL
    ORDER BY due_on, seq, started_on, id LIMIT 1);

-- A clock inserted stopped, or due after the mission's most urgent one, changes nothing (bulk imports stay fast).
CREATE FUNCTION clock_insert_urgency() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.stopped_on IS NULL AND EXISTS (SELECT 1 FROM mission WHERE id = NEW.mission_id
            AND (urgent_due_on IS NULL OR NEW.due_on <= urgent_due_on)) THEN
        PERFORM mission_urgency(NEW.mission_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER clock_insert_urgency AFTER INSERT ON clock FOR EACH ROW EXECUTE FUNCTION clock_insert_urgency();

CREATE FUNCTION clock_update_urgency() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM mission_urgency(NEW.mission_id);
    IF OLD.mission_id <> NEW.mission_id THEN
        PERFORM mission_urgency(OLD.mission_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER clock_update_urgency
    AFTER UPDATE OF mission_id, seq, objective_code, started_on, due_on, stopped_on ON clock
    FOR EACH ROW EXECUTE FUNCTION clock_update_urgency();

CREATE FUNCTION clock_delete_urgency() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM mission_urgency(OLD.mission_id);
    RETURN NULL;
END $$;
CREATE TRIGGER clock_delete_urgency AFTER DELETE ON clock FOR EACH ROW EXECUTE FUNCTION clock_delete_urgency();

DROP INDEX mission_queue;
CREATE INDEX mission_queue_cover ON mission (closed, office, assignee, type, status, priority, received_on,
    urgent_due_on, urgent_started_on, urgent_objective, subject_name, subject_id, id);
