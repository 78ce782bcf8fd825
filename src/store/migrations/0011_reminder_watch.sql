-- Schema 11 (SPEC §7 at ten times the size): what `remind` needs of each
-- tender, kept with its rows so that a reminder run reads only the tenders
-- with something due in its window or overdue, not every tender. The values
-- are the cached output of the reminder rules in Rust (`Facts::watch`),
-- recomputed by every change in its own transaction; SQL cannot compute them,
-- so the tenders recorded before are filled in from Rust when the database is
-- next opened (`watched_at` NULL). Never edit a migration that has been
-- released: add a new one.

-- As of when the watch was computed (the tender's last change); NULL: not yet.
ALTER TABLE tender ADD COLUMN watched_at TEXT;
-- From when to when a step is overdue (until NULL: until the next change).
ALTER TABLE tender ADD COLUMN overdue_from TEXT;
ALTER TABLE tender ADD COLUMN overdue_until TEXT;

CREATE INDEX tender_watched_at ON tender (watched_at);
CREATE INDEX tender_overdue ON tender (overdue_from, overdue_until) WHERE overdue_from IS NOT NULL;

-- The moments from the last change on at which an agenda entry falls.
CREATE TABLE reminder_moment (
    tender_id TEXT NOT NULL REFERENCES tender (id),
    at TEXT NOT NULL,
    PRIMARY KEY (tender_id, at)
) STRICT;

CREATE INDEX reminder_moment_by_at ON reminder_moment (at, tender_id);

-- The listing's covering index again, with the objection state that schema 7
-- moved into the tender row.
DROP INDEX tender_listing;
CREATE INDEX tender_listing ON tender (
    id, title, kind, open_house, schedule, published_at, cancelled_at, decided_at, final_at, first_signed_at,
    extensions_used, open_objections, redo_required
);
