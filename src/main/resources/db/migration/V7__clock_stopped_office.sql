-- Attainment per office counts a clock for the office that held its mission when the clock stopped: a mission
-- reassigned from Namur to Wavre afterwards must not move Namur's last quarter to Wavre. The store writes the office
-- when it stops (or cancels) a clock; it travels in batches like any clock column. Clocks already stopped take their
-- mission's office of today, the best this database knows of the office they stopped in.
ALTER TABLE clock ADD COLUMN stopped_office TEXT;

UPDATE clock SET stopped_office = (SELECT office FROM mission WHERE mission.id = clock.mission_id)
WHERE stopped_on IS NOT NULL;
