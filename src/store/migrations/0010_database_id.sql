-- A random id for this database, chosen once, so that what it exports can be
-- told apart from another database's: the calendar's UIDs carry it, and two
-- regions (or a test copy and the real file) never overwrite each other's
-- events in one agenda. Never edit a migration that has been released: add a new one.
CREATE TABLE setting (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

INSERT INTO setting (name, value) VALUES ('database_id', lower(hex(randomblob(8))));

-- The id is the database's identity: it is never changed or removed.
CREATE TRIGGER setting_database_id_fixed BEFORE UPDATE ON setting WHEN OLD.name = 'database_id'
BEGIN
    SELECT RAISE(ABORT, 'the database id never changes');
END;
CREATE TRIGGER setting_database_id_kept BEFORE DELETE ON setting WHEN OLD.name = 'database_id'
BEGIN
    SELECT RAISE(ABORT, 'the database id is never removed');
END;
