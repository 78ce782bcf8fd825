//! Issue 11, items 4–10 and its bad inputs, through the real binary: the file
//! is the whole database, a damaged start is refused, output files never
//! destroy data, definitions stay within their bounds, no text steers a
//! terminal or a spreadsheet, a read-only database can be read, and database
//! errors are one sentence each. Every refusal leaves the database as it was.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;

use common::{Env, Out, classic_with, seed};

const OMMEN: &str = "ommen-hardenberg-2015";
const OMMEN_PUBLISH: &str = "2015-08-03T09:00";
const OMMEN_OPEN: &str = "2015-08-10T10:00";
const WALCHEREN: &str = "walcheren-2016";

/// Ommen/Hardenberg open, with two providers registered.
fn ommen() -> Env {
    let env = Env::new().published(OMMEN, OMMEN_PUBLISH, OMMEN_OPEN);
    for (name, kvk) in [("Zorg Anders BV", "60000001"), ("Thuis Plus BV", "60000002")] {
        register(&env, name, kvk).ok();
    }
    env
}

fn register(env: &Env, name: &str, kvk: &str) -> Out {
    env.run(&["register", OMMEN, "--name", name, "--kvk", kvk, "--lots", "huishouden"])
}

fn mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn side_files(env: &Env) -> Vec<String> {
    ["tender.db-wal", "tender.db-shm", "tender.db-journal"]
        .into_iter()
        .filter(|name| env.path(name).exists())
        .map(str::to_string)
        .collect()
}

/// What `list` and `remind` say about a database, at one moment.
fn listing(env: &Env, db: &Path, now: &str) -> (String, String) {
    let db = db.display().to_string();
    let run = |args: &[&str]| {
        let all = [&["--db", db.as_str(), "--now", now, "--format", "json"][..], args].concat();
        env.run(&all).ok().to_string()
    };
    (run(&["list"]), run(&["remind", "--within", "8w"]))
}

// 4. The file is the whole database.

#[test]
fn after_every_command_the_file_alone_is_the_whole_database() {
    let env = Env::new();
    let copy = env.path("copy.db");
    let walcheren = |now: &'static str, args: &[&str]| (now, args.iter().map(|a| a.to_string()).collect());
    let steps: Vec<(&str, Vec<String>)> = vec![
        walcheren("2015-06-01T10:00", &["new", &seed(WALCHEREN)]),
        walcheren("2015-07-01T09:00", &["publish", WALCHEREN]),
        walcheren(
            "2015-08-01T10:00",
            &[
                "register",
                WALCHEREN,
                "--name",
                "Porthos Zorg",
                "--kvk",
                "60000011",
                "--lots",
                "begeleiding",
            ],
        ),
        walcheren(
            "2015-09-20T10:00",
            &[
                "qualify",
                WALCHEREN,
                "--kvk",
                "60000011",
                "--meets",
                "kwaliteit,vog,porthos,iwmo",
            ],
        ),
        walcheren("2015-09-21T10:00", &["award", WALCHEREN]),
        walcheren("2015-10-01T10:00", &["sign", WALCHEREN, "--kvk", "60000011"]),
        walcheren("2015-10-02T10:00", &["list"]),
    ];
    for (now, args) in steps {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.run_at(now, &args).ok();
        assert_eq!(
            side_files(&env),
            Vec::<String>::new(),
            "left beside the file after {args:?}"
        );
        std::fs::copy(&env.db, &copy).unwrap();
        assert_eq!(
            listing(&env, &copy, "2016-01-10T10:00"),
            listing(&env, &env.db, "2016-01-10T10:00"),
            "the copied file differs after {args:?}"
        );
    }
}

