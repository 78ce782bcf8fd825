//! The SPEC §7 benchmark: `cargo run --release --example bench [-- --scale 10]`.
//!
//! Builds the release binary, generates a database of 1,000 tenders and
//! 100,000 registrations (times `--scale`: 10 gives 10,000 and 1,000,000),
//! then times whole-process runs of `target/release/tender` (`list`, `show`,
//! `registrations`, `remind`, a 10,000-row CSV intake, the award of a lot
//! with 5,000 scored offers) with their peak memory, each beside the `sqlite3`
//! shell doing the same query or import on the same file, and prints medians
//! and ratios. The generated file is kept in `target/bench/`, one per scale
//! and schema version, and reused by later runs.
//!
//! With `--db postgres://…` the same runs go to that server database instead:
//! the bench drops and creates it, fills it with `tender copy --to` from the
//! generated file, and times each run beside `psql` doing the same query on
//! it (each write on a fresh copy made with `CREATE DATABASE … TEMPLATE`).
//! Then 8 processes register at once, one `tender register` process per
//! registration, and it prints registrations a second and the errors.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use rusqlite::{Connection, params};
use tender::domain::definition::Kind;
use tender::domain::templates::template;
use tender::domain::tender::Tender;

/// At scale 1; `--scale` multiplies the tenders, registrations and providers.
const TENDERS: usize = 1_000;
const PER_TENDER: usize = 100;
const PROVIDERS: usize = 20_000;
const INTAKE_ROWS: usize = 10_000;
const OFFERS: usize = 5_000;
/// The generated tenders' timelines are the templates' moved by up to this
/// many days, so that a reminder window holds some of them, not all or none.
const SPREAD_DAYS: usize = 1_000;
/// While every generated tender is open for registration.
const NOW: &str = "2027-02-01T10:00";
/// After the registration deadline: the award tender is in evaluation.
const EVALUATION: &str = "2027-03-15T10:00";
/// When the generated rows were written (RFC 3339, as the store writes times).
const WRITTEN: &str = "2027-01-11T08:00:00Z";
const SHOWN: &str = "bench-0500";
const INTAKE: &str = "bench-intake";
const AWARD: &str = "bench-award";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/bench");
    let args: Vec<String> = std::env::args().skip(1).collect();
    let scale = match args.iter().position(|a| a == "--scale") {
        Some(i) => args
            .get(i + 1)
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n > 0)
            .ok_or("--scale takes a whole number, 1 or more")?,
        None => 1,
    };
    let server = match args.iter().position(|a| a == "--db") {
        Some(i) => Some(Server::new(args.get(i + 1).ok_or("--db takes a postgres:// URL")?)?),
        None => None,
    };
    let tender = root.join("target/release/tender");
    if args.first().map(String::as_str) == Some("--generate") {
        let path = PathBuf::from(&args[1]);
        generate(&tender, &path, scale)?;
        return Ok(());
    }
    build(root)?;
    std::fs::create_dir_all(&dir)?;
    let version = schema_version(&tender, &dir)?;
    let base = dir.join(format!("base-x{scale}-schema{version}.db"));
    let csv = dir.join("intake.csv");
    std::fs::write(&csv, intake_csv(scale))?;
    if !base.exists() {
        let started = Instant::now();
        let partial = dir.join("generating.db");
        // In a child process: Linux counts the parent's peak memory at the time
        // of a spawn in the spawned process's peak, so the parent must stay small.
        let generated = Command::new(std::env::current_exe()?)
            .args([
                "--generate",
                &partial.display().to_string(),
                "--scale",
                &scale.to_string(),
            ])
            .status()?;
        if !generated.success() {
            return Err("generating the database failed".into());
        }
        std::fs::rename(&partial, &base)?;
        eprintln!("generated {} in {:.1?}", base.display(), started.elapsed());
    }

    let tenders = TENDERS * scale;
    if let Some(server) = server {
        let started = Instant::now();
        server.fill(&tender, &base)?;
        eprintln!(
            "filled {} from {} in {:.1?}",
            server.url,
            base.display(),
            started.elapsed()
        );
        let rows = server.rows(&tender, &csv, tenders);
        print(&rows, Some("psql"));
        let registering = server.concurrent(&tender, scale)?;
        println!(
            "\n{WRITERS} processes registering at once: {} registrations in {:.1?}, {:.0} a second, {} errors",
            registering.done,
            registering.time,
            registering.done as f64 / registering.time.as_secs_f64(),
            registering.errors.len()
        );
        if let Some(first) = registering.errors.first() {
            println!("the first error: {first}");
        }
        server.drop_run()?;
        return Ok(());
    }
    let sqlite3 = Command::new("sqlite3").arg("--version").output().is_ok();
    let bench = Bench {
        tender,
        dir,
        base,
        sqlite3,
    };
    let rows = vec![
        bench.read(format!("list ({tenders} tenders)"), &["list"], LIST_SQL),
        bench.read("show".into(), &["show", SHOWN], &show_sql()),
        bench.read("registrations".into(), &["registrations", SHOWN], &registrations_sql()),
        bench.read(format!("remind ({tenders} tenders)"), &["remind"], &remind_sql()),
        bench.write(
            "intake 10,000 rows".into(),
            &["register", INTAKE, "--csv", &csv.display().to_string()],
            &intake_sql(&csv),
        ),
        bench.write(
            "award 5,000 offers".into(),
            &["--now", EVALUATION, "award", AWARD],
            &[AWARD_SQL.to_string()],
        ),
    ];
    print(&rows, bench.sqlite3.then_some("sqlite3"));
    println!(
        "the bench process itself peaked at {:.1} MiB, a floor under every peak above",
        own_peak_kib() as f64 / 1024.0
    );
    Ok(())
}

