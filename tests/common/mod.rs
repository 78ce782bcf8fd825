//! A hermetic environment for running the real `tender` binary: a temporary
//! folder with its own database, a fixed clock, no colours, a known actor.
//!
//! The database is a SQLite file in the folder, or, for the PostgreSQL half of
//! the suite, a database of its own on the server that `TENDER_TEST_POSTGRES`
//! names (an admin URL); [`stories!`] runs one story on both.

#![allow(dead_code, reason = "each test binary uses a different part of this module")]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use assert_cmd::Command;
use tempfile::TempDir;

/// The variable that names the PostgreSQL server of the suite's second half.
pub const POSTGRES: &str = "TENDER_TEST_POSTGRES";

pub struct Env {
    dir: TempDir,
    /// The SQLite file; unused by an environment on the server.
    pub db: PathBuf,
    pub now: String,
    server: Option<Server>,
}

/// Turns stories, plain functions `fn name(env: Env)`, into
/// two tests each, as TaskChampion's storage conformance macro does:
/// `name_on_sqlite` on a SQLite file and `name_on_postgres` on a fresh
/// database on the server of `TENDER_TEST_POSTGRES`, which returns at once
/// when the variable is not set (tests/backends.rs says so, once). The
/// stories stay plain functions, so that rustfmt keeps formatting them.
#[macro_export]
macro_rules! stories {
    ($($name:ident),* $(,)?) => {
        pastey::paste! {
            $(
                #[test]
                fn [<$name _on_sqlite>]() {
                    $name($crate::common::Env::new());
                }

                #[test]
                fn [<$name _on_postgres>]() {
                    if let Some(env) = $crate::common::Env::postgres() {
                        $name(env);
                    }
                }
            )*
        }
    };
}

/// A database of its own on the test server, dropped with its environment.
struct Server {
    /// The admin URL of `TENDER_TEST_POSTGRES`.
    admin: String,
    name: String,
}

/// Distinguishes the databases that one test process creates.
static DATABASES: AtomicUsize = AtomicUsize::new(0);

impl Server {
    /// A new, empty database, or a copy of `template`.
    fn create(admin: &str, template: Option<&Server>) -> Server {
        let name = format!(
            "tender_t_{}_{}",
            std::process::id(),
            DATABASES.fetch_add(1, Ordering::Relaxed)
        );
        let mut client = Server::connect(admin);
        // A database of a crashed run with the same process id would be in the way.
        client
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .unwrap_or_else(|e| panic!("drop the old test database {name}: {e}"));
        let copy = template.map(|t| format!(" TEMPLATE {}", t.name)).unwrap_or_default();
        client
            .batch_execute(&format!("CREATE DATABASE {name}{copy}"))
            .unwrap_or_else(|e| panic!("create the test database {name} on {admin}: {e}"));
        Server {
            admin: admin.to_string(),
            name,
        }
    }

    #[track_caller]
    fn connect(url: &str) -> postgres::Client {
        postgres::Client::connect(url, postgres::NoTls)
            .unwrap_or_else(|e| panic!("{POSTGRES}={url} does not answer: {e}"))
    }

    /// The admin URL with this database's name in place of its own (same
    /// host, user and parameters).
    fn url(&self) -> String {
        let (base, params) = match self.admin.split_once('?') {
            Some((base, params)) => (base, format!("?{params}")),
            None => (self.admin.as_str(), String::new()),
        };
        let (server, _) = base
            .rsplit_once('/')
            .filter(|(server, _)| server.contains("://"))
            .unwrap_or_else(|| panic!("{POSTGRES} must end in /DATABASE: {}", self.admin));
        format!("{server}/{}{params}", self.name)
    }

    /// Every row of every table of the tender schema, in `rowid` order.
    fn dump(&self) -> String {
        let mut client = Server::connect(&self.url());
        let tables = client
            .query(
                "SELECT t.table_schema::text, t.table_name::text, bool_or(c.column_name = 'rowid')
                 FROM information_schema.tables t
                 JOIN information_schema.columns c USING (table_schema, table_name)
                 WHERE t.table_type = 'BASE TABLE'
                   AND t.table_schema NOT IN ('pg_catalog', 'information_schema')
                 GROUP BY 1, 2 ORDER BY 1, 2",
                &[],
            )
            .expect("list the tables");
        let mut dump = String::new();
        for table in tables {
            let (schema, name, rowid): (String, String, bool) = (table.get(0), table.get(1), table.get(2));
            let order = if rowid { "rowid" } else { "1" };
            let sql = format!("SELECT r::text FROM \"{schema}\".\"{name}\" r ORDER BY {order}");
            for row in client.query(&sql, &[]).unwrap_or_else(|e| panic!("{sql}: {e}")) {
                dump.push_str(&format!("{name}: {}\n", row.get::<_, String>(0)));
            }
        }
        dump
    }

