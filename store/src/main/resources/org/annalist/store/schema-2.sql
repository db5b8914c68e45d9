-- annalist store, schema version 2: what version 1 lacks. A new store runs schema-1.sql and
-- then this file; a version-1 store is brought up to date with this file in one transaction
-- when it is next opened. Documented in docs/schema.md.

-- Events: the deeds clauses report (annotate.event), with who took part and when.
CREATE TABLE events (
    document_id    INTEGER NOT NULL REFERENCES documents(id),
    ordinal        INTEGER NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    type           TEXT NOT NULL,
    date_value     TEXT,
    place_key      TEXT,
    sentence       INTEGER,
    PRIMARY KEY (document_id, ordinal)
)
;;
CREATE TABLE event_participants (
    document_id  INTEGER NOT NULL,
    event        INTEGER NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('agent', 'patient', 'recipient')),
    entity_key   TEXT NOT NULL,
    FOREIGN KEY (document_id, event) REFERENCES events(document_id, ordinal)
)
;;
CREATE INDEX event_participants_entity ON event_participants(entity_key)
