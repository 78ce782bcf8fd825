//! Issue 3 through the real binary: provider intake (aanmelding) one by one
//! and from CSV (all rows or none), withdrawal, the admission check
//! (toelatingseisen), the intake listing and its audit trail; and every bad
//! input refused with one `error:` and nothing written (SPEC §2, §4, §6).
//!
//! Not covered here: joining applications to the open-house framework while it
//! is `contracted` or `active`, because reaching those phases needs `award` and
//! `sign`, which do not exist yet.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{Env, Out};
use serde_json::Value;

stories! {
    ommen_takes_its_42_providers_from_one_csv_file,
    a_comma_csv_without_bom_with_only_the_required_columns_works,
    a_semicolon_csv_with_lf_line_ends_and_empty_optional_cells_works,
    achterhoek_refuses_a_registration_an_hour_after_its_deadline,
    a_single_registration_stores_every_option,
    the_admission_check_qualifies_rejects_or_names_what_is_missing,
    qualify_needs_exactly_one_of_meets_and_reject,
    a_kvk_number_that_is_not_8_digits_is_refused,
    an_agb_code_that_is_not_8_digits_is_refused,
    a_bad_e_mail_address_is_refused,
    an_unknown_lot_is_refused_naming_the_lots,
    an_unknown_requirement_is_refused_in_register_and_qualify,
    a_duplicate_registration_is_refused,
    a_draft_tender_refuses_registrations,
    a_cancelled_tender_refuses_registrations,
    a_registration_after_the_deadline_is_refused_naming_it,
    qualify_is_refused_while_registration_is_open,
    withdraw_and_qualify_of_a_kvk_that_is_not_registered_are_refused,
    a_csv_with_a_wrong_header_is_refused,
    a_csv_without_a_kvk_column_is_refused,
    one_bad_row_among_1000_good_ones_is_reported_by_line_and_nothing_is_registered,
    duplicate_kvk_numbers_in_a_csv_name_both_lines,
    every_bad_row_of_a_csv_is_reported_not_only_the_first,
    a_csv_row_of_a_provider_already_registered_is_a_bad_row,
    an_empty_csv_and_a_header_only_csv_are_refused,
    a_csv_that_is_not_utf8_is_refused,
    a_csv_row_with_more_cells_than_the_header_is_a_bad_row,
    a_csv_file_that_does_not_exist_is_refused,
    register_for_an_unknown_tender_is_refused,
    a_withdrawn_provider_can_register_again_while_open_and_is_not_counted,
    a_withdrawn_provider_can_come_back_in_a_csv_intake,
    a_later_registration_with_a_new_name_renames_the_provider_everywhere,
    a_csv_intake_that_renames_a_provider_says_so_in_its_event,
    each_intake_command_leaves_exactly_one_event,
}

const OMMEN: &str = "ommen-hardenberg-2015";
const ACHTERHOEK: &str = "achterhoek-2022";

/// Ommen/Hardenberg is announced on 2015-08-03; registration closes 2015-09-18 12:00.
const OMMEN_PUBLISH: &str = "2015-08-03T09:00";
const OMMEN_OPEN: &str = "2015-08-10T10:00";
const OMMEN_EVALUATION: &str = "2015-09-21T10:00";

/// Achterhoek is announced on 2021-04-01; registration closes 2021-05-23 12:00.
const ACHTERHOEK_PUBLISH: &str = "2021-04-01T09:00";
const ACHTERHOEK_OPEN: &str = "2021-05-01T10:00";
const ACHTERHOEK_EVALUATION: &str = "2021-05-24T10:00";

/// Every requirement of Achterhoek, in definition order.
const ACHTERHOEK_REQUIREMENTS: [&str; 5] = ["gva", "kwaliteit", "skj-big", "berichtenverkeer", "verzekering"];

/// The 42 providers of Ommen/Hardenberg: semicolons, a byte order mark, CRLF.
fn ommen_42() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/ommen-42.csv")
        .display()
        .to_string()
}

/// Ommen/Hardenberg, open for registration.
fn ommen(env: Env) -> Env {
    env.published(OMMEN, OMMEN_PUBLISH, OMMEN_OPEN)
}

/// Achterhoek, open for registration.
fn achterhoek(env: Env) -> Env {
    env.published(ACHTERHOEK, ACHTERHOEK_PUBLISH, ACHTERHOEK_OPEN)
}

#[track_caller]
fn registrations(env: &Env, id: &str) -> Vec<Value> {
    env.registrations(&env.now, id)
}

/// `registrations` of one tender in `tender list`.
#[track_caller]
fn listed(env: &Env, id: &str) -> u64 {
    let list = env.run(&["--format", "json", "list"]).json();
    let tender = list
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == id)
        .unwrap_or_else(|| panic!("{id} not listed"))
        .clone();
    tender["registrations"].as_u64().expect("registrations is a count")
}

/// Strings of a JSON array.
#[track_caller]
fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {value}"))
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

/// Registers a CSV file with `content` that must be refused with one `error:`
/// (possibly followed by a line per bad row) naming each of `words`; nothing is written.
#[track_caller]
fn csv_refused(env: &Env, content: impl AsRef<[u8]>, words: &[&str]) -> String {
    let file = env.write("intake.csv", content);
    let before = env.dump();
    let out = env.run(&["register", OMMEN, "--csv", &file]);
    let stderr = out.fails(1).to_string();
    assert!(stderr.contains("intake.csv"), "the file is not named: {stderr}");
    for word in words {
        assert!(stderr.contains(word), "{word:?} missing from: {stderr}");
    }
    assert_eq!(env.dump(), before, "a refused CSV wrote to the database");
    stderr
}