fn build(root: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--release", "--quiet", "--bin", "tender"])
        .current_dir(root)
        .status()?;
    if !status.success() {
        return Err("cargo build --release failed".into());
    }
    Ok(())
}

/// The schema version the binary writes: that of a database it has just created.
fn schema_version(tender: &Path, dir: &Path) -> Result<i64, Box<dyn std::error::Error>> {
    let probe = dir.join("probe.db");
    remove_database(&probe);
    create(tender, &probe)?;
    let version = Connection::open(&probe)?.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    remove_database(&probe);
    Ok(version)
}

fn remove_database(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// Creates the database with the intake tender, through the binary: the
/// schema is the binary's own, whatever its version.
fn create(tender: &Path, path: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let definition = path.with_extension("toml");
    std::fs::write(&definition, definition_source(Kind::Bestuurlijk, INTAKE, 0))?;
    let status = Command::new(tender)
        .env("TENDER_DB", path)
        .env("TENDER_NOW", "2027-01-11T08:00")
        .args(["new", &definition.display().to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()?;
    std::fs::remove_file(&definition)?;
    if !status.success() {
        return Err("tender new failed".into());
    }
    Ok(())
}

// Generation: direct SQL in one transaction, as the store would write the rows
// (the binary creates the file and its schema, and on its first run computes
// what it derives from the rows, such as the reminder moments).

fn kvk(n: usize) -> String {
    format!("{}", 10_000_000 + n)
}

/// A template of `kind` under another id, its dates moved `days` later.
fn definition_source(kind: Kind, id: &str, days: u64) -> String {
    let source = template(kind).replacen("id = \"regio-wmo-2027\"", &format!("id = \"{id}\""), 1);
    shift_dates(&source, days)
}

/// Every `YYYY-MM-DD` in `text`, `days` later: the order and the lengths of
/// the periods stay as the template has them.
fn shift_dates(text: &str, days: u64) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let date = rest
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .filter(|_| rest.as_bytes().get(4) == Some(&b'-'));
        match date.and_then(|d| d.checked_add_days(Days::new(days))) {
            Some(moved) => {
                out.push_str(&moved.format("%Y-%m-%d").to_string());
                rest = &rest[10..];
            }
            None => {
                let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
                out.push_str(&rest[..digits]);
                rest = &rest[digits..];
            }
        }
    }
    out.push_str(rest);
    out
}

const EVENT_SQL: &str = "INSERT INTO event (tender_id, at, actor, action, detail) VALUES (?1, ?2, 'bench', ?3, ?4)";

/// A published tender with its two events.
fn insert_tender(
    tx: &rusqlite::Transaction,
    id: &str,
    kind: Kind,
    days: u64,
) -> Result<(), Box<dyn std::error::Error>> {
    let source = definition_source(kind, id, days);
    let (parsed, _) = Tender::from_source(&source).map_err(|e| format!("{id}: {e:?}"))?;
    let def = &parsed.definition;
    tx.prepare_cached(
        "INSERT INTO tender (id, kind, title, open_house, source, schedule, created_at, published_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
    )?
    .execute(params![
        id,
        kind.as_str(),
        def.title,
        def.is_open_house(),
        source,
        serde_json::to_string(&parsed.schedule)?,
        WRITTEN
    ])?;
    let mut event = tx.prepare_cached(EVENT_SQL)?;
    event.execute(params![id, WRITTEN, "new", "generated"])?;
    event.execute(params![id, WRITTEN, "publish", "generated"])?;
    Ok(())
}

fn generate(tender: &Path, path: &Path, scale: usize) -> Result<(), Box<dyn std::error::Error>> {
    remove_database(path);
    create(tender, path)?;
    let mut conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    let tx = conn.transaction()?;
    let providers = PROVIDERS * scale;
    {
        let mut event = tx.prepare_cached(EVENT_SQL)?;
        let mut provider = tx.prepare("INSERT INTO provider (kvk, name, agb, email) VALUES (?1, ?2, NULL, ?3)")?;
        let mut registration = tx.prepare(
            "INSERT INTO registration (tender_id, kvk, status, small, meets, reason, registered_at, joining, joining_at)
             VALUES (?1, ?2, ?3, ?4, 'gva|kwaliteit', NULL, ?5, 0, NULL)",
        )?;
        let mut lot = tx.prepare("INSERT INTO registration_lot (tender_id, kvk, lot) VALUES (?1, ?2, ?3)")?;
        let mut score = tx.prepare(
            "INSERT INTO score (tender_id, kvk, lot, criterion, points, price, scored_at) VALUES (?1, ?2, 'begeleiding', ?3, ?4, ?5, ?6)",
        )?;
        let mut add_provider = |n: usize| {
            provider.execute(params![
                kvk(n),
                format!("Zorgaanbieder {n} B.V."),
                format!("intake{n}@zorg.example.nl")
            ])
        };
        for n in 0..providers + OFFERS {
            add_provider(n)?;
        }
        for t in 0..TENDERS * scale {
            let id = format!("bench-{t:04}");
            insert_tender(&tx, &id, Kind::ALL[t % Kind::ALL.len()], (t % SPREAD_DAYS) as u64)?;
            for j in 0..PER_TENDER {
                let n = (t * PER_TENDER + j) % providers;
                registration.execute(params![id, kvk(n), "registered", n % 3 == 0, WRITTEN])?;
                for l in &["begeleiding", "dagbesteding"][..1 + j % 2] {
                    lot.execute(params![id, kvk(n), l])?;
                }
                event.execute(params![id, WRITTEN, "register", format!("{} registered", kvk(n))])?;
            }
        }
        tx.execute(
            "UPDATE tender SET published_at = ?2 WHERE id = ?1",
            params![INTAKE, WRITTEN],
        )?;
        event.execute(params![INTAKE, WRITTEN, "publish", "generated"])?;
        // A classic tender whose lot `begeleiding` has 5,000 qualified, fully
        // scored offers: equal points and distinct prices, so that there is no tie.
        insert_tender(&tx, AWARD, Kind::Classic, 0)?;
        for i in 0..OFFERS {
            let n = providers + i;
            registration.execute(params![AWARD, kvk(n), "qualified", n % 3 == 0, WRITTEN])?;
            lot.execute(params![AWARD, kvk(n), "begeleiding"])?;
            score.execute(params![AWARD, kvk(n), "plan", 800, None::<i64>, WRITTEN])?;
            score.execute(params![AWARD, kvk(n), "samenwerking", 700, None::<i64>, WRITTEN])?;
            score.execute(params![AWARD, kvk(n), "prijs", None::<i64>, 6_000 + i as i64, WRITTEN])?;
        }
        event.execute(params![AWARD, WRITTEN, "score", "generated"])?;
    }
    tx.commit()?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;")?;
    drop(conn);
    // The first run of the binary computes what it keeps beside the rows.
    let status = Command::new(tender)
        .env("TENDER_DB", path)
        .env("TENDER_NOW", NOW)
        .arg("list")
        .stdout(Stdio::null())
        .status()?;
    if !status.success() {
        return Err("tender list on the generated file failed".into());
    }
    Ok(())
}

/// New providers, numbered after every generated one.
fn intake_csv(scale: usize) -> String {
    let mut csv = String::from("name;kvk;agb;email;lots;meets;small\n");
    for i in 0..INTAKE_ROWS {
        let n = PROVIDERS * scale + OFFERS + i;
        csv.push_str(&format!(
            "Zorgaanbieder {n} B.V.;{};;intake{n}@zorg.example.nl;begeleiding|dagbesteding;kwaliteit|vog;{}\n",
            kvk(n),
            if n % 3 == 0 { "ja" } else { "nee" }
        ));
    }
    csv
}

// The sqlite3 shell's floor: the same reads, the same writes.

const LIST_SQL: &str = "SELECT t.id, t.title, t.kind, t.schedule, t.published_at, t.cancelled_at, c.active
  FROM tender t LEFT JOIN registration_count c ON c.tender_id = t.id ORDER BY t.id;";

fn show_sql() -> String {
    format!(
        "SELECT source, schedule FROM tender WHERE id = '{SHOWN}';
         SELECT active FROM registration_count WHERE tender_id = '{SHOWN}';
         SELECT l.lot, count(*) FROM registration_lot l JOIN registration r USING (tender_id, kvk)
           WHERE l.tender_id = '{SHOWN}' AND r.status <> 'withdrawn' GROUP BY l.lot;"
    )
}

fn registrations_sql() -> String {
    format!(
        "SELECT r.kvk, p.name, p.agb, p.email, r.meets, r.small, r.status, r.reason,
           (SELECT group_concat(lot, '|') FROM registration_lot l WHERE l.tender_id = r.tender_id AND l.kvk = r.kvk)
         FROM registration r JOIN provider p ON p.kvk = r.kvk WHERE r.tender_id = '{SHOWN}' ORDER BY r.kvk;"
    )
}

/// The tenders a run at `NOW` with the default window of 14 days reads
/// (`tenders_to_remind`), with what it reads of them.
fn remind_sql() -> String {
    "SELECT id, title, kind, open_house, schedule, published_at, cancelled_at, decided_at, final_at, first_signed_at,
       extensions_used, open_objections, redo_required FROM tender
     WHERE id IN (SELECT tender_id FROM reminder_moment INDEXED BY reminder_moment_by_at WHERE at > '2027-02-01T09:00:00Z' AND at <= '2027-02-17T09:00:00Z'
       UNION SELECT id FROM tender INDEXED BY tender_overdue WHERE overdue_from <= '2027-02-01T09:00:00Z'
         AND (overdue_until IS NULL OR overdue_until >= '2027-02-01T09:00:00Z')
       UNION SELECT id FROM tender INDEXED BY tender_watched_at WHERE watched_at > '2027-02-01T09:00:00Z'
       UNION SELECT id FROM tender INDEXED BY tender_watched_at WHERE watched_at IS NULL)
     ORDER BY id;"
        .to_string()
}

/// The sqlite3 shell's own CSV import, then the same rows into the same tables.
fn intake_sql(csv: &Path) -> Vec<String> {
    let import = format!(".import {} intake", csv.display());
    let insert = format!(
        "BEGIN IMMEDIATE;
         INSERT INTO provider (kvk, name, agb, email) SELECT kvk, name, NULLIF(agb, ''), NULLIF(email, '') FROM intake;
         INSERT INTO registration (tender_id, kvk, status, small, meets, registered_at, joining)
           SELECT '{INTAKE}', kvk, 'registered', small = 'ja', meets, '2027-02-01T09:00:00Z', 0 FROM intake;
         INSERT INTO registration_lot (tender_id, kvk, lot)
           SELECT '{INTAKE}', kvk, value FROM intake, json_each('[\"' || replace(lots, '|', '\",\"') || '\"]');
         INSERT INTO event (tender_id, at, actor, action, detail) VALUES ('{INTAKE}', '2027-02-01T09:00:00Z', 'bench', 'register', 'csv');
         COMMIT;"
    );
    vec![".mode csv".into(), ".separator ;".into(), import, insert]
}

const AWARD_SQL: &str = "BEGIN IMMEDIATE;
  INSERT INTO decision (tender_id, number, decided_at, draw) VALUES ('bench-award', 1, '2027-03-15T09:00:00Z', '');
  INSERT INTO award_result (tender_id, number, lot, kvk, position, rank, score, awarded, excluded)
    SELECT tender_id, 1, lot, kvk, row_number() OVER w - 1, row_number() OVER w, total, row_number() OVER w <= 10, NULL
    FROM (SELECT s.tender_id, s.lot, s.kvk,
            sum(coalesce(s.points, 0)) / 100.0 + 40.0 * (SELECT min(price) FROM score WHERE tender_id = 'bench-award' AND price IS NOT NULL) / max(s.price) AS total
          FROM score s JOIN registration r USING (tender_id, kvk)
          WHERE s.tender_id = 'bench-award' AND s.lot = 'begeleiding' AND r.status = 'qualified'
          GROUP BY s.kvk)
    WINDOW w AS (ORDER BY total DESC);
  UPDATE registration SET status = 'awarded' WHERE tender_id = 'bench-award'
    AND kvk IN (SELECT kvk FROM award_result WHERE tender_id = 'bench-award' AND awarded);
  INSERT INTO event (tender_id, at, actor, action, detail) VALUES ('bench-award', '2027-03-15T09:00:00Z', 'bench', 'award', 'decision 1');
  COMMIT;";

// Measurement: whole processes, wall time and peak resident memory.

struct Bench {
    tender: PathBuf,
    dir: PathBuf,
    base: PathBuf,
    sqlite3: bool,
}

/// One run: wall time and peak resident set size in KiB.
#[derive(Clone, Copy)]
struct Run {
    time: Duration,
    rss_kib: i64,
}

struct Row {
    what: String,
    tender: Option<Run>,
    /// The shell doing the same query (`sqlite3`, `psql`), if there is one.
    floor: Option<Run>,
}

const READ_RUNS: usize = 21;
const WRITE_RUNS: usize = 7;

impl Bench {
    fn tender(&self, db: &Path, args: &[&str]) -> Command {
        let mut command = Command::new(&self.tender);
        command
            .env("TENDER_DB", db)
            .env("TENDER_NOW", NOW)
            .env("USER", "bench")
            .args(args);
        command
    }

    /// The sqlite3 shell running each of `script` (SQL or a dot-command) in turn.
    fn sqlite3(&self, db: &Path, script: &[String]) -> Command {
        let mut command = Command::new("sqlite3");
        command.arg(db).args(script);
        command
    }

    /// A read on the generated file, many times.
    fn read(&self, what: String, args: &[&str], sql: &str) -> Row {
        let sql = [sql.to_string()];
        let tender = median((0..READ_RUNS).map(|_| measure(self.tender(&self.base, args))));
        let sqlite = self
            .sqlite3
            .then(|| median((0..READ_RUNS).map(|_| measure(self.sqlite3(&self.base, &sql)))));
        Row {
            what,
            tender: Some(tender),
            floor: sqlite,
        }
    }

    /// A write, each run on a fresh copy of the generated file (the copy not timed).
    fn write(&self, what: String, args: &[&str], script: &[String]) -> Row {
        let copy = self.dir.join("run.db");
        let fresh = || {
            std::fs::copy(&self.base, &copy).expect("copy the database");
            for suffix in ["-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", copy.display()));
            }
            // Read once, as the file of an office at work is in the page cache:
            // the run then measures tender, not the disk.
            std::fs::File::open(&copy)
                .and_then(|mut f| std::io::copy(&mut f, &mut std::io::sink()))
                .expect("read the copy");
            &copy
        };
        let tender = median((0..WRITE_RUNS).map(|_| measure(self.tender(fresh(), args))));
        let sqlite = self
            .sqlite3
            .then(|| median((0..WRITE_RUNS).map(|_| measure(self.sqlite3(fresh(), script)))));
        // The copy is as large as the generated file (520 MB at scale 10).
        remove_database(&copy);
        Row {
            what,
            tender: Some(tender),
            floor: sqlite,
        }
    }
}