#[test]
fn a_backup_copied_back_restores_the_database() {
    let env = ommen();
    let backup = env.path("backup.db");
    env.run(&["backup", &backup.display().to_string()]).ok();
    let before = listing(&env, &env.db, OMMEN_OPEN);
    register(&env, "Later BV", "60000003").ok();
    assert_ne!(listing(&env, &env.db, OMMEN_OPEN), before);
    // While nobody uses tender: copy the backup over the database, as the README says.
    std::fs::copy(&backup, &env.db).unwrap();
    assert_eq!(listing(&env, &env.db, OMMEN_OPEN), before);
    env.assert_intact();
    // Restored, it takes new changes again.
    register(&env, "Later BV", "60000003").ok();
}

// 5. A damaged start is refused, not re-initialised.

/// Every kind of command that opens an existing database.
const OPENERS: &[&[&str]] = &[
    &["list"],
    &["remind"],
    &["show", OMMEN],
    &["log", OMMEN],
    &["calendar"],
    &["registrations", OMMEN],
    &["publish", OMMEN],
    &["cancel", OMMEN, "--reason", "x"],
    &[
        "register",
        OMMEN,
        "--name",
        "A BV",
        "--kvk",
        "60000009",
        "--lots",
        "huishouden",
    ],
];

/// Runs every opener against a damaged `tender.db` (written by `damage`);
/// each is refused naming the file and `words`, and the file is unchanged.
#[track_caller]
fn damaged_start(damage: impl Fn(&Path), words: &[&str]) {
    let env = Env::new();
    damage(&env.db);
    let bytes = || std::fs::read(&env.db).ok();
    let before = bytes();
    for args in OPENERS {
        let mut expected = vec!["tender.db"];
        expected.extend_from_slice(words);
        env.run_at(OMMEN_OPEN, args).refused(&expected);
        assert_eq!(bytes(), before, "{args:?} changed the file");
        assert_eq!(side_files(&env), Vec::<String>::new(), "{args:?}");
    }
    let backup = env.path("b.db").display().to_string();
    env.run(&["backup", &backup]).refused(&words[..1]);
    assert!(!env.path("b.db").exists());
}

#[test]
fn an_empty_file_is_refused_by_every_command_but_new() {
    damaged_start(
        |db| std::fs::write(db, b"").unwrap(),
        &["empty (0 bytes)", "tender backup"],
    );
    let env = Env::new();
    std::fs::write(&env.db, b"").unwrap();
    env.run(&["new", &seed(OMMEN)]).ok();
    env.run(&["show", OMMEN]).ok();
}

#[test]
fn a_text_file_is_refused_by_every_command_including_new() {
    damaged_start(
        |db| std::fs::write(db, "id,name\n1,x\n").unwrap(),
        &["not a tender database"],
    );
    let env = Env::new();
    std::fs::write(&env.db, "id,name\n1,x\n").unwrap();
    env.run(&["new", &seed(OMMEN)]).refused(&["not a tender database"]);
    assert_eq!(std::fs::read(&env.db).unwrap(), b"id,name\n1,x\n");
}

#[test]
fn another_programs_sqlite_database_is_refused_by_every_command_including_new() {
    let other = |db: &Path| {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');")
            .unwrap();
    };
    damaged_start(other, &["SQLite database of another program"]);
    let env = Env::new();
    other(&env.db);
    mode(&env.db, 0o644);
    let before = std::fs::read(&env.db).unwrap();
    env.run(&["new", &seed(OMMEN)]).refused(&["another program"]);
    assert_eq!(std::fs::read(&env.db).unwrap(), before);
    let kept = std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(kept, 0o644, "a refused new changed another program's file");
}

#[test]
fn an_empty_sqlite_database_is_refused_by_every_command_but_new() {
    let empty = |db: &Path| {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.execute_batch("CREATE TABLE t (a); DROP TABLE t;").unwrap();
    };
    damaged_start(empty, &["without any tables"]);
}

#[test]
fn a_truncated_tender_database_is_refused() {
    let source = ommen();
    let bytes = std::fs::read(&source.db).unwrap();
    damaged_start(
        |db| std::fs::write(db, &bytes[..bytes.len() / 2]).unwrap(),
        &["truncated"],
    );
    damaged_start(
        |db| std::fs::write(db, &bytes[..50]).unwrap(),
        &["not a tender database"],
    );
}

