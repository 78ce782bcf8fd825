//! `--format xlsx` through the real binary: every listing's workbook, read
//! back with calamine, says what its JSON and CSV say, with KvK numbers as
//! text, amounts and points as numbers, moments as Excel dates in the
//! tender's time zone, a frozen header row; refused on a terminal.

mod common;

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use chrono::{DateTime, NaiveDate};
use common::Env;

stories! {
    every_listing_has_a_workbook_that_says_what_its_json_says,
    the_header_row_is_frozen_and_columns_have_widths,
    a_workbook_is_refused_on_a_terminal,
}

const ACHTERHOEK: &str = "achterhoek-2022";

fn achterhoek(env: Env) -> Env {
    let env = env.published(ACHTERHOEK, "2021-04-01T09:00", "2021-05-24T10:00");
    let providers = [
        ("09123456", "=HYPERLINK(\"x\") Zorg", "jeugd-ambulant"),
        (
            "08234567",
            "Jeugdzorg Oost-Gelderland B.V.",
            "jeugd-ambulant,jeugd-verblijf",
        ),
    ];
    // Every registration first, then the admission check: time runs forward.
    for (kvk, name, lots) in providers {
        let meets = "gva,kwaliteit,skj-big,berichtenverkeer,verzekering";
        env.run_at(
            "2021-05-12T15:30",
            &[
                "register", ACHTERHOEK, "--name", name, "--kvk", kvk, "--lots", lots, "--meets", meets,
            ],
        )
        .ok();
    }
    for (kvk, _, _) in providers {
        env.run_at("2021-05-24", &["qualify", ACHTERHOEK, "--kvk", kvk, "--meets", "gva"])
            .ok();
    }
    let scores = env.write(
        "scores.csv",
        "kvk,lot,criterion,value\n\
         09123456,jeugd-ambulant,resultaat,7\n09123456,jeugd-ambulant,samenwerking,8\n09123456,jeugd-ambulant,innovatie,8\n09123456,jeugd-ambulant,prijs,74.00\n\
         08234567,jeugd-ambulant,resultaat,8\n08234567,jeugd-ambulant,samenwerking,7\n08234567,jeugd-ambulant,innovatie,6\n08234567,jeugd-ambulant,prijs,78.50\n\
         08234567,jeugd-verblijf,resultaat,9\n08234567,jeugd-verblijf,samenwerking,7\n08234567,jeugd-verblijf,innovatie,5\n08234567,jeugd-verblijf,prijs,182.00\n",
    );
    env.run_at("2021-06-15", &["score", ACHTERHOEK, "--csv", &scores]).ok();
    env
}

fn bytes(env: &Env, now: &str, args: &[&str]) -> Vec<u8> {
    let mut all = vec!["--now", now, "--format", "xlsx"];
    all.extend_from_slice(args);
    let output = env.command().args(&all).output().expect("run tender");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    output.stdout
}

fn sheet(bytes: &[u8]) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("a workbook");
    let range = book.worksheet_range("tender").expect("the sheet `tender`");
    range.rows().map(|r| r.to_vec()).collect()
}

/// The Excel serial date of the local time an RFC 3339 moment names.
fn serial(moment: &str) -> f64 {
    let local = DateTime::parse_from_rfc3339(moment).unwrap().naive_local();
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    (local - epoch).num_seconds() as f64 / 86_400.0
}

/// Every cell of the workbook against the CSV cell of the same place (the CSV
/// columns are the JSON keys): text equal, numbers equal, moments the same instant.
#[track_caller]
fn assert_same_as_csv(env: &Env, now: &str, args: &[&str]) -> Vec<Vec<Data>> {
    let rows = sheet(&bytes(env, now, args));
    let mut csv_args = vec!["--now", now, "--format", "csv"];
    csv_args.extend_from_slice(args);
    let csv = env.run(&csv_args).ok().to_string();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
    let expected: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), expected.len(), "{args:?}: rows");
    for (r, (row, want)) in rows.iter().zip(&expected).enumerate() {
        for (c, want) in want.iter().enumerate() {
            let got = row.get(c).cloned().unwrap_or(Data::Empty);
            let same = match &got {
                Data::Empty => want.is_empty(),
                Data::String(text) => text == want || text == &format!("'{want}"),
                Data::Float(n) => want.parse::<f64>().is_ok_and(|w| (w - n).abs() < 1e-9),
                Data::Int(n) => want.parse::<i64>() == Ok(*n),
                Data::Bool(b) => want == &b.to_string(),
                Data::DateTime(d) => (d.as_f64() - serial(want)).abs() < 1e-6,
                other => panic!("unexpected cell {other:?}"),
            };
            assert!(same, "{args:?} row {r} column {c}: {got:?} is not {want:?}");
        }
    }
    rows
}

