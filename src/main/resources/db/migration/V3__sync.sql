-- Sync by batch files: sites and their keys, the operation log, what each partner has sent and acknowledged,
-- the version of every field (last writer wins, by hybrid logical clock then site id), and the conflicts kept
-- for a person to review.

CREATE TABLE site (
    id                TEXT    NOT NULL PRIMARY KEY,
    office            TEXT    NOT NULL,
    role              TEXT    NOT NULL,
    signing_key       BLOB    NOT NULL,   -- Ed25519 public key, X.509 encoded
    agreement_key     BLOB    NOT NULL,   -- X25519 public key, X.509 encoded
    signing_private   BLOB,               -- PKCS#8, only for this installation's own site
    agreement_private BLOB,
    is_self           INTEGER NOT NULL DEFAULT 0,
    registered_at     BIGINT  NOT NULL
);
CREATE UNIQUE INDEX site_self ON site (is_self) WHERE is_self = 1;

-- One row per changed field (field '*' creates the entity with every column). pos orders this installation's
-- log; (origin, origin_seq) names an operation everywhere.
CREATE TABLE operation (
    pos               INTEGER NOT NULL PRIMARY KEY,
    origin            TEXT    NOT NULL,
    origin_seq        INTEGER NOT NULL,
    hlc               BIGINT  NOT NULL,
    author            TEXT    NOT NULL,
    recorded_at       BIGINT  NOT NULL,
    entity            TEXT    NOT NULL,
    entity_id         TEXT    NOT NULL,
    mission_id        TEXT    NOT NULL,
    field             TEXT    NOT NULL,
    old_value         TEXT,
    new_value         TEXT,
    UNIQUE (origin, origin_seq)
);
CREATE INDEX operation_mission ON operation (mission_id, pos);

CREATE TABLE field_version (
    entity            TEXT    NOT NULL,
    entity_id         TEXT    NOT NULL,
    field             TEXT    NOT NULL,
    hlc               BIGINT  NOT NULL,
    origin            TEXT    NOT NULL,
    author            TEXT    NOT NULL,
    PRIMARY KEY (entity, entity_id, field)
);

-- Per partner site: how far our log was exported to it, how far it acknowledged holding it, how far its log was
-- applied here.
CREATE TABLE partner (
    site_id           TEXT    NOT NULL PRIMARY KEY REFERENCES site (id),
    exported_pos      INTEGER NOT NULL DEFAULT 0,
    acknowledged_pos  INTEGER NOT NULL DEFAULT 0,
    applied_pos       INTEGER NOT NULL DEFAULT 0,
    last_export_at    BIGINT,
    last_import_at    BIGINT
);

CREATE TABLE applied_batch (
    id                TEXT    NOT NULL PRIMARY KEY,
    source            TEXT    NOT NULL,
    from_pos          INTEGER NOT NULL,
    to_pos            INTEGER NOT NULL,
    applied_at        BIGINT  NOT NULL
);

CREATE TABLE conflict (
    id                INTEGER NOT NULL PRIMARY KEY,
    entity            TEXT    NOT NULL,
    entity_id         TEXT    NOT NULL,
    mission_id        TEXT    NOT NULL,
    field             TEXT    NOT NULL,
    kept_value        TEXT,
    kept_origin       TEXT    NOT NULL,
    kept_author       TEXT    NOT NULL,
    kept_hlc          BIGINT  NOT NULL,
    lost_value        TEXT,
    lost_origin       TEXT    NOT NULL,
    lost_author       TEXT    NOT NULL,
    lost_hlc          BIGINT  NOT NULL,
    detected_at       BIGINT  NOT NULL,
    resolution        TEXT
);
CREATE INDEX conflict_open ON conflict (resolution);
