//! SPEC §5: a database written by the first released version (schema 1,
//! `tests/data/v1.sql`, dumped by `tests/data/make-v1-sql.sh`) is upgraded in place
//! by the current binary with every row intact, and keeps working.
//!
//! A newer schema being refused is tested in `store::tests` and
//! `foundation_bad_input`; the append-only triggers on a new database in
//! `store::tests`. Here they are checked on the upgraded file.

mod common;

use std::path::Path;

use common::Env;

const OMMEN: &str = "ommen-hardenberg-2015";

/// An environment whose database is the version 1 file, built from its dump.
fn v1() -> Env {
    let mut env = Env::new();
    // The file is built from its SQL dump in the test's own folder.
    env.sqlite()
        .execute_batch(include_str!("data/v1.sql"))
        .expect("build the version 1 database");
    env.now = "2015-08-10T10:00".to_string();
    assert_eq!(env.count("PRAGMA user_version"), 1, "the fixture is schema 1");
    env
}

/// The lines of `dump` of the tables that `earlier` (a dump) has rows in: later
/// schemas add tables (the kept definition revisions, the registration counts)
/// and fill them from the rows there are.
fn rows_of_tables_in(dump: &str, earlier: &str) -> String {
    let table = |line: &str| line.split(':').next().unwrap_or_default().to_string();
    let cells = |line: &str| line.split(" | ").count();
    // A later schema may add columns to a table; the rows keep what they had.
    let columns: std::collections::HashMap<String, usize> =
        earlier.lines().map(|line| (table(line), cells(line))).collect();
    dump.lines()
        .filter_map(|line| {
            let kept = columns.get(&table(line))?;
            Some(format!(
                "{}\n",
                line.split(" | ").take(*kept).collect::<Vec<_>>().join(" | ")
            ))
        })
        .collect()
}

/// The schema version of the current binary: one per migration file.
fn current_version() -> i64 {
    let migrations = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store/migrations");
    std::fs::read_dir(migrations).unwrap().count() as i64
}

#[test]
fn a_version_1_database_is_upgraded_with_its_data_intact() {
    let env = v1();
    let before = env.dump();
    assert_eq!(env.count("SELECT count(*) FROM tender"), 3);

    let list = env.run(&["--format", "json", "list"]).json();
    assert_eq!(env.count("PRAGMA user_version"), current_version());
    let upgraded = env.dump();
    assert_eq!(
        rows_of_tables_in(&upgraded, &before),
        before,
        "the upgrade changed stored rows"
    );
    let phases: Vec<(&str, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["id"].as_str().unwrap(), t["phase"].as_str().unwrap()))
        .collect();
    assert_eq!(
        phases,
        [
            ("achterhoek-2022", "draft"),
            (OMMEN, "open"),
            ("walcheren-2016", "cancelled")
        ]
    );

    let shown = env.run(&["--format", "json", "show", OMMEN]).json();
    assert_eq!(shown["kind"], "raamovereenkomst");
    assert_eq!(shown["lots"].as_array().unwrap().len(), 3, "{shown}");
    let log = env.run(&["--format", "json", "log", "walcheren-2016"]).json();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["new", "cancel"]);
    assert_eq!(
        log[1]["detail"],
        "cancelled in phase draft: Opnieuw in overleg met de aanbieders"
    );
    assert_eq!(env.dump(), upgraded, "reading changed stored rows");
}

#[test]
fn an_upgraded_database_takes_the_later_schemas_data() {
    let env = v1();
    env.run(&[
        "register",
        OMMEN,
        "--name",
        "Zorg Vechtdal BV",
        "--kvk",
        "60000001",
        "--lots",
        "huishouden",
    ])
    .ok();
    let registrations = env.run(&["--format", "json", "registrations", OMMEN]).json();
    assert_eq!(registrations[0]["kvk"], "60000001");
    env.run(&["publish", "achterhoek-2022"]).ok();
    let log = env.run(&["--format", "json", "log", OMMEN]).json();
    assert_eq!(log.as_array().unwrap().len(), 3, "{log}");
    env.assert_intact();
}

#[test]
fn processes_opening_a_version_1_database_at_once_migrate_it_once() {
    let env = v1();
    let outs: Vec<_> = std::thread::scope(|scope| {
        let readers: Vec<_> = (0..4).map(|_| scope.spawn(|| env.run(&["list"]))).collect();
        readers.into_iter().map(|r| r.join().unwrap()).collect()
    });
    for out in &outs {
        out.ok();
    }
    assert_eq!(env.count("PRAGMA user_version"), current_version());
    env.assert_intact();
}

#[test]
fn the_upgraded_audit_log_still_refuses_update_and_delete() {
    let env = v1();
    env.run(&["list"]).ok();
    let conn = env.sqlite();
    for sql in [
        "UPDATE event SET actor = 'mallory' WHERE id = 1",
        "DELETE FROM event WHERE id = 1",
    ] {
        let err = conn.execute(sql, []).unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    assert_eq!(env.count("SELECT count(*) FROM event"), 5);
}
