//! SPEC §5 under load: eight officers' processes write to one database (a file
//! or a server's) at the same time while a reader keeps listing it. Every
//! write lands, no process gives up on a lock, and a file stays sound.
//!
//! The reader loops over `list`, `registrations`, `show` and `remind` (the
//! cron reader of SPEC §4).

mod common;

use std::sync::atomic::{AtomicBool, Ordering};

use common::{Env, Out};

stories! {
    eight_writers_and_a_reader_at_once_lose_nothing,
}

const OMMEN: &str = "ommen-hardenberg-2015";
const WRITERS: usize = 8;
const PER_WRITER: usize = 250;

/// KvK number of the `i`th registration of writer `w`: all different.
fn kvk(w: usize, i: usize) -> String {
    format!("{}", 60_000_000 + w * 1_000 + i)
}

/// Registers its 250 providers one `tender register` process at a time;
/// returns the runs that failed.
fn writer(env: &Env, w: usize) -> Vec<Out> {
    (0..PER_WRITER)
        .map(|i| {
            let kvk = kvk(w, i);
            let name = format!("Zorgaanbieder {w}-{i}");
            env.run(&[
                "register",
                OMMEN,
                "--name",
                &name,
                "--kvk",
                &kvk,
                "--lots",
                "huishouden",
            ])
        })
        .filter(|out| out.code != 0)
        .collect()
}

/// Reads until the writers are done; returns how many reads it made and the
/// failed ones. The number of registrations it sees never goes down.
fn reader(env: &Env, done: &AtomicBool) -> (usize, Vec<Out>) {
    let mut reads = 0;
    let mut failed = Vec::new();
    let mut seen = 0;
    while !done.load(Ordering::Acquire) {
        for args in [
            &["--format", "json", "list"][..],
            &["--format", "json", "registrations", OMMEN],
            &["show", OMMEN],
            &["remind", "--within", "8w"],
        ] {
            let out = env.run(args);
            reads += 1;
            if out.code != 0 {
                failed.push(out);
                continue;
            }
            if args.contains(&"registrations") {
                let count = out.json().as_array().expect("an array").len();
                assert!(count >= seen, "registrations went from {seen} to {count}");
                seen = count;
            }
        }
    }
    (reads, failed)
}

fn eight_writers_and_a_reader_at_once_lose_nothing(env: Env) {
    let env = env.ommen_open();

    let done = AtomicBool::new(false);
    let env = &env;
    let (failed_writes, (reads, failed_reads)) = std::thread::scope(|scope| {
        let writers: Vec<_> = (0..WRITERS).map(|w| scope.spawn(move || writer(env, w))).collect();
        let reader = scope.spawn(|| reader(env, &done));
        let failed: Vec<Out> = writers.into_iter().flat_map(|w| w.join().unwrap()).collect();
        done.store(true, Ordering::Release);
        (failed, reader.join().unwrap())
    });

    let locked = |outs: &[Out]| outs.iter().filter(|o| o.stderr.contains("locked")).count();
    assert_eq!(
        locked(&failed_writes),
        0,
        "writers gave up on a lock: {failed_writes:#?}"
    );
    assert_eq!(locked(&failed_reads), 0, "readers gave up on a lock: {failed_reads:#?}");
    assert!(failed_writes.is_empty(), "failed registrations: {failed_writes:#?}");
    assert!(failed_reads.is_empty(), "failed reads: {failed_reads:#?}");
    assert!(reads > 0, "the reader never ran");

    let registered = env.run(&["--format", "json", "registrations", OMMEN]).json();
    let mut kvks: Vec<&str> = registered
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kvk"].as_str().unwrap())
        .collect();
    kvks.sort_unstable();
    let mut expected: Vec<String> = (0..WRITERS)
        .flat_map(|w| (0..PER_WRITER).map(move |i| kvk(w, i)))
        .collect();
    expected.sort_unstable();
    assert_eq!(kvks, expected);
    assert_eq!(
        env.count("SELECT count(*) FROM event WHERE action = 'register'"),
        (WRITERS * PER_WRITER) as i64,
        "one audit event per registration"
    );
    // A server's pages are its own to check; a file's are SQLite's.
    if !env.on_postgres() {
        env.assert_intact();
    }
}