    #[track_caller]
    fn count(&self, sql: &str) -> i64 {
        self.scalar(&format!("SELECT ({sql})::bigint"))
    }

    #[track_caller]
    fn text(&self, sql: &str) -> String {
        self.scalar(&format!("SELECT ({sql})::text"))
    }

    #[track_caller]
    fn scalar<T: for<'a> postgres::types::FromSql<'a>>(&self, sql: &str) -> T {
        Server::connect(&self.url())
            .query_one(sql, &[])
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .get(0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let dropped = postgres::Client::connect(&self.admin, postgres::NoTls)
            .and_then(|mut c| c.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name)));
        if let Err(e) = dropped
            && !std::thread::panicking()
        {
            panic!("drop the test database {}: {e}", self.name);
        }
    }
}

/// A database as it stood at one moment, to start many environments from
/// ([`Env::snapshot`], [`Env::restore`]).
pub struct Snapshot(Kept);

enum Kept {
    /// The SQLite file's bytes.
    File(Vec<u8>),
    /// A database on the server, copied as a template.
    Server(Server),
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    /// Asserts success and returns stdout.
    #[track_caller]
    pub fn ok(&self) -> &str {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        &self.stdout
    }

    /// Asserts failure with `code`, a single `error:` line and no panic; returns stderr.
    #[track_caller]
    pub fn fails(&self, code: i32) -> &str {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
        if code == 1 {
            assert!(self.stderr.starts_with("error: "), "stderr: {}", self.stderr);
            assert_eq!(
                self.stderr.matches("error: ").count(),
                1,
                "one sentence, one line: {}",
                self.stderr
            );
        }
        &self.stderr
    }

    /// Asserts exit 1 with a single one-line `error:` sentence naming each of
    /// `words`; returns stderr.
    #[track_caller]
    pub fn refused(&self, words: &[&str]) -> String {
        let stderr = self.fails(1).to_string();
        assert_eq!(
            stderr.trim_end().lines().count(),
            1,
            "one sentence on one line: {stderr}"
        );
        for word in words {
            assert!(stderr.contains(word), "{word:?} missing from: {stderr}");
        }
        stderr
    }

    /// Asserts success and returns what the command said: its data on stdout,
    /// then its confirmation on stderr.
    #[track_caller]
    pub fn said(&self) -> String {
        format!("{}{}", self.ok(), self.stderr)
    }

    /// Asserts success and parses stdout as the one JSON value it must be.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        let stdout = self.ok();
        serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not one JSON value ({e}): {stdout}"))
    }
}

/// When `Env::load` loads the seed tenders: before the earliest announcement (2014-09-01).
pub const LOADED: &str = "2014-06-02T09:00";

/// The repository's `tenders/` folder.
pub fn tenders() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tenders")
}

/// The classic template with the first `from` replaced by `to`; `from` must occur.
#[track_caller]
pub fn classic_with(from: &str, to: &str) -> String {
    let classic = include_str!("../../src/templates/classic.toml");
    assert!(classic.contains(from), "the template has no {from:?}");
    let text = classic.replacen(from, to, 1);
    assert_ne!(text, classic, "the replacement changed nothing");
    text
}

/// A seed tender definition file.
pub fn seed(id: &str) -> String {
    tenders().join(format!("{id}.toml")).display().to_string()
}

impl Env {
    /// An environment on a SQLite file.
    pub fn new() -> Env {
        Env::on(None)
    }

    fn on(server: Option<Server>) -> Env {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = dir.path().join("tender.db");
        Env {
            dir,
            db,
            now: "2021-03-01T10:00".to_string(),
            server,
        }
    }

    /// An environment on a new, empty database on the server that
    /// `TENDER_TEST_POSTGRES` names; none without the variable. With the
    /// variable set, a server that does not answer fails the test.
    pub fn postgres() -> Option<Env> {
        let admin = std::env::var(POSTGRES).ok().filter(|url| !url.is_empty())?;
        Some(Env::on(Some(Server::create(&admin, None))))
    }

    /// A new, empty environment on the same backend as this one.
    pub fn another(&self) -> Env {
        match &self.server {
            None => Env::new(),
            Some(server) => Env::on(Some(Server::create(&server.admin, None))),
        }
    }

    /// Whether the database is on the PostgreSQL server.
    pub fn on_postgres(&self) -> bool {
        self.server.is_some()
    }