#[test]
fn a_directory_as_the_database_is_refused_by_every_command_including_new() {
    damaged_start(|db| std::fs::create_dir(db).unwrap(), &["is a directory"]);
    let env = Env::new();
    std::fs::create_dir(&env.db).unwrap();
    env.run(&["new", &seed(OMMEN)]).refused(&["is a directory"]);
}

#[test]
fn new_on_a_database_that_others_may_read_makes_it_owner_only_and_says_so() {
    let env = Env::new();
    env.run(&["new", &seed(OMMEN)]).ok();
    let file_mode = || std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(file_mode(), 0o600);
    mode(&env.db, 0o644);
    let out = env.run(&["new", &seed(WALCHEREN)]);
    out.ok();
    assert!(
        out.stderr
            .contains("was mode 0644, readable by others; made it owner-only (0600)"),
        "{}",
        out.stderr
    );
    assert_eq!(file_mode(), 0o600);
    let again = env.run(&["new", &seed("leeuwarden-wijk")]);
    assert!(!again.stderr.contains("owner-only"), "{}", again.stderr);
}

// 6. Output files never destroy data.

/// The database's bytes and rows, to prove nothing changed.
fn state(env: &Env) -> (Vec<u8>, String) {
    (std::fs::read(&env.db).unwrap(), env.dump())
}

#[test]
fn output_files_refuse_the_database_and_its_side_files() {
    let env = ommen();
    let before = state(&env);
    for name in ["tender.db", "tender.db-wal", "tender.db-shm", "tender.db-journal"] {
        let path = env.path(name).display().to_string();
        let role = if name == "tender.db" {
            "the database itself"
        } else {
            "the database's"
        };
        for args in [
            vec!["calendar", "-o", &path],
            vec!["export", OMMEN, "--ocds", "-o", &path],
            vec!["backup", &path, "--force"],
            vec!["backup", &path],
        ] {
            env.run(&args).refused(&[name, role, "choose another file"]);
            assert_eq!(state(&env), before, "{args:?}");
            assert_eq!(side_files(&env), Vec::<String>::new(), "{args:?}");
        }
    }
    // The same file under another name: relative, through a symbolic link, a hard link.
    std::os::unix::fs::symlink(&env.db, env.path("link.db")).unwrap();
    std::fs::hard_link(&env.db, env.path("hard.db")).unwrap();
    for path in ["tender.db", "./tender.db", "link.db", "hard.db"] {
        env.run(&["calendar", "-o", path])
            .refused(&[path, "the database itself"]);
        env.run(&["backup", path, "--force"])
            .refused(&[path, "the database itself"]);
    }
    assert_eq!(state(&env), before);
    env.run(&["list"]).ok();
}

#[test]
fn output_files_refuse_directories_devices_sockets_and_missing_folders() {
    let env = ommen();
    std::fs::create_dir(env.path("folder")).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(env.path("socket")).unwrap();
    let folder = env.path("folder").display().to_string();
    let socket = env.path("socket").display().to_string();
    let nowhere = env.path("nowhere/x.ics").display().to_string();
    for (path, words) in [
        (folder.as_str(), &["is a folder"][..]),
        ("/dev/null", &["not a regular file"]),
        (socket.as_str(), &["not a regular file"]),
        (nowhere.as_str(), &["nowhere", "does not exist"]),
    ] {
        env.run(&["calendar", "-o", path]).refused(words);
        env.run(&["export", OMMEN, "--ocds", "-o", path]).refused(words);
        env.run(&["backup", path, "--force"]).refused(words);
    }
    assert!(env.path("socket").exists(), "the socket was replaced");
    assert_eq!(std::fs::read_dir(env.path("folder")).unwrap().count(), 0);
}

