-- PostgreSQL's twin of db/migration/V7: the office that held the mission when its clock stopped.
ALTER TABLE clock ADD COLUMN stopped_office text;

UPDATE clock SET stopped_office = (SELECT office FROM mission WHERE mission.id = clock.mission_id)
WHERE stopped_on IS NOT NULL;
