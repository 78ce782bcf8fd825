//! The PostgreSQL backend, for a region's team on one server (SPEC §5): the
//! same statements as the file, one connection per process, changes of one
//! tender serialised by a transaction-scoped advisory lock on its id.

mod migrations;
mod tls;

use std::cell::RefCell;
use std::fmt;
use std::path::Path;
use std::time::Duration;

use postgres::Client;
use postgres::error::SqlState;
use postgres::types::{Format, IsNull, ToSql, Type, to_sql_checked};

use super::connected::{Connected, Open};
use super::copy::Rows;
use super::sql::{Db, Param, Value, params};
use super::{Stamp, Storage, StoreError, Txn};

/// Where the server database is, as the user named it (never the password).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub host: String,
    pub port: u16,
    pub dbname: String,
    pub user: String,
}

impl Place {
    fn of(config: &postgres::Config) -> Place {
        Place {
            host: match config.get_hosts().first() {
                Some(postgres::config::Host::Tcp(host)) => host.clone(),
                Some(postgres::config::Host::Unix(path)) => path.display().to_string(),
                None => "localhost".to_string(),
            },
            port: config.get_ports().first().copied().unwrap_or(5432),
            // libpq's default: the database named as the user.
            dbname: config
                .get_dbname()
                .or(config.get_user())
                .unwrap_or("postgres")
                .to_string(),
            user: config.get_user().unwrap_or("postgres").to_string(),
        }
    }

    /// The server database a URL names, without connecting.
    pub fn parse(url: &str) -> Result<Place, StoreError> {
        Ok(Place::of(&tls::parse(url)?.0))
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}/{}", self.host, self.port, self.dbname)
    }
}

/// Whether `text` names a server database rather than a file.
pub fn is_url(text: &str) -> bool {
    text.contains("://")
}

/// One connection to the server.
pub struct Server {
    client: Client,
    place: Place,
    /// The role the server says is connected (`session_user`).
    role: String,
    /// Rows changed since the connection opened, to check that a change
    /// without an audit event wrote nothing.
    changes: u64,
}

impl Server {
    /// The parameters as the server takes them: each of a type it infers
    /// from the statement, as psql's literals are, so that the statement
    /// needs no preparing. A process runs most of its statements once, and
    /// preparing one would cost a round trip of its own.
    fn typed<'v>(values: &'v [ServerValue<'v>]) -> Vec<(&'v (dyn ToSql + Sync), Type)> {
        values
            .iter()
            .map(|v| (v as &(dyn ToSql + Sync), Type::UNKNOWN))
            .collect()
    }

    pub(super) fn query(&mut self, sql: &str, params: &[&dyn Param]) -> Result<Vec<postgres::Row>, StoreError> {
        let values: Vec<ServerValue> = params.iter().map(|p| ServerValue(p.value())).collect();
        self.client
            .query_typed(&numbered(sql), &Server::typed(&values))
            .map_err(|e| error(&self.place, &self.role, e))
    }

    pub(super) fn execute(&mut self, sql: &str, params: &[&dyn Param]) -> Result<usize, StoreError> {
        let values: Vec<ServerValue> = params.iter().map(|p| ServerValue(p.value())).collect();
        let changed = self
            .client
            .execute_typed(&numbered(sql), &Server::typed(&values))
            .map_err(|e| error(&self.place, &self.role, e))?;
        self.changes += changed;
        Ok(changed as usize)
    }

    /// The role the server says is connected.
    fn session_user(&mut self) -> Result<String, StoreError> {
        Ok(self
            .query("SELECT session_user::text", params![])?
            .first()
            .and_then(|row| row.try_get::<_, String>(0).ok())
            .unwrap_or_default())
    }