#[test]
fn output_files_are_written_whole_beside_and_leave_nothing_else() {
    let env = ommen();
    let listing = || {
        let mut names: Vec<String> = std::fs::read_dir(env.path("."))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    std::fs::write(env.path("termijnen.ics"), "old").unwrap();
    env.run(&["calendar", "-o", "termijnen.ics"]).ok();
    let calendar = std::fs::read_to_string(env.path("termijnen.ics")).unwrap();
    assert!(calendar.starts_with("BEGIN:VCALENDAR") && calendar.ends_with("END:VCALENDAR\r\n"));
    env.run(&["export", OMMEN, "--ocds", "-o", "ommen.json"]).ok();
    serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(env.path("ommen.json")).unwrap()).unwrap();
    env.run(&["backup", "copy.db"]).ok();
    let shared = std::fs::metadata(env.path("ommen.json")).unwrap().permissions().mode() & 0o777;
    let private = std::fs::metadata(env.path("copy.db")).unwrap().permissions().mode() & 0o777;
    assert_eq!((shared, private), (0o644, 0o600));
    assert_eq!(listing(), ["copy.db", "ommen.json", "tender.db", "termijnen.ics"]);
}

// 7. Bounds and ids, through `new`.

#[test]
fn definitions_outside_their_bounds_are_refused_naming_field_value_and_bound() {
    let env = Env::new();
    env.run(&["new", &seed(OMMEN)]).ok();
    let cases = [
        (
            classic_with("standstill_days = 20", "standstill_days = 4294967295"),
            &["timeline.standstill_days = 4294967295", "0 to 365"][..],
        ),
        (
            classic_with("extension_months = [12, 12]", "extension_months = [0]"),
            &["timeline.extension_months[1] = 0", "1 to 120"],
        ),
        (
            classic_with("extension_notice_days = 90", "extension_notice_days = 4000000000"),
            &["timeline.extension_notice_days = 4000000000", "0 to 730"],
        ),
        (
            classic_with("max_points = 10", "max_points = 4294967295"),
            &["max_points = 4294967295", "1 to 1000"],
        ),
        (
            classic_with("id = \"begeleiding\"", "id = \"beg|eleiding\""),
            &["lot id `beg|eleiding`", "never `|` or `,`"],
        ),
        (
            classic_with("code = \"02A01\"", "code = \"02a01\""),
            &["product code `02a01`", "3 of A-Z and 0-9"],
        ),
        (
            classic_with("contract_end = 2029-06-30", "contract_end = 2129-06-30"),
            &["timeline.contract_end = 2129-06-30", "1990 to 2100"],
        ),
        (
            classic_with("estimated_value = 2_500_000", "estimated_value = 20_000_000_000"),
            &["`estimated_value`", "20000000000 euros", "EUR 10,000,000,000"],
        ),
        (
            classic_with("title = \"", "title = \"\\u001b]0;pwned\\u0007"),
            &["title holds the control character U+001B"],
        ),
    ];
    for (source, words) in cases {
        let file = env.write("bad.toml", source);
        env.refused(OMMEN_OPEN, &["new", &file], words);
        assert_eq!(env.run(&["check", &file]).code, 1);
    }
    let open_house = std::fs::read_to_string(seed(OMMEN)).unwrap();
    let joining = open_house
        .lines()
        .find(|l| l.trim_start().starts_with("joining = "))
        .unwrap();
    let past = open_house.replace(joining, "joining = [2010-01-01, 2011-01-01]");
    let file = env.write("past.toml", past.replace("\"ommen-hardenberg-2015\"", "\"ommen-2\""));
    env.refused(OMMEN_OPEN, &["new", &file], &["no date within the contract period"]);
}

// 8. Nothing steers a terminal or a spreadsheet.

