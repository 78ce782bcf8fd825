-- Schema 1: tenders and their append-only audit trail.
-- Never edit a migration that has been released: add a new one.

CREATE TABLE tender (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 3 AND 64),
    kind TEXT NOT NULL CHECK (kind IN ('classic', 'bestuurlijk', 'raamovereenkomst')),
    title TEXT NOT NULL,
    open_house INTEGER NOT NULL CHECK (open_house IN (0, 1)),
    -- The definition as the officer wrote it; the truth for show and export.
    source TEXT NOT NULL,
    -- The resolved timeline as JSON, so listings need not re-parse every definition.
    schedule TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- Recorded decisions (RFC 3339, UTC); the phase follows from these, the schedule and now.
    published_at TEXT,
    cancelled_at TEXT,
    decided_at TEXT,
    final_at TEXT,
    first_signed_at TEXT,
    extensions_used INTEGER NOT NULL DEFAULT 0 CHECK (extensions_used >= 0)
) STRICT;

CREATE TABLE event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tender_id TEXT NOT NULL REFERENCES tender (id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('new', 'update', 'rectify', 'publish', 'consult', 'register', 'provider-update', 'withdraw', 'qualify', 'reject', 'score', 'award', 'object', 'resolve', 'final-award', 'sign', 'amend', 'extend', 'cancel')),
    detail TEXT NOT NULL
) STRICT;

CREATE INDEX event_by_tender ON event (tender_id, id);

CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: events cannot be changed');
END;

CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: events cannot be deleted');
END;