    /// The text columns of the rows of one statement without parameters, in
    /// one round trip (no statement prepared); none where it names a table
    /// that is not there.
    fn simple(&mut self, sql: &str) -> Result<Option<Vec<Vec<Option<String>>>>, StoreError> {
        match self.client.simple_query(sql) {
            Ok(messages) => Ok(Some(
                messages
                    .iter()
                    .filter_map(|message| match message {
                        postgres::SimpleQueryMessage::Row(row) => {
                            Some((0..row.len()).map(|i| row.get(i).map(str::to_string)).collect())
                        }
                        _ => None,
                    })
                    .collect(),
            )),
            Err(e) if e.code() == Some(&SqlState::UNDEFINED_TABLE) => Ok(None),
            Err(e) => Err(error(&self.place, &self.role, e)),
        }
    }

    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        self.client
            .batch_execute(sql)
            .map_err(|e| error(&self.place, &self.role, e))
    }
}

/// `?1`-style parameters as PostgreSQL writes them (`$1`), outside quoted text.
fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quoted = false;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted && chars.peek().is_some_and(char::is_ascii_digit) => out.push('$'),
            _ => out.push(c),
        }
    }
    out
}

/// A parameter as the server takes it: in text, which the server reads as
/// the type of the column or expression it meets.
#[derive(Debug)]
struct ServerValue<'a>(Value<'a>);

impl ToSql for ServerValue<'_> {
    fn to_sql(&self, _: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match &self.0 {
            Value::Null => return Ok(IsNull::Yes),
            Value::Integer(i) => out.extend_from_slice(i.to_string().as_bytes()),
            // Rust writes the shortest text that reads back as the same number.
            Value::Real(r) => out.extend_from_slice(r.to_string().as_bytes()),
            Value::Text(t) => out.extend_from_slice(t.as_bytes()),
        }
        Ok(IsNull::No)
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    fn encode_format(&self, _: &Type) -> Format {
        Format::Text
    }

    to_sql_checked!();
}

/// Column `index` of a server row, as the file would hold it.
pub(super) fn value(row: &postgres::Row, index: usize) -> Result<Value<'_>, StoreError> {
    let invalid = |e: postgres::Error| StoreError::Invalid(format!("column {index}: {e}"));
    let ty = row.columns()[index].type_();
    Ok(match *ty {
        Type::INT8 => row
            .try_get::<_, Option<i64>>(index)
            .map_err(invalid)?
            .map(Value::Integer),
        Type::INT4 => row
            .try_get::<_, Option<i32>>(index)
            .map_err(invalid)?
            .map(|i| Value::Integer(i.into())),
        Type::INT2 => row
            .try_get::<_, Option<i16>>(index)
            .map_err(invalid)?
            .map(|i| Value::Integer(i.into())),
        Type::BOOL => row
            .try_get::<_, Option<bool>>(index)
            .map_err(invalid)?
            .map(|b| Value::Integer(b.into())),
        Type::FLOAT8 => row.try_get::<_, Option<f64>>(index).map_err(invalid)?.map(Value::Real),
        Type::TEXT | Type::VARCHAR | Type::NAME | Type::BPCHAR => row
            .try_get::<_, Option<&str>>(index)
            .map_err(invalid)?
            .map(|t| Value::Text(t.into())),
        ref other => return Err(StoreError::Invalid(format!("column {index} is of type {other}"))),
    }
    .unwrap_or(Value::Null))
}

/// A server error in the user's terms, naming the database and the role.
fn error(place: &Place, role: &str, e: postgres::Error) -> StoreError {
    let Some(db) = e.as_db_error() else {
        return StoreError::ServerGone {
            place: place.to_string(),
            reason: e.to_string(),
        };
    };
    match *db.code() {
        SqlState::INSUFFICIENT_PRIVILEGE => StoreError::RoleMayNotChange { role: role.to_string() },
        SqlState::READ_ONLY_SQL_TRANSACTION => StoreError::RoleMayNotChange { role: role.to_string() },
        // The server ended the session (pg_terminate_backend, a shutdown):
        // the change in progress was rolled back with it.
        SqlState::ADMIN_SHUTDOWN | SqlState::CRASH_SHUTDOWN | SqlState::CANNOT_CONNECT_NOW => StoreError::ServerGone {
            place: place.to_string(),
            reason: db.message().to_string(),
        },
        _ => StoreError::Server {
            place: place.to_string(),
            reason: db.message().to_string(),
        },
    }
}