#[test]
fn control_characters_are_refused_in_every_text_input() {
    let env = ommen();
    let esc = "Zorg \u{1b}[2J\u{1b}]0;pwned\u{7} BV";
    let cases: Vec<Vec<&str>> = vec![
        vec![
            "register",
            OMMEN,
            "--name",
            esc,
            "--kvk",
            "60000005",
            "--lots",
            "huishouden",
        ],
        vec![
            "register",
            OMMEN,
            "--name",
            "A BV",
            "--kvk",
            "60000005",
            "--lots",
            "huishouden",
            "--email",
            "a@b.nl\u{1b}[31m",
        ],
        vec!["cancel", OMMEN, "--reason", "fraude\u{1b}[1A"],
        vec!["--actor", "inkoper\u{9b}2J", "cancel", OMMEN, "--reason", "x"],
        vec!["consult", OMMEN, "--on", "2015-08-05", "--summary", "overleg\u{7f}"],
        vec!["withdraw", OMMEN, "--kvk", "6000\u{1}0001"],
    ];
    for args in cases {
        env.refused(OMMEN_OPEN, &args, &["holds the control character U+"]);
    }
    let csv = env.write(
        "intake.csv",
        "name,kvk,lots\nGoed BV,60000006,huishouden\n\"Slecht\u{1b}[2J BV\",60000007,huishouden\n",
    );
    let before = env.dump();
    let stderr = env.run(&["register", OMMEN, "--csv", &csv]).fails(1).to_string();
    assert!(
        stderr.contains("line 3: column `name` holds the control character U+001B"),
        "{stderr}"
    );
    assert!(!stderr.contains('\u{1b}'), "{stderr}");
    assert_eq!(env.dump(), before);
    // Newlines are free text in a reason.
    env.run(&["cancel", OMMEN, "--reason", "regel 1\nregel 2"]).ok();
}

#[test]
fn what_an_older_database_holds_is_escaped_on_output() {
    let env = ommen();
    env.sqlite()
        .execute(
            "UPDATE provider SET name = 'Zorg \u{1b}]0;pwned\u{7}\u{9b}2J BV' WHERE kvk = '60000001'",
            [],
        )
        .unwrap();
    for format in ["table", "csv"] {
        let out = env.run(&["--format", format, "registrations", OMMEN]);
        let stdout = out.ok();
        assert!(
            !stdout.chars().any(|c| c.is_control() && c != '\n' && c != '\r'),
            "{stdout:?}"
        );
        assert!(stdout.contains("Zorg \\u{1b}]0;pwned\\u{7}\\u{9b}2J BV"), "{stdout}");
    }
    let shown = env.run(&["show", OMMEN]);
    assert!(!shown.ok().contains('\u{1b}'));
    // The error of a duplicate registration quotes the stored name, escaped.
    let again = register(&env, "Zorg BV", "60000001");
    let stderr = again.fails(1);
    assert!(stderr.contains("\\u{1b}") && !stderr.contains('\u{1b}'), "{stderr}");
}

#[test]
fn csv_text_cells_that_a_spreadsheet_would_run_get_a_leading_quote() {
    let env = Env::new().published(OMMEN, OMMEN_PUBLISH, OMMEN_OPEN);
    register(&env, "=HYPERLINK(\"http://x.example\",\"klik\")", "60000001").ok();
    register(&env, "@SUM(1+1)", "60000002").ok();
    env.run(&[
        "register",
        OMMEN,
        "--name=-2+3 Zorg",
        "--kvk",
        "60000003",
        "--lots",
        "huishouden",
    ])
    .ok();
    let csv = env.run(&["--format", "csv", "registrations", OMMEN]).ok().to_string();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let names: Vec<String> = reader.records().map(|r| r.unwrap()[1].to_string()).collect();
    assert_eq!(
        names,
        ["'=HYPERLINK(\"http://x.example\",\"klik\")", "'@SUM(1+1)", "'-2+3 Zorg"]
    );
    // JSON is for programs: the names as they are.
    let json = env.registrations(OMMEN_OPEN, OMMEN);
    assert_eq!(json[0]["name"], "=HYPERLINK(\"http://x.example\",\"klik\")");
}

// 9. Read-only use.

