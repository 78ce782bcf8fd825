//! The SQL of the store runs on either backend through [`Db`]: one text per
//! statement, written with `?1`-style parameters (PostgreSQL gets `$1`), its
//! values passed as [`Param`]s and its rows read through [`Row`]. The two
//! schemas have the same tables and columns, so the statements are the same;
//! where the dialects differ, [`Db::backend`] says which one runs.

use std::borrow::Cow;
use std::cell::RefCell;
use std::path::Path;

use super::StoreError;
use super::postgres::Server;

/// Which database the statements run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A connection (or a transaction on one) that statements run on.
#[derive(Clone, Copy)]
pub struct Db<'a> {
    conn: Conn<'a>,
}

#[derive(Clone, Copy)]
enum Conn<'a> {
    Sqlite {
        conn: &'a rusqlite::Connection,
        path: &'a Path,
    },
    Postgres(&'a RefCell<Server>),
}

/// A value as both backends store it: integers (and booleans) as integers,
/// times and dates as RFC 3339 text.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(Cow<'a, str>),
}

impl Value<'_> {
    pub fn into_owned(self) -> Value<'static> {
        match self {
            Value::Null => Value::Null,
            Value::Integer(i) => Value::Integer(i),
            Value::Real(r) => Value::Real(r),
            Value::Text(t) => Value::Text(Cow::Owned(t.into_owned())),
        }
    }
}

/// What a statement can take as a parameter.
pub trait Param {
    fn value(&self) -> Value<'_>;
}

impl Param for Value<'_> {
    fn value(&self) -> Value<'_> {
        match self {
            Value::Text(t) => Value::Text(Cow::Borrowed(t)),
            other => other.clone(),
        }
    }
}

impl Param for str {
    fn value(&self) -> Value<'_> {
        Value::Text(Cow::Borrowed(self))
    }
}

impl Param for String {
    fn value(&self) -> Value<'_> {
        Value::Text(Cow::Borrowed(self))
    }
}

impl<T: Param + ?Sized> Param for &T {
    fn value(&self) -> Value<'_> {
        (**self).value()
    }
}

impl<T: Param> Param for Option<T> {
    fn value(&self) -> Value<'_> {
        self.as_ref().map_or(Value::Null, Param::value)
    }
}

impl Param for bool {
    fn value(&self) -> Value<'_> {
        Value::Integer(i64::from(*self))
    }
}

macro_rules! integer_params {
    ($($t:ty),*) => {$(
        impl Param for $t {
            fn value(&self) -> Value<'_> {
                Value::Integer(i64::try_from(*self).expect("a count fits 64 bits"))
            }
        }
    )*};
}
integer_params!(i64, i32, u32, u64, usize);

/// What a column can be read as.
pub trait Column: Sized {
    fn column(value: Value<'_>) -> Option<Self>;
}

impl Column for String {
    fn column(value: Value<'_>) -> Option<Self> {
        match value {
            Value::Text(t) => Some(t.into_owned()),
            _ => None,
        }
    }
}

impl Column for bool {
    fn column(value: Value<'_>) -> Option<Self> {
        match value {
            Value::Integer(i) => Some(i != 0),
            _ => None,
        }
    }
}

impl Column for f64 {
    fn column(value: Value<'_>) -> Option<Self> {
        match value {
            Value::Real(r) => Some(r),
            Value::Integer(i) => Some(i as f64),
            _ => None,
        }
    }
}

impl<T: Column> Column for Option<T> {
    fn column(value: Value<'_>) -> Option<Self> {
        match value {
            Value::Null => Some(None),
            other => T::column(other).map(Some),
        }
    }
}

macro_rules! integer_columns {
    ($($t:ty),*) => {$(
        impl Column for $t {
            fn column(value: Value<'_>) -> Option<Self> {
                match value {
                    Value::Integer(i) => <$t>::try_from(i).ok(),
                    _ => None,
                }
            }
        }
    )*};
}
integer_columns!(i64, i32, u32, u64, usize);

/// One row of a result.
pub enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Postgres(&'a postgres::Row),
}

impl Row<'_> {
    /// Column `index` as a `T`; a stored value of another type is invalid data.
    pub fn get<T: Column>(&self, index: usize) -> Result<T, StoreError> {
        T::column(self.value(index)?).ok_or_else(|| {
            StoreError::Invalid(format!(
                "column {index} holds {:?}, not a {}",
                self.value(index),
                std::any::type_name::<T>()
            ))
        })
    }

    pub fn len(&self) -> usize {
        match self {
            Row::Sqlite(row) => row.as_ref().column_count(),
            Row::Postgres(row) => row.len(),
        }
    }

    /// Column `index` as it is stored.
    pub fn value(&self, index: usize) -> Result<Value<'_>, StoreError> {
        match self {
            Row::Sqlite(row) => {
                use rusqlite::types::ValueRef;
                Ok(match row.get_ref(index)? {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(i) => Value::Integer(i),
                    ValueRef::Real(r) => Value::Real(r),
                    ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t)),
                    ValueRef::Blob(_) => return Err(StoreError::Invalid("a column holds bytes".into())),
                })
            }
            Row::Postgres(row) => super::postgres::value(row, index),
        }
    }
}

