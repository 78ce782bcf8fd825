//! The PostgreSQL half of the suite (SPEC §5): whether it runs, the test
//! databases it makes, and one story told on both backends with the same output.

mod common;

use std::io::Write;

use common::{Env, POSTGRES};

/// The one line of `cargo test` that says the PostgreSQL half was skipped
/// (written to stderr itself, past libtest's capture, from this test only).
/// With the variable set, a server that does not answer fails here.
#[test]
fn the_postgresql_half_runs_where_tender_test_postgres_names_a_server() {
    let Some(env) = Env::postgres() else {
        writeln!(
            std::io::stderr(),
            "note: the PostgreSQL half of the suite was skipped; run it with \
             {POSTGRES}=postgres://postgres@127.0.0.1:5432/test cargo test"
        )
        .expect("write to stderr");
        return;
    };
    assert!(env.database().starts_with("postgres"), "{}", env.database());
    assert_eq!(env.dump(), "", "a fresh database is empty");
}
