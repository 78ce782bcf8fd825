//! Issue 6, `tender backup FILE [--force]` through the real binary: a copy made
//! with SQLite's online backup API while another process keeps writing is
//! intact and consistent, opens with `tender --db FILE`, and an existing file is
//! only replaced on request.

mod common;

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use common::{Env, seed};

const TENDER: &str = "ommen-hardenberg-2015";
/// While the tender is open for registration.
const OPEN: &str = "2015-08-10T10:00";

/// The copy's integrity check, its registrations and its `register` events.
fn inspect(copy: &Path) -> (String, i64, i64) {
    let conn = rusqlite::Connection::open(copy).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    (
        check,
        count("SELECT count(*) FROM registration"),
        count("SELECT count(*) FROM event WHERE action = 'register'"),
    )
}

#[test]
fn a_backup_while_another_process_registers_providers_is_consistent() {
    let env = Env::new();
    env.run_at(common::LOADED, &["new", &seed(TENDER)]).ok();
    env.run_at("2015-08-03T09:00", &["publish", TENDER]).ok();
    let registered = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let copies: Vec<_> = (0..3).map(|n| env.path(&format!("backup-{n}.db"))).collect();
    std::thread::scope(|scope| {
        // The writer: one `tender register` process after another, until told to stop.
        let writer = scope.spawn(|| {
            let mut n = 0;
            while !stop.load(Ordering::SeqCst) {
                let kvk = format!("{:08}", 70_000_000 + n);
                let name = format!("Aanbieder {n}");
                env.run_at(
                    OPEN,
                    &[
                        "register",
                        TENDER,
                        "--name",
                        &name,
                        "--kvk",
                        &kvk,
                        "--lots",
                        "huishouden",
                    ],
                )
                .ok();
                n += 1;
                registered.store(n, Ordering::SeqCst);
            }
        });
        for copy in &copies {
            let before = registered.load(Ordering::SeqCst);
            while registered.load(Ordering::SeqCst) < before + 3 {
                std::thread::sleep(Duration::from_millis(5));
            }
            let out = env.run(&["backup", copy.to_str().unwrap()]);
            out.ok();
            assert!(out.stderr.contains("backed up"), "{}", out.stderr);
        }
        let during = registered.load(Ordering::SeqCst);
        stop.store(true, Ordering::SeqCst);
        writer.join().unwrap();
        assert!(
            registered.load(Ordering::SeqCst) > during,
            "the writer was still writing"
        );
    });
    let mut counts = Vec::new();
    for copy in &copies {
        let (check, registrations, events) = inspect(copy);
        assert_eq!(check, "ok", "{}", copy.display());
        assert_eq!(
            registrations, events,
            "every registration has its event, and no event lacks one"
        );
        counts.push(registrations);
        assert!(
            !Path::new(&format!("{}-wal", copy.display())).exists(),
            "the copy is one file"
        );
        let listed = env.run(&["--db", copy.to_str().unwrap(), "--format", "json", "list"]);
        let tenders: serde_json::Value = serde_json::from_str(listed.ok()).unwrap();
        assert_eq!(tenders[0]["id"], TENDER);
        assert_eq!(tenders[0]["registrations"], registrations);
    }
    assert!(counts.windows(2).all(|w| w[0] < w[1]), "each copy is later: {counts:?}");
    let (_, total, _) = inspect(&env.db);
    assert!(total > counts[2], "the writer went on after the last copy");
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let env = Env::new();
    env.run_at(common::LOADED, &["new", &seed(TENDER)]).ok();
    let file = env.write("backup.db", "an older backup");
    let path = file.as_str();
    let refused = env.run(&["backup", path]);
    let stderr = refused.fails(1);
    assert!(
        stderr.contains("already exists") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(path).unwrap(), "an older backup");
    env.run(&["backup", path, "--force"]).ok();
    assert_eq!(inspect(Path::new(path)).0, "ok");
    assert!(!Path::new(&format!("{path}.partial")).exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the copy holds contact data too");
    }
    let db = env.db.to_str().unwrap().to_string();
    let itself = env.run(&["backup", &db, "--force"]);
    assert!(itself.fails(1).contains("the database itself"), "{}", itself.stderr);
}