impl<'a> Db<'a> {
    pub fn sqlite(conn: &'a rusqlite::Connection, path: &'a Path) -> Db<'a> {
        Db {
            conn: Conn::Sqlite { conn, path },
        }
    }

    pub fn postgres(server: &'a RefCell<Server>) -> Db<'a> {
        Db {
            conn: Conn::Postgres(server),
        }
    }

    pub fn backend(&self) -> Backend {
        match self.conn {
            Conn::Sqlite { .. } => Backend::Sqlite,
            Conn::Postgres(_) => Backend::Postgres,
        }
    }

    /// Runs a query and calls `each` on every row, in order.
    pub fn each(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut each: impl FnMut(&Row) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        match self.conn {
            Conn::Sqlite { conn, path } => {
                let error = |e| StoreError::from_sqlite(path, e);
                let mut statement = conn.prepare_cached(sql).map_err(error)?;
                for (index, param) in params.iter().enumerate() {
                    statement
                        .raw_bind_parameter(index + 1, SqliteValue(param.value()))
                        .map_err(error)?;
                }
                let mut rows = statement.raw_query();
                while let Some(row) = rows.next().map_err(error)? {
                    each(&Row::Sqlite(row))?;
                }
                Ok(())
            }
            Conn::Postgres(server) => {
                let rows = server.borrow_mut().query(sql, params)?;
                rows.iter().try_for_each(|row| each(&Row::Postgres(row)))
            }
        }
    }

    /// Runs a query and maps every row.
    pub fn query<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut map: impl FnMut(&Row) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let mut all = Vec::new();
        self.each(sql, params, |row| {
            all.push(map(row)?);
            Ok(())
        })?;
        Ok(all)
    }

    /// The first row of a query, if there is one.
    pub fn optional<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        map: impl FnOnce(&Row) -> Result<T, StoreError>,
    ) -> Result<Option<T>, StoreError> {
        let mut map = Some(map);
        let mut found = None;
        self.each(sql, params, |row| {
            if let Some(map) = map.take() {
                found = Some(map(row)?);
            }
            Ok(())
        })?;
        Ok(found)
    }

    /// The one row a query must return (an aggregate, an `INSERT … RETURNING`).
    pub fn one<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        map: impl FnOnce(&Row) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.optional(sql, params, map)?
            .ok_or_else(|| StoreError::Invalid(format!("no row from `{}`", first_words(sql))))
    }

    /// Runs a statement; returns how many rows it changed.
    pub fn execute(&self, sql: &str, params: &[&dyn Param]) -> Result<usize, StoreError> {
        match self.conn {
            Conn::Sqlite { conn, path } => {
                let error = |e| StoreError::from_sqlite(path, e);
                let mut statement = conn.prepare_cached(sql).map_err(error)?;
                for (index, param) in params.iter().enumerate() {
                    statement
                        .raw_bind_parameter(index + 1, SqliteValue(param.value()))
                        .map_err(error)?;
                }
                statement.raw_execute().map_err(error)
            }
            Conn::Postgres(server) => server.borrow_mut().execute(sql, params),
        }
    }
}

/// At most this many parameters in one statement: within SQLite's limit
/// (32,766) and PostgreSQL's (65,535), and so many that a thousand rows go
/// to the server in one round trip, not a thousand.
const PARAMETERS: usize = 10_000;

impl Db<'_> {
    /// Inserts `rows`, each a value for every one of `columns`, in as few
    /// statements as the parameters allow; `tail` ends each statement (an
    /// `ON CONFLICT` clause, or nothing). Returns how many rows it inserted.
    pub fn insert_rows(
        &self,
        table: &str,
        columns: &str,
        rows: &[Vec<Value<'_>>],
        tail: &str,
    ) -> Result<usize, StoreError> {
        let width = columns.split(',').count();
        let mut inserted = 0;
        for chunk in rows.chunks((PARAMETERS / width).max(1)) {
            let tuples: Vec<String> = (0..chunk.len())
                .map(|row| {
                    let marks: Vec<String> = (1..=width).map(|i| format!("?{}", row * width + i)).collect();
                    format!("({})", marks.join(", "))
                })
                .collect();
            let values: Vec<&dyn Param> = chunk.iter().flatten().map(|v| v as &dyn Param).collect();
            let sql = format!("INSERT INTO {table} ({columns}) VALUES {} {tail}", tuples.join(", "));
            inserted += self.execute(sql.trim_end(), &values)?;
        }
        Ok(inserted)
    }
}

fn first_words(sql: &str) -> String {
    sql.split_whitespace().take(4).collect::<Vec<_>>().join(" ")
}

/// A parameter as SQLite binds it.
struct SqliteValue<'a>(Value<'a>);

impl rusqlite::ToSql for SqliteValue<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match &self.0 {
            Value::Null => ValueRef::Null,
            Value::Integer(i) => ValueRef::Integer(*i),
            Value::Real(r) => ValueRef::Real(*r),
            Value::Text(t) => ValueRef::Text(t.as_bytes()),
        }))
    }
}

/// The parameters of a statement, each as a [`Param`].
macro_rules! params {
    () => {
        &[] as &[&dyn $crate::store::sql::Param]
    };
    ($($param:expr),+ $(,)?) => {
        &[$(&$param as &dyn $crate::store::sql::Param),*][..]
    };
}
pub(super) use params;
