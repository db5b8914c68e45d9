-- annalist store, schema version 1. Documented in docs/schema.md.
-- Offsets (span_start, span_end, ...) are 0-based, end exclusive, in UTF-16 code units of
-- documents.text (for text in the Basic Multilingual Plane: characters, so SQLite's
-- substr(text, span_start + 1, span_end - span_start) gives the covered text).
-- Days (timexes.start_day, end_day) count from 1970-01-01 (negative before), so BC dates sort right.
-- Statements are separated by a line holding only ';;' (triggers contain ';').

CREATE TABLE schema_version (
    version     INTEGER NOT NULL,
    created_at  TEXT NOT NULL
)
;;
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    path          TEXT NOT NULL UNIQUE,
    content_hash  TEXT NOT NULL,
    format        TEXT NOT NULL,
    encoding      TEXT NOT NULL,
    verbatim      INTEGER NOT NULL,
    chars         INTEGER NOT NULL,
    layers        TEXT NOT NULL,
    ingested_at   TEXT NOT NULL,
    text          TEXT NOT NULL
)
;;
CREATE TABLE paragraphs (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    ordinal      INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    UNIQUE (document_id, ordinal)
)
;;
CREATE INDEX paragraphs_span ON paragraphs(document_id, span_start)
;;
CREATE TABLE sentences (
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    ordinal      INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    extent_end   INTEGER NOT NULL,
    PRIMARY KEY (document_id, ordinal)
)
;;
CREATE INDEX sentences_span ON sentences(document_id, span_start)
;;
CREATE TABLE headings (
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    ordinal      INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    level        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (document_id, ordinal)
)
;;
CREATE TABLE block_quotes (
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    ordinal      INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    PRIMARY KEY (document_id, ordinal)
)
;;
CREATE TABLE turns (
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    ordinal      INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    label_start  INTEGER NOT NULL,
    label_end    INTEGER NOT NULL,
    speaker      TEXT NOT NULL,
    PRIMARY KEY (document_id, ordinal)
)
;;
CREATE TABLE notes (
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    note_id      TEXT NOT NULL,
    marker       TEXT NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    body_start   INTEGER NOT NULL,
    body_end     INTEGER NOT NULL,
    body         TEXT NOT NULL,
    PRIMARY KEY (document_id, note_id)
)
;;
CREATE TABLE note_calls (
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    ordinal      INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    marker       TEXT NOT NULL,
    style        TEXT NOT NULL,
    note_id      TEXT,
    PRIMARY KEY (document_id, ordinal)
)
;;
CREATE INDEX note_calls_span ON note_calls(document_id, span_start)
;;
CREATE TABLE entities (
    document_id    INTEGER NOT NULL REFERENCES documents(id),
    entity_key     TEXT NOT NULL,
    type           TEXT NOT NULL,
    name           TEXT NOT NULL,
    mention_count  INTEGER NOT NULL,
    PRIMARY KEY (document_id, entity_key)
)
;;
CREATE TABLE entity_aliases (
    document_id  INTEGER NOT NULL,
    entity_key   TEXT NOT NULL,
    alias        TEXT NOT NULL,
    FOREIGN KEY (document_id, entity_key) REFERENCES entities(document_id, entity_key)
)
;;
CREATE TABLE entity_roles (
    document_id  INTEGER NOT NULL,
    entity_key   TEXT NOT NULL,
    ordinal      INTEGER NOT NULL,
    role         TEXT NOT NULL,
    FOREIGN KEY (document_id, entity_key) REFERENCES entities(document_id, entity_key)
)
;;
CREATE TABLE mentions (
    document_id  INTEGER NOT NULL,
    entity_key   TEXT NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    metonymy     TEXT NOT NULL,
    sentence     INTEGER,
    FOREIGN KEY (document_id, entity_key) REFERENCES entities(document_id, entity_key)
)
;;
CREATE INDEX mentions_entity ON mentions(document_id, entity_key)
;;
CREATE INDEX mentions_span ON mentions(document_id, span_start)
;;
CREATE TABLE timexes (
    document_id     INTEGER NOT NULL REFERENCES documents(id),
    ordinal         INTEGER NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    text            TEXT NOT NULL,
    type            TEXT NOT NULL,
    value           TEXT NOT NULL,
    interval_start  TEXT,
    interval_end    TEXT,
    start_day       INTEGER,
    end_day         INTEGER,
    granularity     TEXT NOT NULL,
    mod             TEXT,
    anchor_start    INTEGER,
    anchor_end      INTEGER,
    vague           INTEGER NOT NULL,
    sentence        INTEGER,
    PRIMARY KEY (document_id, ordinal)
)
;;
CREATE INDEX timexes_days ON timexes(start_day, end_day)
;;
CREATE TABLE quotes (
    document_id   INTEGER NOT NULL REFERENCES documents(id),
    ordinal       INTEGER NOT NULL,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    speaker_key   TEXT,
    addressee_key TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    depth         INTEGER NOT NULL,
    closed        INTEGER NOT NULL,
    sentence      INTEGER,
    PRIMARY KEY (document_id, ordinal)
)
;;
CREATE TABLE communications (
    document_id     INTEGER NOT NULL REFERENCES documents(id),
    ordinal         INTEGER NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    channel         TEXT,
    date_value      TEXT,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    sentence        INTEGER,
    PRIMARY KEY (document_id, ordinal)
)
;;
CREATE TABLE communication_parties (
    document_id    INTEGER NOT NULL,
    communication  INTEGER NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('sender', 'recipient')),
    entity_key     TEXT NOT NULL,
    FOREIGN KEY (document_id, communication) REFERENCES communications(document_id, ordinal)
)
;;
CREATE TABLE claims (
    document_id   INTEGER NOT NULL REFERENCES documents(id),
    ordinal       INTEGER NOT NULL,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    number_start  INTEGER,
    number_end    INTEGER,
    subject_key   TEXT,
    measure       TEXT NOT NULL,
    value         REAL NOT NULL,
    qualifier     TEXT NOT NULL,
    date_value    TEXT,
    sentence      INTEGER,
    PRIMARY KEY (document_id, ordinal)
)
;;
CREATE TABLE claim_checks (
    document_id   INTEGER NOT NULL REFERENCES documents(id),
    ordinal       INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    stated_start  INTEGER NOT NULL,
    stated_end    INTEGER NOT NULL,
    stated_value  REAL NOT NULL,
    computed      REAL NOT NULL,
    tolerance     REAL NOT NULL,
    consistent    INTEGER NOT NULL,
    sentence      INTEGER,
    PRIMARY KEY (document_id, ordinal)
)
;;
CREATE TABLE claim_check_operands (
    document_id   INTEGER NOT NULL,
    claim_check   INTEGER NOT NULL,
    ordinal       INTEGER NOT NULL,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    PRIMARY KEY (document_id, claim_check, ordinal),
    FOREIGN KEY (document_id, claim_check) REFERENCES claim_checks(document_id, ordinal)
)
;;
CREATE TABLE hedges (
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    ordinal      INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    cue_start    INTEGER,
    cue_end      INTEGER,
    kind         TEXT,
    PRIMARY KEY (document_id, ordinal)
)
;;
CREATE TABLE collection_entities (
    id             INTEGER PRIMARY KEY,
    entity_key     TEXT NOT NULL UNIQUE,
    type           TEXT NOT NULL,
    name           TEXT NOT NULL,
    mention_count  INTEGER NOT NULL,
    curated        INTEGER NOT NULL,
    confidence     REAL NOT NULL
)
;;
CREATE TABLE collection_members (
    collection_id  INTEGER NOT NULL REFERENCES collection_entities(id),
    document_id    INTEGER NOT NULL,
    entity_key     TEXT NOT NULL,
    confidence     REAL NOT NULL,
    PRIMARY KEY (document_id, entity_key)
)
;;
CREATE INDEX collection_members_collection ON collection_members(collection_id)
;;
CREATE VIEW collection_entity_links AS
    SELECT ce.id AS collection_id, ce.entity_key AS collection_key, ce.name AS collection_name, ce.type AS type,
           d.id AS document_id, d.name AS document, e.entity_key AS entity_key, e.name AS name,
           e.mention_count AS mention_count
    FROM collection_entities ce
    JOIN collection_members cm ON cm.collection_id = ce.id
    JOIN entities e ON e.document_id = cm.document_id AND e.entity_key = cm.entity_key
    JOIN documents d ON d.id = cm.document_id
;;
CREATE VIRTUAL TABLE paragraph_search USING fts5(text, content='paragraphs', content_rowid='id')
;;
CREATE TRIGGER paragraphs_search_insert AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraph_search(rowid, text) VALUES (new.id, new.text);
END
;;
CREATE TRIGGER paragraphs_search_delete AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraph_search(paragraph_search, rowid, text) VALUES ('delete', old.id, old.text);
END
