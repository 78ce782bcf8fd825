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

/// `Env::postgres`: a database of its own, copied whole by a snapshot, and
/// gone once the test is done.
#[test]
fn each_test_has_a_database_of_its_own_that_a_snapshot_copies_and_the_end_drops() {
    let Some(env) = Env::postgres() else {
        return;
    };
    let url = env.database();
    let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
    client
        .batch_execute(
            "CREATE TABLE tender (rowid bigserial PRIMARY KEY, id text NOT NULL);
             INSERT INTO tender (id) VALUES ('a'), ('b');",
        )
        .expect("a table with two rows");
    drop(client);
    assert_eq!(env.count("SELECT count(*) FROM tender"), 2);
    assert_eq!(env.dump(), "tender: (1,a)\ntender: (2,b)\n");
    let copy = Env::restore(&env.snapshot());
    assert_ne!(copy.database(), url);
    assert_eq!(copy.dump(), env.dump());
    assert_eq!(env.another().dump(), "", "another database starts empty");
    let copied = copy.database();
    drop((env, copy));
    for gone in [url, copied] {
        assert!(
            postgres::Client::connect(&gone, postgres::NoTls).is_err(),
            "{gone} was not dropped"
        );
    }
}

const ACHTERHOEK: &str = "achterhoek-2022";

/// The Achterhoek part of the README walkthrough, each command with
/// `--format json`: its moment and its arguments.
const WALKTHROUGH: &[(&str, &[&str])] = &[
    ("2021-03-01T10:00", &["new", "tenders/achterhoek-2022.toml"]),
    ("2021-04-01T09:00", &["publish", ACHTERHOEK]),
    (
        "2021-04-20T10:00",
        &[
            "ask",
            ACHTERHOEK,
            "--from",
            "Zorgcoöperatie De Graafschap",
            "--lot",
            "wmo-begeleiding",
            "--question",
            "Mag de begeleiding deels in groepsverband worden geboden?",
        ],
    ),
    (
        "2021-04-28T09:00",
        &[
            "answer",
            ACHTERHOEK,
            "--question",
            "1",
            "--text",
            "Ja, tot ten hoogste de helft van de uren.",
        ],
    ),
    ("2021-04-30T12:00", &["nvi", ACHTERHOEK, "--publish"]),
    ("2021-05-08", &["questions", ACHTERHOEK]),
    (
        "2021-05-10T10:00",
        &[
            "register",
            ACHTERHOEK,
            "--name",
            "Zorgcoöperatie De Graafschap",
            "--kvk",
            "09123456",
            "--lots",
            "wmo-begeleiding,jeugd-ambulant",
            "--email",
            "intake@graafschap.example.nl",
            "--meets",
            "gva,kwaliteit",
            "--small",
        ],
    ),
    (
        "2021-05-12T15:30",
        &[
            "register",
            ACHTERHOEK,
            "--name",
            "Jeugdzorg Oost-Gelderland B.V.",
            "--kvk",
            "08234567",
            "--agb",
            "45012345",
            "--lots",
            "jeugd-ambulant,jeugd-verblijf",
            "--meets",
            "gva,kwaliteit,skj-big,berichtenverkeer,verzekering",
        ],
    ),
    (
        "2021-05-20T11:00",
        &[
            "register",
            ACHTERHOEK,
            "--name",
            "Lindenhout Jeugd",
            "--kvk",
            "41045678",
            "--lots",
            "jeugd-ambulant",
            "--meets",
            "gva,kwaliteit,skj-big,berichtenverkeer,verzekering",
        ],
    ),
    (
        "2021-05-24",
        &["qualify", ACHTERHOEK, "--kvk", "08234567", "--meets", "gva"],
    ),
    (
        "2021-05-24",
        &["qualify", ACHTERHOEK, "--kvk", "41045678", "--meets", "gva"],
    ),
    (
        "2021-05-24",
        &[
            "qualify",
            ACHTERHOEK,
            "--kvk",
            "09123456",
            "--reject",
            "Geen gedragsverklaring aanbesteden overgelegd",
        ],
    ),
    ("2021-05-24", &["registrations", ACHTERHOEK]),
    ("2021-05-24", &["timeline", ACHTERHOEK]),
    (
        "2021-06-15",
        &["score", ACHTERHOEK, "--csv", "tests/data/achterhoek-scores.csv"],
    ),
    ("2021-09-28", &["award", ACHTERHOEK, "--dry-run"]),
    ("2021-10-01T10:00", &["award", ACHTERHOEK]),
    (
        "2021-10-08",
        &[
            "object",
            ACHTERHOEK,
            "--kvk",
            "08234567",
            "--reason",
            "De score op innovatie is onvoldoende gemotiveerd",
        ],
    ),
    (
        "2021-10-25",
        &["resolve", ACHTERHOEK, "--objection", "1", "--outcome", "rejected"],
    ),
    ("2021-10-25", &["award", ACHTERHOEK, "--final"]),
    ("2021-11-15", &["sign", ACHTERHOEK, "--kvk", "08234567"]),
    ("2021-11-16", &["sign", ACHTERHOEK, "--kvk", "41045678"]),
    (
        "2021-12-01",
        &["notice", ACHTERHOEK, "--on", "2021-12-01", "--ref", "TenderNed 246810"],
    ),
    ("2022-03-01", &["show", ACHTERHOEK]),
    (
        "2022-12-15",
        &[
            "amend",
            ACHTERHOEK,
            "--lot",
            "jeugd-ambulant",
            "--index",
            "2.9",
            "--basis",
            "indexation",
            "--from",
            "2023-01-01",
            "--reason",
            "OVA 2023 (indexatieclausule van de overeenkomst)",
        ],
    ),
    ("2024-09-20", &["remind", "--within", "4w"]),
    ("2024-09-20", &["extend", ACHTERHOEK]),
    ("2024-09-20", &["list"]),
    ("2024-09-20", &["show", ACHTERHOEK]),
    ("2024-09-20", &["registrations", ACHTERHOEK]),
    ("2024-09-20", &["providers", "--tender", ACHTERHOEK]),
    ("2024-09-20", &["log", ACHTERHOEK]),
];

