//! Server schema versions, kept in `tender_schema`. Append-only, as the
//! file's: a released migration is never edited; a change is a new file.

use super::Server;
use crate::store::StoreError;
use crate::store::sql::params;

/// The server migrations in order; the schema version is the number applied.
const MIGRATIONS: &[&str] = &[include_str!("0001_schema.sql")];

/// The schema version this binary writes on a server.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// One lock for every process that would create or migrate the schema.
const SCHEMA_LOCK: i64 = 0x7465_6e64_6572;

/// The role, the schema version and the append-only guards in one round
/// trip: every command but `new` and `copy` opens a database this way, so
/// its connection costs one query before its work.
const CURRENT: &str = "SELECT session_user::text, (SELECT version FROM tender_schema),
    (SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass('event')
     AND tgname IN ('event_is_append_only', 'event_is_not_truncated') AND tgenabled <> 'D')";

/// Opens an existing database: where its schema is this binary's and
/// guarded, in one round trip; otherwise as [`migrate`] finds it.
pub(super) fn open(server: &mut Server) -> Result<(), StoreError> {
    let current = server.simple(CURRENT)?;
    if let Some([role, Some(version), Some(guards)]) =
        current.as_deref().and_then(|rows| rows.first()).map(Vec::as_slice)
    {
        if version.parse() == Ok(SCHEMA_VERSION) && guards == "2" {
            server.role = role.clone().unwrap_or_default();
            return Ok(());
        }
    }
    server.role = server.session_user()?;
    migrate(server, false)
}

/// Checks the schema and brings it up to date: an empty database gets it
/// when `create` (`tender new`, `copy --to`) and is refused otherwise, as is
/// a database of something else or a schema newer than this binary.
pub(super) fn migrate(server: &mut Server, create: bool) -> Result<(), StoreError> {
    let place = server.place.to_string();
    let found = version(server)?;
    match found {
        Some(found) if found > SCHEMA_VERSION => {
            return Err(StoreError::ServerTooNew {
                place,
                found,
                known: SCHEMA_VERSION,
            });
        }
        Some(found) if found == SCHEMA_VERSION => return guarded(server),
        None if !create => {
            return Err(if tables(server)? == 0 {
                StoreError::NoSchema { place }
            } else {
                StoreError::NotTenderServer { place }
            });
        }
        _ => {}
    }
    server.batch("BEGIN")?;
    let applied = apply(server, create);
    match applied {
        Ok(()) => server.batch("COMMIT")?,
        Err(e) => {
            let _ = server.batch("ROLLBACK");
            return Err(e);
        }
    }
    guarded(server)
}

pub(super) fn apply(server: &mut Server, create: bool) -> Result<(), StoreError> {
    server.query("SELECT pg_advisory_xact_lock(?1)", params![SCHEMA_LOCK])?;
    // Another process may have created or migrated it while this one waited.
    let current = match version(server)? {
        Some(current) => current,
        None if tables(server)? == 0 && create => {
            server
                .batch("CREATE TABLE tender_schema (version BIGINT NOT NULL); INSERT INTO tender_schema VALUES (0)")?;
            0
        }
        None => {
            return Err(StoreError::NotTenderServer {
                place: server.place.to_string(),
            });
        }
    };
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        server.batch(sql)?;
        server.execute("UPDATE tender_schema SET version = ?1", params![index as i64 + 1])?;
    }
    Ok(())
}

/// The schema version, or none where there is no `tender_schema`.
fn version(server: &mut Server) -> Result<Option<i64>, StoreError> {
    let exists = server.query("SELECT to_regclass('tender_schema') IS NOT NULL", params![])?;
    if !exists.first().is_some_and(|row| row.get::<_, bool>(0)) {
        return Ok(None);
    }
    let rows = server.query("SELECT version FROM tender_schema", params![])?;
    Ok(rows.first().map(|row| row.get::<_, i64>(0)))
}

/// Tables and views in the schema the connection uses.
pub(super) fn tables(server: &mut Server) -> Result<i64, StoreError> {
    let rows = server.query(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'p', 'm')",
        params![],
    )?;
    Ok(rows.first().map_or(0, |row| row.get::<_, i64>(0)))
}

/// A schema whose audit trail the server does not keep append-only is not
/// a tender database, however its tables are named.
fn guarded(server: &mut Server) -> Result<(), StoreError> {
    let rows = server.query(
        "SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass('event')
         AND tgname IN ('event_is_append_only', 'event_is_not_truncated') AND tgenabled <> 'D'",
        params![],
    )?;
    if rows.first().map_or(0, |row| row.get::<_, i64>(0)) == 2 {
        Ok(())
    } else {
        Err(StoreError::NotTenderServer {
            place: server.place.to_string(),
        })
    }
}
