-- Schema 2: providers and their registrations (aanmeldingen).
-- Never edit a migration that has been released: add a new one.

CREATE TABLE provider (
    kvk TEXT PRIMARY KEY CHECK (length(kvk) = 8 AND kvk NOT GLOB '*[^0-9]*'),
    name TEXT NOT NULL CHECK (name <> ''),
    agb TEXT CHECK (agb IS NULL OR (length(agb) = 8 AND agb NOT GLOB '*[^0-9]*')),
    email TEXT
) STRICT;

CREATE TABLE registration (
    tender_id TEXT NOT NULL REFERENCES tender (id),
    kvk TEXT NOT NULL REFERENCES provider (kvk),
    status TEXT NOT NULL CHECK (status IN ('registered', 'withdrawn', 'qualified', 'rejected', 'awarded', 'not-awarded')),
    small INTEGER NOT NULL CHECK (small IN (0, 1)),
    -- Requirement ids met, separated by '|', in definition order.
    meets TEXT NOT NULL,
    -- Why the registration was rejected.
    reason TEXT,
    registered_at TEXT NOT NULL,
    -- An open-house newcomer applying while the framework runs, and when it joins once admitted.
    joining INTEGER NOT NULL CHECK (joining IN (0, 1)),
    joining_at TEXT,
    PRIMARY KEY (tender_id, kvk)
) STRICT;

CREATE TABLE registration_lot (
    tender_id TEXT NOT NULL,
    kvk TEXT NOT NULL,
    lot TEXT NOT NULL,
    PRIMARY KEY (tender_id, kvk, lot),
    FOREIGN KEY (tender_id, kvk) REFERENCES registration (tender_id, kvk)
) STRICT;

CREATE INDEX registration_lot_by_lot ON registration_lot (tender_id, lot);
