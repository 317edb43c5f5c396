-- Dates are epoch days (INTEGER), instants epoch milliseconds (BIGINT): SQLite has no date type, and numbers
-- compare, sort and subtract in SQL (attainment aggregates count days between columns).

CREATE TABLE mission (
    id                TEXT    NOT NULL PRIMARY KEY,
    type              TEXT    NOT NULL,
    office            TEXT    NOT NULL,
    assignee          TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    closed            INTEGER NOT NULL DEFAULT 0,
    priority          TEXT    NOT NULL,
    subject_kind      TEXT    NOT NULL,
    subject_id        TEXT,
    subject_name      TEXT,
    source            TEXT    NOT NULL,
    received_on       INTEGER NOT NULL,
    service_objective TEXT,
    outcome           TEXT,
    notes             TEXT,
    created_at        BIGINT  NOT NULL,
    updated_at        BIGINT  NOT NULL
);
CREATE INDEX mission_queue ON mission (closed, office, assignee);
CREATE INDEX mission_subject ON mission (subject_id);

-- One row per deadline clock; due_on is the first tier's date (later tiers follow from the catalogue version).
CREATE TABLE clock (
    id                TEXT    NOT NULL PRIMARY KEY,
    mission_id        TEXT    NOT NULL REFERENCES mission (id),
    seq               INTEGER NOT NULL,
    objective_code    TEXT    NOT NULL,
    catalogue_version TEXT    NOT NULL,
    started_on        INTEGER NOT NULL,
    due_on            INTEGER NOT NULL,
    stopped_on        INTEGER,
    cancelled         INTEGER NOT NULL DEFAULT 0
);
-- seq orders a mission's clocks; not unique, because two offline sites may each start a clock on one mission.
CREATE INDEX clock_mission ON clock (mission_id, seq);
CREATE INDEX clock_stopped ON clock (stopped_on, objective_code);
CREATE INDEX clock_open_due ON clock (due_on) WHERE stopped_on IS NULL;

-- Append-only: every change to a mission or one of its clocks leaves a row here.
CREATE TABLE history (
    id                INTEGER NOT NULL PRIMARY KEY,
    mission_id        TEXT    NOT NULL REFERENCES mission (id),
    recorded_at       BIGINT  NOT NULL,
    author            TEXT    NOT NULL,
    site              TEXT    NOT NULL,
    kind              TEXT    NOT NULL,
    field             TEXT,
    old_value         TEXT,
    new_value         TEXT
);
CREATE INDEX history_mission ON history (mission_id, id);

CREATE TRIGGER history_is_append_only_update BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history rows are never changed');
END;
CREATE TRIGGER history_is_append_only_delete BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'history rows are never deleted');
END;

-- Installation settings (site id, language, last export date, …).
CREATE TABLE setting (
    key               TEXT    NOT NULL PRIMARY KEY,
    value             TEXT    NOT NULL
);