fn every_listing_has_a_workbook_that_says_what_its_json_says(env: Env) {
    let env = achterhoek(env);
    let now = "2021-06-16T10:00";

    let registrations = assert_same_as_csv(&env, now, &["registrations", ACHTERHOEK]);
    let json = env.registrations(now, ACHTERHOEK);
    let kvk_column = registrations[0]
        .iter()
        .position(|h| h == &Data::String("kvk".into()))
        .unwrap();
    for (row, json) in registrations[1..].iter().zip(&json) {
        assert_eq!(
            row[kvk_column],
            Data::String(json["kvk"].as_str().unwrap().into()),
            "KvK as text"
        );
    }
    assert!(
        registrations
            .iter()
            .flatten()
            .any(|c| c == &Data::String("'=HYPERLINK(\"x\") Zorg".into())),
        "a formula-like name is prefixed with ': {registrations:?}"
    );

    let award = assert_same_as_csv(&env, now, &["award", ACHTERHOEK, "--dry-run"]);
    let header = &award[0];
    let price = header.iter().position(|h| h == &Data::String("price".into())).unwrap();
    assert!(
        award[1..].iter().all(|row| matches!(row[price], Data::Float(_))),
        "prices are numbers: {award:?}"
    );
    let kvk = header.iter().position(|h| h == &Data::String("kvk".into())).unwrap();
    assert!(
        award[1..].iter().any(|row| row[kvk] == Data::String("09123456".into())),
        "leading zero kept"
    );

    let list = assert_same_as_csv(&env, now, &["list"]);
    assert!(
        list.iter().flatten().any(|c| matches!(c, Data::DateTime(_))),
        "moments are dates: {list:?}"
    );
    assert_same_as_csv(&env, now, &["log", ACHTERHOEK]);
    assert_same_as_csv(&env, now, &["show", ACHTERHOEK]);
    assert_same_as_csv(&env, now, &["remind", "--within", "20w"]);
    assert_same_as_csv(&env, now, &["timeline", ACHTERHOEK]);
}

fn the_header_row_is_frozen_and_columns_have_widths(env: Env) {
    env.load(&[ACHTERHOEK]);
    let workbook = bytes(&env, "2021-03-01", &["list"]);
    let mut zip = zip::ZipArchive::new(Cursor::new(workbook)).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert!(
        xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
        "{xml}"
    );
    assert!(xml.contains("<col ") && xml.contains("customWidth=\"1\""), "{xml}");
}

fn a_workbook_is_refused_on_a_terminal(env: Env) {
    let env = achterhoek(env);
    let (mut master, mut slave) = (0, 0);
    // SAFETY: openpty fills two descriptors, which are owned below.
    let opened = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(opened, 0, "a pseudo-terminal");
    let before = env.dump();
    for (lang, prefix, words) in [
        ("en_GB.UTF-8", "error: ", "redirect the output to a file"),
        ("nl_NL.UTF-8", "fout: ", "leid de uitvoer naar een bestand"),
    ] {
        // SAFETY: a fresh duplicate of the terminal, owned by the child's Stdio.
        let terminal = unsafe { <std::process::Stdio as std::os::fd::FromRawFd>::from_raw_fd(libc::dup(slave)) };
        let output = env
            .process()
            .env("LANG", lang)
            .args(["--now", "2021-10-01T10:00", "--format", "xlsx", "award", ACHTERHOEK])
            .stdout(terminal)
            .output()
            .expect("run tender");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(stderr.starts_with(prefix) && stderr.contains(words), "{stderr}");
    }
    assert_eq!(env.dump(), before, "nothing was recorded");
    // SAFETY: both descriptors came from openpty above and are closed once.
    unsafe {
        libc::close(slave);
        libc::close(master);
    }
}
