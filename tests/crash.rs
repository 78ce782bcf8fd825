//! SPEC §5 when the power goes: a bulk intake of 10,000 rows killed with
//! SIGKILL at 20 moments spread over 1.25 times the time one full intake
//! takes, so that the last kills come around or after its commit. After
//! every kill the database opens, SQLite finds it sound, and it holds all rows
//! of the intake or none, with an audit trail that agrees.

mod common;

use std::process::Stdio;
use std::time::Instant;

use common::Env;

const OMMEN: &str = "ommen-hardenberg-2015";
const ROWS: i64 = 10_000;
const KILLS: u32 = 20;

/// Ommen/Hardenberg open for registration, and the intake file beside it.
fn open_for_intake() -> (Env, String) {
    let env = Env::new().ommen_open();
    let mut csv = String::from("name,kvk,agb,email,lots,meets,small\n");
    for i in 0..ROWS {
        csv.push_str(&format!(
            "Zorgaanbieder {i},{},,zorg{i}@example.nl,huishouden|dagbesteding,vog,{}\n",
            70_000_000 + i,
            i % 2
        ));
    }
    let file = env.write("intake.csv", csv);
    (env, file)
}

/// Whether the intake landed, after asserting that the file is sound and that
/// data and audit trail agree on all or nothing.
#[track_caller]
fn all_or_nothing(env: &Env) -> bool {
    env.run(&["list"]).ok();
    env.assert_intact();
    let registrations = env.count("SELECT count(*) FROM registration");
    let lots = env.count("SELECT count(*) FROM registration_lot");
    let providers = env.count("SELECT count(*) FROM provider");
    let events = env.count("SELECT count(*) FROM event WHERE action = 'register'");
    let landed = registrations == ROWS;
    assert!(landed || registrations == 0, "{registrations} of {ROWS} registrations");
    let expect = |all: i64| if landed { all } else { 0 };
    assert_eq!(lots, expect(2 * ROWS), "registered lots");
    assert_eq!(providers, expect(ROWS), "providers");
    assert_eq!(events, expect(1), "register events");
    landed
}

#[test]
fn a_killed_bulk_intake_leaves_all_rows_or_none() {
    let (env, file) = open_for_intake();
    let started = Instant::now();
    env.run(&["register", OMMEN, "--csv", &file]).ok();
    let full = started.elapsed();
    assert!(all_or_nothing(&env));

    let mut landed = 0;
    for k in 0..KILLS {
        let (env, file) = open_for_intake();
        // Deterministic moments, spread evenly over 1.25 full intakes.
        let delay = full.mul_f64(1.25 * (f64::from(k) + 0.5) / f64::from(KILLS));
        let mut child = env
            .process()
            .args(["register", OMMEN, "--csv", &file])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start tender");
        std::thread::sleep(delay);
        // SIGKILL: no destructor, no rollback, no chance to clean up.
        child.kill().ok();
        child.wait().expect("reap tender");
        landed += u32::from(all_or_nothing(&env));
        println!("killed after {delay:?}: {landed} landed so far");
    }
    println!("one intake took {full:?}; {landed} of {KILLS} killed intakes had finished");
}
