-- Migration 0008 (its number is reserved for this change; migrations.rs lists the files in order):
-- terminations, a registration ended by one, signing again after it (an open
-- house), and amendments with their legal basis and the date they take effect.
-- Never edit a migration that has been released: add a new one.

-- The event ids of terminations, like those of signatures and amendments
-- since schema 7, are written by the command that records them.

-- A registration whose signed contract was terminated: status `terminated`.
CREATE TABLE registration_v8 (
    tender_id TEXT NOT NULL REFERENCES tender (id),
    kvk TEXT NOT NULL REFERENCES provider (kvk),
    status TEXT NOT NULL CHECK (status IN ('registered', 'withdrawn', 'qualified', 'rejected', 'awarded',
        'not-awarded', 'terminated')),
    small INTEGER NOT NULL CHECK (small IN (0, 1)),
    meets TEXT NOT NULL,
    reason TEXT,
    registered_at TEXT NOT NULL,
    joining INTEGER NOT NULL CHECK (joining IN (0, 1)),
    joining_at TEXT,
    PRIMARY KEY (tender_id, kvk)
) STRICT;
INSERT INTO registration_v8 SELECT tender_id, kvk, status, small, meets, reason, registered_at, joining, joining_at
    FROM registration;
DROP TABLE registration;
ALTER TABLE registration_v8 RENAME TO registration;

CREATE TRIGGER registration_count_insert AFTER INSERT ON registration WHEN NEW.status <> 'withdrawn'
BEGIN
    INSERT INTO registration_count (tender_id, active) VALUES (NEW.tender_id, 1)
        ON CONFLICT (tender_id) DO UPDATE SET active = active + 1;
END;

CREATE TRIGGER registration_count_update AFTER UPDATE OF tender_id, status ON registration
    WHEN OLD.tender_id <> NEW.tender_id OR (OLD.status <> 'withdrawn') <> (NEW.status <> 'withdrawn')
BEGIN
    UPDATE registration_count SET active = active - 1
        WHERE tender_id = OLD.tender_id AND OLD.status <> 'withdrawn';
    INSERT INTO registration_count (tender_id, active) SELECT NEW.tender_id, 1 WHERE NEW.status <> 'withdrawn'
        ON CONFLICT (tender_id) DO UPDATE SET active = active + 1;
END;

CREATE TRIGGER registration_count_delete AFTER DELETE ON registration WHEN OLD.status <> 'withdrawn'
BEGIN
    UPDATE registration_count SET active = active - 1 WHERE tender_id = OLD.tender_id;
END;

-- A provider whose contract was terminated may sign again (an open house): one
-- signature per provider and moment.
CREATE TABLE signature_v8 (
    tender_id TEXT NOT NULL,
    kvk TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    effective_at TEXT NOT NULL,
    event_id INTEGER REFERENCES event (id),
    PRIMARY KEY (tender_id, kvk, signed_on),
    FOREIGN KEY (tender_id, kvk) REFERENCES registration (tender_id, kvk)
) STRICT;
INSERT INTO signature_v8 SELECT tender_id, kvk, signed_on, effective_at, event_id FROM signature ORDER BY rowid;
DROP TABLE signature;
ALTER TABLE signature_v8 RENAME TO signature;

CREATE TABLE termination (
    tender_id TEXT NOT NULL,
    kvk TEXT NOT NULL,
    -- The day the contract ends (its start: the provider is out of the register from then).
    terminated_on TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason <> ''),
    at TEXT NOT NULL,
    event_id INTEGER REFERENCES event (id),
    PRIMARY KEY (tender_id, kvk, terminated_on),
    FOREIGN KEY (tender_id, kvk) REFERENCES registration (tender_id, kvk)
) STRICT;

-- Amendments: an indexation of every contracted price of a lot (`index`, the
-- percentage in hundredths in new_cents), the legal basis, and the moment from
-- which the change is in force. Older rows were agreements in force when recorded.
CREATE TABLE amendment_v8 (
    tender_id TEXT NOT NULL REFERENCES tender (id),
    number INTEGER NOT NULL CHECK (number > 0),
    lot TEXT NOT NULL,
    product TEXT,
    field TEXT NOT NULL CHECK (field IN ('tariff', 'budget', 'index')),
    old_cents INTEGER,
    new_cents INTEGER NOT NULL CHECK (new_cents >= 0),
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    event_id INTEGER REFERENCES event (id),
    basis TEXT NOT NULL CHECK (basis IN ('indexation', 'review-clause', 'agreement')),
    effective_from TEXT NOT NULL,
    CHECK ((field = 'tariff') = (product IS NOT NULL)),
    PRIMARY KEY (tender_id, number)
) STRICT;
INSERT INTO amendment_v8
    SELECT tender_id, number, lot, product, field, old_cents, new_cents, reason, at, event_id, 'agreement', at
    FROM amendment;
DROP TABLE amendment;
ALTER TABLE amendment_v8 RENAME TO amendment;