/// Runs a process to its end; panics when it fails, since a failed run measures nothing.
#[allow(
    clippy::zombie_processes,
    reason = "reaped by wait4, which also gives its peak memory"
)]
fn measure(mut command: Command) -> Run {
    command.stdout(Stdio::null()).stderr(Stdio::piped());
    let started = Instant::now();
    let child = command.spawn().expect("start the process");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid, and wait4 reaps our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let time = started.elapsed();
    assert_eq!(reaped, pid, "wait4 failed");
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        let mut stderr = String::new();
        std::io::Read::read_to_string(&mut child.stderr.expect("piped stderr"), &mut stderr).ok();
        panic!("{command:?} failed: {stderr}");
    }
    Run {
        time,
        rss_kib: usage.ru_maxrss,
    }
}

/// This process's own peak (VmHWM), which a spawned process inherits as the
/// start of its peak. (getrusage would include cargo's, from before the exec.)
fn own_peak_kib() -> i64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = status.lines().find_map(|l| l.strip_prefix("VmHWM:")).unwrap_or("0");
    line.trim().trim_end_matches("kB").trim().parse().unwrap_or(0)
}

fn median(runs: impl Iterator<Item = Run>) -> Run {
    let mut runs: Vec<Run> = runs.collect();
    runs.sort_by_key(|r| r.time);
    let mut run = runs[runs.len() / 2];
    run.rss_kib = runs.iter().map(|r| r.rss_kib).max().unwrap_or(0);
    run
}

