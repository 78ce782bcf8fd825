//! The SPEC §7 benchmark: `cargo run --release --example bench`.
//!
//! Builds the release binary, generates a database of 1,000 tenders and
//! 100,000 registrations through the library's store (not timed), then times
//! whole-process runs of `target/release/tender` (`list`, `show`,
//! `registrations`, `remind`, a 10,000-row CSV intake, the award of a lot
//! with 5,000 scored offers) with their peak memory, each beside the `sqlite3`
//! shell doing the same query or import on the same file, and prints medians
//! and ratios. Writes into `target/bench/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use tender::domain::audit::EventKind;
use tender::domain::award::ScoreValue;
use tender::domain::definition::Kind;
use tender::domain::intake::{Application, Registration, Status};
use tender::domain::lifecycle::History;
use tender::domain::money::Cents;
use tender::domain::schedule::{DEFAULT_TIMEZONE, Edge, parse_moment};
use tender::domain::templates::template;
use tender::domain::tender::Tender;
use tender::store::{SqliteStore, Stamp, StoreError};

const TENDERS: usize = 1_000;
const PER_TENDER: usize = 100;
const PROVIDERS: usize = 20_000;
const INTAKE_ROWS: usize = 10_000;
const OFFERS: usize = 5_000;
/// While every generated tender is open for registration.
const NOW: &str = "2027-02-01T10:00";
/// After the registration deadline: the award tender is in evaluation.
const EVALUATION: &str = "2027-03-15T10:00";
const SHOWN: &str = "bench-0500";
const INTAKE: &str = "bench-intake";
const AWARD: &str = "bench-award";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/bench");
    let base = dir.join("base.db");
    let csv = dir.join("intake.csv");
    if std::env::args().nth(1).as_deref() == Some("--generate") {
        generate(&base)?;
        std::fs::write(&csv, intake_csv())?;
        return Ok(());
    }
    build(root)?;
    let tender = root.join("target/release/tender");
    std::fs::create_dir_all(&dir)?;
    // In a child process: Linux counts the parent's peak memory at the time of
    // a spawn in the spawned process's peak, so the parent must stay small.
    let started = Instant::now();
    let generated = Command::new(std::env::current_exe()?).arg("--generate").status()?;
    if !generated.success() {
        return Err("generating the database failed".into());
    }
    eprintln!("generated {} in {:.1?}", base.display(), started.elapsed());

    let sqlite3 = Command::new("sqlite3").arg("--version").output().is_ok();
    let bench = Bench {
        tender,
        dir,
        base,
        sqlite3,
    };
    let remind = bench.has_remind();
    let rows = vec![
        bench.read("list", &["list"], LIST_SQL),
        bench.read("show", &["show", SHOWN], &show_sql()),
        bench.read("registrations", &["registrations", SHOWN], &registrations_sql()),
        if remind {
            bench.read("remind", &["remind"], REMIND_SQL)
        } else {
            Row::missing("remind", "n/a: no `remind` command in this build")
        },
        bench.write(
            "intake 10,000 rows",
            &["register", INTAKE, "--csv", &csv.display().to_string()],
            &intake_sql(&csv),
        ),
        bench.write(
            "award 5,000 offers",
            &["--now", EVALUATION, "award", AWARD],
            &[AWARD_SQL.to_string()],
        ),
    ];
    print(&rows, bench.sqlite3);
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

// Generation, through the library's store, as the commands would write.

fn at(text: &str) -> DateTime<Utc> {
    parse_moment(text, DEFAULT_TIMEZONE, Edge::Start).expect("a valid moment")
}

fn kvk(n: usize) -> String {
    format!("{}", 10_000_000 + n)
}

fn application(n: usize, lots: &[&str]) -> Application {
    Application {
        name: format!("Zorgaanbieder {n} B.V."),
        kvk: kvk(n),
        agb: None,
        email: Some(format!("intake{n}@zorg.example.nl")),
        lots: lots.iter().map(|l| l.to_string()).collect(),
        meets: vec!["gva".into(), "kwaliteit".into()],
        small: n % 3 == 0,
    }
}

/// A template of `kind` under another id.
fn definition(kind: Kind, id: &str) -> (Tender, String) {
    let source = template(kind).replacen("id = \"regio-wmo-2027\"", &format!("id = \"{id}\""), 1);
    let (tender, _) = Tender::from_source(&source).expect("the template is valid");
    (tender, source)
}

fn generate(path: &Path) -> Result<(), StoreError> {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let mut store = SqliteStore::open(path)?;
    let stamp = Stamp {
        at: at("2027-01-11T09:00"),
        actor: "bench".into(),
    };
    let published = History {
        published_at: Some(stamp.at),
        ..History::default()
    };
    for t in 0..TENDERS {
        let id = format!("bench-{t:04}");
        let (tender, source) = definition(Kind::ALL[t % Kind::ALL.len()], &id);
        store.change(&id, &stamp, |c| {
            c.insert_tender(&tender, &source)?;
            let event = c.record(&id, EventKind::New, "generated")?;
            c.add_revision(event, &tender, &source)?;
            c.save_history(&id, &published)?;
            c.record(&id, EventKind::Publish, "generated")?;
            for j in 0..PER_TENDER {
                let a = application(
                    (t * PER_TENDER + j) % PROVIDERS,
                    &["begeleiding", "dagbesteding"][..1 + j % 2],
                );
                c.save_provider(&a)?;
                c.insert_registration(&id, &a, false)?;
                c.record(&id, EventKind::Register, &format!("{} registered", a.kvk))?;
            }
            Ok::<_, StoreError>(())
        })?;
    }
    let (intake, source) = definition(Kind::Bestuurlijk, INTAKE);
    store.change(INTAKE, &stamp, |c| {
        c.insert_tender(&intake, &source)?;
        c.save_history(INTAKE, &published)?;
        let event = c.record(INTAKE, EventKind::New, "generated")?;
        c.add_revision(event, &intake, &source)
    })?;
    generate_award(&mut store, &stamp, &published)
}