/// Registers one provider for Ommen/Hardenberg with `extra` options.
fn register(env: &Env, now: &str, name: &str, kvk: &str, lots: &str, extra: &[&str]) -> Out {
    let mut args = vec!["register", OMMEN, "--name", name, "--kvk", kvk, "--lots", lots];
    args.extend_from_slice(extra);
    env.run_at(now, &args)
}

// 1. Ommen/Hardenberg takes its 42 providers from one CSV file.

fn ommen_takes_its_42_providers_from_one_csv_file(env: Env) {
    let env = ommen(env);
    let events = env.log(OMMEN).len();
    let out = env.run(&["register", OMMEN, "--csv", &ommen_42()]);
    assert!(out.said().contains("registered 42 providers"), "{}", out.stdout);

    let rows = registrations(&env, OMMEN);
    assert_eq!(rows.len(), 42);
    for row in &rows {
        for key in [
            "kvk",
            "name",
            "lots",
            "status",
            "meets",
            "missing",
            "small",
            "agb",
            "email",
            "reason",
            "joining_at",
        ] {
            assert!(row.get(key).is_some(), "no `{key}` in {row}");
        }
        assert_eq!(row["status"], "registered", "{row}");
        assert_eq!(strings(&row["meets"]), ["gva", "kwaliteit", "resultaat", "vog", "iwmo"]);
        assert!(strings(&row["missing"]).is_empty(), "{row}");
        assert!(row["joining_at"].is_null(), "{row}");
    }

    let by_kvk: BTreeMap<&str, &Value> = rows.iter().map(|r| (r["kvk"].as_str().unwrap(), r)).collect();
    assert_eq!(by_kvk.len(), 42, "42 different KvK numbers");
    assert_eq!(by_kvk["50640598"]["name"], "'t Vechtdal Thuiszorg B.V.");
    assert_eq!(by_kvk["52962709"]["name"], "Zorggroep Ôns Thús");
    assert_eq!(by_kvk["68092895"]["name"], "Stichting \"Op Eigen Kracht\"");
    assert_eq!(by_kvk["72833613"]["name"], "Coöperatie Zorgkracht Oost U.A.");
    // Leading zeros are kept: KvK and AGB numbers are codes, not numbers.
    assert_eq!(by_kvk["68092895"]["agb"], "03914712");
    assert!(by_kvk.contains_key("06059045"));
    // Every column of the first data row.
    let ons_thus = by_kvk["52962709"];
    assert_eq!(ons_thus["agb"], "98462119");
    assert_eq!(ons_thus["email"], "zorggroep-ons-thus@example.nl");
    assert_eq!(ons_thus["small"], false);
    let mut lots = strings(&ons_thus["lots"]);
    lots.sort_unstable();
    assert_eq!(lots, ["dagbesteding", "huishouden", "ondersteuning"]);
    // Empty AGB and e-mail cells are absent values; `true` is a small provider.
    let lemele = by_kvk["70886706"];
    assert_eq!(lemele["name"], "Huiskamer Lemele");
    assert!(lemele["agb"].is_null() && lemele["email"].is_null(), "{lemele}");
    assert_eq!(lemele["small"], true);
    assert_eq!(strings(&lemele["lots"]), ["dagbesteding"]);

    // The CSV listing quotes only where needed and keeps every character.
    let csv = env.run(&["--format", "csv", "registrations", OMMEN]);
    let csv = csv.ok();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 43, "a header and 42 rows: {csv}");
    assert!(lines[0].starts_with("kvk,name,lots,"), "{}", lines[0]);
    for start in [
        "50640598,'t Vechtdal Thuiszorg B.V.,",
        "52962709,Zorggroep Ôns Thús,",
        "68092895,\"Stichting \"\"Op Eigen Kracht\"\"\",",
    ] {
        assert!(
            lines.iter().any(|l| l.starts_with(start)),
            "no line starting {start:?}: {csv}"
        );
    }
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let names: Vec<String> = reader.records().map(|r| r.unwrap()[1].to_string()).collect();
    assert!(
        names.contains(&"Stichting \"Op Eigen Kracht\"".to_string()),
        "{names:?}"
    );

    // The table shows the names too.
    let table = env.run(&["registrations", OMMEN]);
    for name in [
        "'t Vechtdal Thuiszorg B.V.",
        "Zorggroep Ôns Thús",
        "Stichting \"Op Eigen Kracht\"",
    ] {
        assert!(table.ok().contains(name), "{name} not in the table: {}", table.stdout);
    }

    // Counts in list and show.
    assert_eq!(listed(&env, OMMEN), 42);
    let shown = env.run(&["--format", "json", "show", OMMEN]).json();
    assert_eq!(shown["registrations"], 42);
    let source = std::fs::read_to_string(ommen_42()).unwrap();
    let mut expected: BTreeMap<String, u64> = BTreeMap::new();
    for line in source.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let lots_cell = line.split(';').nth(4).unwrap();
        for lot in lots_cell.split('|') {
            *expected.entry(lot.to_string()).or_default() += 1;
        }
    }
    let per_lot: BTreeMap<String, u64> = shown["lots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["lot"].as_str().unwrap().to_string(),
                l["registrations"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(per_lot, expected);
    let csv = env.run(&["--format", "csv", "show", OMMEN]);
    let mut reader = csv::Reader::from_reader(csv.ok().as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["lot", "name", "budget", "registrations", "products.code", "awarded"]
    );
    let printed: BTreeMap<String, u64> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (
                r[0].to_string(),
                r[3].parse().unwrap_or_else(|_| panic!("no count in {r:?}")),
            )
        })
        .collect();
    assert_eq!(printed, expected, "the lots table prints the counts");

    // One command, one event, naming every KvK number.
    let trail = env.log(OMMEN);
    assert_eq!(trail.len(), events + 1);
    let event = trail.last().unwrap();
    assert_eq!(event["action"], "register");
    assert_eq!(event["actor"], "inkoper");
    let detail = event["detail"].as_str().unwrap();
    for kvk in by_kvk.keys() {
        assert!(detail.contains(kvk), "KvK {kvk} missing from the event: {detail}");
    }
}

