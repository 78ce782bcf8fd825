-- Schema 4: what was known when, so that `export --ocds` can replay a tender's
-- history: the definition after every change, and for each decision, signature
-- and amendment the audit event that recorded it.
-- Never edit a migration that has been released: add a new one.

-- The definition and its resolved timeline as they were after an event of
-- kind new, update or rectify.
CREATE TABLE revision (
    event_id INTEGER PRIMARY KEY REFERENCES event (id),
    source TEXT NOT NULL,
    schedule TEXT NOT NULL
) STRICT;

ALTER TABLE decision ADD COLUMN event_id INTEGER REFERENCES event (id);
ALTER TABLE signature ADD COLUMN event_id INTEGER REFERENCES event (id);
ALTER TABLE amendment ADD COLUMN event_id INTEGER REFERENCES event (id);

-- A command writes its rows first and its audit event last, in one transaction;
-- the event then claims what its command wrote.
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

CREATE TRIGGER revision_is_append_only_update BEFORE UPDATE ON revision
BEGIN
    SELECT RAISE(ABORT, 'the definition history is append-only: revisions cannot be changed');
END;

CREATE TRIGGER revision_is_append_only_delete BEFORE DELETE ON revision
BEGIN
    SELECT RAISE(ABORT, 'the definition history is append-only: revisions cannot be deleted');
END;

-- Databases of schema 3 know only the current definition: it is the one after
-- the last definition event. Their decisions, signatures and amendments are
-- matched to events in order (the n-th award event recorded decision n) or,
-- for amendments, by the time they were recorded.
INSERT INTO revision (event_id, source, schedule)
SELECT (SELECT max(e.id) FROM event e WHERE e.tender_id = t.id AND e.action IN ('new', 'update', 'rectify')),
       t.source, t.schedule
FROM tender t
WHERE EXISTS (SELECT 1 FROM event e WHERE e.tender_id = t.id AND e.action IN ('new', 'update', 'rectify'));

UPDATE decision SET event_id = (
    SELECT id FROM (
        SELECT e.id, row_number() OVER (ORDER BY e.id) AS n FROM event e
        WHERE e.tender_id = decision.tender_id AND e.action = 'award'
    ) WHERE n = decision.number
);

UPDATE signature SET event_id = (
    SELECT id FROM (
        SELECT e.id, row_number() OVER (ORDER BY e.id) AS n FROM event e
        WHERE e.tender_id = signature.tender_id AND e.action = 'sign'
    ) WHERE n = (SELECT count(*) FROM signature s WHERE s.tender_id = signature.tender_id AND s.rowid <= signature.rowid)
);

UPDATE amendment SET event_id = (
    SELECT min(e.id) FROM event e WHERE e.tender_id = amendment.tender_id AND e.action = 'amend' AND e.at = amendment.at
);
