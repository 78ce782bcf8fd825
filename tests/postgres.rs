//! The PostgreSQL backend's own guarantees (SPEC §5), through the real binary:
//! the schema and what is refused without it, the append-only audit log as
//! the server keeps it, roles, TLS, bad URLs, `copy --to`, a server that goes
//! away during an intake. Runs only where `TENDER_TEST_POSTGRES` names a
//! server as an admin URL (postgres://postgres@127.0.0.1:5432/test); each
//! test makes its own database and drops it afterwards.

mod common;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Env, Out, seed};
use serde_json::Value;

const ID: &str = "achterhoek-2022";
const LOT: &str = "wmo-begeleiding";
const ALL: &str = "gva|kwaliteit|skj-big|berichtenverkeer|verzekering";

/// The admin URL, or none (the test says it was skipped).
fn admin() -> Option<String> {
    let url = std::env::var("TENDER_TEST_POSTGRES").ok().filter(|u| !u.is_empty());
    if url.is_none() {
        eprintln!("skipped: TENDER_TEST_POSTGRES does not name a PostgreSQL server");
    }
    url
}

/// `url` with another user and database (the rest, such as `?sslmode`, kept).
fn with(url: &str, user: Option<&str>, dbname: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let (scheme, rest) = base.split_once("://").expect("a URL with a scheme");
    let authority = rest.split('/').next().unwrap_or_default();
    let authority = match (user, authority.split_once('@')) {
        (Some(user), Some((_, host))) => format!("{user}@{host}"),
        (Some(user), None) => format!("{user}@{authority}"),
        (None, _) => authority.to_string(),
    };
    let mut out = format!("{scheme}://{authority}/{dbname}");
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

/// A database of its own on the admin's server, with roles named after it;
/// dropped with them afterwards.
struct Database {
    admin: String,
    name: String,
    roles: Vec<String>,
}

impl Database {
    fn new(admin: &str, tag: &str) -> Database {
        let name = format!("tender_test_{tag}_{}", std::process::id());
        let db = Database {
            admin: admin.to_string(),
            name,
            roles: Vec::new(),
        };
        db.drop_all();
        db.admin_client()
            .batch_execute(&format!("CREATE DATABASE {}", db.name))
            .expect("create the test database");
        db
    }

    /// The URL that `tender` is given, as the admin or as `role`.
    fn url(&self) -> String {
        with(&self.admin, None, &self.name)
    }

    fn url_as(&self, role: &str) -> String {
        with(&self.admin, Some(role), &self.name)
    }

    fn admin_client(&self) -> postgres::Client {
        postgres::Client::connect(&self.admin, postgres::NoTls).expect("connect as the admin")
    }

    /// A connection to this database, as the admin or as `role`.
    fn client(&self, role: Option<&str>) -> postgres::Client {
        let url = with(&self.admin, role, &self.name);
        postgres::Client::connect(&url, postgres::NoTls).unwrap_or_else(|e| panic!("connect to {url}: {e}"))
    }

    fn count(&self, sql: &str) -> i64 {
        self.client(None)
            .query_one(sql, &[])
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .get(0)
    }

    /// A role named after the database, given `grants` (the README's, with
    /// `tender` for the database and `officer`/`auditor` for the role).
    fn role(&mut self, kind: &str, grants: &str) -> String {
        let role = format!("{}_{kind}", self.name);
        self.admin_client()
            .batch_execute(&format!("DROP ROLE IF EXISTS {role}; CREATE ROLE {role} LOGIN"))
            .expect("create a role");
        self.roles.push(role.clone());
        let sql = grants
            .replace("DATABASE tender", &format!("DATABASE {}", self.name))
            .replace(&format!("TO {kind}"), &format!("TO {role}"));
        self.client(None).batch_execute(&sql).expect("grant");
        role
    }

    fn drop_all(&self) {
        let mut admin = self.admin_client();
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name))
            .expect("drop the test database");
        for role in &self.roles {
            admin
                .batch_execute(&format!("DROP ROLE IF EXISTS {role}"))
                .expect("drop a test role");
        }
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        self.drop_all();
    }
}

/// The README's GRANTs for an officer (read and write).
const OFFICER: &str = "
GRANT CONNECT ON DATABASE tender TO officer;
GRANT USAGE ON SCHEMA public TO officer;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO officer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO officer;
";

/// The README's GRANTs for a read-only role (a dashboard, an auditor).
const AUDITOR: &str = "
GRANT CONNECT ON DATABASE tender TO auditor;
GRANT USAGE ON SCHEMA public TO auditor;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO auditor;
";