fn a_comma_csv_without_bom_with_only_the_required_columns_works(env: Env) {
    let env = ommen(env);
    let file = env.write(
        "komma.csv",
        "kvk,small,name,lots\n\
         10000001,true,Een BV,huishouden\n\
         10000002,false,Twee BV,huishouden | dagbesteding\n\
         10000003,ja,Drie BV,ondersteuning\n\
         10000004,nee,Vier BV,ondersteuning\n\
         10000005,1,Vijf BV,dagbesteding\n\
         10000006,0,Zes BV,dagbesteding\n\
         10000007,,Zeven BV,huishouden\n\
         10000008,Ja,Acht BV,huishouden\n",
    );
    assert!(
        env.run(&["register", OMMEN, "--csv", &file])
            .said()
            .contains("registered 8 providers")
    );
    let rows = registrations(&env, OMMEN);
    let small: Vec<(&str, bool)> = rows
        .iter()
        .map(|r| (r["kvk"].as_str().unwrap(), r["small"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        small,
        [
            ("10000001", true),
            ("10000002", false),
            ("10000003", true),
            ("10000004", false),
            ("10000005", true),
            ("10000006", false),
            ("10000007", false),
            ("10000008", true),
        ]
    );
    let two = &rows[1];
    assert_eq!(two["name"], "Twee BV");
    let mut lots = strings(&two["lots"]);
    lots.sort_unstable();
    assert_eq!(lots, ["dagbesteding", "huishouden"]);
    assert!(strings(&two["meets"]).is_empty());
    assert_eq!(
        strings(&two["missing"]),
        ["gva", "kwaliteit", "resultaat", "vog", "iwmo"]
    );
    assert!(two["agb"].is_null() && two["email"].is_null());
}

fn a_semicolon_csv_with_lf_line_ends_and_empty_optional_cells_works(env: Env) {
    let env = ommen(env);
    let file = env.write(
        "puntkomma.csv",
        "name;kvk;agb;email;lots;meets;small\n\
         Zorg & Co;20000001;;;huishouden;;\n\
         Hulp, thuis;20000002;12345678;hulp@example.nl;ondersteuning;gva|vog;x\n",
    );
    env.run(&["register", OMMEN, "--csv", &file]).ok();
    let rows = registrations(&env, OMMEN);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["name"], "Zorg & Co");
    assert_eq!(rows[1]["name"], "Hulp, thuis");
    assert_eq!(rows[1]["agb"], "12345678");
    assert_eq!(rows[1]["email"], "hulp@example.nl");
    assert_eq!(strings(&rows[1]["meets"]), ["gva", "vog"]);
    assert_eq!(strings(&rows[1]["missing"]), ["kwaliteit", "resultaat", "iwmo"]);
}

// 2. Te laat is te laat.

fn achterhoek_refuses_a_registration_an_hour_after_its_deadline(env: Env) {
    let env = achterhoek(env);
    let args = [
        "register",
        ACHTERHOEK,
        "--name",
        "Laatkomer BV",
        "--kvk",
        "30000001",
        "--lots",
        "jeugd-ambulant",
    ];
    env.refused(
        "2021-05-23T13:00",
        &args,
        &["2021-05-23 12:00", "Europe/Amsterdam", "te laat is te laat", "deadline"],
    );
    assert!(env.registrations("2021-05-23T13:00", ACHTERHOEK).is_empty());

    let out = env.run_at("2021-05-23T12:00", &args);
    assert!(out.said().contains("Laatkomer BV"), "{}", out.stdout);
    let rows = env.registrations("2021-05-23T12:00", ACHTERHOEK);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["kvk"], "30000001");
    assert_eq!(rows[0]["status"], "registered");
}

fn a_single_registration_stores_every_option(env: Env) {
    let env = achterhoek(env);
    let out = env.run(&[
        "register",
        ACHTERHOEK,
        "--name",
        "Zorggroep Ôns Thús",
        "--kvk",
        "52962709",
        "--lots",
        "wmo-begeleiding,jeugd-ambulant",
        "--agb",
        "03914712",
        "--email",
        "intake@ons-thus.example.nl",
        "--meets",
        "gva,verzekering",
        "--small",
    ]);
    assert!(
        out.said().contains("Zorggroep Ôns Thús (KvK 52962709)"),
        "{}",
        out.stdout
    );
    let row = env.registration(ACHTERHOEK_OPEN, ACHTERHOEK, "52962709");
    assert_eq!(row["name"], "Zorggroep Ôns Thús");
    assert_eq!(row["agb"], "03914712");
    assert_eq!(row["email"], "intake@ons-thus.example.nl");
    assert_eq!(row["small"], true);
    assert_eq!(row["status"], "registered");
    assert!(row["reason"].is_null());
    let mut lots = strings(&row["lots"]);
    lots.sort_unstable();
    assert_eq!(lots, ["jeugd-ambulant", "wmo-begeleiding"]);
    assert_eq!(strings(&row["meets"]), ["gva", "verzekering"]);
    assert_eq!(strings(&row["missing"]), ["kwaliteit", "skj-big", "berichtenverkeer"]);
    let shown = env.run(&["--format", "json", "show", ACHTERHOEK]).json();
    assert_eq!(shown["registrations"], 1);
    let per_lot: Vec<(&str, u64)> = shown["lots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["lot"].as_str().unwrap(), l["registrations"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        per_lot,
        [
            ("wmo-begeleiding", 1),
            ("wmo-dagbesteding", 0),
            ("jeugd-ambulant", 1),
            ("jeugd-verblijf", 0)
        ]
    );
}