/// The table of runs beside `floor` (the shell they are compared with), if it ran.
fn print(rows: &[Row], floor: Option<&str>) {
    let ms = |r: Option<Run>| r.map_or("n/a".to_string(), |r| format!("{:.1} ms", r.time.as_secs_f64() * 1e3));
    let mib = |r: Option<Run>| r.map_or("n/a".to_string(), |r| format!("{:.1} MiB", r.rss_kib as f64 / 1024.0));
    println!(
        "\n{:<24} {:>12} {:>11} {:>12} {:>11} {:>7}",
        "",
        "tender",
        "peak",
        floor.unwrap_or("sqlite3"),
        "peak",
        "ratio"
    );
    for row in rows {
        let ratio = match (row.tender, row.floor) {
            (Some(t), Some(s)) => format!("{:.1}x", t.time.as_secs_f64() / s.time.as_secs_f64()),
            _ => "n/a".to_string(),
        };
        println!(
            "{:<24} {:>12} {:>11} {:>12} {:>11} {:>7}",
            row.what,
            ms(row.tender),
            mib(row.tender),
            ms(row.floor),
            mib(row.floor),
            ratio
        );
    }
    println!(
        "\nmedians of {READ_RUNS} runs (reads) and {WRITE_RUNS} runs (writes, each on a fresh copy); peak = the largest max RSS of the runs"
    );
    if floor.is_none() {
        println!("sqlite3 is not installed: no floor to compare with (apt-get install sqlite3)");
    }
}