/// A tender database on a PostgreSQL server.
pub struct PostgresStore {
    server: RefCell<Server>,
}

impl PostgresStore {
    /// Connects to an existing tender database; a database without the
    /// schema is refused (only `tender new` and `copy --to` create it).
    pub fn open_existing(url: &str) -> Result<PostgresStore, StoreError> {
        let mut server = PostgresStore::connect(url)?;
        migrations::open(&mut server)?;
        Ok(PostgresStore {
            server: RefCell::new(server),
        })
    }

    /// Connects, creating the schema in an empty database.
    pub fn create(url: &str) -> Result<PostgresStore, StoreError> {
        let mut server = PostgresStore::connect(url)?;
        server.role = server.session_user()?;
        migrations::migrate(&mut server, true)?;
        Ok(PostgresStore {
            server: RefCell::new(server),
        })
    }

    /// The connection, its role not yet asked: opening an existing database
    /// learns it in the same round trip as the schema check.
    fn connect(url: &str) -> Result<Server, StoreError> {
        let (mut config, security) = tls::parse(url)?;
        config.connect_timeout(Duration::from_secs(10));
        config.application_name("tender");
        let place = Place::of(&config);
        let client = security
            .connect(&config, &place)?
            .map_err(|e| connect_error(&place, e))?;
        Ok(Server {
            client,
            place,
            role: String::new(),
            changes: 0,
        })
    }
}

/// Why a connection failed, in one sentence naming host and database.
fn connect_error(place: &Place, e: postgres::Error) -> StoreError {
    let host = format!("{}:{}", place.host, place.port);
    let reason = match e.as_db_error() {
        Some(db) if *db.code() == SqlState::INVALID_CATALOG_NAME => {
            return StoreError::NoServerDatabase {
                host,
                dbname: place.dbname.clone(),
            };
        }
        Some(db) if *db.code() == SqlState::INVALID_PASSWORD => {
            format!("it refused the password of role `{}`", place.user)
        }
        Some(db) => db.message().to_string(),
        None => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(cause) = source {
                text = cause.to_string();
                source = cause.source();
            }
            // The system's error number helps nobody who reads the sentence.
            match text.find(" (os error") {
                Some(at) => text[..at].to_string(),
                None => text,
            }
        }
    };
    StoreError::ServerUnreachable {
        host,
        dbname: place.dbname.clone(),
        reason,
    }
}

impl Storage for PostgresStore {
    /// Holds the tender's advisory lock until commit or rollback, so that the
    /// reads of one change of a tender never interleave with another's.
    fn begin<'s>(&'s mut self, tender_id: &str, stamp: &Stamp) -> Result<Box<dyn Txn + 's>, StoreError> {
        let changes_before = {
            let mut server = self.server.borrow_mut();
            // One round trip: the key is a number, so it can be written into
            // the text of the statement.
            server.batch(&format!("BEGIN; SELECT pg_advisory_xact_lock({})", lock_key(tender_id)))?;
            server.changes
        };
        Ok(Box::new(PostgresTxn {
            server: &self.server,
            stamp: stamp.clone(),
            account: self.server.borrow().role.clone(),
            events: 0,
            changes_before,
            open: true,
        }))
    }

    fn file(&self) -> Option<&Path> {
        None
    }

    fn backup(&self, to: &Path) -> Result<(), StoreError> {
        super::copy::backup_to_file(self, to)
    }

    fn read_all(&self) -> Result<Rows, StoreError> {
        self.snapshot(super::copy::read)
    }

    fn place(&self) -> String {
        self.server.borrow().place.to_string()
    }
}