// 3. The admission check.

fn the_admission_check_qualifies_rejects_or_names_what_is_missing(env: Env) {
    let env = achterhoek(env);
    let reg = |name: &str, kvk: &str, meets: &str| {
        let mut args = vec![
            "register",
            ACHTERHOEK,
            "--name",
            name,
            "--kvk",
            kvk,
            "--lots",
            "jeugd-ambulant",
        ];
        if !meets.is_empty() {
            args.extend(["--meets", meets]);
        }
        env.run(&args).ok();
    };
    reg("Compleet BV", "40000001", "gva,kwaliteit");
    reg("Half BV", "40000002", "");
    reg("Afgewezen BV", "40000003", "gva");
    reg("Alles Verklaard BV", "40000004", &ACHTERHOEK_REQUIREMENTS.join(","));

    let at = ACHTERHOEK_EVALUATION;
    let phase = env.run_at(at, &["--format", "json", "show", ACHTERHOEK]).json();
    assert_eq!(phase["phase"], "evaluation");

    // The rest of the requirements: qualified.
    let out = env.run_at(
        at,
        &[
            "qualify",
            ACHTERHOEK,
            "--kvk",
            "40000001",
            "--meets",
            "skj-big,berichtenverkeer,verzekering",
        ],
    );
    assert!(out.said().contains("qualified"), "{}", out.stdout);
    let row = env.registration(at, ACHTERHOEK, "40000001");
    assert_eq!(row["status"], "qualified");
    assert_eq!(strings(&row["meets"]), ACHTERHOEK_REQUIREMENTS);
    assert!(strings(&row["missing"]).is_empty());

    // Some requirements: still registered, and the output names what is missing.
    let out = env.run_at(
        at,
        &["qualify", ACHTERHOEK, "--kvk", "40000002", "--meets", "kwaliteit,gva"],
    );
    let said = out.said();
    for missing in ["skj-big", "berichtenverkeer", "verzekering"] {
        assert!(said.contains(missing), "{missing} not named: {said}");
    }
    assert!(said.contains("missing"), "{said}");
    let row = env.registration(at, ACHTERHOEK, "40000002");
    assert_eq!(row["status"], "registered");
    assert_eq!(strings(&row["meets"]), ["gva", "kwaliteit"]);
    assert_eq!(strings(&row["missing"]), ["skj-big", "berichtenverkeer", "verzekering"]);
    // A second check adds to the first.
    env.run_at(
        at,
        &[
            "qualify",
            ACHTERHOEK,
            "--kvk",
            "40000002",
            "--meets",
            "skj-big,berichtenverkeer,verzekering",
        ],
    )
    .ok();
    let row = env.registration(at, ACHTERHOEK, "40000002");
    assert_eq!(row["status"], "qualified");
    assert!(strings(&row["missing"]).is_empty());

    // A rejection, with its reason.
    let out = env.run_at(
        at,
        &[
            "qualify",
            ACHTERHOEK,
            "--kvk",
            "40000003",
            "--reject",
            "Geen gedragsverklaring aanbesteden",
        ],
    );
    assert!(
        out.said().contains("Geen gedragsverklaring aanbesteden"),
        "{}",
        out.stdout
    );
    let row = env.registration(at, ACHTERHOEK, "40000003");
    assert_eq!(row["status"], "rejected");
    assert_eq!(row["reason"], "Geen gedragsverklaring aanbesteden");
    let table = env.run_at(at, &["registrations", ACHTERHOEK]);
    assert!(
        table.ok().contains("Geen gedragsverklaring aanbesteden"),
        "{}",
        table.stdout
    );

    // Declared at registration, confirmed by the check.
    env.run_at(at, &["qualify", ACHTERHOEK, "--kvk", "40000004", "--meets", "gva"])
        .ok();
    assert_eq!(env.registration(at, ACHTERHOEK, "40000004")["status"], "qualified");

    let statuses: Vec<(String, String)> = env
        .registrations(at, ACHTERHOEK)
        .iter()
        .map(|r| (r["kvk"].as_str().unwrap().into(), r["status"].as_str().unwrap().into()))
        .collect();
    assert_eq!(
        statuses,
        [
            ("40000001".to_string(), "qualified".to_string()),
            ("40000002".to_string(), "qualified".to_string()),
            ("40000003".to_string(), "rejected".to_string()),
            ("40000004".to_string(), "qualified".to_string()),
        ]
    );
}

fn qualify_needs_exactly_one_of_meets_and_reject(env: Env) {
    let env = achterhoek(env);
    env.run(&[
        "register",
        ACHTERHOEK,
        "--name",
        "A BV",
        "--kvk",
        "40000001",
        "--lots",
        "jeugd-ambulant",
    ])
    .ok();
    let before = env.dump();
    let at = ACHTERHOEK_EVALUATION;
    let neither = env.run_at(at, &["qualify", ACHTERHOEK, "--kvk", "40000001"]);
    let stderr = neither.fails(2);
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains("--meets") && stderr.contains("--reject"), "{stderr}");
    let both = env.run_at(
        at,
        &[
            "qualify", ACHTERHOEK, "--kvk", "40000001", "--meets", "gva", "--reject", "nee",
        ],
    );
    let stderr = both.fails(2);
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains("--meets") && stderr.contains("--reject"), "{stderr}");
    assert_eq!(env.dump(), before);
}

// 4. Bad input: exit 1, one error, nothing written.

fn a_kvk_number_that_is_not_8_digits_is_refused(env: Env) {
    let env = ommen(env);
    register(&env, OMMEN_OPEN, "Bestaand BV", "50000001", "huishouden", &[]).ok();
    for bad in ["1234567", "123456789", "1234567a", "KVK12345"] {
        env.refused(
            OMMEN_OPEN,
            &[
                "register",
                OMMEN,
                "--name",
                "Nieuw BV",
                "--kvk",
                bad,
                "--lots",
                "huishouden",
            ],
            &["KvK", bad, "8 digits"],
        );
    }
}