// The server: the same database through `tender copy --to`, the same runs
// beside `psql`, and the registering processes.

/// 8 officers' processes at once, as tests/concurrency.rs runs them.
const WRITERS: usize = 8;
const PER_WRITER: usize = 125;

/// The bench database on a PostgreSQL server, and its fresh copies.
struct Server {
    /// The URL as given, naming the bench database.
    url: String,
    /// The same server's `postgres` database, to drop and create from.
    admin: String,
    /// The copy a write runs on, made from the bench database.
    run: String,
    dbname: String,
}

impl Server {
    fn new(url: &str) -> Result<Server, Box<dyn std::error::Error>> {
        if !tender::store::is_url(url) {
            return Err(format!("--db takes a postgres:// URL, not `{url}`").into());
        }
        let (base, query) = url.split_once('?').map_or((url, ""), |(b, q)| (b, q));
        let slash = base
            .rfind('/')
            .filter(|i| !base[..*i].ends_with('/'))
            .ok_or("the URL names no database")?;
        let dbname = base[slash + 1..].to_string();
        let with = |name: &str| {
            let query = if query.is_empty() {
                String::new()
            } else {
                format!("?{query}")
            };
            format!("{}/{name}{query}", &base[..slash])
        };
        Ok(Server {
            url: url.to_string(),
            admin: with("postgres"),
            run: with(&format!("{dbname}_run")),
            dbname,
        })
    }

