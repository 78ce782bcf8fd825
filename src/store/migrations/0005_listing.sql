-- Schema 4: what `list` and `show` read of every tender, kept small and at hand
-- (SPEC §7: whole-process reads under 20 ms with 1,000 tenders and 100,000
-- registrations). Never edit a migration that has been released: add a new one.

-- Active (not withdrawn) registrations per tender, kept by triggers in the
-- transaction that changes a registration, so that a listing reads 1,000 counts
-- instead of counting 100,000 rows.
CREATE TABLE registration_count (
    tender_id TEXT PRIMARY KEY REFERENCES tender (id),
    active INTEGER NOT NULL CHECK (active >= 0)
) STRICT;

INSERT INTO registration_count (tender_id, active)
    SELECT tender_id, count(*) FROM registration WHERE status <> 'withdrawn' GROUP BY tender_id;

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

-- The columns a listing reads of every tender, apart from the definitions
-- (several KB each, on overflow pages) that the table rows hold.
CREATE INDEX tender_listing ON tender (
    id, title, kind, open_house, schedule, published_at, cancelled_at, decided_at, final_at, first_signed_at,
    extensions_used
);