fn an_agb_code_that_is_not_8_digits_is_refused(env: Env) {
    let env = ommen(env);
    for bad in ["1234567", "123456789", "9876543x"] {
        env.refused(
            OMMEN_OPEN,
            &[
                "register",
                OMMEN,
                "--name",
                "Nieuw BV",
                "--kvk",
                "50000002",
                "--lots",
                "huishouden",
                "--agb",
                bad,
            ],
            &["AGB", bad, "8 digits"],
        );
    }
}

fn a_bad_e_mail_address_is_refused(env: Env) {
    let env = ommen(env);
    for bad in ["intake", "intake@zorg", "@zorg.nl", "in take@zorg.nl"] {
        env.refused(
            OMMEN_OPEN,
            &[
                "register",
                OMMEN,
                "--name",
                "Nieuw BV",
                "--kvk",
                "50000003",
                "--lots",
                "huishouden",
                "--email",
                bad,
            ],
            &["e-mail", bad],
        );
    }
}

fn an_unknown_lot_is_refused_naming_the_lots(env: Env) {
    let env = ommen(env);
    env.refused(
        OMMEN_OPEN,
        &[
            "register",
            OMMEN,
            "--name",
            "Nieuw BV",
            "--kvk",
            "50000004",
            "--lots",
            "huishouden,zwemmen",
        ],
        &["lot `zwemmen`", "huishouden", "ondersteuning", "dagbesteding"],
    );
}

fn an_unknown_requirement_is_refused_in_register_and_qualify(env: Env) {
    let env = ommen(env);
    env.refused(
        OMMEN_OPEN,
        &[
            "register",
            OMMEN,
            "--name",
            "Nieuw BV",
            "--kvk",
            "50000005",
            "--lots",
            "huishouden",
            "--meets",
            "vog,diploma",
        ],
        &["requirement `diploma`", "gva", "iwmo"],
    );
    register(&env, OMMEN_OPEN, "Nieuw BV", "50000005", "huishouden", &[]).ok();
    env.refused(
        OMMEN_EVALUATION,
        &["qualify", OMMEN, "--kvk", "50000005", "--meets", "vog,diploma"],
        &["requirement `diploma`", "gva", "iwmo"],
    );
}

fn a_duplicate_registration_is_refused(env: Env) {
    let env = ommen(env);
    register(&env, OMMEN_OPEN, "Dubbel BV", "50000006", "huishouden", &[]).ok();
    env.refused(
        OMMEN_OPEN,
        &[
            "register",
            OMMEN,
            "--name",
            "Dubbel BV",
            "--kvk",
            "50000006",
            "--lots",
            "dagbesteding",
        ],
        &["50000006", "already registered", "tender withdraw"],
    );
}

fn a_draft_tender_refuses_registrations(mut env: Env) {
    env.now = OMMEN_OPEN.to_string();
    env.load(&[OMMEN]);
    env.refused(
        OMMEN_OPEN,
        &[
            "register",
            OMMEN,
            "--name",
            "Vroeg BV",
            "--kvk",
            "50000007",
            "--lots",
            "huishouden",
        ],
        &["draft", "publish"],
    );
    let file = env.write("een.csv", "name,kvk,lots\nVroeg BV,50000007,huishouden\n");
    env.refused(OMMEN_OPEN, &["register", OMMEN, "--csv", &file], &["draft", "publish"]);
}

fn a_cancelled_tender_refuses_registrations(env: Env) {
    let env = ommen(env);
    register(&env, OMMEN_OPEN, "Eerder BV", "50000008", "huishouden", &[]).ok();
    env.run_at("2015-08-11", &["cancel", OMMEN, "--reason", "Budget niet vastgesteld"])
        .ok();
    env.refused(
        "2015-08-12",
        &[
            "register",
            OMMEN,
            "--name",
            "Later BV",
            "--kvk",
            "50000009",
            "--lots",
            "huishouden",
        ],
        &["cancelled"],
    );
    env.refused("2015-08-12", &["withdraw", OMMEN, "--kvk", "50000008"], &["cancelled"]);
}

fn a_registration_after_the_deadline_is_refused_naming_it(env: Env) {
    let env = ommen(env);
    env.refused(
        OMMEN_EVALUATION,
        &[
            "register",
            OMMEN,
            "--name",
            "Laat BV",
            "--kvk",
            "50000010",
            "--lots",
            "huishouden",
        ],
        &["2015-09-18 12:00", "Europe/Amsterdam", "te laat is te laat"],
    );
    let file = env.write("laat.csv", "name,kvk,lots\nLaat BV,50000010,huishouden\n");
    env.refused(
        OMMEN_EVALUATION,
        &["register", OMMEN, "--csv", &file],
        &["2015-09-18 12:00", "te laat is te laat"],
    );
}

fn qualify_is_refused_while_registration_is_open(env: Env) {
    let env = ommen(env);
    register(&env, OMMEN_OPEN, "Vroeg BV", "50000011", "huishouden", &[]).ok();
    env.refused(
        OMMEN_OPEN,
        &["qualify", OMMEN, "--kvk", "50000011", "--meets", "gva"],
        &["open", "evaluation"],
    );
}