    /// `psql` on database `url` running each of `script` in turn.
    fn psql(&self, url: &str, script: &[String]) -> Command {
        let mut command = Command::new("psql");
        command.args(["-X", "-q", "-v", "ON_ERROR_STOP=1", url]);
        for sql in script {
            command.args(["-c", sql]);
        }
        command
    }

    fn admin(&self, sql: &str) -> Result<(), Box<dyn std::error::Error>> {
        let out = self.psql(&self.admin, &[sql.to_string()]).output()?;
        if !out.status.success() {
            return Err(format!("psql `{sql}`: {}", String::from_utf8_lossy(&out.stderr).trim()).into());
        }
        Ok(())
    }

    /// A new, empty bench database, filled from the generated file.
    fn fill(&self, tender: &Path, base: &Path) -> Result<(), Box<dyn std::error::Error>> {
        self.admin(&format!("DROP DATABASE IF EXISTS \"{}_run\"", self.dbname))?;
        self.admin(&format!("DROP DATABASE IF EXISTS \"{}\"", self.dbname))?;
        self.admin(&format!("CREATE DATABASE \"{}\"", self.dbname))?;
        let out = Command::new(tender)
            .env("TENDER_DB", base)
            .args(["copy", "--to", &self.url])
            .output()?;
        if !out.status.success() {
            return Err(format!("tender copy --to: {}", String::from_utf8_lossy(&out.stderr).trim()).into());
        }
        let analyzed = self.psql(&self.url, &["VACUUM ANALYZE".to_string()]).status()?;
        if !analyzed.success() {
            return Err("VACUUM ANALYZE failed".into());
        }
        Ok(())
    }