/// Runs the binary on `db` (a URL or a file) at `now`.
fn run(env: &Env, db: &str, now: &str, args: &[&str]) -> Out {
    let output = env
        .command()
        .env("TENDER_DB", db)
        .env("TENDER_NOW", now)
        .args(args)
        .output()
        .expect("run tender");
    Out {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

const NOW: &str = "2021-03-01T10:00";

/// The intake CSV of `rows` providers for the Achterhoek lot, from KvK `first`.
fn intake(rows: usize, first: u32) -> String {
    let mut csv = String::from("name,kvk,agb,email,lots,meets,small\n");
    for i in 0..rows {
        csv.push_str(&format!("Zorg {i} BV,{},,,{LOT},{ALL},false\n", first + i as u32));
    }
    csv
}

/// Achterhoek published, with three registrations.
fn published(env: &Env, db: &str) {
    run(env, db, NOW, &["new", &seed(ID)]).ok();
    run(env, db, "2021-04-01T09:00", &["publish", ID]).ok();
    let file = env.write("intake.csv", intake(3, 10_000_001));
    run(env, db, "2021-05-01T10:00", &["register", ID, "--csv", &file]).ok();
}

#[test]
fn new_creates_the_schema_and_other_databases_are_refused() {
    let Some(admin) = admin() else { return };
    let env = Env::new();
    let db = Database::new(&admin, "schema");
    let place = format!("/{}", db.name);
    for args in [&["list"][..], &["show", ID]] {
        run(&env, &db.url(), NOW, args).refused(&["has no tender schema", &place]);
    }
    run(&env, &db.url(), NOW, &["new", &seed(ID)]).ok();
    let list = run(&env, &db.url(), NOW, &["--format", "json", "list"]).json();
    assert_eq!(list[0]["id"], ID, "{list}");
    run(&env, &db.url(), NOW, &["show", ID]).ok();

    // A database with another program's tables, for `new` as for the rest.
    let foreign = Database::new(&admin, "foreign");
    foreign
        .client(None)
        .batch_execute("CREATE TABLE customer (id BIGINT PRIMARY KEY, name TEXT)")
        .unwrap();
    for args in [&["list"][..], &["new", &seed(ID)]] {
        run(&env, &foreign.url(), NOW, args).refused(&["not a tender database"]);
    }
    assert_eq!(
        foreign.count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
        1
    );

    // The tender tables without the server's guard on the audit log.
    let unguarded = Database::new(&admin, "unguarded");
    run(&env, &unguarded.url(), NOW, &["new", &seed(ID)]).ok();
    let mut client = unguarded.client(None);
    client
        .batch_execute("ALTER TABLE event DISABLE TRIGGER event_is_append_only")
        .unwrap();
    run(&env, &unguarded.url(), NOW, &["list"]).refused(&["not a tender database"]);
    client
        .batch_execute(
            "ALTER TABLE event ENABLE TRIGGER event_is_append_only; DROP TRIGGER event_is_not_truncated ON event",
        )
        .unwrap();
    run(&env, &unguarded.url(), NOW, &["list"]).refused(&["not a tender database"]);

    // A schema newer than this binary knows, named with both versions.
    let known = db.count("SELECT version FROM tender_schema");
    db.client(None)
        .batch_execute("UPDATE tender_schema SET version = 99")
        .unwrap();
    for args in [&["list"][..], &["new", &seed("walcheren-2016")]] {
        run(&env, &db.url(), NOW, args).refused(&["schema version 99", &format!("up to {known})")]);
    }
}

#[test]
fn the_server_keeps_the_audit_log_append_only_for_owner_and_officer() {
    let Some(admin) = admin() else { return };
    let env = Env::new();
    let mut db = Database::new(&admin, "append");
    published(&env, &db.url());
    let officer = db.role("officer", OFFICER);
    let events = db.count("SELECT count(*) FROM event");
    let revisions = db.count("SELECT count(*) FROM revision");
    assert!(events >= 3 && revisions >= 1, "{events} events, {revisions} revisions");
    for role in [None, Some(officer.as_str())] {
        let mut client = db.client(role);
        for sql in [
            "UPDATE event SET actor = 'someone-else'",
            "DELETE FROM event",
            "TRUNCATE event",
            "UPDATE revision SET source = ''",
            "DELETE FROM revision",
            "TRUNCATE revision",
        ] {
            let refused = client.batch_execute(sql);
            assert!(refused.is_err(), "{role:?} could run {sql}");
        }
    }
    assert_eq!(db.count("SELECT count(*) FROM event"), events);
    assert_eq!(db.count("SELECT count(*) FROM revision"), revisions);
}

#[test]
fn a_read_only_role_reads_and_an_officer_is_recorded_as_its_role() {
    let Some(admin) = admin() else { return };
    let env = Env::new();
    let mut db = Database::new(&admin, "roles");
    published(&env, &db.url());
    let officer = db.role("officer", OFFICER);
    let auditor = db.role("auditor", AUDITOR);

    let reader = db.url_as(&auditor);
    let list = run(&env, &reader, "2021-05-02T10:00", &["--format", "json", "list"]).json();
    assert_eq!(list[0]["registrations"], 3, "{list}");
    run(&env, &reader, "2021-05-02T10:00", &["show", ID]).ok();
    run(&env, &reader, "2021-05-02T10:00", &["remind"]).ok();
    let events = db.count("SELECT count(*) FROM event");
    let file = env.write("one.csv", intake(1, 10_000_009));
    let refused = run(&env, &reader, "2021-05-02T10:00", &["register", ID, "--csv", &file])
        .refused(&[&format!("the database role `{auditor}` may not change the dossier")]);
    assert!(!refused.contains("permission denied"), "{refused}");
    assert_eq!(db.count("SELECT count(*) FROM event"), events);

    let writer = db.url_as(&officer);
    run(
        &env,
        &writer,
        "2021-05-02T10:00",
        &["--actor", "someone-else", "register", ID, "--csv", &file],
    )
    .ok();
    let log = run(&env, &db.url(), "2021-05-02T10:00", &["--format", "json", "log", ID]).json();
    let last = log.as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (&last["action"], &last["actor"], &last["account"]),
        (
            &Value::from("register"),
            &Value::from("someone-else"),
            &Value::from(officer.as_str())
        ),
        "{last}"
    );
    let first = &log[0];
    assert_eq!(first["account"], admin_role(&admin), "{first}");
}

/// The role the admin URL connects as.
fn admin_role(admin: &str) -> String {
    let mut client = postgres::Client::connect(admin, postgres::NoTls).unwrap();
    client.query_one("SELECT session_user::text", &[]).unwrap().get(0)
}

#[test]
fn bad_urls_are_one_sentence_naming_host_and_database_never_the_password() {
    let Some(admin) = admin() else { return };
    let env = Env::new();
    let secret = "s3cret-pw";
    let free = free_port();
    let unreachable = format!("127.0.0.1:{free}");
    let cases = [
        (
            format!("mysql://tender:{secret}@db.example.nl:3306/inkoop"),
            vec!["mysql://", "db.example.nl", "inkoop"],
        ),
        (
            format!("postgres://tender:{secret}@db.example.nl:54x2/inkoop"),
            vec!["db.example.nl", "inkoop"],
        ),
        (
            format!("postgres://tender:{secret}@127.0.0.1:{free}/inkoop"),
            vec![unreachable.as_str(), "inkoop"],
        ),
        (
            with(&admin, None, "tender_nowhere_to_be_found"),
            vec!["tender_nowhere_to_be_found", "there is no database"],
        ),
    ];
    for (url, words) in &cases {
        for args in [&["list"][..], &["new", &seed(ID)]] {
            let stderr = run(&env, url, NOW, args).refused(words);
            assert!(!stderr.contains(secret), "{stderr}");
            assert!(!stderr.contains("os error"), "{stderr}");
        }
    }
}

#[test]
fn copy_moves_a_file_to_the_server_and_back_keeping_everything() {
    let Some(admin) = admin() else { return };
    let env = Env::new();
    let file = env.db.display().to_string();
    story(&env, &file);
    let db = Database::new(&admin, "copy");
    let copied = run(&env, &file, NOW, &["--format", "json", "copy", "--to", &db.url()]).json();
    assert_eq!(copied["target"], format!("{}", place(&db)), "{copied}");
    let back = env.path("back.db").display().to_string();
    run(&env, &db.url(), NOW, &["copy", "--to", &back]).ok();
    let original = views(&env, &file);
    assert_eq!(views(&env, &db.url()), original);
    assert_eq!(views(&env, &back), original);
    let log = &original[3];
    assert!(log.as_array().unwrap().len() > 10, "{log}");
    // The file's account (the OS user) travels with each event; the server's role does not replace it.
    let account = &log[0]["account"];
    assert!(account.as_str().is_some_and(|a| !a.is_empty()), "{log}");
    assert!(
        log.as_array().unwrap().iter().all(|e| &e["account"] == account),
        "{log}"
    );

    // A target that holds anything is refused and left as it was.
    let events = db.count("SELECT count(*) FROM event");
    let other = env.path("other.db").display().to_string();
    run(&env, &other, NOW, &["new", &seed("walcheren-2016")]).ok();
    run(&env, &other, NOW, &["copy", "--to", &db.url()]).refused(&["is not empty", &place(&db)]);
    assert_eq!(db.count("SELECT count(*) FROM event"), events);
    let before = std::fs::read(&back).unwrap();
    run(&env, &other, NOW, &["copy", "--to", &back]).refused(&["is not empty"]);
    assert_eq!(std::fs::read(&back).unwrap(), before);

    // Nor is the source itself a target, on either backend.
    run(&env, &db.url(), NOW, &["copy", "--to", &db.url()]).refused(&["is the database being copied"]);
    run(&env, &file, NOW, &["copy", "--to", &file]).refused(&["is the database being copied"]);

    // A backup of the server is a file that reads the same.
    let backup = env.path("backup.db").display().to_string();
    run(&env, &db.url(), NOW, &["backup", &backup]).ok();
    assert_eq!(views(&env, &backup), original);
}

/// `host:port/dbname` of a test database, as messages name it.
fn place(db: &Database) -> String {
    let url = db.url();
    let rest = url.split_once('@').map_or(url.as_str(), |(_, r)| r).to_string();
    let rest = rest.split('?').next().unwrap().to_string();
    let (host, name) = rest.split_once('/').unwrap();
    if host.contains(':') {
        format!("{host}/{name}")
    } else {
        format!("{host}:5432/{name}")
    }
}

/// The Achterhoek story through to an amendment: registrations, scores, a
/// decision, the final award, signatures, an extension and an indexation.
fn story(env: &Env, db: &str) {
    const A: &str = "10000001";
    const B: &str = "10000002";
    const C: &str = "10000003";
    published(env, db);
    for kvk in [A, B, C] {
        run(
            env,
            db,
            "2021-05-24T10:00",
            &["qualify", ID, "--kvk", kvk, "--meets", "gva"],
        )
        .ok();
    }
    let mut scores = String::from("kvk,lot,criterion,value\n");
    for (kvk, price) in [(A, "60"), (B, "50"), (C, "55")] {
        for (criterion, value) in [
            ("resultaat", "8"),
            ("samenwerking", "7"),
            ("innovatie", "6"),
            ("prijs", price),
        ] {
            scores.push_str(&format!("{kvk},{LOT},{criterion},{value}\n"));
        }
    }
    let file = env.write("scores.csv", &scores);
    run(env, db, "2021-05-24T10:00", &["score", ID, "--csv", &file]).ok();
    run(env, db, "2021-06-01T10:00", &["award", ID]).ok();
    run(env, db, "2021-07-01T10:00", &["award", ID, "--final"]).ok();
    for kvk in [A, B] {
        run(env, db, "2021-07-02T10:00", &["sign", ID, "--kvk", kvk]).ok();
    }
    run(env, db, "2022-02-01T10:00", &["extend", ID]).ok();
    run(
        env,
        db,
        "2022-03-01T10:00",
        &[
            "amend",
            ID,
            "--lot",
            LOT,
            "--index",
            "2",
            "--basis",
            "indexation",
            "--from",
            "2022-04-01",
            "--reason",
            "OVA 2022",
        ],
    )
    .ok();
}

/// What the commands show of the story, as JSON: list, show, registrations,
/// log and the contract register (`providers`).
fn views(env: &Env, db: &str) -> Vec<Value> {
    const AT: &str = "2022-05-01T10:00";
    [
        &["list"][..],
        &["show", ID],
        &["registrations", ID],
        &["log", ID],
        &["providers"],
    ]
    .iter()
    .map(|args| {
        let mut all = vec!["--format", "json"];
        all.extend_from_slice(args);
        run(env, db, AT, &all).json()
    })
    .collect()
}

#[test]
fn a_server_that_goes_away_during_an_intake_keeps_nothing() {
    let Some(admin) = admin() else { return };
    let env = Env::new();
    let db = Database::new(&admin, "gone");
    run(&env, &db.url(), NOW, &["new", &seed(ID)]).ok();
    run(&env, &db.url(), "2021-04-01T09:00", &["publish", ID]).ok();
    let events = db.count("SELECT count(*) FROM event");
    let file = env.write("intake.csv", intake(5000, 10_000_001));
    let child = env
        .process()
        .env("TENDER_DB", db.url())
        .env("TENDER_NOW", "2021-05-01T10:00")
        .args(["register", ID, "--csv", &file])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the intake");
    // The intake's backend, once it holds the tender's lock: inside its change.
    let mut watcher = db.admin_client();
    let started = Instant::now();
    let pid: i32 = loop {
        let rows = watcher
            .query(
                "SELECT a.pid FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid
                 WHERE a.datname = $1 AND a.application_name = 'tender' AND l.locktype = 'advisory' AND l.granted",
                &[&db.name],
            )
            .unwrap();
        if let Some(row) = rows.first() {
            break row.get(0);
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the intake never began its change"
        );
        std::thread::sleep(Duration::from_millis(5));
    };
    // Soon: a batched intake of 5,000 rows takes well under a second on a
    // quiet machine, and any moment the lock is held is inside the change.
    std::thread::sleep(Duration::from_millis(20));
    watcher
        .execute("SELECT pg_terminate_backend($1)", &[&pid])
        .expect("terminate the intake's backend");
    let output = child.wait_with_output().unwrap();
    let out = Out {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    out.refused(&[
        "connection to the PostgreSQL server",
        &place(&db),
        "nothing of this command was kept",
    ]);
    assert_eq!(db.count("SELECT count(*) FROM registration"), 0);
    assert_eq!(db.count("SELECT count(*) FROM provider"), 0);
    assert_eq!(db.count("SELECT count(*) FROM event"), events);
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[test]
fn sslmode_require_works_against_the_local_server() {
    let Some(admin) = admin() else { return };
    let env = Env::new();
    let db = Database::new(&admin, "require");
    let url = format!(
        "{}?sslmode=require",
        with(&admin, None, &db.name).split('?').next().unwrap()
    );
    run(&env, &url, NOW, &["new", &seed(ID)]).ok();
    run(&env, &url, NOW, &["list"]).ok();
}

/// A throwaway PostgreSQL cluster with a certificate from a test CA and
/// password (scram-sha-256) authentication; stopped and removed afterwards.
struct Cluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
    password: String,
}

impl Cluster {
    fn start() -> Cluster {
        let bin = ["/usr/lib/postgresql", "/usr/local/lib/postgresql"]
            .iter()
            .filter_map(|root| std::fs::read_dir(root).ok())
            .flatten()
            .filter_map(Result::ok)
            .map(|version| version.path().join("bin"))
            .chain([PathBuf::from("/usr/local/bin"), PathBuf::from("/usr/bin")])
            .find(|bin| bin.join("initdb").exists() && bin.join("pg_ctl").exists())
            .expect(
                "TENDER_TEST_POSTGRES is set, but no initdb and pg_ctl to start a throwaway cluster for the TLS tests",
            );
        let dir = tempfile::tempdir().unwrap();
        let cluster = Cluster {
            dir,
            bin,
            port: free_port(),
            password: "cluster-pw-1".to_string(),
        };
        let path = cluster.dir.path();
        certificates(path);
        std::fs::write(path.join("pw"), &cluster.password).unwrap();
        if is_root() {
            let owner = Command::new("chown")
                .args(["-R", "postgres:"])
                .arg(path)
                .status()
                .unwrap();
            assert!(owner.success(), "chown the cluster's folder to postgres");
        }
        cluster.as_owner(&[
            "initdb",
            "-D",
            &cluster.data(),
            "-U",
            "postgres",
            "-A",
            "scram-sha-256",
            "--pwfile",
            &path.join("pw").display().to_string(),
        ]);
        std::fs::write(
            path.join("data/pg_hba.conf"),
            "hostssl all all 127.0.0.1/32 scram-sha-256\nhostssl all all ::1/128 scram-sha-256\n",
        )
        .unwrap();
        let conf = format!(
            "\nlisten_addresses = 'localhost'\nport = {}\nunix_socket_directories = '{}'\nssl = on\n\
             ssl_cert_file = '{}'\nssl_key_file = '{}'\n",
            cluster.port,
            path.display(),
            path.join("server.crt").display(),
            path.join("server.key").display()
        );
        let mut old = std::fs::read_to_string(path.join("data/postgresql.conf")).unwrap();
        old.push_str(&conf);
        std::fs::write(path.join("data/postgresql.conf"), old).unwrap();
        if is_root() {
            Command::new("chown")
                .args(["-R", "postgres:"])
                .arg(path)
                .status()
                .unwrap();
        }
        cluster.as_owner(&[
            "pg_ctl",
            "-D",
            &cluster.data(),
            "-l",
            &path.join("log").display().to_string(),
            "-w",
            "start",
        ]);
        cluster
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    /// Runs a PostgreSQL program as the cluster's owner (postgres when the test runs as root).
    fn as_owner(&self, args: &[&str]) {
        let program = self.bin.join(args[0]);
        let mut command = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&program);
            c
        } else {
            Command::new(&program)
        };
        let output = command.args(&args[1..]).output().expect("run a PostgreSQL program");
        let log = std::fs::read_to_string(self.dir.path().join("log")).unwrap_or_default();
        assert!(
            output.status.success(),
            "TENDER_TEST_POSTGRES is set, but the throwaway cluster for the TLS tests could not be started: {} {:?} failed:\n{}{}\n{log}",
            program.display(),
            &args[1..],
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// The cluster's `postgres` database as `host` names the server, with `password` and `sslmode`.
    fn url(&self, host: &str, password: &str, sslmode: &str) -> String {
        format!(
            "postgres://postgres:{password}@{host}:{}/postgres?sslmode={sslmode}&sslrootcert={}",
            self.port,
            self.dir.path().join("ca.crt").display()
        )
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let program = self.bin.join("pg_ctl");
        let data = self.data();
        let mut command = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&program);
            c
        } else {
            Command::new(&program)
        };
        let _ = command.args(["-D", &data, "-m", "immediate", "-w", "stop"]).output();
    }
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// A test CA and a server certificate it signed for `localhost` only, made with openssl.
fn certificates(dir: &Path) {
    let openssl = |args: &[&str]| {
        let output = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .expect("TENDER_TEST_POSTGRES is set, but openssl is needed to make the TLS tests' certificates");
        assert!(
            output.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
    openssl(
        &[
            &["req", "-x509"][..],
            &ec,
            &[
                "-keyout",
                "ca.key",
                "-out",
                "ca.crt",
                "-days",
                "2",
                "-subj",
                "/CN=tender test CA",
            ],
            &[
                "-addext",
                "basicConstraints=critical,CA:TRUE",
                "-addext",
                "keyUsage=critical,keyCertSign,cRLSign",
            ],
        ]
        .concat(),
    );
    openssl(
        &[
            &["req"][..],
            &ec,
            &["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"],
        ]
        .concat(),
    );
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.crt",
        "-days",
        "2",
        "-extfile",
        "server.ext",
    ]);
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir.join("server.key"), std::fs::Permissions::from_mode(0o600)).unwrap();
}

#[test]
fn verify_full_checks_the_certificate_and_a_wrong_password_is_one_sentence() {
    let Some(_) = admin() else { return };
    let cluster = Cluster::start();
    let env = Env::new();
    let password = cluster.password.clone();
    run(
        &env,
        &cluster.url("localhost", &password, "verify-full"),
        NOW,
        &["new", &seed(ID)],
    )
    .ok();
    run(
        &env,
        &cluster.url("localhost", &password, "verify-full"),
        NOW,
        &["list"],
    )
    .ok();
    // The certificate names `localhost` only: a CA check passes for 127.0.0.1, a full check does not.
    run(&env, &cluster.url("127.0.0.1", &password, "verify-ca"), NOW, &["list"]).ok();
    let stderr = run(
        &env,
        &cluster.url("127.0.0.1", &password, "verify-full"),
        NOW,
        &["list"],
    )
    .refused(&[&format!("127.0.0.1:{}", cluster.port), "`postgres`", "certificate"]);
    assert!(!stderr.contains(&password), "{stderr}");
    // A certificate authority that did not sign the server's certificate.
    let stranger = tempfile::tempdir().unwrap();
    certificates(stranger.path());
    let url = cluster.url("localhost", &password, "verify-ca").replace(
        &cluster.dir.path().join("ca.crt").display().to_string(),
        &stranger.path().join("ca.crt").display().to_string(),
    );
    run(&env, &url, NOW, &["list"]).refused(&["localhost", "certificate"]);

    let wrong = "not-the-password-42";
    let stderr = run(&env, &cluster.url("localhost", wrong, "verify-full"), NOW, &["list"]).refused(&[
        &format!("localhost:{}", cluster.port),
        "`postgres`",
        "password",
    ]);
    assert!(!stderr.contains(wrong) && !stderr.contains(&password), "{stderr}");
}