fn withdraw_and_qualify_of_a_kvk_that_is_not_registered_are_refused(env: Env) {
    let env = ommen(env);
    register(&env, OMMEN_OPEN, "Wel BV", "50000012", "huishouden", &[]).ok();
    env.refused(
        OMMEN_OPEN,
        &["withdraw", OMMEN, "--kvk", "59999999"],
        &["59999999", "registrations"],
    );
    env.refused(
        OMMEN_EVALUATION,
        &["qualify", OMMEN, "--kvk", "59999999", "--meets", "gva"],
        &["59999999", "not registered"],
    );
    env.refused(
        OMMEN_EVALUATION,
        &["qualify", OMMEN, "--kvk", "59999999", "--reject", "Onbekend"],
        &["59999999", "not registered"],
    );
    // A malformed KvK number is named as such.
    env.refused(
        OMMEN_OPEN,
        &["withdraw", OMMEN, "--kvk", "5000001"],
        &["5000001", "8 digits"],
    );
    // A withdrawn registration cannot be withdrawn or qualified again.
    env.run(&["withdraw", OMMEN, "--kvk", "50000012"]).ok();
    env.refused(OMMEN_OPEN, &["withdraw", OMMEN, "--kvk", "50000012"], &["50000012"]);
    env.refused(
        OMMEN_EVALUATION,
        &["qualify", OMMEN, "--kvk", "50000012", "--meets", "gva"],
        &["50000012", "withdrew its registration"],
    );
}

fn a_csv_with_a_wrong_header_is_refused(env: Env) {
    let env = ommen(env);
    let stderr = csv_refused(
        &env,
        "naam;kvk;lots\nEen BV;60000001;huishouden\n",
        &["header", "naam", "name,kvk", "lots"],
    );
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
}

fn a_csv_without_a_kvk_column_is_refused(env: Env) {
    let env = ommen(env);
    let stderr = csv_refused(&env, "name,lots\nEen BV,huishouden\n", &["header", "`kvk`", "missing"]);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
}

fn one_bad_row_among_1000_good_ones_is_reported_by_line_and_nothing_is_registered(env: Env) {
    let env = ommen(env);
    let rows = |bad: bool| {
        let mut text = String::from("name;kvk;agb;email;lots;meets;small\n");
        for i in 1..=1000 {
            let kvk = if bad && i == 500 {
                "7000050X".to_string()
            } else {
                format!("{}", 70_000_000 + i)
            };
            text.push_str(&format!(
                "Zorgaanbieder {i};{kvk};;zorg{i}@example.nl;huishouden|dagbesteding;gva|vog;{}\n",
                if i % 3 == 0 { "ja" } else { "nee" }
            ));
        }
        text
    };
    let stderr = csv_refused(&env, rows(true), &["has 1 bad row", "nothing was registered"]);
    let lines: Vec<&str> = stderr.trim_end().lines().collect();
    assert_eq!(lines.len(), 2, "the sentence and one bad row: {stderr}");
    assert!(lines[0].starts_with("error: "), "{stderr}");
    // Data row 500 is line 501: the header is line 1.
    assert!(lines[1].starts_with("  line 501: "), "{stderr}");
    assert!(
        lines[1].contains("7000050X") && lines[1].contains("8 digits"),
        "{stderr}"
    );
    assert!(registrations(&env, OMMEN).is_empty());

    let file = env.write("intake.csv", rows(false));
    let out = env.run(&["register", OMMEN, "--csv", &file]);
    assert!(out.said().contains("registered 1000 providers"), "{}", out.stdout);
    assert_eq!(listed(&env, OMMEN), 1000);
}

fn duplicate_kvk_numbers_in_a_csv_name_both_lines(env: Env) {
    let env = ommen(env);
    let stderr = csv_refused(
        &env,
        "name,kvk,lots\n\
         Een BV,60000001,huishouden\n\
         Twee BV,60000002,huishouden\n\
         Nog eens Een BV,60000001,dagbesteding\n",
        &["has 1 bad row", "nothing was registered"],
    );
    let bad: Vec<&str> = stderr.lines().skip(1).collect();
    assert_eq!(bad.len(), 1, "{stderr}");
    assert!(bad[0].contains("line 4") && bad[0].contains("60000001"), "{stderr}");
    assert!(bad[0].contains("line 2"), "the first line is named too: {stderr}");
}

fn every_bad_row_of_a_csv_is_reported_not_only_the_first(env: Env) {
    let env = ommen(env);
    register(&env, OMMEN_OPEN, "Al Binnen BV", "60000009", "huishouden", &[]).ok();
    let stderr = csv_refused(
        &env,
        "name;kvk;agb;email;lots;meets;small\n\
         Goed BV;60000001;;;huishouden;;\n\
         Kort BV;6000002;;;huishouden;;\n\
         Agb BV;60000003;1234;;huishouden;;\n\
         Mail BV;60000004;;geen-adres;huishouden;;\n\
         Goed Twee BV;60000005;;;dagbesteding;;\n\
         Perceel BV;60000006;;;zwemmen;;\n\
         Eis BV;60000007;;;huishouden;diploma;\n\
         Klein BV;60000008;;;huishouden;;misschien\n\
         Al Binnen BV;60000009;;;huishouden;;\n\
         ;60000010;;;huishouden;;\n\
         Geen Perceel BV;60000011;;;;;\n",
        &["has 9 bad rows", "nothing was registered"],
    );
    let bad: Vec<&str> = stderr.trim_end().lines().skip(1).collect();
    let expected = [
        (3, "6000002"),
        (4, "1234"),
        (5, "geen-adres"),
        (7, "zwemmen"),
        (8, "diploma"),
        (9, "misschien"),
        (10, "already registered"),
        (11, "name"),
        (12, "lots"),
    ];
    assert_eq!(bad.len(), expected.len(), "{stderr}");
    for ((line, word), reported) in expected.iter().zip(&bad) {
        assert!(
            reported.starts_with(&format!("  line {line}: ")),
            "{reported:?} in {stderr}"
        );
        assert!(reported.contains(word), "{word:?} missing from {reported:?}");
    }
    assert_eq!(registrations(&env, OMMEN).len(), 1, "only the registration made before");
}

