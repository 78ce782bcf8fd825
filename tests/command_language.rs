//! The commands' own sentences in both languages (SPEC §4 "Language"): every
//! command's refusals run with `--lang en` and `--lang nl`, the Dutch run
//! checked to hold no English sentence; the confirmations of the changes in
//! Dutch; and the whole walkthrough with `LANG=nl_NL.UTF-8`.

mod common;

use common::{Env, LOADED, english_lines, seed};

const ACHTERHOEK: &str = "achterhoek-2022";
const WALCHEREN: &str = "walcheren-2016";

/// A refusal: when, the arguments, and a fragment of the English and of the Dutch sentence.
type Case<'a> = (&'a str, Vec<String>, &'a str, &'a str);

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|a| a.to_string()).collect()
}

/// Runs each case in both languages: both refused alike (exit 1, one
/// sentence), each with its fragment, the Dutch one without English.
#[track_caller]
fn refused_in_both(env: &Env, cases: &[Case]) {
    let mut failures = Vec::new();
    for (now, arguments, english, dutch) in cases {
        let run = |lang: &str| {
            let mut all = vec!["--lang", lang, "--now", now];
            all.extend(arguments.iter().map(String::as_str));
            env.run(&all)
        };
        let (en, nl) = (run("en"), run("nl"));
        assert_eq!(en.code, 1, "{arguments:?} in English: {en:?}");
        assert_eq!(nl.code, 1, "{arguments:?} in Dutch: {nl:?}");
        assert!(en.stderr.starts_with("error: "), "{arguments:?}: {}", en.stderr);
        assert!(nl.stderr.starts_with("fout: "), "{arguments:?}: {}", nl.stderr);
        if !en.stderr.contains(english) {
            failures.push(format!("{arguments:?}: {english:?} missing from {}", en.stderr));
        }
        if !nl.stderr.contains(dutch) {
            failures.push(format!("{arguments:?}: {dutch:?} missing from {}", nl.stderr));
        }
        let english_in_dutch = english_lines(&nl.stderr);
        if !english_in_dutch.is_empty() {
            failures.push(format!("{arguments:?}: English in the Dutch run: {english_in_dutch:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs a change in Dutch; it must succeed, say `dutch` and hold no English.
#[track_caller]
fn said_in_dutch(env: &Env, now: &str, arguments: &[&str], dutch: &str) {
    let mut all = vec!["--lang", "nl", "--now", now];
    all.extend_from_slice(arguments);
    let said = env.run(&all).said();
    assert!(said.contains(dutch), "{arguments:?}: {dutch:?} missing from {said}");
    let english = english_lines(&said);
    assert!(
        english.is_empty(),
        "{arguments:?}: English in the Dutch run: {english:?}"
    );
}

#[test]
fn the_checker_finds_english_but_not_quoted_data_or_dutch() {
    assert_eq!(
        english_lines("fout: de map bestaat niet\nerror: the folder does not exist"),
        ["error: the folder does not exist"]
    );
    assert!(english_lines("fout: `the tender` is \"of the people\"; of geef --force").is_empty());
    assert!(english_lines("aanbesteding is gepubliceerd; aanmelden kan tot 23 mei").is_empty());
}

#[test]
fn the_store_and_file_refusals_in_both_languages() {
    let env = Env::new();
    refused_in_both(
        &env,
        &[(
            LOADED,
            args(&["list"]),
            "there is no database at",
            "er is geen database op",
        )],
    );
    env.load(&[ACHTERHOEK]);
    let folder = env.path("agenda").display().to_string();
    std::fs::create_dir(&folder).unwrap();
    let existing = env.write("bestaand.db", "");
    let db = env.db.display().to_string();
    let now = "2021-03-01";
    refused_in_both(
        &env,
        &[
            (
                now,
                args(&["show", "onbekend"]),
                "no tender `onbekend`",
                "er is geen aanbesteding `onbekend`",
            ),
            (now, args(&["new", &seed(ACHTERHOEK)]), "already exists", "bestaat al"),
            (
                now,
                args(&["check", "geen.toml"]),
                "there is no such file",
                "dat bestand bestaat niet",
            ),
            (
                now,
                args(&["calendar", "-o", &format!("{folder}/")]),
                "names a folder",
                "noemt een map",
            ),
            (now, args(&["calendar", "-o", &folder]), "is a folder", "is een map"),
            (
                now,
                args(&["calendar", "-o", &db]),
                "the database itself",
                "de database zelf",
            ),
            (
                now,
                args(&["export", ACHTERHOEK, "--ocds", "-o", "/geen/map/x.json"]),
                "does not exist",
                "de map /geen/map bestaat niet",
            ),
            (now, args(&["backup", &existing]), "already exists", "bestaat al"),
            (now, args(&["--db", &folder, "list"]), "is a directory", "is een map"),
            (
                now,
                args(&["--db", &existing, "list"]),
                "is empty (0 bytes)",
                "is leeg (0 bytes)",
            ),
            (
                now,
                args(&["cancel", ACHTERHOEK, "--reason", " "]),
                "--reason is empty",
                "--reason is leeg",
            ),
            (
                now,
                args(&["providers", "--product", "xx"]),
                "is not a product code",
                "is geen productcode",
            ),
            (
                now,
                args(&["providers", "--member", "Nergens"]),
                "is not a member municipality",
                "is geen deelnemende gemeente",
            ),
        ],
    );
}

#[test]
fn the_question_refusals_and_confirmations_in_both_languages() {
    let env = Env::new().published(ACHTERHOEK, "2021-04-01T09:00", "2021-04-20");
    let now = "2021-04-20";
    refused_in_both(
        &env,
        &[
            (
                now,
                args(&["ask", ACHTERHOEK, "--kvk", "12345678", "--question", "Mag dat?"]),
                "is not registered",
                "heeft zich niet aangemeld",
            ),
            (
                now,
                args(&["ask", ACHTERHOEK, "--lot", "geen", "--question", "Mag dat?"]),
                "does not exist",
                "bestaat niet",
            ),
            (
                now,
                args(&["ask", ACHTERHOEK, "--from", " ", "--question", "Mag dat?"]),
                "--from is empty",
                "--from is leeg",
            ),
            (
                now,
                args(&["answer", ACHTERHOEK, "--question", "9", "--text", "Ja."]),
                "no question has been asked",
                "er is nog geen vraag gesteld",
            ),
        ],
    );
    said_in_dutch(
        &env,
        "2021-04-20T10:00",
        &[
            "ask",
            ACHTERHOEK,
            "--lot",
            "wmo-begeleiding",
            "--question",
            "Mag het in groepsverband?",
        ],
        "vraag 1 van `achterhoek-2022` vastgelegd",
    );
    refused_in_both(
        &env,
        &[(
            "2021-04-21",
            args(&["answer", ACHTERHOEK, "--question", "9", "--text", "Ja."]),
            "the questions are numbered 1 to 1",
            "de vragen zijn genummerd van 1 tot en met 1",
        )],
    );
    said_in_dutch(
        &env,
        "2021-04-28T09:00",
        &[
            "answer",
            ACHTERHOEK,
            "--question",
            "1",
            "--text",
            "Ja, tot de helft van de uren.",
        ],
        "antwoord op vraag 1: Ja, tot de helft van de uren.",
    );
    said_in_dutch(
        &env,
        "2021-04-30T12:00",
        &["nvi", ACHTERHOEK, "--publish"],
        "nota van inlichtingen 1 gepubliceerd aan alle aangemelde aanbieders",
    );
}

/// Achterhoek published on 1 April 2021, two providers registered and one
/// more that is rejected, as in the walkthrough.
fn achterhoek_registered() -> Env {
    let env = Env::new().published(ACHTERHOEK, "2021-04-01T09:00", "2021-05-10");
    for (now, name, kvk, lots) in [
        (
            "2021-05-10T10:00",
            "Zorgcoöperatie De Graafschap",
            "09123456",
            "wmo-begeleiding,jeugd-ambulant",
        ),
        (
            "2021-05-12T15:30",
            "Jeugdzorg Oost-Gelderland B.V.",
            "08234567",
            "jeugd-ambulant,jeugd-verblijf",
        ),
        ("2021-05-20T11:00", "Lindenhout Jeugd", "41045678", "jeugd-ambulant"),
    ] {
        let register = [
            "register",
            ACHTERHOEK,
            "--name",
            name,
            "--kvk",
            kvk,
            "--lots",
            lots,
            "--meets",
            "gva,kwaliteit,skj-big,berichtenverkeer,verzekering",
        ];
        env.run_at(now, &register).ok();
    }
    env
}

#[test]
fn the_intake_refusals_and_confirmations_in_both_languages() {
    let env = achterhoek_registered();
    let bad_header = env.write("kop.csv", "naam,kvk\nA,12345678\n");
    let twice = env.write(
        "twee.csv",
        "name,kvk,lots\nZorg Een,12345678,wmo-begeleiding\nZorg Een,12345678,wmo-begeleiding\n",
    );
    let header_only = env.write("leeg.csv", "name,kvk,lots\n");
    let now = "2021-05-21";
    refused_in_both(
        &env,
        &[
            (
                now,
                args(&["register", ACHTERHOEK, "--csv", "geen.csv"]),
                "there is no such file",
                "dat bestand bestaat niet",
            ),
            (
                now,
                args(&["register", ACHTERHOEK, "--csv", &bad_header]),
                "has a wrong header",
                "heeft een verkeerde kop",
            ),
            (
                now,
                args(&["register", ACHTERHOEK, "--csv", &twice]),
                "so nothing was registered",
                "staat ook op regel 2",
            ),
            (
                now,
                args(&["register", ACHTERHOEK, "--csv", &header_only]),
                "has a header but no rows",
                "heeft een kop maar geen regels",
            ),
            (
                now,
                args(&[
                    "register",
                    ACHTERHOEK,
                    "--name",
                    "Lindenhout Jeugd",
                    "--kvk",
                    "41045678",
                    "--lots",
                    "jeugd-ambulant",
                ]),
                "is already registered",
                "is al aangemeld",
            ),
            (
                now,
                args(&["withdraw", ACHTERHOEK, "--kvk", "12345678"]),
                "has no registration",
                "heeft geen aanmelding",
            ),
            (
                now,
                args(&[
                    "evidence", ACHTERHOEK, "--kvk", "08234567", "--kind", "gva", "--issued", "morgen",
                ]),
                "is not a date",
                "is geen datum",
            ),
            (
                now,
                args(&[
                    "evidence",
                    ACHTERHOEK,
                    "--kvk",
                    "12345678",
                    "--kind",
                    "gva",
                    "--issued",
                    "2021-05-01",
                ]),
                "evidence is recorded for a registered provider",
                "bewijsstukken worden vastgelegd",
            ),
        ],
    );
    said_in_dutch(
        &env,
        "2021-05-21T10:00",
        &[
            "evidence",
            ACHTERHOEK,
            "--kvk",
            "08234567",
            "--kind",
            "gva",
            "--issued",
            "2021-05-01",
        ],
        "bewijsstuk gva afgegeven op 2021-05-01",
    );
    said_in_dutch(
        &env,
        "2021-05-22T10:00",
        &["withdraw", ACHTERHOEK, "--kvk", "09123456"],
        "heeft de aanmelding ingetrokken",
    );
    let after = "2021-05-24";
    refused_in_both(
        &env,
        &[
            (
                after,
                args(&["qualify", ACHTERHOEK, "--kvk", "12345678", "--meets", "gva"]),
                "is not registered",
                "heeft zich niet aangemeld",
            ),
            (
                after,
                args(&["qualify", ACHTERHOEK, "--kvk", "09123456", "--meets", "gva"]),
                "withdrew its registration",
                "heeft de aanmelding",
            ),
        ],
    );
    said_in_dutch(
        &env,
        after,
        &["qualify", ACHTERHOEK, "--kvk", "08234567", "--meets", "gva"],
        "toegelaten: voldoet aan alle toelatingseisen",
    );
    said_in_dutch(
        &env,
        after,
        &[
            "qualify",
            ACHTERHOEK,
            "--kvk",
            "41045678",
            "--reject",
            "Geen gedragsverklaring",
        ],
        "afgewezen: Geen gedragsverklaring",
    );
    let scoring = "2021-06-15";
    refused_in_both(
        &env,
        &[
            (
                scoring,
                args(&[
                    "score",
                    ACHTERHOEK,
                    "--kvk",
                    "12345678",
                    "--lot",
                    "jeugd-ambulant",
                    "--criterion",
                    "resultaat",
                    "--points",
                    "8",
                ]),
                "is not registered",
                "heeft zich niet aangemeld",
            ),
            (
                scoring,
                args(&[
                    "score",
                    ACHTERHOEK,
                    "--kvk",
                    "08234567",
                    "--lot",
                    "geen",
                    "--criterion",
                    "resultaat",
                    "--points",
                    "8",
                ]),
                "does not exist",
                "perceel `geen` bestaat niet",
            ),
            (
                scoring,
                args(&[
                    "score",
                    ACHTERHOEK,
                    "--kvk",
                    "41045678",
                    "--lot",
                    "jeugd-ambulant",
                    "--criterion",
                    "resultaat",
                    "--points",
                    "8",
                ]),
                "not qualified",
                "niet toegelaten",
            ),
            (
                scoring,
                args(&[
                    "score",
                    ACHTERHOEK,
                    "--kvk",
                    "08234567",
                    "--lot",
                    "jeugd-ambulant",
                    "--criterion",
                    "geen",
                    "--points",
                    "8",
                ]),
                "criterion `geen` does not exist",
                "criterium `geen` bestaat niet",
            ),
            (
                scoring,
                args(&[
                    "score",
                    ACHTERHOEK,
                    "--kvk",
                    "08234567",
                    "--lot",
                    "jeugd-ambulant",
                    "--criterion",
                    "resultaat",
                    "--points",
                    "acht",
                ]),
                "is not a number",
                "is geen getal",
            ),
        ],
    );
    said_in_dutch(
        &env,
        scoring,
        &[
            "score",
            ACHTERHOEK,
            "--kvk",
            "08234567",
            "--lot",
            "jeugd-ambulant",
            "--criterion",
            "resultaat",
            "--points",
            "7.5",
        ],
        "KvK 08234567 perceel jeugd-ambulant resultaat: 7,5 punten",
    );
}

#[test]
fn the_refusals_after_the_award_in_both_languages() {
    let env = achterhoek_registered();
    for kvk in ["08234567", "41045678"] {
        env.run_at("2021-05-24", &["qualify", ACHTERHOEK, "--kvk", kvk, "--meets", "gva"])
            .ok();
    }
    env.run_at(
        "2021-05-24",
        &[
            "qualify",
            ACHTERHOEK,
            "--kvk",
            "09123456",
            "--reject",
            "Geen gedragsverklaring",
        ],
    )
    .ok();
    let scores = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/achterhoek-scores.csv");
    env.run_at(
        "2021-06-15",
        &["score", ACHTERHOEK, "--csv", &scores.display().to_string()],
    )
    .ok();
    env.run_at("2021-10-01T10:00", &["award", ACHTERHOEK]).ok();
    let standstill = "2021-10-08";
    refused_in_both(
        &env,
        &[
            (
                standstill,
                args(&["object", ACHTERHOEK, "--kvk", "12345678", "--reason", "Oneens"]),
                "only a provider that took part",
                "alleen een aanbieder",
            ),
            (
                standstill,
                args(&["notice", ACHTERHOEK, "--on", "2021-10-08"]),
                "has no signed contract yet",
                "heeft nog geen ondertekende overeenkomst",
            ),
        ],
    );
    said_in_dutch(
        &env,
        standstill,
        &[
            "object",
            ACHTERHOEK,
            "--kvk",
            "08234567",
            "--reason",
            "De score op innovatie",
        ],
        "bezwaar 1 van Jeugdzorg Oost-Gelderland B.V. vastgelegd",
    );
    refused_in_both(
        &env,
        &[(
            standstill,
            args(&["resolve", ACHTERHOEK, "--objection", "4", "--outcome", "rejected"]),
            "is not open",
            "staat niet open",
        )],
    );
    said_in_dutch(
        &env,
        "2021-10-25",
        &["resolve", ACHTERHOEK, "--objection", "1", "--outcome", "rejected"],
        "bezwaar 1 ongegrond",
    );
    said_in_dutch(&env, "2021-10-25", &["award", ACHTERHOEK, "--final"], "is definitief");
    let signing = "2021-11-15";
    refused_in_both(
        &env,
        &[
            (
                signing,
                args(&["sign", ACHTERHOEK, "--kvk", "12345678"]),
                "did not register",
                "heeft zich niet aangemeld",
            ),
            (
                signing,
                args(&["sign", ACHTERHOEK, "--kvk", "09123456"]),
                "only an awarded provider",
                "alleen een aanbieder aan wie is gegund",
            ),
        ],
    );
    said_in_dutch(
        &env,
        signing,
        &["sign", ACHTERHOEK, "--kvk", "08234567"],
        "heeft de overeenkomst getekend op",
    );
    refused_in_both(
        &env,
        &[
            (
                signing,
                args(&["sign", ACHTERHOEK, "--kvk", "08234567"]),
                "has already signed",
                "heeft al getekend",
            ),
            (
                signing,
                args(&["notice", ACHTERHOEK, "--on", "2021-12-01"]),
                "is in the future",
                "ligt in de toekomst",
            ),
            (
                signing,
                args(&["notice", ACHTERHOEK, "--on", "2021-11-01"]),
                "lies before the first signature",
                "ligt vóór de eerste ondertekening",
            ),
            (
                signing,
                args(&[
                    "amend",
                    ACHTERHOEK,
                    "--lot",
                    "jeugd-ambulant",
                    "--index",
                    "0",
                    "--basis",
                    "indexation",
                    "--reason",
                    "OVA",
                ]),
                "--index 0 changes nothing",
                "--index 0 verandert niets",
            ),
            (
                signing,
                args(&[
                    "amend",
                    ACHTERHOEK,
                    "--lot",
                    "jeugd-ambulant",
                    "--index",
                    "twee",
                    "--basis",
                    "indexation",
                    "--reason",
                    "OVA",
                ]),
                "is not a percentage",
                "is geen percentage",
            ),
        ],
    );
    said_in_dutch(
        &env,
        "2021-12-01",
        &["notice", ACHTERHOEK, "--on", "2021-12-01", "--ref", "TenderNed 246810"],
        "aankondiging van de gegunde opdracht gepubliceerd op 2021-12-01 (TenderNed 246810)",
    );
    refused_in_both(
        &env,
        &[(
            "2021-12-02",
            args(&["notice", ACHTERHOEK, "--on", "2021-12-01"]),
            "was already recorded",
            "is al vastgelegd",
        )],
    );
}

#[test]
fn the_consultation_refusals_and_confirmations_in_both_languages() {
    let env = Env::new();
    env.load(&[WALCHEREN]);
    refused_in_both(
        &env,
        &[(
            "2015-06-15",
            args(&["consult", WALCHEREN, "--on", "2015-07-01", "--summary", "Tarieven"]),
            "is in the future",
            "ligt in de toekomst",
        )],
    );
    said_in_dutch(
        &env,
        "2015-06-15",
        &["consult", WALCHEREN, "--on", "2015-06-15", "--summary", "Tarieven"],
        "overlegtafel 1 van `walcheren-2016` vastgelegd",
    );
    said_in_dutch(
        &env,
        "2015-07-01T09:00",
        &["publish", WALCHEREN],
        "gepubliceerd; aanmelden kan tot",
    );
    said_in_dutch(
        &env,
        "2015-08-10",
        &[
            "register",
            WALCHEREN,
            "--name",
            "Zeeuwse Gronden",
            "--kvk",
            "22123456",
            "--lots",
            "begeleiding",
            "--meets",
            "kwaliteit,vog,porthos,iwmo",
        ],
        "Zeeuwse Gronden (KvK 22123456) aangemeld voor percelen begeleiding; verklaart te voldoen aan",
    );
    said_in_dutch(
        &env,
        "2015-08-11",
        &["cancel", WALCHEREN, "--reason", "Budget ingetrokken"],
        "`walcheren-2016` ingetrokken",
    );
}

/// Output lines of examples/walkthrough.sh that the script itself writes,
/// not tender: its comments, file names and the rendering note.
fn the_scripts_own(line: &str) -> bool {
    [
        "database: ",
        "# ",
        "wrote ",
        "rendered ",
        "skipped rendering",
        "$ tender",
    ]
    .iter()
    .any(|start| line.starts_with(start))
}

/// What the walkthrough prints in Dutch, command by command: machine output
/// (`--format csv`) and the audit trail (`log`, whose details are what was
/// recorded, in English) are left out.
#[test]
#[ignore = "passes once the domain's sentences are Dutch too (branch nl-domain)"]
fn the_walkthrough_in_dutch_prints_no_english() {
    let env = Env::new();
    let root = env!("CARGO_MANIFEST_DIR");
    let output = std::process::Command::new("bash")
        .arg(format!("{root}/examples/walkthrough.sh"))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TENDER_BIN", env!("CARGO_BIN_EXE_tender"))
        .env("TENDER_DB", &env.db)
        .env("LANG", "nl_NL.UTF-8")
        .env("USER", "inkoper")
        .env("NO_COLOR", "1")
        .output()
        .expect("run the walkthrough");
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "the walkthrough failed:\n{all}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut english = Vec::new();
    let mut skipped = false;
    for line in stdout.lines() {
        if let Some(command) = line.strip_prefix("$ tender ") {
            skipped = command.contains("--format csv") || command.split_whitespace().any(|w| w == "log");
            continue;
        }
        if !skipped && !the_scripts_own(line) {
            english.extend(english_lines(line));
        }
    }
    english.extend(english_lines(&String::from_utf8_lossy(&output.stderr)));
    assert!(
        english.is_empty(),
        "{} English lines in the Dutch walkthrough:\n{}",
        english.len(),
        english.join("\n")
    );
}