    /// A fresh copy of the bench database for one write.
    fn fresh(&self) -> &str {
        self.drop_run().expect("drop the copy");
        self.admin(&format!("CREATE DATABASE \"{0}_run\" TEMPLATE \"{0}\"", self.dbname))
            .expect("copy the bench database");
        &self.run
    }

    fn drop_run(&self) -> Result<(), Box<dyn std::error::Error>> {
        self.admin(&format!("DROP DATABASE IF EXISTS \"{}_run\"", self.dbname))
    }

    fn tender(&self, tender: &Path, url: &str, args: &[&str]) -> Command {
        let mut command = Command::new(tender);
        command
            .env("TENDER_DB", url)
            .env("TENDER_NOW", NOW)
            .env("USER", "bench")
            .args(args);
        command
    }

    fn rows(&self, tender: &Path, csv: &Path, tenders: usize) -> Vec<Row> {
        let read = |what: String, args: &[&str], sql: &str| {
            let sql = [sql.to_string()];
            Row {
                what,
                tender: Some(median(
                    (0..READ_RUNS).map(|_| measure(self.tender(tender, &self.url, args))),
                )),
                floor: Some(median((0..READ_RUNS).map(|_| measure(self.psql(&self.url, &sql))))),
            }
        };
        let write = |what: String, args: &[&str], script: &[String]| {
            let tender = median((0..WRITE_RUNS).map(|_| measure(self.tender(tender, self.fresh(), args))));
            let floor = median((0..WRITE_RUNS).map(|_| measure(self.psql(self.fresh(), script))));
            Row {
                what,
                tender: Some(tender),
                floor: Some(floor),
            }
        };
        vec![
            read(format!("list ({tenders} tenders)"), &["list"], LIST_SQL),
            read("show".into(), &["show", SHOWN], &show_sql()),
            read(
                "registrations".into(),
                &["registrations", SHOWN],
                &server_registrations_sql(),
            ),
            read(format!("remind ({tenders} tenders)"), &["remind"], &server_remind_sql()),
            write(
                "intake 10,000 rows".into(),
                &["register", INTAKE, "--csv", &csv.display().to_string()],
                &server_intake_sql(csv),
            ),
            write(
                "award 5,000 offers".into(),
                &["--now", EVALUATION, "award", AWARD],
                &[SERVER_AWARD_SQL.to_string()],
            ),
        ]
    }