/// What each command of the walkthrough printed (its JSON, or the text of a
/// document), with what must differ
/// between two databases taken out: the database role (`account`) and the
/// database's own random id.
fn walkthrough(env: &Env) -> Vec<(String, serde_json::Value)> {
    let mut printed = Vec::new();
    for (now, args) in WALKTHROUGH {
        let out = env
            .command()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args([&["--now", now, "--format", "json"][..], args].concat())
            .output()
            .expect("run tender");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // A document (the nota van inlichtingen) is compared as its text.
        let stdout = String::from_utf8(out.stdout).expect("UTF-8");
        let value = serde_json::from_str(&stdout).unwrap_or(serde_json::Value::String(stdout));
        printed.push((args.join(" "), value));
    }
    let id = env.text("SELECT value FROM setting WHERE name = 'database_id'");
    for (_, value) in &mut printed {
        without(value, &id);
    }
    printed
}

/// `value` without any `account` key and with the database id replaced.
fn without(value: &mut serde_json::Value, database_id: &str) {
    match value {
        serde_json::Value::Object(map) => {
            map.remove("account");
            map.values_mut().for_each(|v| without(v, database_id));
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| without(v, database_id)),
        serde_json::Value::String(text) => *text = text.replace(database_id, "DATABASE-ID"),
        _ => {}
    }
}

/// SPEC §5: the same commands print the same on a file and on a server.
#[test]
fn the_walkthrough_prints_the_same_json_on_sqlite_and_on_postgresql() {
    let Some(server) = Env::postgres() else {
        return;
    };
    let file = Env::new();
    let (on_file, on_server) = (walkthrough(&file), walkthrough(&server));
    assert_eq!(on_file.len(), on_server.len());
    for ((args, a), (_, b)) in on_file.iter().zip(&on_server) {
        assert_eq!(a, b, "`tender {args}` printed differently on PostgreSQL");
    }
}