    /// What `--db` and `TENDER_DB` name: the file's path or the server's URL.
    pub fn database(&self) -> String {
        match &self.server {
            None => self.db.display().to_string(),
            Some(server) => server.url(),
        }
    }

    /// The database as it stands now.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot(match &self.server {
            None => Kept::File(self.file_bytes()),
            Some(server) => Kept::Server(Server::create(&server.admin, Some(server))),
        })
    }

    /// A new environment on the same backend holding a copy of `snapshot`.
    pub fn restore(snapshot: &Snapshot) -> Env {
        match &snapshot.0 {
            Kept::File(bytes) => {
                let env = Env::new();
                std::fs::write(&env.db, bytes).expect("copy the database file");
                env
            }
            Kept::Server(server) => Env::on(Some(Server::create(&server.admin, Some(server)))),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file in the temporary folder and returns its path.
    pub fn write(&self, name: &str, content: impl AsRef<[u8]>) -> String {
        let path = self.path(name);
        std::fs::write(&path, content).expect("write a test file");
        path.display().to_string()
    }

    /// The binary with a cleared environment.
    pub fn command(&self) -> Command {
        Command::from_std(self.process())
    }

    /// The same as a plain process, to spawn and kill.
    pub fn process(&self) -> std::process::Command {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_tender"));
        command
            .env_clear()
            .env("TENDER_DB", self.database())
            .env("TENDER_NOW", &self.now)
            .env("NO_COLOR", "1")
            .env("USER", "inkoper")
            .current_dir(self.dir.path());
        command
    }

    /// Runs the binary at the environment's *now*.
    pub fn run(&self, args: &[&str]) -> Out {
        let output = self.command().args(args).output().expect("run tender");
        Out {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Runs the binary at another moment.
    pub fn run_at(&self, now: &str, args: &[&str]) -> Out {
        let mut all = vec!["--now", now];
        all.extend_from_slice(args);
        self.run(&all)
    }

    /// Every row of every table, to prove that a refused command wrote nothing.
    pub fn dump(&self) -> String {
        if let Some(server) = &self.server {
            return server.dump();
        }
        if !self.db.exists() {
            return String::new();
        }
        let conn = self.sqlite();
        let mut tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        tables.retain(|t| t != "sqlite_sequence");
        let mut dump = String::new();
        for table in tables {
            let mut statement = conn
                .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))
                .unwrap();
            let columns = statement.column_count();
            let rows = statement
                .query_map([], |row| {
                    (0..columns)
                        .map(|i| row.get_ref(i).map(|v| format!("{v:?}")))
                        .collect::<Result<Vec<_>, _>>()
                })
                .unwrap();
            for row in rows {
                dump.push_str(&format!("{table}: {}\n", row.unwrap().join(" | ")));
            }
        }
        dump
    }

    /// Opens the database file directly, as another program would.
    #[track_caller]
    pub fn sqlite(&self) -> rusqlite::Connection {
        assert!(!self.on_postgres(), "a SQLite-only test runs on PostgreSQL");
        rusqlite::Connection::open(&self.db).expect("open the database")
    }

    /// The database file as bytes, with everything in its write-ahead log
    /// copied in first (processes leave the log for the next commit to copy).
    pub fn file_bytes(&self) -> Vec<u8> {
        self.sqlite()
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .expect("a checkpoint");
        std::fs::read(&self.db).expect("read the database file")
    }

    /// One number from the database, e.g. a `count(*)`.
    #[track_caller]
    pub fn count(&self, sql: &str) -> i64 {
        match &self.server {
            Some(server) => server.count(sql),
            None => self.sqlite_value(sql),
        }
    }

    /// One text from the database, e.g. a setting.
    #[track_caller]
    pub fn text(&self, sql: &str) -> String {
        match &self.server {
            Some(server) => server.text(sql),
            None => self.sqlite_value(sql),
        }
    }

    #[track_caller]
    fn sqlite_value<T: rusqlite::types::FromSql>(&self, sql: &str) -> T {
        self.sqlite()
            .query_row(sql, [], |row| row.get(0))
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// Asserts that SQLite finds the file sound (`PRAGMA integrity_check`).
    #[track_caller]
    pub fn assert_intact(&self) {
        let report: Vec<String> = self
            .sqlite()
            .prepare("PRAGMA integrity_check")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(report, ["ok"], "integrity_check");
    }

    /// This environment with a seed tender loaded and published at `publish`, the clock at `now`.
    pub fn published(mut self, id: &str, publish: &str, now: &str) -> Env {
        self.now = now.to_string();
        self.load(&[id]);
        self.run_at(publish, &["publish", id]).ok();
        self
    }

    /// Ommen/Hardenberg open for registration: published on 3 August 2015, the clock a week later.
    pub fn ommen_open(self) -> Env {
        self.published("ommen-hardenberg-2015", "2015-08-03T09:00", "2015-08-10T10:00")
    }

    /// Runs a command at `now` that must be refused with one single-line
    /// `error:` naming each of `words`, and asserts that nothing was written.
    #[track_caller]
    pub fn refused(&self, now: &str, args: &[&str], words: &[&str]) -> String {
        let before = self.dump();
        let stderr = self.run_at(now, args).refused(words);
        assert_eq!(self.dump(), before, "a refused command wrote to the database: {args:?}");
        stderr
    }

    /// The audit trail of a tender, as `log --format json` prints it.
    #[track_caller]
    pub fn log(&self, id: &str) -> Vec<serde_json::Value> {
        self.run(&["--format", "json", "log", id])
            .json()
            .as_array()
            .expect("log is a JSON array")
            .clone()
    }

    /// The registrations of a tender at `now`, as `registrations --format json` prints them.
    #[track_caller]
    pub fn registrations(&self, now: &str, id: &str) -> Vec<serde_json::Value> {
        self.run_at(now, &["--format", "json", "registrations", id])
            .json()
            .as_array()
            .expect("registrations is a JSON array")
            .clone()
    }

    /// The registration of `kvk` at `now`.
    #[track_caller]
    pub fn registration(&self, now: &str, id: &str, kvk: &str) -> serde_json::Value {
        self.registrations(now, id)
            .into_iter()
            .find(|r| r["kvk"] == kvk)
            .unwrap_or_else(|| panic!("no registration for KvK {kvk}"))
    }

    /// Loads seed tenders as drafts, at `LOADED` (before every seed's story:
    /// time runs forward per tender, from its first event).
    pub fn load(&self, ids: &[&str]) {
        for id in ids {
            self.run_at(LOADED, &["new", &seed(id)]).ok();
        }
    }
}

/// The score CSV column names of the price of a lot of a seed tender: `prijs`
/// for a lot of one product, `prijs:CODE` per product of a lot with several (SPEC §3).
pub fn price_columns(seed_id: &str, lot: &str) -> Vec<String> {
    let source = std::fs::read_to_string(seed(seed_id)).expect("a seed tender");
    let def = tender::domain::definition::Definition::parse(&source).expect("a valid seed");
    let lot = def.lot(lot).unwrap_or_else(|| panic!("{seed_id} has no lot {lot}"));
    let price = def.criteria.iter().find(|c| c.price).expect("a price criterion");
    match &lot.products[..] {
        [_] => vec![price.id.clone()],
        products => products.iter().map(|p| format!("{}:{}", price.id, p.code)).collect(),
    }
}

/// Score CSV rows giving one price to every product of a seed lot: the basket
/// of equal prices is that price.
pub fn price_rows(seed_id: &str, kvk: &str, lot: &str, price: &str) -> String {
    price_columns(seed_id, lot)
        .iter()
        .map(|column| format!("{kvk},{lot},{column},{price}\n"))
        .collect()
}

/// Words that only English uses (" is " and " of " are Dutch words too, so
/// they are not on the list; nor are phase names such as `awarded`, which
/// never change with the language), as whole words.
const ENGLISH_WORDS: &[&str] = &[
    "the",
    "must",
    "and",
    "cannot",
    "with",
    "has",
    "have",
    "does",
    "not",
    "for",
    "from",
    "to",
    "this",
    "there",
    "which",
    "would",
    "only",
    "already",
    "yet",
    "until",
    "been",
    "will",
    "should",
    "are",
    "no",
    "its",
    "give",
    "record",
    "recorded",
    "registered",
    "signed",
    "published",
    "written",
    "wrote",
];

/// The English sentences in a Dutch run's output: every line that holds an
/// English function word outside quoted user data (between backticks or
/// double quotes, which the program uses for what the user typed and for
/// ids). Returns the offending lines.
pub fn english_lines(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| {
            let mut plain = String::new();
            let mut quote = None;
            for c in line.chars() {
                match (quote, c) {
                    (None, '`' | '"') => quote = Some(c),
                    (Some(open), c) if c == open => quote = None,
                    (None, c) => plain.push(c),
                    (Some(_), _) => {}
                }
            }
            let words: Vec<String> = plain
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .map(str::to_lowercase)
                .collect();
            words.iter().any(|w| ENGLISH_WORDS.contains(&w.as_str()))
        })
        .map(str::to_string)
        .collect()
}
