//! SPEC §6 as one table: bad definitions, CSV files, flags, dates, ids and
//! states, across every command, each run through the binary against one
//! database holding tenders in several phases. Every case must exit 1 with a
//! single `error:` line (2 for a usage error), name what is wrong, not panic,
//! and leave the database as it was: every row, and a file's bytes (the
//! stories run on SQLite and on PostgreSQL).
//!
//! The cases differ from those of `foundation_bad_input`, `intake` and
//! `lifecycle`, which test the same rules on their own stories. Not here: a
//! database locked by a writer, which would make each run wait out the 10 s
//! busy timeout.

mod common;

use common::{Env, classic_with, seed};

stories! {
    every_bad_input_is_refused_with_one_sentence_and_changes_nothing,
    a_reader_that_stops_reading_ends_the_output_without_a_panic,
}

const ACHTERHOEK: &str = "achterhoek-2022";
const WALCHEREN: &str = "walcheren-2016";
const OMMEN: &str = "ommen-hardenberg-2015";
const ALKMAAR: &str = "alkmaar-wmo-pbv-2016";
const ACHTERHOEK_ALL: &str = "gva,kwaliteit,skj-big,berichtenverkeer,verzekering";

/// A second Achterhoek (another id, the same registrations) that stays open:
/// time runs forward per tender, so a case at `OPEN` cannot use the one in evaluation.
const ACHTERHOEK_OPEN: &str = "achterhoek-2022-open";

/// Achterhoek while registration is open, and in evaluation.
const OPEN: &str = "2021-05-01T10:00";
const EVALUATION: &str = "2021-05-24T10:00";
/// Walcheren after its award (awarded, no standstill), before the contracts.
const AWARDED: &str = "2015-10-01T10:00";

/// The world every case runs against:
/// * achterhoek-2022 (classic): published; one provider qualified, one not yet;
/// * walcheren-2016 (bestuurlijk): published, one provider qualified, awarded;
/// * ommen-hardenberg-2015 (raamovereenkomst): cancelled as a draft;
/// * alkmaar-wmo-pbv-2016 (bestuurlijk): a draft.
fn world(env: Env) -> Env {
    env.load(&[ACHTERHOEK, WALCHEREN, OMMEN, ALKMAAR]);
    let source = std::fs::read_to_string(seed(ACHTERHOEK)).unwrap();
    let open = source.replacen(
        &format!("id = \"{ACHTERHOEK}\""),
        &format!("id = \"{ACHTERHOEK_OPEN}\""),
        1,
    );
    let file = env.write("achterhoek-open.toml", open);
    env.run_at(common::LOADED, &["new", &file]).ok();
    for id in [ACHTERHOEK, ACHTERHOEK_OPEN] {
        env.run_at("2021-04-01T09:00", &["publish", id]).ok();
        for (name, kvk) in [("Zorg Anders BV", "60000001"), ("Thuis Plus BV", "60000002")] {
            let lots = ["--lots", "wmo-begeleiding", "--meets", ACHTERHOEK_ALL];
            let args = [&["register", id, "--name", name, "--kvk", kvk][..], &lots].concat();
            env.run_at(OPEN, &args).ok();
        }
    }
    let qualify = ["qualify", ACHTERHOEK, "--kvk", "60000001", "--meets", ACHTERHOEK_ALL];
    env.run_at(EVALUATION, &qualify).ok();

    env.run_at("2015-07-01T09:00", &["publish", WALCHEREN]).ok();
    let register = [
        "register",
        WALCHEREN,
        "--name",
        "Porthos Zorg",
        "--kvk",
        "60000011",
        "--lots",
        "begeleiding",
    ];
    env.run_at("2015-08-01T10:00", &register).ok();
    let meets = "kwaliteit,vog,porthos,iwmo";
    env.run_at(
        "2015-09-20T10:00",
        &["qualify", WALCHEREN, "--kvk", "60000011", "--meets", meets],
    )
    .ok();
    env.run_at("2015-09-21T10:00", &["award", WALCHEREN]).ok();

    env.run_at("2015-07-01T09:00", &["cancel", OMMEN, "--reason", "Opnieuw in overleg"])
        .ok();
    env
}

/// One bad input: when, the command line, the files it reads, the exit code
/// and words the error must contain. `{dir}` in an argument is the test folder.
struct Case {
    now: &'static str,
    args: &'static [&'static str],
    files: Vec<(&'static str, Vec<u8>)>,
    code: i32,
    words: &'static [&'static str],
}