    /// `WRITERS` threads, each running `PER_WRITER` `tender register`
    /// processes one after the other, on a fresh copy of the bench database.
    fn concurrent(&self, tender: &Path, scale: usize) -> Result<Registering, Box<dyn std::error::Error>> {
        let url = self.fresh();
        let first = PROVIDERS * scale + OFFERS + INTAKE_ROWS;
        let started = Instant::now();
        let errors: Vec<String> = std::thread::scope(|scope| {
            let writers: Vec<_> = (0..WRITERS)
                .map(|w| {
                    scope.spawn(move || {
                        (0..PER_WRITER)
                            .filter_map(|i| {
                                let n = first + w * PER_WRITER + i;
                                let name = format!("Zorgaanbieder {n} B.V.");
                                let out = self
                                    .tender(
                                        tender,
                                        url,
                                        &[
                                            "register",
                                            INTAKE,
                                            "--name",
                                            &name,
                                            "--kvk",
                                            &kvk(n),
                                            "--lots",
                                            "begeleiding",
                                        ],
                                    )
                                    .output()
                                    .expect("start tender register");
                                (!out.status.success()).then(|| String::from_utf8_lossy(&out.stderr).trim().to_string())
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            writers
                .into_iter()
                .flat_map(|w| w.join().expect("a writer thread"))
                .collect()
        });
        Ok(Registering {
            done: WRITERS * PER_WRITER - errors.len(),
            time: started.elapsed(),
            errors,
        })
    }
}

/// What the registering processes did.
struct Registering {
    done: usize,
    time: Duration,
    errors: Vec<String>,
}

// psql's floor: the same queries in PostgreSQL's dialect where it differs.

fn server_registrations_sql() -> String {
    format!(
        "SELECT r.kvk, p.name, p.agb, p.email, r.meets, r.small, r.status, r.reason,
           (SELECT string_agg(lot, '|') FROM registration_lot l WHERE l.tender_id = r.tender_id AND l.kvk = r.kvk)
         FROM registration r JOIN provider p ON p.kvk = r.kvk WHERE r.tender_id = '{SHOWN}' ORDER BY r.kvk;"
    )
}

fn server_remind_sql() -> String {
    "SELECT id, title, kind, open_house, schedule, published_at, cancelled_at, decided_at, final_at, first_signed_at,
       extensions_used, open_objections, redo_required FROM tender
     WHERE id IN (SELECT tender_id FROM reminder_moment WHERE at > '2027-02-01T09:00:00Z' AND at <= '2027-02-17T09:00:00Z'
       UNION SELECT id FROM tender WHERE overdue_from <= '2027-02-01T09:00:00Z'
         AND (overdue_until IS NULL OR overdue_until >= '2027-02-01T09:00:00Z')
       UNION SELECT id FROM tender WHERE watched_at > '2027-02-01T09:00:00Z'
       UNION SELECT id FROM tender WHERE watched_at IS NULL)
     ORDER BY id;"
        .to_string()
}

/// psql's own CSV import, then the same rows into the same tables.
fn server_intake_sql(csv: &Path) -> Vec<String> {
    vec![
        "CREATE TABLE intake (name text, kvk text, agb text, email text, lots text, meets text, small text)".into(),
        format!(
            "\\copy intake FROM '{}' WITH (FORMAT csv, DELIMITER ';', HEADER true)",
            csv.display()
        ),
        format!(
            "BEGIN;
             INSERT INTO provider (kvk, name, agb, email) SELECT kvk, name, NULLIF(agb, ''), NULLIF(email, '') FROM intake;
             INSERT INTO registration (tender_id, kvk, status, small, meets, registered_at, joining)
               SELECT '{INTAKE}', kvk, 'registered', small = 'ja', meets, '2027-02-01T09:00:00Z', false FROM intake;
             INSERT INTO registration_lot (tender_id, kvk, lot)
               SELECT '{INTAKE}', kvk, unnest(string_to_array(lots, '|')) FROM intake;
             INSERT INTO event (tender_id, at, actor, action, detail) VALUES ('{INTAKE}', '2027-02-01T09:00:00Z', 'bench', 'register', 'csv');
             COMMIT;"
        ),
    ]
}

const SERVER_AWARD_SQL: &str = "BEGIN;
  INSERT INTO decision (tender_id, number, decided_at, draw) VALUES ('bench-award', 1, '2027-03-15T09:00:00Z', '');
  INSERT INTO award_result (tender_id, number, lot, kvk, position, rank, score, awarded, excluded)
    SELECT tender_id, 1, lot, kvk, row_number() OVER w - 1, row_number() OVER w, total, row_number() OVER w <= 10, NULL
    FROM (SELECT s.tender_id, s.lot, s.kvk,
            sum(coalesce(s.points, 0)) / 100.0 + 40.0 * (SELECT min(price) FROM score WHERE tender_id = 'bench-award' AND price IS NOT NULL) / max(s.price) AS total
          FROM score s JOIN registration r USING (tender_id, kvk)
          WHERE s.tender_id = 'bench-award' AND s.lot = 'begeleiding' AND r.status = 'qualified'
          GROUP BY s.tender_id, s.lot, s.kvk) AS offers
    WINDOW w AS (ORDER BY total DESC);
  UPDATE registration SET status = 'awarded' WHERE tender_id = 'bench-award'
    AND kvk IN (SELECT kvk FROM award_result WHERE tender_id = 'bench-award' AND awarded);
  INSERT INTO event (tender_id, at, actor, action, detail) VALUES ('bench-award', '2027-03-15T09:00:00Z', 'bench', 'award', 'decision 1');
  COMMIT;";