/// The user that reads: this one, or when the tests run as root (who may
/// write any file) `nobody`, owning the folder and its files.
fn reader(env: &Env) -> Option<u32> {
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    root.then(|| {
        let nobody = 65_534;
        for entry in std::fs::read_dir(env.path(".")).unwrap() {
            std::os::unix::fs::chown(entry.unwrap().path(), Some(nobody), Some(nobody)).unwrap();
        }
        std::os::unix::fs::chown(env.path("."), Some(nobody), Some(nobody)).unwrap();
        nobody
    })
}

fn run_as(env: &Env, user: Option<u32>, args: &[&str]) -> Out {
    let mut process = env.process();
    if let Some(uid) = user {
        process.uid(uid).gid(uid);
    }
    let output = process.args(args).output().unwrap();
    Out {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

const READS: &[&[&str]] = &[
    &["list"],
    &["remind"],
    &["show", OMMEN],
    &["registrations", OMMEN],
    &["log", OMMEN],
    &["timeline", OMMEN],
    &["calendar"],
    &["export", OMMEN, "--ocds"],
];

/// Every read command works and leaves the folder as it was; a change is refused.
#[track_caller]
fn read_only(env: &Env, user: Option<u32>) {
    let files = || {
        let mut all: Vec<(String, Vec<u8>)> = std::fs::read_dir(env.path("."))
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        all.sort();
        all
    };
    let before = files();
    for args in READS {
        let out = run_as(env, user, args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    }
    assert!(
        run_as(env, user, &["registrations", OMMEN])
            .stdout
            .contains("Thuis Plus BV")
    );
    let out = run_as(env, user, &["cancel", OMMEN, "--reason", "x"]);
    let stderr = out.refused(&["tender.db cannot be changed: you may only read it"]);
    assert!(!stderr.contains("readonly"), "{stderr}");
    assert_eq!(files(), before, "the folder changed");
}

#[test]
fn a_database_file_that_may_not_be_written_is_read_without_touching_it() {
    let env = ommen();
    let user = reader(&env);
    mode(&env.db, 0o400);
    read_only(&env, user);
}

#[test]
fn a_database_in_a_folder_that_may_not_be_written_is_read_without_touching_it() {
    let env = ommen();
    let user = reader(&env);
    mode(&env.path("."), 0o500);
    read_only(&env, user);
    mode(&env.path("."), 0o700);
}

#[test]
fn a_read_only_database_in_use_is_read_through_its_write_ahead_log() {
    let env = ommen();
    let user = reader(&env);
    // A writer that keeps its connection open: the change is only in the -wal.
    let writer = env.sqlite();
    writer
        .execute("UPDATE provider SET name = 'Nieuwe Naam BV' WHERE kvk = '60000002'", [])
        .unwrap();
    assert!(env.path("tender.db-wal").exists() && env.path("tender.db-shm").exists());
    mode(&env.db, 0o400);
    for side in ["tender.db-wal", "tender.db-shm"] {
        if let Some(uid) = user {
            std::os::unix::fs::chown(env.path(side), Some(uid), Some(uid)).unwrap();
        }
        mode(&env.path(side), 0o400);
    }
    let out = run_as(&env, user, &["registrations", OMMEN]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("Nieuwe Naam BV"), "{}", out.stdout);
    drop(writer);
}

#[test]
fn a_read_only_database_of_an_older_schema_is_refused_not_upgraded() {
    let env = Env::new();
    env.sqlite().execute_batch(include_str!("data/v1.sql")).unwrap();
    let user = reader(&env);
    mode(&env.db, 0o400);
    let before = std::fs::read(&env.db).unwrap();
    let out = run_as(&env, user, &["list"]);
    out.refused(&["schema version 1", "needs an upgrade", "may only be read"]);
    assert_eq!(std::fs::read(&env.db).unwrap(), before);
    assert_eq!(side_files(&env), Vec::<String>::new());
}

// 10. Database errors in the user's words.

#[test]
fn a_database_locked_past_the_busy_timeout_is_one_sentence() {
    let env = ommen();
    let before = state(&env);
    let lock = env.sqlite();
    lock.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let stderr = register(&env, "Wacht BV", "60000008").refused(&["tender.db is locked by another process"]);
    assert!(!stderr.contains("database is locked"), "{stderr}");
    lock.execute_batch("ROLLBACK").unwrap();
    drop(lock);
    assert_eq!(state(&env).1, before.1);
}

#[test]
fn a_folder_that_does_not_exist_is_named_once() {
    let env = Env::new();
    let db = env.path("nowhere/tender.db").display().to_string();
    let stderr = env
        .run(&["--db", &db, "new", &seed(OMMEN)])
        .refused(&["its folder does not exist"]);
    assert!(!stderr.contains("os error"), "{stderr}");
    let stderr = env.run(&["--db", &db, "list"]).refused(&["there is no database at"]);
    assert_eq!(stderr.matches("nowhere").count(), 1, "{stderr}");
}

// Bad input.

#[test]
fn bad_moments_actors_and_environment_values_are_refused() {
    let env = ommen();
    let args = [
        "register",
        OMMEN,
        "--name",
        "A BV",
        "--kvk",
        "60000005",
        "--lots",
        "huishouden",
    ];
    env.refused("2015-08-10T23:59:60", &args, &["2015-08-10T23:59:60", "leap second"]);
    let before = env.dump();
    env.run(&[&["--actor", ""][..], &args].concat())
        .refused(&["--actor is empty"]);
    env.run(&[&["--now", ""][..], &args].concat())
        .refused(&["--now is empty"]);
    let mut process = env.command();
    let out = process.env("TENDER_NOW", "").args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.starts_with("error: TENDER_NOW is empty"), "{stderr}");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_kvk_number_that_lost_its_leading_zero_says_so() {
    let env = ommen();
    let args = [
        "register",
        OMMEN,
        "--name",
        "A BV",
        "--kvk",
        "8765432",
        "--lots",
        "huishouden",
    ];
    env.refused(
        OMMEN_OPEN,
        &args,
        &["`8765432` has 7 digits", "leading zero", "08765432"],
    );
    let csv = env.write("intake.csv", "name,kvk,lots\nA BV,8765432,huishouden\n");
    let before = env.dump();
    let stderr = env.run(&["register", OMMEN, "--csv", &csv]).fails(1).to_string();
    assert!(stderr.contains("line 2: KvK number `8765432` has 7 digits"), "{stderr}");
    assert_eq!(env.dump(), before);
}

#[test]
fn an_unclosed_quote_in_a_csv_is_reported_where_it_opens() {
    let env = ommen();
    let csv = env.write(
        "intake.csv",
        "name,kvk,lots\nA BV,60000005,huishouden\n\"B BV,60000006,huishouden\nC BV,60000007,huishouden\n",
    );
    let stderr = env.refused(
        OMMEN_OPEN,
        &["register", OMMEN, "--csv", &csv],
        &["intake.csv, line 3", "quote"],
    );
    assert!(!stderr.contains("KvK"), "{stderr}");
}

#[test]
fn more_than_50_bad_csv_rows_list_50_and_count_the_rest() {
    let env = ommen();
    let rows: String = (0..70).map(|n| format!("Zorg {n} BV,{n},huishouden\n")).collect();
    let csv = env.write("intake.csv", format!("name,kvk,lots\n{rows}"));
    let before = env.dump();
    let stderr = env.run(&["register", OMMEN, "--csv", &csv]).fails(1).to_string();
    assert!(stderr.contains("has 70 bad rows"), "{stderr}");
    assert_eq!(stderr.matches("\n  line ").count(), 50, "{stderr}");
    assert!(
        stderr.contains("  line 51: ") && !stderr.contains("  line 52: "),
        "{stderr}"
    );
    assert!(stderr.trim_end().ends_with("and 20 more"), "{stderr}");
    assert_eq!(env.dump(), before);
}
