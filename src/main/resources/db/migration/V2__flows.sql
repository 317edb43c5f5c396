-- Inbound flows (issue 6). A flow file is known by the SHA-256 of its bytes, so importing it again finds it;
-- every line that opened (or joined) a mission leaves its natural key, unique per kind, so the same line in
-- another file opens nothing either.

CREATE TABLE flow_file (
    hash              TEXT    NOT NULL PRIMARY KEY,
    kind              TEXT    NOT NULL,
    file_name         TEXT    NOT NULL,
    received_on       INTEGER NOT NULL,
    imported_at       BIGINT  NOT NULL,
    imported_by       TEXT    NOT NULL,
    lines             INTEGER NOT NULL,
    created           INTEGER NOT NULL,
    rejected          INTEGER NOT NULL
);

CREATE TABLE flow_key (
    kind              TEXT    NOT NULL,
    natural_key       TEXT    NOT NULL,
    file_hash         TEXT    NOT NULL REFERENCES flow_file (hash),
    line_no           INTEGER NOT NULL,
    mission_id        TEXT    NOT NULL REFERENCES mission (id)
);
CREATE UNIQUE INDEX flow_key_natural ON flow_key (kind, natural_key);

-- What the local store knows of a person's affiliation: the births flow opens titres-services missions only for
-- affiliates of the Caisse nationale auxiliaire (caisse code CNH).
CREATE TABLE affiliate (
    niss              TEXT    NOT NULL PRIMARY KEY,
    name              TEXT    NOT NULL,
    caisse            TEXT    NOT NULL,
    affiliated_on     INTEGER NOT NULL,
    file_hash         TEXT    NOT NULL REFERENCES flow_file (hash)
);
