-- Schema 6: the audit trail takes the events of the version 2 commands
-- (terminate, questions and answers, the nota van inlichtingen, evidence, the
-- award notice, letters) and records who was really connected (`account`: the
-- operating-system user for a file, the database role on a server) beside the
-- actor the user named. Events recorded before schema 6 have no account.
-- SQLite cannot change a CHECK constraint, so the table is rebuilt with its
-- rows and ids as they were; the migration runs with foreign keys off, as
-- SQLite's own procedure for a table rebuild asks, and checks them before it
-- commits. Never edit a migration that has been released: add a new one.

CREATE TABLE event_v6 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tender_id TEXT NOT NULL REFERENCES tender (id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('new', 'update', 'rectify', 'publish', 'consult', 'register',
        'provider-update', 'withdraw', 'qualify', 'reject', 'score', 'award', 'object', 'resolve', 'final-award',
        'sign', 'amend', 'extend', 'cancel', 'terminate', 'ask', 'answer', 'nvi', 'evidence', 'notice', 'letters')),
    detail TEXT NOT NULL,
    account TEXT
) STRICT;

INSERT INTO event_v6 (id, tender_id, at, actor, action, detail)
    SELECT id, tender_id, at, actor, action, detail FROM event ORDER BY id;

-- Dropping the table drops its index and triggers; they are made again below.
DROP TABLE event;
ALTER TABLE event_v6 RENAME TO event;

CREATE INDEX event_by_tender ON event (tender_id, id);

CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: events cannot be changed');
END;

CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: events cannot be deleted');
END;

CREATE TRIGGER event_keeps_the_definition AFTER INSERT ON event
WHEN NEW.action IN ('new', 'update', 'rectify')
BEGIN
    INSERT INTO revision (event_id, source, schedule)
    SELECT NEW.id, source, schedule FROM tender WHERE id = NEW.tender_id;
END;

CREATE TRIGGER event_claims_its_decision AFTER INSERT ON event
WHEN NEW.action = 'award'
BEGIN
    UPDATE decision SET event_id = NEW.id WHERE tender_id = NEW.tender_id AND event_id IS NULL;
END;

CREATE TRIGGER event_claims_its_signature AFTER INSERT ON event
WHEN NEW.action = 'sign'
BEGIN
    UPDATE signature SET event_id = NEW.id WHERE tender_id = NEW.tender_id AND event_id IS NULL;
END;

CREATE TRIGGER event_claims_its_amendments AFTER INSERT ON event
WHEN NEW.action = 'amend'
BEGIN
    UPDATE amendment SET event_id = NEW.id WHERE tender_id = NEW.tender_id AND event_id IS NULL;
END;