fn case(now: &'static str, args: &'static [&'static str], code: i32, words: &'static [&'static str]) -> Case {
    Case {
        now,
        args,
        files: Vec::new(),
        code,
        words,
    }
}

/// A case that reads `name` with `content` (written into the test folder).
fn with_file(name: &'static str, content: impl Into<Vec<u8>>, mut case: Case) -> Case {
    case.files.push((name, content.into()));
    case
}

/// A definition file `bad.toml`, tried with `check`, `new` and `update`.
fn definition(content: String, words: &'static [&'static str]) -> Vec<Case> {
    [
        &["check", "{dir}/bad.toml"][..],
        &["new", "{dir}/bad.toml"],
        &["update", "{dir}/bad.toml"],
    ]
    .into_iter()
    .map(|args| with_file("bad.toml", content.clone(), case(OPEN, args, 1, words)))
    .collect()
}

fn definitions() -> Vec<Case> {
    let bestuurlijk = std::fs::read_to_string(seed(ALKMAAR)).unwrap();
    let without_tariff = {
        let at = bestuurlijk.find("\ntariff = ").expect("a tariff");
        let end = at + 1 + bestuurlijk[at + 1..].find('\n').unwrap();
        format!("{}{}", &bestuurlijk[..at], &bestuurlijk[end..])
    };
    [
        definition(String::new(), &["`id`", "missing"]),
        definition(
            classic_with("\ntitle = ", "\ntitle = \"x\"\ntitle = "),
            &["`title`", "duplicate", "line 15"],
        ),
        definition(
            classic_with("standstill_days = 20", "standstill_days = \"twintig\""),
            &["`standstill_days`", "twintig", "whole number"],
        ),
        definition(
            classic_with("id = \"regio-wmo-2027\"", "id = \"Regio WMO 2027!\""),
            &["Regio WMO 2027!"],
        ),
        definition(classic_with("regime = \"sas\"", "regime = \"eu\""), &["eu", "sas"]),
        definition(classic_with("domain = [\"wmo\"]", "domain = []"), &["domain"]),
        definition(
            classic_with("domain = [\"wmo\"]", "domain = [\"zorg\"]"),
            &["zorg", "jeugd"],
        ),
        definition(
            classic_with("lead = \"Gemeente A\"", "lead = \"Gemeente Z\""),
            &["Gemeente Z"],
        ),
        definition(
            classic_with("timezone = \"Europe/Amsterdam\"", "timezone = \"Europe/Amstelveen\""),
            &["Europe/Amstelveen"],
        ),
        definition(
            classic_with("contract_start = 2027-07-01", "contract_start = 2027-02-30"),
            &["`contract_start`", "invalid date"],
        ),
        definition(
            classic_with("announce = 2027-01-11T09:00:00", "announce = 09:00:00"),
            &["announce", "date"],
        ),
        definition(
            classic_with("id = \"dagbesteding\"", "id = \"begeleiding\""),
            &["begeleiding"],
        ),
        definition(classic_with("code = \"02A01\"", "code = \"02A1\""), &["02A1"]),
        definition(classic_with("unit = \"uur\"", "unit = \"week\""), &["week", "uur"]),
        definition(classic_with("budget = 1_500_000", "budget = -5"), &["`budget`", "-5"]),
        definition(classic_with("min_quality = 55", "min_quality = 150"), &["150"]),
        definition(
            classic_with("price_formula = \"relative\"", "price_formula = \"none\""),
            &["none"],
        ),
        definition(
            classic_with("regime = \"sas\"", "regime = \"open\"").replace("2027-01-11T09:00", "2027-02-01T09:00"),
            &["28 calendar days", "art. 2.71"],
        ),
        definition(without_tariff, &["tariff"]),
        definition(
            classic_with("weight = 40", "weight = 4294967295"),
            &["weight = 4294967295", "0 to 100"],
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn csv_files() -> Vec<Case> {
    let register = |name, content: &str, words| {
        let args: &'static [&'static str] = match name {
            "crlf.csv" => &["register", ACHTERHOEK_OPEN, "--csv", "{dir}/crlf.csv"],
            "dup.csv" => &["register", ACHTERHOEK_OPEN, "--csv", "{dir}/dup.csv"],
            "phone.csv" => &["register", ACHTERHOEK_OPEN, "--csv", "{dir}/phone.csv"],
            "bom.csv" => &["register", ACHTERHOEK_OPEN, "--csv", "{dir}/bom.csv"],
            _ => &["register", ACHTERHOEK_OPEN, "--csv", "{dir}/quote.csv"],
        };
        with_file(name, content, case(OPEN, args, 1, words))
    };
    let score = |name, content: &str, words| {
        let args: &'static [&'static str] = match name {
            "header.csv" => &["score", ACHTERHOEK, "--csv", "{dir}/header.csv"],
            "max.csv" => &["score", ACHTERHOEK, "--csv", "{dir}/max.csv"],
            "twice.csv" => &["score", ACHTERHOEK, "--csv", "{dir}/twice.csv"],
            _ => &["score", ACHTERHOEK, "--csv", "{dir}/criterion.csv"],
        };
        with_file(name, content, case(EVALUATION, args, 1, words))
    };
    vec![
        // Line 3, not 2: spreadsheets write CRLF.
        register(
            "crlf.csv",
            "name;kvk;lots\r\nGoed BV;60000021;wmo-begeleiding\r\nKort BV;6000022;wmo-begeleiding\r\n",
            &["1 bad row", "line 3", "6000022"],
        ),
        register(
            "dup.csv",
            "name,kvk,kvk,lots\nA,60000021,60000021,wmo-begeleiding\n",
            &["`kvk`", "twice"],
        ),
        register(
            "phone.csv",
            "name,kvk,lots,telefoon\nA,60000021,wmo-begeleiding,0612345678\n",
            &["`telefoon`"],
        ),
        register("bom.csv", "\u{feff}", &["empty", "header"]),
        register(
            "quote.csv",
            "name,kvk,lots\n\"Zorg BV,60000021,wmo-begeleiding\n",
            &["line 2", "quote", "never closed"],
        ),
        score(
            "header.csv",
            "kvk,perceel,criterion,value\n",
            &["`perceel`", "kvk,lot,criterion,value"],
        ),
        score(
            "max.csv",
            "kvk,lot,criterion,value\n60000001,wmo-begeleiding,resultaat,11\n",
            &["line 2", "11", "maximum"],
        ),
        score(
            "twice.csv",
            "kvk,lot,criterion,value\n60000001,wmo-begeleiding,prijs,55\n60000001,wmo-begeleiding,prijs,56\n",
            &["line 3", "twice"],
        ),
        score(
            "criterion.csv",
            "kvk,lot,criterion,value\n60000001,wmo-begeleiding,sfeer,5\n",
            &["`sfeer`", "resultaat"],
        ),
    ]
}

fn usage() -> Vec<Case> {
    vec![
        case(
            OPEN,
            &["register", ACHTERHOEK_OPEN, "--name", "A", "--lots", "wmo-begeleiding"],
            2,
            &["--kvk"],
        ),
        case(
            OPEN,
            &["register", ACHTERHOEK_OPEN, "--csv", "x.csv", "--name", "A"],
            2,
            &["--name", "--csv"],
        ),
        case(OPEN, &["--format", "xml", "list"], 2, &["xml", "table"]),
        case(OPEN, &["publsh", ACHTERHOEK_OPEN], 2, &["publsh"]),
        case(
            AWARDED,
            &["award", WALCHEREN, "--final", "--dry-run"],
            2,
            &["--final", "--dry-run"],
        ),
        case(
            EVALUATION,
            &["score", ACHTERHOEK, "--kvk", "60000001", "--lot", "x", "--points", "5"],
            2,
            &["--criterion"],
        ),
        case(OPEN, &["completions", "cmd.exe"], 2, &["cmd.exe"]),
        case(OPEN, &["show"], 2, &["<ID>"]),
        case(OPEN, &["list", "--db"], 2, &["--db"]),
        case(
            AWARDED,
            &[
                "amend",
                WALCHEREN,
                "--lot",
                "begeleiding",
                "--product",
                "02A01",
                "--basis",
                "agreement",
                "--reason",
                "x",
            ],
            2,
            &["--tariff"],
        ),
    ]
}

fn dates() -> Vec<Case> {
    vec![
        case("2027-03-28T02:30", &["list"], 1, &["--now", "does not exist"]),
        case("2021-13-01", &["list"], 1, &["--now", "2021-13-01"]),
        case(
            AWARDED,
            &["sign", WALCHEREN, "--kvk", "60000011", "--on", "gisteren"],
            1,
            &["gisteren"],
        ),
        case(
            AWARDED,
            &["consult", WALCHEREN, "--on", "31-12-2015", "--summary", "Overleg"],
            1,
            &["31-12-2015"],
        ),
        case(
            AWARDED,
            &["consult", WALCHEREN, "--on", "2015-10-01", "--summary", " "],
            1,
            &["summary"],
        ),
    ]
}

fn ids() -> Vec<Case> {
    vec![
        case(
            OPEN,
            &["timeline", "../../etc/passwd"],
            1,
            &["../../etc/passwd", "tender list"],
        ),
        case(OPEN, &["log", ""], 1, &["tender list"]),
        case(
            OPEN,
            &["withdraw", ACHTERHOEK_OPEN, "--kvk", "6000000A"],
            1,
            &["6000000A", "8 digits"],
        ),
        case(
            EVALUATION,
            &[
                "score",
                ACHTERHOEK,
                "--kvk",
                "60000099",
                "--lot",
                "wmo-begeleiding",
                "--price",
                "55",
            ],
            1,
            &["60000099", "not registered"],
        ),
        case(
            EVALUATION,
            &[
                "score", ACHTERHOEK, "--kvk", "60000001", "--lot", "zwemles", "--price", "55",
            ],
            1,
            &["zwemles", "wmo-begeleiding"],
        ),
        case(
            EVALUATION,
            &[
                "score",
                ACHTERHOEK,
                "--kvk",
                "60000001",
                "--lot",
                "wmo-begeleiding",
                "--criterion",
                "sfeer",
                "--points",
                "5",
            ],
            1,
            &["sfeer"],
        ),
        case(
            EVALUATION,
            &[
                "score",
                ACHTERHOEK,
                "--kvk",
                "60000001",
                "--lot",
                "wmo-begeleiding",
                "--price",
                "veel",
            ],
            1,
            &["veel"],
        ),
        case(
            EVALUATION,
            &[
                "score",
                ACHTERHOEK,
                "--kvk",
                "60000001",
                "--lot",
                "wmo-begeleiding",
                "--price",
                "0",
            ],
            1,
            &["price"],
        ),
        case(
            EVALUATION,
            &[
                "score",
                ACHTERHOEK,
                "--kvk",
                "60000002",
                "--lot",
                "wmo-begeleiding",
                "--price",
                "55",
            ],
            1,
            &["60000002", "qualified"],
        ),
        case(
            AWARDED,
            &[
                "amend",
                WALCHEREN,
                "--lot",
                "zwemles",
                "--budget",
                "1000",
                "--basis",
                "agreement",
                "--reason",
                "Index",
            ],
            1,
            &["zwemles"],
        ),
        case(
            AWARDED,
            &[
                "amend",
                WALCHEREN,
                "--lot",
                "begeleiding",
                "--product",
                "99Z99",
                "--tariff",
                "50",
                "--basis",
                "agreement",
                "--reason",
                "Index",
            ],
            1,
            &["99Z99"],
        ),
        case(
            AWARDED,
            &[
                "amend",
                WALCHEREN,
                "--lot",
                "begeleiding",
                "--budget=-1",
                "--basis",
                "agreement",
                "--reason",
                "Index",
            ],
            1,
            &["-1"],
        ),
        case(AWARDED, &["sign", WALCHEREN, "--kvk", "60000099"], 1, &["60000099"]),
        case(
            EVALUATION,
            &["award", ACHTERHOEK, "--draw", "123"],
            1,
            &["--draw", "123"],
        ),
        case(
            EVALUATION,
            &["qualify", ACHTERHOEK, "--kvk", "60000002", "--meets", "zwemdiploma"],
            1,
            &["zwemdiploma"],
        ),
    ]
}

fn states() -> Vec<Case> {
    vec![
        case(OPEN, &["publish", OMMEN], 1, &["cancelled"]),
        case(OPEN, &["publish", ACHTERHOEK_OPEN], 1, &["`open`"]),
        case(OPEN, &["award", ACHTERHOEK_OPEN], 1, &["`open`", "evaluation"]),
        case(EVALUATION, &["award", ACHTERHOEK], 1, &["Thuis Plus BV", "admission"]),
        case(EVALUATION, &["award", ACHTERHOEK, "--final"], 1, &["`evaluation`"]),
        case(
            EVALUATION,
            &["object", ACHTERHOEK, "--kvk", "60000001", "--reason", "Onterecht"],
            1,
            &["`evaluation`"],
        ),
        case(
            EVALUATION,
            &["resolve", ACHTERHOEK, "--objection", "1", "--outcome", "upheld"],
            1,
            &["`evaluation`"],
        ),
        case(OPEN, &["sign", ACHTERHOEK_OPEN, "--kvk", "60000001"], 1, &["`open`"]),
        case(OPEN, &["extend", ALKMAAR], 1, &["`draft`"]),
        case(OPEN, &["extend", WALCHEREN], 1, &["`awarded`"]),
        case(
            OPEN,
            &["consult", OMMEN, "--on", "2015-07-01", "--summary", "Overleg"],
            1,
            &["cancelled"],
        ),
        case(OPEN, &["withdraw", ALKMAAR, "--kvk", "60000001"], 1, &["`draft`"]),
        case(
            EVALUATION,
            &[
                "register",
                ACHTERHOEK,
                "--name",
                "Laat BV",
                "--kvk",
                "60000003",
                "--lots",
                "wmo-begeleiding",
            ],
            1,
            &["2021-05-23 12:00", "te laat"],
        ),
        case(
            OPEN,
            &["qualify", ACHTERHOEK_OPEN, "--kvk", "60000001", "--meets", "gva"],
            1,
            &["`open`"],
        ),
        case(
            OPEN,
            &[
                "score",
                ALKMAAR,
                "--kvk",
                "60000001",
                "--lot",
                "begeleiding",
                "--price",
                "5",
            ],
            1,
            &["classic"],
        ),
        case(AWARDED, &["award", WALCHEREN], 1, &["`awarded`"]),
        case(OPEN, &["cancel", OMMEN, "--reason", "Nogmaals"], 1, &["cancelled"]),
        case(
            AWARDED,
            &[
                "amend",
                WALCHEREN,
                "--lot",
                "begeleiding",
                "--budget",
                "1000",
                "--basis",
                "agreement",
                "--reason",
                "",
            ],
            1,
            &["reason"],
        ),
        case(
            OPEN,
            &[
                "amend",
                ALKMAAR,
                "--lot",
                "begeleiding",
                "--budget",
                "1000",
                "--basis",
                "agreement",
                "--reason",
                "Index",
            ],
            1,
            &["`draft`"],
        ),
    ]
}

/// Questions, evidence, the contract register and regional budgets (issue 15).
fn questions_evidence_register() -> Vec<Case> {
    let bestuurlijk = std::fs::read_to_string(seed(ALKMAAR)).unwrap();
    let lot = "id = \"persoonlijke-verzorging\"\n";
    assert!(bestuurlijk.contains(lot));
    let shares = |text: &str| bestuurlijk.replacen(lot, &format!("{lot}budget_by_member = {text}\n"), 1);
    let late = "2021-05-07T12:01";
    let mut all = vec![
        case(
            late,
            &["ask", ACHTERHOEK_OPEN, "--question", "Nog een vraag?"],
            1,
            &["questions deadline was 2021-05-07 12:00"],
        ),
        case(
            OPEN,
            &["answer", ACHTERHOEK_OPEN, "--question", "3", "--text", "Ja."],
            1,
            &["question 3 does not exist"],
        ),
        case(
            OPEN,
            &["nvi", ACHTERHOEK_OPEN, "--publish"],
            1,
            &["no question has an answer yet"],
        ),
        case(
            OPEN,
            &[
                "evidence",
                ACHTERHOEK_OPEN,
                "--kvk",
                "60000099",
                "--kind",
                "gva",
                "--issued",
                "2021-04-01",
            ],
            1,
            &["KvK 60000099 is not registered"],
        ),
        case(
            OPEN,
            &[
                "evidence",
                ACHTERHOEK,
                "--kvk",
                "60000001",
                "--kind",
                "diploma",
                "--issued",
                "2021-04-01",
            ],
            1,
            &["`diploma`", "`gva`"],
        ),
        case(
            OPEN,
            &[
                "evidence",
                ACHTERHOEK,
                "--kvk",
                "60000001",
                "--kind",
                "vog",
                "--issued",
                "2021-04-01",
                "--expires",
                "2021-03-01",
            ],
            1,
            &["--expires 2021-03-01 lies before --issued 2021-04-01"],
        ),
        case(
            OPEN,
            &["providers", "--product", "02a01"],
            1,
            &["`02a01` is not a product code"],
        ),
        case(
            OPEN,
            &["providers", "--member", "Atlantis"],
            1,
            &["`Atlantis` is not a member municipality"],
        ),
    ];
    all.extend(definition(
        shares("{ Alkmaar = 1_000_000, Texel = 800_000 }"),
        &["`Texel`, which the lot does not serve"],
    ));
    all.extend(definition(
        shares("{ Alkmaar = 1_000_000, Bergen = 700_000 }"),
        &["sums to € 1.700.000,00, not to its budget of € 1.800.000,00"],
    ));
    all
}

/// Runs one case and checks everything the issue asks of a refusal.
fn refused(env: &Env, case: &Case) {
    let dir = env.path("").display().to_string();
    let dir = dir.trim_end_matches('/');
    for (name, content) in &case.files {
        env.write(name, content);
    }
    let args: Vec<String> = case.args.iter().map(|a| a.replace("{dir}", dir)).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    // A file's bytes too: a refusal must not even rewrite a page.
    let bytes = || (!env.on_postgres()).then(|| env.file_bytes());
    let (rows, before) = (env.dump(), bytes());
    let out = env.run_at(case.now, &args);
    let stderr = out.fails(case.code);
    if case.code == 1 {
        assert!(
            stderr.lines().skip(1).all(|l| l.starts_with("  line ")),
            "one sentence (bad rows may follow, one per line): {stderr}"
        );
    }
    for word in case.words {
        assert!(stderr.contains(word), "{word:?} missing from: {stderr}");
    }
    assert!(
        out.stdout.is_empty() || case.args[0] == "update",
        "stdout: {}",
        out.stdout
    );
    assert_eq!(env.dump(), rows, "the rows changed");
    assert_eq!(bytes(), before, "the file's bytes changed");
}

fn every_bad_input_is_refused_with_one_sentence_and_changes_nothing(env: Env) {
    let env = world(env);
    let cases: Vec<Case> = [
        definitions(),
        csv_files(),
        usage(),
        dates(),
        ids(),
        states(),
        questions_evidence_register(),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    let failed: Vec<String> = cases
        .iter()
        .filter(|case| std::panic::catch_unwind(|| refused(&env, case)).is_err())
        .map(|case| case.args.join(" "))
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} cases failed:\n{}",
        failed.len(),
        cases.len(),
        failed.join("\n")
    );
}

#[test]
fn a_file_that_is_not_a_sound_database_is_refused_and_left_as_it_was() {
    let env = world(Env::new());
    let mut damaged = env.file_bytes();
    damaged.truncate(4096 * 3);
    let mut garbled = env.file_bytes();
    for byte in garbled.iter_mut().skip(4096).step_by(7) {
        *byte = 0xA5;
    }
    let cases: [(&str, Vec<u8>, &str); 4] = [
        (
            "text.db",
            b"dit is geen database\n".repeat(300),
            "not a tender database",
        ),
        (
            "header.db",
            [&b"SQLite format 3\0"[..], &[0xA5; 4080]].concat(),
            "tender",
        ),
        ("truncated.db", damaged, "tender"),
        ("garbled.db", garbled, "tender"),
    ];
    for (name, bytes, word) in cases {
        let file = env.write(name, &bytes);
        for args in [&["list"][..], &["show", ACHTERHOEK], &["publish", ALKMAAR]] {
            let out = env.run_at(OPEN, &[&["--db", &file][..], args].concat());
            let stderr = out.fails(1);
            assert_eq!(stderr.lines().count(), 1, "{name}: {stderr}");
            assert!(stderr.contains(word) && stderr.contains(name), "{name}: {stderr}");
            assert_eq!(std::fs::read(&file).unwrap(), bytes, "{name} was changed");
        }
    }
}

fn a_reader_that_stops_reading_ends_the_output_without_a_panic(env: Env) {
    let env = env.ommen_open();
    let mut csv = String::from("name,kvk,lots\n");
    for i in 0..1_500 {
        csv.push_str(&format!("Zorgaanbieder {i},{},huishouden\n", 70_000_000 + i));
    }
    let file = env.write("intake.csv", csv);
    env.run(&["register", OMMEN, "--csv", &file]).ok();
    // Far more than a pipe holds, to a reader that has gone (like `| head -0`).
    let mut child = env
        .process()
        .args(["registrations", OMMEN])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start tender");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait for tender");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    #[cfg(unix)]
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&out.status),
        Some(libc::SIGPIPE)
    );
}
