//! `tender copy --to` and the backup of a server: every row of every table,
//! read in one snapshot of the source and written in one transaction on an
//! empty target, ids, times and actors as they were; then the rows are
//! counted on both sides. The two schemas have the same tables and columns,
//! so one list of them serves both directions.

use std::path::Path;

use super::postgres::Place;
use super::sql::{Backend, Db, Value, params};
use super::{PostgresStore, SqliteStore, Storage, StoreError};

/// Every table that holds the dossier, parents before the rows that refer
/// to them, with its columns. Left out: `registration_count` (derived from
/// the registrations on both backends) and `setting` (the target keeps the
/// database id it was given, see docs/storage.md).
const TABLES: &[(&str, &str)] = &[
    (
        "tender",
        "id, kind, title, open_house, source, schedule, created_at, published_at, cancelled_at, decided_at, final_at,
         first_signed_at, extensions_used, open_objections, redo_required, watched_at, overdue_from, overdue_until",
    ),
    ("provider", "kvk, name, agb, email"),
    ("event", "id, tender_id, at, actor, action, detail, account"),
    ("revision", "event_id, source, schedule"),
    (
        "registration",
        "tender_id, kvk, status, small, meets, reason, registered_at, joining, joining_at",
    ),
    ("registration_lot", "rowid, tender_id, kvk, lot"),
    ("score", "tender_id, kvk, lot, criterion, points, price, scored_at"),
    ("decision", "tender_id, number, decided_at, draw, event_id"),
    (
        "award_result",
        "tender_id, number, lot, kvk, position, rank, score, awarded, excluded",
    ),
    (
        "objection",
        "tender_id, number, kvk, reason, filed_at, decision, outcome, resolved_at",
    ),
    ("consultation", "tender_id, number, held_on, summary"),
    ("signature", "rowid, tender_id, kvk, signed_on, effective_at, event_id"),
    (
        "termination",
        "rowid, tender_id, kvk, terminated_on, reason, at, event_id",
    ),
    (
        "amendment",
        "tender_id, number, lot, product, field, old_cents, new_cents, reason, at, event_id, basis, effective_from, member",
    ),
    ("nota", "tender_id, number, published_at"),
    (
        "question",
        "tender_id, number, lot, kvk, asker, question, asked_at, answer, answered_at, nota",
    ),
    (
        "nota_answer",
        "tender_id, nota, number, lot, question, answer, answered_at",
    ),
    (
        "evidence",
        "tender_id, kvk, number, kind, issued, expires, reference, recorded_at",
    ),
    ("award_notice", "tender_id, published_on, reference, recorded_at"),
    ("reminder_moment", "tender_id, at"),
];

/// The ids the server numbers itself, set past the copied ones afterwards.
const NUMBERED: &[(&str, &str)] = &[
    ("event", "id"),
    ("registration_lot", "rowid"),
    ("signature", "rowid"),
    ("termination", "rowid"),
];

/// The rows of every table, as read from the source.
pub struct Rows {
    tables: Vec<Vec<Vec<Value<'static>>>>,
}

impl Rows {
    /// How many rows of each table, in the order of `TABLES`.
    pub fn counts(&self) -> Vec<(&'static str, usize)> {
        TABLES
            .iter()
            .zip(&self.tables)
            .map(|((table, _), rows)| (*table, rows.len()))
            .collect()
    }

    /// Rows in all.
    pub fn total(&self) -> usize {
        self.tables.iter().map(Vec::len).sum()
    }
}

/// Reads every table through `db` (inside the caller's snapshot).
pub(super) fn read(db: Db<'_>) -> Result<Rows, StoreError> {
    let tables = TABLES
        .iter()
        .map(|(table, columns)| {
            db.query(&format!("SELECT {columns} FROM {table} ORDER BY 1"), params![], |row| {
                (0..row.len()).map(|i| Ok(row.value(i)?.into_owned())).collect()
            })
        })
        .collect::<Result<_, StoreError>>()?;
    Ok(Rows { tables })
}

/// Writes every row through `db` (inside the caller's transaction on the
/// empty target) and checks that each table then holds as many as the source.
pub(super) fn write(db: Db<'_>, rows: &Rows) -> Result<(), StoreError> {
    for ((table, columns), table_rows) in TABLES.iter().zip(&rows.tables) {
        db.insert_rows(table, columns, table_rows, "")?;
    }
    if db.backend() == Backend::Postgres {
        for (table, column) in NUMBERED {
            db.one(
                &format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', '{column}'), coalesce(max({column}), 0) + 1, false)
                     FROM {table}"
                ),
                params![],
                |_| Ok(()),
            )?;
        }
    }
    for ((table, _), table_rows) in TABLES.iter().zip(&rows.tables) {
        let found: u64 = db.one(&format!("SELECT count(*) FROM {table}"), params![], |row| row.get(0))?;
        if found != table_rows.len() as u64 {
            return Err(StoreError::CopyMismatch {
                table: table.to_string(),
                expected: table_rows.len(),
                found,
            });
        }
    }
    Ok(())
}

/// Copies the server's database into a new file at `to` (`tender backup`
/// on PostgreSQL): one REPEATABLE READ snapshot, one transaction on the file.
/// `to` is the empty file the backup command made for it.
pub(super) fn backup_to_file(source: &PostgresStore, to: &Path) -> Result<(), StoreError> {
    let rows = source.snapshot(read)?;
    SqliteStore::open(to)?.load(|db| write(db, &rows))
}

/// Writes `rows` into a new file at `to`; a copy that fails leaves no file.
fn into_file(rows: &Rows, to: &Path) -> Result<(), StoreError> {
    // A file that is there already is refused and left alone: only a file
    // this copy created is removed when the copy fails.
    let mut file = SqliteStore::create_empty(to)?;
    let written = file.load(|db| write(db, rows));
    drop(file);
    if written.is_err() {
        for (path, _) in super::database_files(to) {
            let _ = std::fs::remove_file(path);
        }
    }
    written
}

/// Copies everything `source` holds into the empty database `target` (a
/// file that does not exist yet, or a server database without tables);
/// returns what was copied.
pub fn copy(source: &dyn Storage, target: &str) -> Result<Rows, StoreError> {
    let named = place(target)?;
    let itself = match source.file() {
        Some(file) => same_file(file, Path::new(target)),
        None => named == source.place(),
    };
    if itself {
        return Err(StoreError::CopyToItself { target: named });
    }
    let rows = source.read_all()?;
    if super::postgres::is_url(target) {
        // The schema and the rows in one transaction: a copy that fails
        // leaves the server database as empty as it was.
        PostgresStore::empty(target)?.load(|db| write(db, &rows))?;
    } else {
        into_file(&rows, Path::new(target))?;
    }
    Ok(rows)
}

/// The database `db` names as a message shows it: the file, or the server's
/// host:port/dbname (never the password a URL may hold).
pub fn place(db: &str) -> Result<String, StoreError> {
    if super::postgres::is_url(db) {
        Ok(Place::parse(db)?.to_string())
    } else {
        Ok(db.to_string())
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