/// A classic tender whose lot `begeleiding` has 5,000 qualified, fully scored
/// offers: equal points and distinct prices, so that there is no tie.
fn generate_award(store: &mut SqliteStore, stamp: &Stamp, published: &History) -> Result<(), StoreError> {
    let (award, source) = definition(Kind::Classic, AWARD);
    store.change(AWARD, stamp, |c| {
        c.insert_tender(&award, &source)?;
        c.save_history(AWARD, published)?;
        let event = c.record(AWARD, EventKind::New, "generated")?;
        c.add_revision(event, &award, &source)?;
        for n in 0..OFFERS {
            let a = application(PROVIDERS + n, &["begeleiding"]);
            c.save_provider(&a)?;
            c.insert_registration(AWARD, &a, false)?;
            let qualified = Registration {
                kvk: a.kvk.clone(),
                name: a.name.clone(),
                agb: None,
                email: a.email.clone(),
                lots: a.lots.clone(),
                meets: a.meets.clone(),
                small: a.small,
                status: Status::Qualified,
                reason: None,
                registered_at: stamp.at,
                joining: false,
                joining_at: None,
            };
            c.set_registration_status(AWARD, &qualified)?;
            let offer = |criterion| (a.kvk.as_str(), "begeleiding", criterion);
            c.save_score(AWARD, offer("plan"), ScoreValue::Points(800))?;
            c.save_score(AWARD, offer("samenwerking"), ScoreValue::Points(700))?;
            let price = Cents(6_000 + n as i64);
            c.save_score(AWARD, offer("prijs"), ScoreValue::Price(price))?;
        }
        c.record(AWARD, EventKind::Score, "generated")?;
        Ok(())
    })
}

fn intake_csv() -> String {
    let mut csv = String::from("name;kvk;agb;email;lots;meets;small\n");
    for i in 0..INTAKE_ROWS {
        let n = PROVIDERS + OFFERS + i;
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

const REMIND_SQL: &str = "SELECT id, schedule, published_at, cancelled_at, decided_at, final_at, first_signed_at
  FROM tender WHERE cancelled_at IS NULL;";

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
    what: &'static str,
    tender: Option<Run>,
    sqlite: Option<Run>,
    note: &'static str,
}

impl Row {
    fn missing(what: &'static str, note: &'static str) -> Row {
        Row {
            what,
            tender: None,
            sqlite: None,
            note,
        }
    }
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

    fn has_remind(&self) -> bool {
        self.tender(&self.base, &["remind", "--help"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    /// A read on the generated file, many times.
    fn read(&self, what: &'static str, args: &[&str], sql: &str) -> Row {
        let sql = [sql.to_string()];
        let tender = median((0..READ_RUNS).map(|_| measure(self.tender(&self.base, args))));
        let sqlite = self
            .sqlite3
            .then(|| median((0..READ_RUNS).map(|_| measure(self.sqlite3(&self.base, &sql)))));
        Row {
            what,
            tender: Some(tender),
            sqlite,
            note: "",
        }
    }

    /// A write, each run on a fresh copy of the generated file (the copy not timed).
    fn write(&self, what: &'static str, args: &[&str], script: &[String]) -> Row {
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
        Row {
            what,
            tender: Some(tender),
            sqlite,
            note: "",
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

fn print(rows: &[Row], sqlite3: bool) {
    let ms = |r: Option<Run>| r.map_or("n/a".to_string(), |r| format!("{:.1} ms", r.time.as_secs_f64() * 1e3));
    let mib = |r: Option<Run>| r.map_or("n/a".to_string(), |r| format!("{:.1} MiB", r.rss_kib as f64 / 1024.0));
    println!(
        "\n{:<20} {:>12} {:>11} {:>12} {:>11} {:>7}",
        "", "tender", "peak", "sqlite3", "peak", "ratio"
    );
    for row in rows {
        let ratio = match (row.tender, row.sqlite) {
            (Some(t), Some(s)) => format!("{:.1}x", t.time.as_secs_f64() / s.time.as_secs_f64()),
            _ => "n/a".to_string(),
        };
        println!(
            "{:<20} {:>12} {:>11} {:>12} {:>11} {:>7}  {}",
            row.what,
            ms(row.tender),
            mib(row.tender),
            ms(row.sqlite),
            mib(row.sqlite),
            ratio,
            row.note
        );
    }
    println!(
        "\nmedians of {READ_RUNS} runs (reads) and {WRITE_RUNS} runs (writes, each on a fresh copy); peak = the largest max RSS of the runs"
    );
    if !sqlite3 {
        println!("sqlite3 is not installed: no floor to compare with (apt-get install sqlite3)");
    }
}
