-- Schema 3: evaluation, award decisions, objections, contracts, and the
-- bestuurlijk consultations and amendments.
-- Never edit a migration that has been released: add a new one.

CREATE TABLE score (
    tender_id TEXT NOT NULL,
    kvk TEXT NOT NULL,
    lot TEXT NOT NULL,
    criterion TEXT NOT NULL,
    -- Points in hundredths of a point, or the price in cents for the price criterion.
    points INTEGER CHECK (points IS NULL OR points >= 0),
    price INTEGER CHECK (price IS NULL OR price > 0),
    scored_at TEXT NOT NULL,
    CHECK ((points IS NULL) <> (price IS NULL)),
    PRIMARY KEY (tender_id, kvk, lot, criterion),
    FOREIGN KEY (tender_id, kvk, lot) REFERENCES registration_lot (tender_id, kvk, lot)
) STRICT;

CREATE TABLE decision (
    tender_id TEXT NOT NULL REFERENCES tender (id),
    number INTEGER NOT NULL CHECK (number > 0),
    decided_at TEXT NOT NULL,
    -- The outcome of a draw between tied providers, KvK numbers best first, '|'-separated.
    draw TEXT NOT NULL,
    PRIMARY KEY (tender_id, number)
) STRICT;

CREATE TABLE award_result (
    tender_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    lot TEXT NOT NULL,
    kvk TEXT NOT NULL,
    position INTEGER NOT NULL,
    rank INTEGER,
    score TEXT,
    awarded INTEGER NOT NULL CHECK (awarded IN (0, 1)),
    excluded TEXT,
    PRIMARY KEY (tender_id, number, lot, kvk),
    FOREIGN KEY (tender_id, number) REFERENCES decision (tender_id, number)
) STRICT;

CREATE TABLE objection (
    tender_id TEXT NOT NULL REFERENCES tender (id),
    number INTEGER NOT NULL CHECK (number > 0),
    kvk TEXT NOT NULL REFERENCES provider (kvk),
    reason TEXT NOT NULL,
    filed_at TEXT NOT NULL,
    -- The award decision the objection is against.
    decision INTEGER NOT NULL,
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('upheld', 'rejected')),
    resolved_at TEXT,
    PRIMARY KEY (tender_id, number)
) STRICT;

CREATE TABLE signature (
    tender_id TEXT NOT NULL,
    kvk TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    -- When the contract or accession takes effect: the contract start, or an open-house joining moment.
    effective_at TEXT NOT NULL,
    PRIMARY KEY (tender_id, kvk),
    FOREIGN KEY (tender_id, kvk) REFERENCES registration (tender_id, kvk)
) STRICT;

CREATE TABLE consultation (
    tender_id TEXT NOT NULL REFERENCES tender (id),
    number INTEGER NOT NULL CHECK (number > 0),
    held_on TEXT NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (tender_id, number)
) STRICT;

CREATE TABLE amendment (
    tender_id TEXT NOT NULL REFERENCES tender (id),
    number INTEGER NOT NULL CHECK (number > 0),
    lot TEXT NOT NULL,
    product TEXT,
    field TEXT NOT NULL CHECK (field IN ('tariff', 'budget')),
    old_cents INTEGER,
    new_cents INTEGER NOT NULL CHECK (new_cents >= 0),
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    CHECK ((field = 'tariff') = (product IS NOT NULL)),
    PRIMARY KEY (tender_id, number)
) STRICT;