impl Connected for PostgresStore {
    fn db(&self) -> Db<'_> {
        Db::postgres(&self.server)
    }
}

/// The advisory lock of tender `id`: its 64-bit FNV-1a hash, the same in
/// every process and every version (Rust's own hasher promises neither).
fn lock_key(id: &str) -> i64 {
    let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    hash as i64
}

/// One change on the server: a transaction holding its tender's lock.
pub struct PostgresTxn<'a> {
    server: &'a RefCell<Server>,
    stamp: Stamp,
    account: String,
    events: usize,
    changes_before: u64,
    /// Until committed, dropping the change rolls it back.
    open: bool,
}

impl Connected for PostgresTxn<'_> {
    fn db(&self) -> Db<'_> {
        Db::postgres(self.server)
    }
}

impl Open for PostgresTxn<'_> {
    fn stamp(&self) -> &Stamp {
        &self.stamp
    }
    fn account(&self) -> &str {
        &self.account
    }
    fn events(&self) -> usize {
        self.events
    }
    fn count_event(&mut self) {
        self.events += 1;
    }
    fn finish(mut self: Box<Self>) -> Result<(), StoreError> {
        let mut server = self.server.borrow_mut();
        if self.events == 0 {
            assert_eq!(
                server.changes, self.changes_before,
                "a change that writes must record its audit event"
            );
        }
        self.open = false;
        server.batch("COMMIT")
    }
}

impl Drop for PostgresTxn<'_> {
    fn drop(&mut self) {
        if self.open {
            // Nothing of the change is kept; a connection that is gone has
            // rolled it back already.
            let _ = self.server.borrow_mut().batch("ROLLBACK");
        }
    }
}

impl PostgresStore {
    /// Reads the whole database in one REPEATABLE READ snapshot (`backup`, `copy`).
    pub(super) fn snapshot<T>(&self, read: impl FnOnce(Db<'_>) -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.server
            .borrow_mut()
            .batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
        let result = read(Db::postgres(&self.server));
        let end = self.server.borrow_mut().batch("COMMIT");
        let value = result?;
        end?;
        Ok(value)
    }

    /// Connects to a database that must be empty (no tables or views), the
    /// target of `copy --to`.
    pub(super) fn empty(url: &str) -> Result<PostgresStore, StoreError> {
        let mut server = PostgresStore::connect(url)?;
        server.role = server.session_user()?;
        if migrations::tables(&mut server)? > 0 {
            return Err(StoreError::TargetNotEmpty {
                target: server.place.to_string(),
            });
        }
        Ok(PostgresStore {
            server: RefCell::new(server),
        })
    }

    /// Creates the schema in the empty database and writes into it, in one
    /// transaction (`copy --to`).
    pub(super) fn load<T>(&mut self, write: impl FnOnce(Db<'_>) -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.server.borrow_mut().batch("BEGIN")?;
        let created = migrations::apply(&mut self.server.borrow_mut(), true);
        match created.and_then(|()| write(Db::postgres(&self.server))) {
            Ok(value) => {
                self.server.borrow_mut().batch("COMMIT")?;
                Ok(value)
            }
            Err(e) => {
                let _ = self.server.borrow_mut().batch("ROLLBACK");
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tender_locks_the_same_key_in_every_process() {
        // FNV-1a's published test vectors: the key must never change.
        assert_eq!(lock_key(""), 0xcbf2_9ce4_8422_2325_u64 as i64);
        assert_eq!(lock_key("a"), 0xaf63_dc4c_8601_ec8c_u64 as i64);
        assert_ne!(lock_key("ommen-2027"), lock_key("ommen-2028"));
    }

    #[test]
    fn parameters_are_numbered_as_postgresql_writes_them() {
        assert_eq!(
            numbered("SELECT a FROM t WHERE b = ?1 AND c = '?2' AND d = ?12"),
            "SELECT a FROM t WHERE b = $1 AND c = '?2' AND d = $12"
        );
    }
}