fn a_csv_row_of_a_provider_already_registered_is_a_bad_row(env: Env) {
    let env = ommen(env);
    register(&env, OMMEN_OPEN, "Al Binnen BV", "60000009", "huishouden", &[]).ok();
    let stderr = csv_refused(
        &env,
        "name,kvk,lots\nNieuw BV,60000001,huishouden\nAl Binnen BV,60000009,dagbesteding\n",
        &[
            "has 1 bad row",
            "nothing was registered",
            "line 3",
            "60000009",
            "already registered",
        ],
    );
    assert!(!stderr.contains("line 2"), "{stderr}");
    assert_eq!(registrations(&env, OMMEN).len(), 1);
}

fn an_empty_csv_and_a_header_only_csv_are_refused(env: Env) {
    let env = ommen(env);
    let stderr = csv_refused(&env, b"", &["empty", "header"]);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    let stderr = csv_refused(&env, "name,kvk,agb,email,lots,meets,small\n", &["no rows"]);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    let stderr = csv_refused(&env, "\u{feff}name;kvk;lots\r\n\r\n", &["no rows"]);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
}

fn a_csv_that_is_not_utf8_is_refused(env: Env) {
    let env = ommen(env);
    let stderr = csv_refused(
        &env,
        b"name;kvk;lots\nZorgcentrum Ren\xe9e;60000001;huishouden\n",
        &["UTF-8", "line 2"],
    );
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
}

fn a_csv_row_with_more_cells_than_the_header_is_a_bad_row(env: Env) {
    let env = ommen(env);
    let stderr = csv_refused(
        &env,
        "name,kvk,lots\nEen BV,60000001,huishouden\nZorg, Welzijn BV,60000002,huishouden\n",
        &["has 1 bad row", "line 3"],
    );
    assert!(!stderr.contains("line 2"), "{stderr}");
}

fn a_csv_file_that_does_not_exist_is_refused(env: Env) {
    let env = ommen(env);
    let missing = env.path("nergens.csv").display().to_string();
    env.refused(OMMEN_OPEN, &["register", OMMEN, "--csv", &missing], &["nergens.csv"]);
}

fn register_for_an_unknown_tender_is_refused(env: Env) {
    let env = ommen(env);
    env.refused(
        OMMEN_OPEN,
        &[
            "register",
            "nope-2099",
            "--name",
            "Een BV",
            "--kvk",
            "60000001",
            "--lots",
            "huishouden",
        ],
        &["nope-2099"],
    );
}

// 5. Withdrawal.

fn a_withdrawn_provider_can_register_again_while_open_and_is_not_counted(env: Env) {
    let env = ommen(env);
    register(&env, OMMEN_OPEN, "Terug BV", "80000001", "huishouden", &[]).ok();
    register(&env, OMMEN_OPEN, "Blijft BV", "80000002", "dagbesteding", &[]).ok();
    assert_eq!(listed(&env, OMMEN), 2);

    let out = env.run(&["withdraw", OMMEN, "--kvk", "80000001"]);
    assert!(out.said().contains("Terug BV"), "{}", out.stdout);
    assert_eq!(listed(&env, OMMEN), 1);
    let shown = env.run(&["--format", "json", "show", OMMEN]).json();
    assert_eq!(shown["registrations"], 1);
    let huishouden = shown["lots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lot"] == "huishouden")
        .unwrap()
        .clone();
    assert_eq!(huishouden["registrations"], 0);
    assert_eq!(env.registration(OMMEN_OPEN, OMMEN, "80000001")["status"], "withdrawn");

    // Registering again, under a new name and for other lots.
    let out = register(
        &env,
        OMMEN_OPEN,
        "Terug Zorg BV",
        "80000001",
        "ondersteuning",
        &["--small"],
    );
    assert!(out.said().contains("renamed from Terug BV"), "{}", out.stdout);
    assert_eq!(listed(&env, OMMEN), 2);
    let rows = registrations(&env, OMMEN);
    assert_eq!(rows.len(), 2, "one registration per provider: {rows:?}");
    let again = &rows[0];
    assert_eq!(again["kvk"], "80000001");
    assert_eq!(again["name"], "Terug Zorg BV");
    assert_eq!(again["status"], "registered");
    assert_eq!(strings(&again["lots"]), ["ondersteuning"]);
    assert_eq!(again["small"], true);

    // After the deadline a withdrawn provider cannot come back.
    env.run(&["withdraw", OMMEN, "--kvk", "80000001"]).ok();
    env.refused(
        OMMEN_EVALUATION,
        &[
            "register",
            OMMEN,
            "--name",
            "Terug Zorg BV",
            "--kvk",
            "80000001",
            "--lots",
            "huishouden",
        ],
        &["te laat is te laat"],
    );
}

fn a_withdrawn_provider_can_come_back_in_a_csv_intake(env: Env) {
    let env = ommen(env);
    register(&env, OMMEN_OPEN, "Terug BV", "80000001", "huishouden", &[]).ok();
    env.run(&["withdraw", OMMEN, "--kvk", "80000001"]).ok();
    let file = env.write(
        "terug.csv",
        "name,kvk,lots\nTerug BV,80000001,huishouden\nNieuw BV,80000003,huishouden\n",
    );
    env.run(&["register", OMMEN, "--csv", &file]).ok();
    assert_eq!(listed(&env, OMMEN), 2);
    assert_eq!(env.registration(OMMEN_OPEN, OMMEN, "80000001")["status"], "registered");
}

// A provider is kept once, across tenders, by KvK number.

