-- Schema 9: questions and the nota van inlichtingen, evidence (bewijsstukken),
-- the notice of the awarded contract, and budget amendments per member.
-- Never edit a migration that has been released: add a new one.

-- A nota van inlichtingen as published to every registrant at once.
CREATE TABLE nota (
    tender_id TEXT NOT NULL REFERENCES tender (id),
    number INTEGER NOT NULL CHECK (number > 0),
    published_at TEXT NOT NULL,
    PRIMARY KEY (tender_id, number)
) STRICT;

-- A question (vraag) for the nota van inlichtingen, with its current answer.
-- `nota` is the nota that published the current answer; a later answer
-- clears it, so that the next nota publishes the new one.
CREATE TABLE question (
    tender_id TEXT NOT NULL REFERENCES tender (id),
    number INTEGER NOT NULL CHECK (number > 0),
    lot TEXT,
    -- Who asked: a registered provider (its KvK number) or an interested party by name.
    kvk TEXT,
    asker TEXT,
    question TEXT NOT NULL CHECK (question <> ''),
    asked_at TEXT NOT NULL,
    answer TEXT,
    answered_at TEXT,
    nota INTEGER,
    CHECK ((answer IS NULL) = (answered_at IS NULL)),
    CHECK (nota IS NULL OR answer IS NOT NULL),
    PRIMARY KEY (tender_id, number),
    FOREIGN KEY (tender_id, nota) REFERENCES nota (tender_id, number)
) STRICT;

-- What each nota published: every answer it carried, as it stood then (a
-- later answer replaces the question's current one, never what was published).
-- Nota n was published by the tender's n-th event of kind nvi.
CREATE TABLE nota_answer (
    tender_id TEXT NOT NULL,
    nota INTEGER NOT NULL,
    number INTEGER NOT NULL,
    lot TEXT,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (tender_id, nota, number),
    FOREIGN KEY (tender_id, nota) REFERENCES nota (tender_id, number),
    FOREIGN KEY (tender_id, number) REFERENCES question (tender_id, number)
) STRICT;

-- A piece of evidence (bewijsstuk) of a provider registered for a tender.
CREATE TABLE evidence (
    tender_id TEXT NOT NULL,
    kvk TEXT NOT NULL,
    number INTEGER NOT NULL CHECK (number > 0),
    kind TEXT NOT NULL CHECK (kind IN ('gva', 'vog', 'hkz', 'iso9001', 'skj', 'big', 'insurance', 'kvk-extract', 'other')),
    -- Local calendar dates, YYYY-MM-DD: valid from the start of `issued` to the end of `expires`.
    issued TEXT NOT NULL,
    expires TEXT,
    reference TEXT,
    recorded_at TEXT NOT NULL,
    CHECK (expires IS NULL OR expires >= issued),
    PRIMARY KEY (tender_id, number),
    FOREIGN KEY (tender_id, kvk) REFERENCES registration (tender_id, kvk)
) STRICT;

CREATE INDEX evidence_by_provider ON evidence (tender_id, kvk);

-- The notice of the awarded contract (aankondiging van een gegunde opdracht).
CREATE TABLE award_notice (
    tender_id TEXT PRIMARY KEY REFERENCES tender (id),
    published_on TEXT NOT NULL,
    reference TEXT,
    recorded_at TEXT NOT NULL
) STRICT;

-- A budget amendment may change one member's share of a lot budget.
ALTER TABLE amendment ADD COLUMN member TEXT;
