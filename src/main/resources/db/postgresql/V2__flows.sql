-- PostgreSQL's twin of db/migration/V2.

CREATE TABLE flow_file (
    hash              text    NOT NULL PRIMARY KEY,
    kind              text    NOT NULL,
    file_name         text    NOT NULL,
    received_on       integer NOT NULL,
    imported_at       bigint  NOT NULL,
    imported_by       text    NOT NULL,
    lines             integer NOT NULL,
    created           integer NOT NULL,
    rejected          integer NOT NULL
);

CREATE TABLE flow_key (
    kind              text    NOT NULL,
    natural_key       text    NOT NULL,
    file_hash         text    NOT NULL REFERENCES flow_file (hash),
    line_no           integer NOT NULL,
    mission_id        text    NOT NULL REFERENCES mission (id)
);
CREATE UNIQUE INDEX flow_key_natural ON flow_key (kind, natural_key);

CREATE TABLE affiliate (
    niss              text    NOT NULL PRIMARY KEY,
    name              text    NOT NULL,
    caisse            text    NOT NULL,
    affiliated_on     integer NOT NULL,
    file_hash         text    NOT NULL REFERENCES flow_file (hash)
);