fn a_later_registration_with_a_new_name_renames_the_provider_everywhere(env: Env) {
    let env = ommen(env);
    register(&env, OMMEN_OPEN, "Oude Naam BV", "90000001", "huishouden", &[]).ok();
    env.load(&[ACHTERHOEK]);
    env.run_at(ACHTERHOEK_PUBLISH, &["publish", ACHTERHOEK]).ok();
    let out = env.run_at(
        ACHTERHOEK_OPEN,
        &[
            "register",
            ACHTERHOEK,
            "--name",
            "Nieuwe Naam BV",
            "--kvk",
            "90000001",
            "--lots",
            "wmo-dagbesteding",
        ],
    );
    assert!(out.said().contains("renamed from Oude Naam BV"), "{}", out.stdout);
    let trail = env
        .run_at(ACHTERHOEK_OPEN, &["--format", "json", "log", ACHTERHOEK])
        .json();
    let last = trail.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "register");
    assert!(
        last["detail"].as_str().unwrap().contains("renamed from Oude Naam BV"),
        "{last}"
    );
    // Kept once: the other tender shows the new name too.
    assert_eq!(
        env.registration(OMMEN_OPEN, OMMEN, "90000001")["name"],
        "Nieuwe Naam BV"
    );
    let providers = env.count("SELECT count(*) FROM provider WHERE kvk = '90000001'");
    assert_eq!(providers, 1, "the provider is kept once");
}

fn a_csv_intake_that_renames_a_provider_says_so_in_its_event(env: Env) {
    let env = ommen(env);
    register(&env, OMMEN_OPEN, "Oude Naam BV", "90000001", "huishouden", &[]).ok();
    env.load(&[ACHTERHOEK]);
    env.run_at(ACHTERHOEK_PUBLISH, &["publish", ACHTERHOEK]).ok();
    let file = env.write(
        "achterhoek.csv",
        "name,kvk,lots\nNieuwe Naam BV,90000001,jeugd-ambulant\n",
    );
    env.run_at(ACHTERHOEK_OPEN, &["register", ACHTERHOEK, "--csv", &file])
        .ok();
    let trail = env
        .run_at(ACHTERHOEK_OPEN, &["--format", "json", "log", ACHTERHOEK])
        .json();
    let detail = trail.as_array().unwrap().last().unwrap()["detail"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(detail.contains("renamed"), "{detail}");
    assert!(
        detail.contains("Oude Naam BV") && detail.contains("90000001"),
        "{detail}"
    );
    assert_eq!(
        env.registration(OMMEN_OPEN, OMMEN, "90000001")["name"],
        "Nieuwe Naam BV"
    );
}

// 6. The audit trail: one event per command.

fn each_intake_command_leaves_exactly_one_event(env: Env) {
    let env = achterhoek(env);
    let step = |now: &str, args: &[&str], action: &str, words: &[&str]| {
        let before = env.log(ACHTERHOEK).len();
        env.run_at(now, args).ok();
        let trail = env.run_at(now, &["--format", "json", "log", ACHTERHOEK]).json();
        let trail = trail.as_array().unwrap();
        assert_eq!(trail.len(), before + 1, "{args:?} left {} events", trail.len() - before);
        let event = trail.last().unwrap();
        assert_eq!(event["action"], action, "{event}");
        assert_eq!(event["actor"], "inkoper", "{event}");
        assert!(event["at"].as_str().is_some_and(|s| !s.is_empty()), "{event}");
        let detail = event["detail"].as_str().unwrap();
        for word in words {
            assert!(detail.contains(word), "{word:?} missing from {detail:?}");
        }
    };
    let open = ACHTERHOEK_OPEN;
    step(
        open,
        &[
            "register",
            ACHTERHOEK,
            "--name",
            "Een BV",
            "--kvk",
            "11000001",
            "--lots",
            "jeugd-ambulant",
        ],
        "register",
        &["Een BV", "11000001"],
    );
    let file = env.write(
        "drie.csv",
        "name,kvk,lots,meets\n\
         Twee BV,11000002,jeugd-ambulant,gva\n\
         Drie BV,11000003,jeugd-verblijf,\n\
         Vier BV,11000004,wmo-begeleiding|wmo-dagbesteding,gva|kwaliteit\n",
    );
    step(
        open,
        &["register", ACHTERHOEK, "--csv", &file],
        "register",
        &["11000002", "11000003", "11000004"],
    );
    step(
        open,
        &["withdraw", ACHTERHOEK, "--kvk", "11000003"],
        "withdraw",
        &["Drie BV", "11000003"],
    );
    // `--actor` is recorded.
    let out = env.run(&[
        "--actor",
        "j.devries",
        "register",
        ACHTERHOEK,
        "--name",
        "Vijf BV",
        "--kvk",
        "11000005",
        "--lots",
        "jeugd-ambulant",
    ]);
    out.ok();
    let evaluation = ACHTERHOEK_EVALUATION;
    step(
        evaluation,
        &["qualify", ACHTERHOEK, "--kvk", "11000001", "--meets", "gva,kwaliteit"],
        "qualify",
        &["11000001"],
    );
    step(
        evaluation,
        &[
            "qualify",
            ACHTERHOEK,
            "--kvk",
            "11000002",
            "--meets",
            "kwaliteit,skj-big,berichtenverkeer,verzekering",
        ],
        "qualify",
        &["11000002", "qualified"],
    );
    step(
        evaluation,
        &[
            "qualify",
            ACHTERHOEK,
            "--kvk",
            "11000004",
            "--reject",
            "Geen verzekering",
        ],
        "reject",
        &["11000004", "Geen verzekering"],
    );
    let trail = env.log(ACHTERHOEK);
    assert_eq!(trail[5]["actor"], "j.devries");
    let actions: Vec<&str> = trail.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(
        actions,
        [
            "new", "publish", "register", "register", "withdraw", "register", "qualify", "qualify", "reject"
        ]
    );
}
