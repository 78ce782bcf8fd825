-- Schema 7: the rules that lived in SQL move to Rust; triggers only guard.
-- The objection state of a tender (how many are open, whether an upheld one
-- calls for a re-award) is stored with its other decisions, as the domain
-- computes it, instead of being derived by every query; the definition
-- snapshots (revision rows) and the event ids of decisions, signatures and
-- amendments are written by the command that records them, not claimed by
-- triggers. Never edit a migration that has been released: add a new one.

ALTER TABLE tender ADD COLUMN open_objections INTEGER NOT NULL DEFAULT 0 CHECK (open_objections >= 0);
ALTER TABLE tender ADD COLUMN redo_required INTEGER NOT NULL DEFAULT 0 CHECK (redo_required IN (0, 1));

-- What schema 6 derived, kept once for the tenders recorded before.
UPDATE tender SET
    open_objections = (SELECT count(*) FROM objection o WHERE o.tender_id = tender.id AND o.outcome IS NULL),
    redo_required = EXISTS (SELECT 1 FROM objection o WHERE o.tender_id = tender.id AND o.outcome = 'upheld'
        AND o.decision = (SELECT max(number) FROM decision d WHERE d.tender_id = tender.id));

DROP TRIGGER event_keeps_the_definition;
DROP TRIGGER event_claims_its_decision;
DROP TRIGGER event_claims_its_signature;
DROP TRIGGER event_claims_its_amendments;
