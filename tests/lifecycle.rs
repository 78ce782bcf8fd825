//! Issue 4 through the real binary: every seed tender in `tenders/` carried
//! through its whole life, from `new` to `ended` (SPEC §2, §3, §4).
//!
//! * classic (Achterhoek 2022, Alkmaar Jeugdhulp 2016): intake, admission,
//!   scores from CSV and one by one, exclusions (min_quality, price_floor),
//!   a missing score, a tie for the last place of a lot with `max_awards`
//!   broken by `--draw`, the standstill, an objection (upheld and rejected),
//!   a re-award, the final award, signatures, extensions and the end;
//! * bestuurlijk (Walcheren, Alkmaar Wmo PBV, Leeuwarden): consultation,
//!   admission, an award to everyone qualified, amendments of tariffs and budgets;
//! * the open-house framework of Ommen/Hardenberg: 42 signatories on
//!   9 November 2015 and a newcomer joining at the next quarter.
//!
//! Every mutating command must leave exactly one new event in `tender log`;
//! every refusal exits 1 with one `error:` line and leaves the database as it was.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{Env, Out, seed};
use serde_json::Value;

stories! {
    achterhoek_2022_goes_from_draft_to_ended,
    alkmaar_jeugdhulp_2016_goes_from_draft_to_ended,
    walcheren_2016_goes_from_draft_to_ended,
    alkmaar_wmo_pbv_2016_goes_from_draft_to_ended,
    leeuwarden_wijk_goes_from_draft_to_ended,
    ommen_hardenberg_2015_signs_42_providers_and_admits_newcomers,
    amend_and_consult_are_refused_for_a_classic_tender_and_award_outside_evaluation,
}

// Helpers.

/// Runs a mutating command at `now` that must succeed and leave exactly one
/// new event, of kind `action`, in the log. Returns what it said (stdout, then stderr).
#[track_caller]
fn step(env: &Env, now: &str, args: &[&str], action: &str) -> String {
    step_out(env, now, args, action).said()
}

/// `step`, returning the run itself.
#[track_caller]
fn step_out(env: &Env, now: &str, args: &[&str], action: &str) -> Out {
    // `new FILE` creates the tender: it has no trail before.
    let (id, before) = if args[0] == "new" {
        let stem = Path::new(args[1]).file_stem().unwrap().to_str().unwrap().to_string();
        (stem, 0)
    } else {
        let id = args_id(args).to_string();
        let before = env.log(&id).len();
        (id, before)
    };
    let out = env.run_at(now, args);
    out.ok();
    let after = env.log(&id);
    assert_eq!(
        after.len(),
        before + 1,
        "`{}` must leave exactly one new event: {after:#?}",
        args.join(" ")
    );
    let last = after.last().unwrap();
    assert_eq!(last["action"], action, "{last}");
    assert_eq!(last["actor"], "inkoper", "{last}");
    out
}

/// Runs `award` as a step (one new `award` event) and returns its JSON.
#[track_caller]
fn decide(env: &Env, now: &str, args: &[&str]) -> Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    step_out(env, now, &all, "award").json()
}

/// The tender id of a command line: the first argument after the subcommand
/// that is not an option or an option's value.
fn args_id<'a>(args: &[&'a str]) -> &'a str {
    let mut rest = args.iter();
    // Global options before the subcommand.
    let mut subcommand_seen = false;
    while let Some(arg) = rest.next() {
        if arg.starts_with("--") {
            if !matches!(*arg, "--dry-run" | "--final" | "--redo" | "--small") {
                rest.next();
            }
            continue;
        }
        if subcommand_seen {
            return arg;
        }
        subcommand_seen = true;
    }
    panic!("no tender id in {args:?}")
}

/// The phase of a tender at `now`.
#[track_caller]
fn phase(env: &Env, now: &str, id: &str) -> String {
    env.run_at(now, &["--format", "json", "show", id]).json()["phase"]
        .as_str()
        .expect("phase is a string")
        .to_string()
}

/// The status of every registration, by KvK number.
#[track_caller]
fn statuses(env: &Env, now: &str, id: &str) -> BTreeMap<String, String> {
    env.run_at(now, &["--format", "json", "registrations", id])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["kvk"].as_str().unwrap().to_string(),
                r["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A lot of an award decision.
#[track_caller]
fn lot<'a>(award: &'a Value, id: &str) -> &'a Value {
    award["lots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lot"] == id)
        .unwrap_or_else(|| panic!("no lot {id} in {award}"))
}

/// Offer rows of a lot in order: KvK, rank, score, awarded.
type Row = (String, Option<u64>, Option<f64>, bool);

#[track_caller]
fn ranking(award: &Value, id: &str) -> Vec<Row> {
    lot(award, id)["offers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["kvk"].as_str().unwrap().to_string(),
                o["rank"].as_u64(),
                o["score"].as_f64(),
                o["awarded"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn row(kvk: &str, rank: Option<u64>, score: Option<f64>, awarded: bool) -> Row {
    (kvk.to_string(), rank, score, awarded)
}

/// The exclusion reason of an offer.
#[track_caller]
fn excluded(award: &Value, lot_id: &str, kvk: &str) -> String {
    let offer = lot(award, lot_id)["offers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["kvk"] == kvk)
        .unwrap_or_else(|| panic!("no offer of {kvk} in lot {lot_id}"))
        .clone();
    offer["excluded"]
        .as_str()
        .unwrap_or_else(|| panic!("{kvk} is not excluded: {offer}"))
        .to_string()
}

/// A CSV file of scores (`kvk,lot,criterion,value`) from rows of
/// (KvK, lot, [(criterion, value)]).
/// The scores of one offer: KvK, lot, and (criterion, value) pairs.
type Offer<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

/// The score CSV of offers of a seed tender; a price goes to every product of the lot.
fn score_csv(seed_id: &str, rows: &[Offer]) -> String {
    let mut csv = String::from("kvk,lot,criterion,value\n");
    for (kvk, lot, values) in rows {
        for (criterion, value) in *values {
            if *criterion == "prijs" {
                csv.push_str(&common::price_rows(seed_id, kvk, lot, value));
            } else {
                csv.push_str(&format!("{kvk},{lot},{criterion},{value}\n"));
            }
        }
    }
    csv
}

fn ommen_42() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/ommen-42.csv")
        .display()
        .to_string()
}

// 1. Achterhoek 2022: classic, relative price, min_quality 55, max_awards per lot.

const ACHTERHOEK: &str = "achterhoek-2022";
const ACHTERHOEK_ALL: &str = "gva|kwaliteit|skj-big|berichtenverkeer|verzekering";

/// Wmo begeleiding (max 15). Criteria resultaat 35, samenwerking 20, innovatie 15
/// (max 10 points each; quality weight 70), prijs 30; min_quality 55 % = 38.5.
const ZORG_ANDERS: &str = "10000001"; // 8, 7, 6, € 60
const THUIS_PLUS: &str = "10000002"; // 6, 6, 6, € 50 (innovatie first missing)
const TOPZORG: &str = "10000003"; // 10, 10, 10, € 75
const GOEDKOOP: &str = "10000004"; // 4, 4, 4, € 40: quality 40 % → excluded
const AFGEWEZEN: &str = "10000005"; // rejected at the admission check
const LAATKOMER: &str = "10000006"; // 6, 5, 4, € 55: quality 52.86 % → excluded

/// Jeugd verblijf (max 8): nine providers, each samenwerking 10, innovatie 10,
/// € 100, resultaat 10, 9, 8, 7, 6, 5, 4, 3, 3.
const VERBLIJF: [&str; 9] = [
    "20000001", "20000002", "20000003", "20000004", "20000005", "20000006", "20000007", "20000008", "20000009",
];
const VERBLIJF_RESULTAAT: [&str; 9] = ["10", "9", "8", "7", "6", "5", "4", "3", "3"];

fn achterhoek_2022_goes_from_draft_to_ended(env: Env) {
    let id = ACHTERHOEK;
    step(&env, "2021-03-01T10:00", &["new", &seed(id)], "new");
    step(&env, "2021-04-01T09:00", &["publish", id], "publish");

    // Open: no award, no consultation (classic), no score yet.
    let open = "2021-05-01T10:00";
    assert_eq!(phase(&env, open, id), "open");
    env.refused(open, &["award", id], &["cannot award", "`open`", "evaluation"]);
    env.refused(
        open,
        &["consult", id, "--on", "2021-05-01", "--summary", "Overlegtafel"],
        &["bestuurlijke aanbesteding"],
    );

    // Intake: fourteen providers from CSV, one more on its own.
    let mut intake = String::from("name,kvk,agb,email,lots,meets,small\n");
    for (name, kvk, lots, meets) in [
        ("Zorg Anders BV", ZORG_ANDERS, "wmo-begeleiding", ACHTERHOEK_ALL),
        ("Thuis Plus BV", THUIS_PLUS, "wmo-begeleiding", ACHTERHOEK_ALL),
        ("Topzorg Achterhoek", TOPZORG, "wmo-begeleiding", ACHTERHOEK_ALL),
        ("Goedkoop Zorg BV", GOEDKOOP, "wmo-begeleiding", ACHTERHOEK_ALL),
        ("Afgewezen BV", AFGEWEZEN, "wmo-begeleiding|jeugd-verblijf", "gva"),
    ] {
        intake.push_str(&format!("{name},{kvk},,,{lots},{meets},false\n"));
    }
    for (i, kvk) in VERBLIJF.iter().enumerate() {
        intake.push_str(&format!(
            "Jeugdhuis {},{kvk},,,jeugd-verblijf,{ACHTERHOEK_ALL},false\n",
            i + 1
        ));
    }
    let file = env.write("achterhoek.csv", &intake);
    let out = step(&env, open, &["register", id, "--csv", &file], "register");
    assert!(out.contains("registered 14 providers"), "{out}");
    step(
        &env,
        "2021-05-20T16:00",
        &[
            "register",
            id,
            "--name",
            "Laatkomer Zorg",
            "--kvk",
            LAATKOMER,
            "--lots",
            "wmo-begeleiding",
        ],
        "register",
    );

    // Evaluation: the admission check.
    let eval = "2021-05-24T10:00";
    assert_eq!(phase(&env, eval, id), "evaluation");
    for kvk in [ZORG_ANDERS, THUIS_PLUS, TOPZORG, GOEDKOOP]
        .iter()
        .chain(VERBLIJF.iter())
    {
        let out = step(&env, eval, &["qualify", id, "--kvk", kvk, "--meets", "gva"], "qualify");
        assert!(out.contains("qualified"), "{out}");
    }
    step(
        &env,
        eval,
        &["qualify", id, "--kvk", AFGEWEZEN, "--reject", "Geen kwaliteitssysteem"],
        "reject",
    );

    // Scores that cannot be recorded.
    env.refused(
        eval,
        &[
            "score",
            id,
            "--kvk",
            AFGEWEZEN,
            "--lot",
            "wmo-begeleiding",
            "--price",
            "45",
        ],
        &[AFGEWEZEN, "rejected", "not qualified"],
    );
    env.refused(
        eval,
        &[
            "score",
            id,
            "--kvk",
            LAATKOMER,
            "--lot",
            "wmo-begeleiding",
            "--criterion",
            "resultaat",
            "--points",
            "6",
        ],
        &[LAATKOMER, "registered", "not qualified"],
    );
    env.refused(
        eval,
        &[
            "score",
            id,
            "--kvk",
            ZORG_ANDERS,
            "--lot",
            "wmo-begeleiding",
            "--criterion",
            "resultaat",
            "--points",
            "11",
        ],
        &["11", "maximum of 10", "resultaat"],
    );
    env.refused(
        eval,
        &[
            "score",
            id,
            "--kvk",
            ZORG_ANDERS,
            "--lot",
            "wmo-begeleiding",
            "--criterion",
            "kwaliteit",
            "--points",
            "5",
        ],
        &["`kwaliteit`", "resultaat, samenwerking, innovatie, prijs"],
    );

    // Most scores from one CSV; Thuis Plus has no innovatie score yet.
    let verblijf: Vec<[(&str, &str); 4]> = VERBLIJF_RESULTAAT
        .iter()
        .map(|r| {
            [
                ("resultaat", *r),
                ("samenwerking", "10"),
                ("innovatie", "10"),
                ("prijs", "100.00"),
            ]
        })
        .collect();
    let mut rows: Vec<Offer> = vec![
        (
            ZORG_ANDERS,
            "wmo-begeleiding",
            &[
                ("resultaat", "8"),
                ("samenwerking", "7"),
                ("innovatie", "6"),
                ("prijs", "60.00"),
            ],
        ),
        (
            THUIS_PLUS,
            "wmo-begeleiding",
            &[("resultaat", "6"), ("samenwerking", "6"), ("prijs", "50")],
        ),
        (
            TOPZORG,
            "wmo-begeleiding",
            &[
                ("resultaat", "10"),
                ("samenwerking", "10"),
                ("innovatie", "10"),
                ("prijs", "75"),
            ],
        ),
        (
            GOEDKOOP,
            "wmo-begeleiding",
            &[
                ("resultaat", "4"),
                ("samenwerking", "4"),
                ("innovatie", "4"),
                ("prijs", "40"),
            ],
        ),
    ];
    for (kvk, values) in VERBLIJF.iter().zip(&verblijf) {
        rows.push((kvk, "jeugd-verblijf", values));
    }
    let file = env.write("scores.csv", score_csv(id, &rows));
    let out = step(&env, "2021-06-15T10:00", &["score", id, "--csv", &file], "score");
    assert!(out.contains("recorded 51 scores"), "{out}");

    // The award waits for every admission decision ...
    let later = "2021-09-01T10:00";
    env.refused(
        later,
        &["award", id],
        &[
            "1 registration is still without an admission decision",
            "Laatkomer Zorg",
            LAATKOMER,
        ],
    );
    step(
        &env,
        later,
        &[
            "qualify",
            id,
            "--kvk",
            LAATKOMER,
            "--meets",
            &ACHTERHOEK_ALL.replace('|', ","),
        ],
        "qualify",
    );
    for (criterion, points) in [("resultaat", "6"), ("samenwerking", "5"), ("innovatie", "4")] {
        step(
            &env,
            later,
            &[
                "score",
                id,
                "--kvk",
                LAATKOMER,
                "--lot",
                "wmo-begeleiding",
                "--criterion",
                criterion,
                "--points",
                points,
            ],
            "score",
        );
    }
    step(
        &env,
        later,
        &[
            "score",
            id,
            "--kvk",
            LAATKOMER,
            "--lot",
            "wmo-begeleiding",
            "--price",
            "55",
        ],
        "score",
    );

    // ... and for every score, listing the missing ones ...
    env.refused(
        later,
        &["award", id],
        &[
            "1 offer lacks a score",
            "10000002 lot wmo-begeleiding (innovatie)",
            "tender score",
        ],
    );
    step(
        &env,
        later,
        &[
            "score",
            id,
            "--kvk",
            THUIS_PLUS,
            "--lot",
            "wmo-begeleiding",
            "--criterion",
            "innovatie",
            "--points",
            "6",
        ],
        "score",
    );

    // ... and for a draw when two providers tie for the last of the 8 places in jeugd-verblijf.
    let tie = env.refused(
        later,
        &["award", id],
        &[
            "jeugd-verblijf",
            "Jeugdhuis 8 (20000008)",
            "Jeugdhuis 9 (20000009)",
            "--draw",
        ],
    );
    assert!(tie.contains("20000008,20000009"), "{tie}");
    // A dry run shows the tie and records nothing.
    let before = env.dump();
    let dry = env
        .run_at(later, &["--format", "json", "award", id, "--dry-run"])
        .json();
    assert_eq!(env.dump(), before, "a dry run wrote to the database");
    assert_eq!(dry["dry_run"], true);
    assert!(dry["decision"].is_null(), "{dry}");
    assert_eq!(
        lot(&dry, "jeugd-verblijf")["tie"],
        serde_json::json!(["20000008", "20000009"])
    );

    // The decision, on 30 September 2021, with the draw: 20000009 before 20000008.
    //
    // wmo-begeleiding, lowest price of the offers not excluded: € 50 (Thuis Plus;
    // Goedkoop's € 40 is excluded and does not count):
    //   Topzorg     10,10,10 → 35 + 20 + 15 = 70; 50/75 × 30 = 20 → 90
    //   Zorg Anders  8, 7, 6 → 28 + 14 + 9  = 51; 50/60 × 30 = 25 → 76
    //   Thuis Plus   6, 6, 6 → 21 + 12 + 9  = 42; 50/50 × 30 = 30 → 72
    //   Goedkoop     4, 4, 4 → 14 + 8 + 6   = 28 = 40 % of 70    → excluded (< 55 %)
    //   Laatkomer    6, 5, 4 → 21 + 10 + 6  = 37 = 52.86 % of 70 → excluded (< 55 %)
    // jeugd-verblijf, all € 100 (30 points), samenwerking and innovatie full (35):
    //   resultaat r → 35 + 3.5 r + 30: 100, 96.5, 93, 89.5, 86, 82.5, 79, 75.5, 75.5.
    let decision_day = "2021-09-30T10:00";
    let award = decide(&env, decision_day, &["award", id, "--draw", "20000009,20000008"]);
    assert_eq!(award["tender"], id);
    assert_eq!(award["decision"], 1);
    assert_eq!(award["dry_run"], false);
    // The end of the 20th calendar day after the decision day.
    assert_eq!(award["standstill_end"], "2021-10-20T23:59:59+02:00");
    assert_eq!(
        ranking(&award, "wmo-begeleiding"),
        [
            row(TOPZORG, Some(1), Some(90.0), true),
            row(ZORG_ANDERS, Some(2), Some(76.0), true),
            row(THUIS_PLUS, Some(3), Some(72.0), true),
            row(GOEDKOOP, None, None, false),
            row(LAATKOMER, None, None, false),
        ]
    );
    assert!(excluded(&award, "wmo-begeleiding", GOEDKOOP).contains("below the minimum of 55%"));
    let laatkomer = excluded(&award, "wmo-begeleiding", LAATKOMER);
    assert!(laatkomer.contains("52.86") && laatkomer.contains("55%"), "{laatkomer}");
    let topzorg = &lot(&award, "wmo-begeleiding")["offers"][0];
    assert_eq!(topzorg["name"], "Topzorg Achterhoek");
    assert_eq!(topzorg["price"], 75.0);
    assert_eq!(topzorg["points"]["resultaat"], 10.0);
    assert!(topzorg["excluded"].is_null());
    let scores = [100.0, 96.5, 93.0, 89.5, 86.0, 82.5, 79.0, 75.5, 75.5];
    let expected: Vec<Row> = [0, 1, 2, 3, 4, 5, 6, 8, 7]
        .iter()
        .enumerate()
        .map(|(place, &i)| row(VERBLIJF[i], Some(place as u64 + 1), Some(scores[i]), place < 8))
        .collect();
    assert_eq!(ranking(&award, "jeugd-verblijf"), expected);
    assert!(lot(&award, "jeugd-verblijf")["tie"].as_array().unwrap().is_empty());
    assert!(ranking(&award, "wmo-dagbesteding").is_empty());
    let trail = env.log(id);
    let last = trail.last().unwrap();
    assert_eq!(last["action"], "award");
    let detail = last["detail"].as_str().unwrap();
    assert!(detail.contains("draw: 20000009, 20000008"), "{detail}");
    assert!(detail.starts_with("decision 1"), "{detail}");

    let standstill = "2021-10-01T10:00";
    assert_eq!(phase(&env, standstill, id), "standstill");
    let status = statuses(&env, standstill, id);
    for kvk in [TOPZORG, ZORG_ANDERS, THUIS_PLUS, "20000001", "20000007", "20000009"] {
        assert_eq!(status[kvk], "awarded", "{kvk}");
    }
    for kvk in [GOEDKOOP, LAATKOMER, "20000008"] {
        assert_eq!(status[kvk], "not-awarded", "{kvk}");
    }
    assert_eq!(status[AFGEWEZEN], "rejected");
    // No second decision, no score while the decision stands.
    env.refused(standstill, &["award", id], &["`standstill`"]);
    env.refused(
        standstill,
        &[
            "score",
            id,
            "--kvk",
            "20000008",
            "--lot",
            "jeugd-verblijf",
            "--criterion",
            "resultaat",
            "--points",
            "4",
        ],
        &["`standstill`"],
    );

    // The standstill: not final before its last second has passed.
    env.refused(
        "2021-10-20T23:59:59",
        &["award", id, "--final"],
        &["standstill runs until 2021-10-20 23:59"],
    );
    let out = step(
        &env,
        "2021-10-05T10:00",
        &[
            "object",
            id,
            "--kvk",
            "20000008",
            "--reason",
            "De loting is niet openbaar verricht",
        ],
        "object",
    );
    assert!(out.contains("objection 1"), "{out}");
    env.refused(
        "2021-10-21T09:00",
        &["award", id, "--final"],
        &["objection is still open", "tender resolve"],
    );
    // While the decision stands, the admission check is closed too.
    env.refused(
        "2021-10-06T10:00",
        &["qualify", id, "--kvk", AFGEWEZEN, "--meets", "kwaliteit"],
        &["cannot qualify", "`standstill`"],
    );
    step(
        &env,
        "2021-10-21T10:00",
        &["resolve", id, "--objection", "1", "--outcome", "upheld"],
        "resolve",
    );
    env.refused("2021-10-21T10:30", &["award", id, "--final"], &["award --redo"]);

    // Upheld: the resultaat of 20000008 is re-scored (3 → 4) and the decision redone.
    // Now 20000007 and 20000008 share place 7 with 79; 20000009 (75.5) is ninth.
    step(
        &env,
        "2021-10-21T11:00",
        &[
            "score",
            id,
            "--kvk",
            "20000008",
            "--lot",
            "jeugd-verblijf",
            "--criterion",
            "resultaat",
            "--points",
            "4",
        ],
        "score",
    );
    // The same objection also showed that Afgewezen BV was wrongly rejected: it is
    // admitted after all, and the new decision waits for its scores. With 1, 1, 1
    // (quality 7 = 10 % of 70) it is excluded in both lots; the rankings stay.
    step(
        &env,
        "2021-10-21T11:10",
        &[
            "qualify",
            id,
            "--kvk",
            AFGEWEZEN,
            "--meets",
            "kwaliteit,skj-big,berichtenverkeer,verzekering",
        ],
        "qualify",
    );
    let missing = env.refused(
        "2021-10-21T11:20",
        &["award", id, "--redo"],
        &[
            "2 offers lack a score",
            "10000005 lot wmo-begeleiding (resultaat, samenwerking, innovatie, prijs)",
            "10000005 lot jeugd-verblijf (resultaat, samenwerking, innovatie, prijs)",
        ],
    );
    assert!(missing.contains("tender score"), "{missing}");
    let low = [
        ("resultaat", "1"),
        ("samenwerking", "1"),
        ("innovatie", "1"),
        ("prijs", "100"),
    ];
    let file = env.write(
        "herbeoordeling.csv",
        score_csv(
            id,
            &[
                (AFGEWEZEN, "wmo-begeleiding", &low),
                (AFGEWEZEN, "jeugd-verblijf", &low),
            ],
        ),
    );
    step(&env, "2021-10-21T11:30", &["score", id, "--csv", &file], "score");
    let redo = decide(&env, "2021-10-22T10:00", &["award", id, "--redo"]);
    assert_eq!(redo["decision"], 2);
    // After 31 October the Netherlands are on winter time.
    assert_eq!(redo["standstill_end"], "2021-11-11T23:59:59+01:00");
    let redone = ranking(&redo, "jeugd-verblijf");
    assert_eq!(redone[6], row("20000007", Some(7), Some(79.0), true));
    assert_eq!(redone[7], row("20000008", Some(7), Some(79.0), true));
    assert_eq!(redone[8], row("20000009", Some(9), Some(75.5), false));
    assert!(excluded(&redo, "jeugd-verblijf", AFGEWEZEN).contains("below the minimum of 55%"));
    assert!(excluded(&redo, "wmo-begeleiding", AFGEWEZEN).contains("below the minimum of 55%"));
    assert_eq!(
        ranking(&redo, "wmo-begeleiding")[..3],
        ranking(&award, "wmo-begeleiding")[..3]
    );
    let trail = env.log(id);
    assert_eq!(trail.last().unwrap()["action"], "award");
    assert!(
        trail.last().unwrap()["detail"]
            .as_str()
            .unwrap()
            .starts_with("decision 2")
    );
    assert_eq!(phase(&env, "2021-11-11T23:59:59", id), "standstill");
    env.refused(
        "2021-11-11T23:59:59",
        &["award", id, "--final"],
        &["standstill runs until 2021-11-11 23:59"],
    );
    env.refused(
        "2021-11-12T00:00",
        &["object", id, "--kvk", "20000009", "--reason", "Te laat bezwaar"],
        &["2021-11-11 23:59", "too late"],
    );

    // Final, then the contracts.
    step(&env, "2021-11-12T09:00", &["award", id, "--final"], "final-award");
    assert_eq!(phase(&env, "2021-11-12T09:01", id), "awarded");
    let status = statuses(&env, "2021-11-12T09:01", id);
    assert_eq!(status["20000008"], "awarded");
    assert_eq!(status["20000009"], "not-awarded");
    assert_eq!(status[AFGEWEZEN], "not-awarded");
    env.refused("2021-11-12T09:30", &["award", id, "--final"], &["`awarded`"]);
    env.refused(
        "2021-11-15T10:00",
        &["sign", id, "--kvk", "20000009"],
        &["20000009", "is not awarded", "only an awarded provider"],
    );
    step(&env, "2021-11-15T10:00", &["sign", id, "--kvk", TOPZORG], "sign");
    assert_eq!(phase(&env, "2021-11-15T10:01", id), "contracted");
    env.refused(
        "2021-11-16T10:00",
        &["sign", id, "--kvk", TOPZORG],
        &[TOPZORG, "already signed"],
    );
    step(&env, "2021-12-01T10:00", &["sign", id, "--kvk", "20000008"], "sign");
    env.refused(
        "2021-12-01T11:00",
        &[
            "amend",
            id,
            "--lot",
            "wmo-begeleiding",
            "--budget",
            "1000000",
            "--basis",
            "agreement",
            "--reason",
            "Meer budget",
        ],
        &[
            "--basis agreement is for a bestuurlijke aanbesteding",
            "--basis indexation",
        ],
    );
    assert_eq!(phase(&env, "2021-12-31T23:59:59", id), "contracted");
    assert_eq!(phase(&env, "2022-01-01T00:00", id), "active");

    // Two extension options of 12 months, then the end.
    assert_eq!(phase(&env, "2025-01-01T00:00", id), "ended");
    step(&env, "2024-06-01T10:00", &["extend", id], "extend");
    assert_eq!(phase(&env, "2025-01-01T00:00", id), "active");
    step(&env, "2025-06-01T10:00", &["extend", id], "extend");
    env.refused("2026-06-01T10:00", &["extend", id], &["no extension option is left"]);
    assert_eq!(phase(&env, "2026-12-31T23:59:59", id), "active");
    assert_eq!(phase(&env, "2027-01-01T00:00", id), "ended");
    env.refused("2027-01-02T10:00", &["extend", id], &["`ended`"]);
}

// 2. Alkmaar Jeugdhulp 2016: classic without max_awards, price_floor € 50 on ambulant,
// min_quality 60; an objection that is rejected.

const ALKMAAR: &str = "alkmaar-jeugdhulp-2016";
const ALKMAAR_ALL: &str = "pve|indicatoren|gva|skj-big|ijw";

fn alkmaar_jeugdhulp_2016_goes_from_draft_to_ended(env: Env) {
    let id = ALKMAAR;
    step(&env, "2015-05-01T10:00", &["new", &seed(id)], "new");
    step(&env, "2015-06-01T09:00", &["publish", id], "publish");
    let open = "2015-06-15T10:00";
    let mut intake = String::from("name,kvk,agb,email,lots,meets,small\n");
    for (name, kvk, lots, meets, small) in [
        (
            "Jeugdzorg Kennemer",
            "30000001",
            "ambulant|dagbehandeling",
            ALKMAAR_ALL,
            "false",
        ),
        ("Parlan Jeugd", "30000002", "ambulant", ALKMAAR_ALL, "false"),
        ("Spotgoedkoop Hulp", "30000003", "ambulant", ALKMAAR_ALL, "true"),
        ("Matig Hulp BV", "30000004", "ambulant", ALKMAAR_ALL, "false"),
        ("Zonder Pve BV", "30000005", "dagbehandeling|crisis", "gva", "false"),
        ("De Dagbrug", "30000006", "dagbehandeling", ALKMAAR_ALL, "true"),
    ] {
        intake.push_str(&format!("{name},{kvk},,,{lots},{meets},{small}\n"));
    }
    let file = env.write("alkmaar.csv", intake);
    step(&env, open, &["register", id, "--csv", &file], "register");
    env.refused(
        "2015-07-17T12:00",
        &["score", id, "--kvk", "30000001", "--lot", "ambulant", "--price", "60"],
        &["cannot score", "`open`"],
    );

    let eval = "2015-07-20T10:00";
    assert_eq!(phase(&env, eval, id), "evaluation");
    for kvk in ["30000001", "30000002", "30000003", "30000004", "30000006"] {
        step(&env, eval, &["qualify", id, "--kvk", kvk, "--meets", "pve"], "qualify");
    }
    step(
        &env,
        eval,
        &[
            "qualify",
            id,
            "--kvk",
            "30000005",
            "--reject",
            "Voldoet niet aan het programma van eisen",
        ],
        "reject",
    );
    env.refused(
        eval,
        &[
            "score",
            id,
            "--kvk",
            "30000005",
            "--lot",
            "dagbehandeling",
            "--criterion",
            "resultaat",
            "--points",
            "5",
        ],
        &["30000005", "not qualified"],
    );

    let full = |t: &'static str, r: &'static str, c: &'static str, p: &'static str| {
        [
            ("transformatie", t),
            ("resultaat", r),
            ("continuiteit", c),
            ("prijs", p),
        ]
    };
    let f1a = full("8", "8", "8", "60.00");
    let f2a = full("10", "10", "10", "70.00");
    let f3a = full("9", "9", "9", "45.00");
    let f4a = full("5", "5", "5", "55.00");
    let f1d = full("7", "7", "7", "40.00");
    let f6d = full("7", "7", "7", "40");
    let file = env.write(
        "scores.csv",
        score_csv(
            id,
            &[
                ("30000001", "ambulant", &f1a),
                ("30000002", "ambulant", &f2a),
                ("30000003", "ambulant", &f3a),
                ("30000004", "ambulant", &f4a),
                ("30000001", "dagbehandeling", &f1d),
                ("30000006", "dagbehandeling", &f6d),
            ],
        ),
    );
    let out = step(&env, "2015-08-03T10:00", &["score", id, "--csv", &file], "score");
    assert!(out.contains("recorded 32 scores"), "{out}");

    // Criteria transformatie 30, resultaat 25, continuiteit 10 (quality 65), prijs 35.
    // ambulant, price floor € 50: Spotgoedkoop's € 45 is excluded and does not set
    // the lowest price, which is € 60 (Kennemer):
    //   Parlan    10,10,10 → 65;               60/70 × 35 = 30 → 95
    //   Kennemer   8, 8, 8 → 24 + 20 + 8 = 52; 60/60 × 35 = 35 → 87
    //   Spotgoedkoop 9,9,9 → 58.5 (90 %), € 45 < € 50 → excluded
    //   Matig      5, 5, 5 → 32.5 = 50 % < 60 %    → excluded
    // dagbehandeling: Kennemer and De Dagbrug 7,7,7 at € 40 → 45.5 + 35 = 80.5 each:
    //   a tie that decides nothing (no max_awards) shares rank 1, both awarded.
    let award = decide(&env, "2015-09-30T10:00", &["award", id]);
    assert_eq!(award["decision"], 1);
    assert_eq!(award["standstill_end"], "2015-10-20T23:59:59+02:00");
    assert_eq!(
        ranking(&award, "ambulant"),
        [
            row("30000002", Some(1), Some(95.0), true),
            row("30000001", Some(2), Some(87.0), true),
            row("30000003", None, None, false),
            row("30000004", None, None, false),
        ]
    );
    let floor = excluded(&award, "ambulant", "30000003");
    assert!(floor.contains("price floor") && floor.contains("€ 50,00"), "{floor}");
    assert!(excluded(&award, "ambulant", "30000004").contains("below the minimum of 60%"));
    assert_eq!(
        ranking(&award, "dagbehandeling"),
        [
            row("30000001", Some(1), Some(80.5), true),
            row("30000006", Some(1), Some(80.5), true),
        ]
    );
    assert!(ranking(&award, "crisis").is_empty());
    assert_eq!(env.log(id).last().unwrap()["action"], "award");
    let status = statuses(&env, "2015-10-01T10:00", id);
    assert_eq!(
        status.values().map(String::as_str).collect::<Vec<_>>(),
        [
            "awarded",
            "awarded",
            "not-awarded",
            "not-awarded",
            "rejected",
            "awarded"
        ]
    );

    // The objection of Spotgoedkoop is rejected; then the award is final.
    step(
        &env,
        "2015-10-02T10:00",
        &["object", id, "--kvk", "30000003", "--reason", "Onze prijs is reëel"],
        "object",
    );
    env.refused("2015-10-20T12:00", &["award", id, "--final"], &["2015-10-20 23:59"]);
    env.refused(
        "2015-10-21T09:00",
        &["award", id, "--final"],
        &["objection is still open"],
    );
    env.refused(
        "2015-10-21T09:30",
        &["object", id, "--kvk", "30000004", "--reason", "Te laat"],
        &["2015-10-20 23:59", "too late"],
    );
    step(
        &env,
        "2015-10-21T10:00",
        &["resolve", id, "--objection", "1", "--outcome", "rejected"],
        "resolve",
    );
    env.refused("2015-10-21T10:30", &["award", id, "--redo"], &["none is upheld"]);
    step(&env, "2015-10-21T11:00", &["award", id, "--final"], "final-award");
    assert_eq!(phase(&env, "2015-10-22T10:00", id), "awarded");
    env.refused(
        "2015-10-22T10:00",
        &[
            "object",
            id,
            "--kvk",
            "30000004",
            "--reason",
            "Na de definitieve gunning",
        ],
        &["`awarded`"],
    );

    env.refused(
        "2015-11-02T10:00",
        &["sign", id, "--kvk", "30000004"],
        &["30000004", "is not awarded"],
    );
    env.refused(
        "2015-11-02T10:00",
        &["sign", id, "--kvk", "30000005"],
        &["30000005", "rejected"],
    );
    step(&env, "2015-11-02T10:00", &["sign", id, "--kvk", "30000002"], "sign");
    assert_eq!(phase(&env, "2015-11-02T10:01", id), "contracted");
    step(&env, "2015-11-03T10:00", &["sign", id, "--kvk", "30000001"], "sign");
    step(&env, "2015-11-04T10:00", &["sign", id, "--kvk", "30000006"], "sign");
    assert_eq!(phase(&env, "2016-01-01T00:00", id), "active");
    env.refused(
        "2016-02-01T10:00",
        &["consult", id, "--on", "2016-02-01", "--summary", "Evaluatie"],
        &["bestuurlijke aanbesteding"],
    );
    step(&env, "2016-06-01T10:00", &["extend", id], "extend");
    step(&env, "2017-06-01T10:00", &["extend", id], "extend");
    env.refused("2018-06-01T10:00", &["extend", id], &["no extension option is left"]);
    assert_eq!(phase(&env, "2018-12-31T23:59:59", id), "active");
    assert_eq!(phase(&env, "2019-01-01T00:00", id), "ended");
}

// 3. The bestuurlijke aanbestedingen: consultation, admission, everyone qualified
// awarded at the agreed tariffs, amendments by agreement.

struct Bestuurlijk {
    id: &'static str,
    before: &'static str,
    publish: &'static str,
    open: &'static str,
    evaluation: &'static str,
    award: &'static str,
    sign: &'static str,
    /// The first moment of the contract.
    start: &'static str,
    /// A moment during the contract.
    running: &'static str,
    /// The last second of the contract after one extension, and the first after it.
    extended_end: &'static str,
    after_end: &'static str,
    /// Two lots: the first has `product`, the second gets a new budget.
    lots: [&'static str; 2],
    product: &'static str,
    tariff: &'static str,
    budget: &'static str,
    requirements: &'static [&'static str],
}

const BESTUURLIJK: [Bestuurlijk; 3] = [
    Bestuurlijk {
        id: "walcheren-2016",
        before: "2015-06-01T10:00",
        publish: "2015-07-01T09:00",
        open: "2015-08-01T10:00",
        evaluation: "2015-09-21T10:00",
        award: "2016-02-15T10:00",
        sign: "2016-03-01T10:00",
        start: "2016-03-28T00:00",
        running: "2016-06-01T10:00",
        extended_end: "2019-12-31T23:59:59",
        after_end: "2020-01-01T00:00",
        lots: ["begeleiding", "dagbesteding"],
        product: "02A01",
        tariff: "€ 52,50",
        budget: "(none)",
        requirements: &["kwaliteit", "vog", "porthos", "iwmo"],
    },
    Bestuurlijk {
        id: "alkmaar-wmo-pbv-2016",
        before: "2015-05-01T10:00",
        publish: "2015-06-01T09:00",
        open: "2015-06-15T10:00",
        evaluation: "2015-08-03T10:00",
        award: "2015-10-15T10:00",
        sign: "2015-11-02T10:00",
        start: "2016-01-01T00:00",
        running: "2016-06-01T10:00",
        extended_end: "2017-12-31T23:59:59",
        after_end: "2018-01-01T00:00",
        lots: ["persoonlijke-verzorging", "begeleiding"],
        product: "03A01",
        tariff: "€ 47,50",
        budget: "€ 9.500.000,00",
        requirements: &["overleg", "resultaat", "kwaliteit", "vog", "iwmo"],
    },
    Bestuurlijk {
        id: "leeuwarden-wijk",
        before: "2014-08-01T10:00",
        publish: "2014-09-01T09:00",
        open: "2014-09-15T10:00",
        evaluation: "2014-10-20T10:00",
        award: "2014-12-01T10:00",
        sign: "2014-12-10T10:00",
        start: "2015-01-01T00:00",
        running: "2015-06-01T10:00",
        extended_end: "2016-12-31T23:59:59",
        after_end: "2017-01-01T00:00",
        lots: ["wijk-noord", "wijk-oost"],
        product: "01A01",
        tariff: "€ 24,50",
        budget: "€ 2.900.000,00",
        requirements: &["wijkteam", "eigen-kracht", "samenwerking", "kwaliteit"],
    },
];

fn bestuurlijk_lifecycle(env: Env, t: &Bestuurlijk) {
    let id = t.id;
    let day = |moment: &'static str| &moment[..10];
    step(&env, t.before, &["new", &seed(id)], "new");
    // An overlegtafel before publication, and one while registration is open.
    let out = step(
        &env,
        t.before,
        &[
            "consult",
            id,
            "--on",
            day(t.before),
            "--summary",
            "Producten en tarieven besproken",
        ],
        "consult",
    );
    assert!(out.contains("consultation round 1"), "{id}: {out}");
    step(&env, t.publish, &["publish", id], "publish");
    step(
        &env,
        t.open,
        &[
            "consult",
            id,
            "--on",
            day(t.open),
            "--summary",
            "Tweede overlegtafel: vervoer en innovatie",
        ],
        "consult",
    );

    // Intake: three from CSV, one on its own with only some requirements declared.
    let [first, second] = t.lots;
    let all = t.requirements.join("|");
    let intake = format!(
        "name,kvk,agb,email,lots,meets,small\n\
         Zorgverlener Een,40000001,,,{first}|{second},{all},false\n\
         Zorgverlener Twee,40000002,,,{first},{all},true\n\
         Zorgverlener Drie,40000003,,,{second},{},false\n",
        t.requirements[0]
    );
    let file = env.write("intake.csv", intake);
    step(&env, t.open, &["register", id, "--csv", &file], "register");
    step(
        &env,
        t.open,
        &[
            "register",
            id,
            "--name",
            "Zorgverlener Vier",
            "--kvk",
            "40000004",
            "--lots",
            second,
            "--meets",
            &t.requirements[..2].join(","),
        ],
        "register",
    );

    // Evaluation: admission; no scores in a bestuurlijke aanbesteding.
    assert_eq!(phase(&env, t.evaluation, id), "evaluation", "{id}");
    step(
        &env,
        t.evaluation,
        &["qualify", id, "--kvk", "40000001", "--meets", t.requirements[0]],
        "qualify",
    );
    step(
        &env,
        t.evaluation,
        &["qualify", id, "--kvk", "40000002", "--meets", t.requirements[0]],
        "qualify",
    );
    step(
        &env,
        t.evaluation,
        &[
            "qualify",
            id,
            "--kvk",
            "40000003",
            "--reject",
            "Geen VOG voor de medewerkers",
        ],
        "reject",
    );
    step(
        &env,
        t.evaluation,
        &[
            "qualify",
            id,
            "--kvk",
            "40000004",
            "--meets",
            &t.requirements[2..].join(","),
        ],
        "qualify",
    );
    env.refused(
        t.evaluation,
        &["score", id, "--kvk", "40000001", "--lot", first, "--price", "50"],
        &["only a classic tender is scored"],
    );
    env.refused(
        t.evaluation,
        &[
            "amend",
            id,
            "--lot",
            first,
            "--budget",
            "100000",
            "--basis",
            "agreement",
            "--reason",
            "Te vroeg",
        ],
        &["cannot amend", "`evaluation`"],
    );

    // The award: every qualified provider, in every lot it registered for; no standstill.
    let award = decide(&env, t.award, &["award", id]);
    assert_eq!(award["decision"], 1, "{id}");
    assert!(award["standstill_end"].is_null(), "{id}: {award}");
    assert_eq!(
        ranking(&award, first),
        [row("40000001", None, None, true), row("40000002", None, None, true)],
        "{id}"
    );
    assert_eq!(
        ranking(&award, second),
        [row("40000001", None, None, true), row("40000004", None, None, true)],
        "{id}"
    );
    assert_eq!(env.log(id).last().unwrap()["action"], "award");
    assert_eq!(phase(&env, t.award, id), "awarded", "{id}");
    let status = statuses(&env, t.award, id);
    assert_eq!(
        status.values().map(String::as_str).collect::<Vec<_>>(),
        ["awarded", "awarded", "rejected", "awarded"],
        "{id}"
    );
    env.refused(t.award, &["award", id, "--redo"], &["`awarded`"]);
    env.refused(t.award, &["award", id], &["`awarded`"]);
    env.refused(
        t.award,
        &["score", id, "--kvk", "40000001", "--lot", first, "--price", "50"],
        &["only a classic tender is scored"],
    );

    // Contracts, a tariff change agreed at the overlegtafel.
    env.refused(t.sign, &["sign", id, "--kvk", "40000003"], &["40000003", "rejected"]);
    step(&env, t.sign, &["sign", id, "--kvk", "40000001"], "sign");
    assert_eq!(phase(&env, t.sign, id), "contracted", "{id}");
    env.refused(t.sign, &["sign", id, "--kvk", "40000001"], &["already signed"]);
    step(&env, t.sign, &["sign", id, "--kvk", "40000004"], "sign");
    let out = step(
        &env,
        t.sign,
        &[
            "amend",
            id,
            "--lot",
            first,
            "--product",
            t.product,
            "--tariff",
            "60.00",
            "--basis",
            "agreement",
            "--reason",
            "Cao-stijging 2016",
        ],
        "amend",
    );
    let expected = format!("lot {first} product {} tariff {} → € 60,00", t.product, t.tariff);
    assert!(out.contains(&expected), "{id}: {out}");
    step(
        &env,
        t.sign,
        &["consult", id, "--on", day(t.sign), "--summary", "Tarieven na de cao"],
        "consult",
    );

    // Running: another tariff change (from the amended one) and a new budget.
    assert_eq!(phase(&env, t.start, id), "active", "{id}");
    let out = step(
        &env,
        t.running,
        &[
            "amend",
            id,
            "--lot",
            first,
            "--product",
            t.product,
            "--tariff",
            "61.25",
            "--basis",
            "agreement",
            "--reason",
            "Indexatie",
        ],
        "amend",
    );
    assert!(out.contains("tariff € 60,00 → € 61,25"), "{id}: {out}");
    let out = step(
        &env,
        t.running,
        &[
            "amend",
            id,
            "--lot",
            second,
            "--budget",
            "3100000",
            "--basis",
            "agreement",
            "--reason",
            "Meer cliënten in de wijk",
        ],
        "amend",
    );
    let expected = format!("lot {second} budget {} → € 3.100.000,00", t.budget);
    assert!(out.contains(&expected), "{id}: {out}");
    assert!(out.contains("Meer cliënten in de wijk"), "{id}: {out}");
    let trail = env.log(id);
    let amend = trail.last().unwrap()["detail"].as_str().unwrap();
    assert!(amend.contains(&expected), "{id}: {amend}");

    // One extension is exercised; then the contract ends.
    step(&env, t.running, &["extend", id], "extend");
    assert_eq!(phase(&env, t.extended_end, id), "active", "{id}");
    assert_eq!(phase(&env, t.after_end, id), "ended", "{id}");
    env.refused(
        t.after_end,
        &["consult", id, "--on", day(t.after_end), "--summary", "Te laat"],
        &["`ended`"],
    );
    env.refused(
        t.after_end,
        &[
            "amend",
            id,
            "--lot",
            second,
            "--budget",
            "1",
            "--basis",
            "agreement",
            "--reason",
            "Te laat",
        ],
        &["`ended`"],
    );
    // Consultations, amendments and signatures all left their trace.
    let actions: Vec<&str> = trail.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(
        actions.iter().filter(|a| **a == "consult").count(),
        3,
        "{id}: {actions:?}"
    );
    assert_eq!(
        actions.iter().filter(|a| **a == "amend").count(),
        3,
        "{id}: {actions:?}"
    );
    assert_eq!(actions.iter().filter(|a| **a == "sign").count(), 2, "{id}: {actions:?}");
}

fn walcheren_2016_goes_from_draft_to_ended(env: Env) {
    bestuurlijk_lifecycle(env, &BESTUURLIJK[0]);
}

fn alkmaar_wmo_pbv_2016_goes_from_draft_to_ended(env: Env) {
    bestuurlijk_lifecycle(env, &BESTUURLIJK[1]);
}

fn leeuwarden_wijk_goes_from_draft_to_ended(env: Env) {
    bestuurlijk_lifecycle(env, &BESTUURLIJK[2]);
}

// 4. Ommen/Hardenberg 2015: the open house with 42 signatories.

const OMMEN: &str = "ommen-hardenberg-2015";

fn ommen_hardenberg_2015_signs_42_providers_and_admits_newcomers(env: Env) {
    let id = OMMEN;
    step(&env, "2015-07-01T10:00", &["new", &seed(id)], "new");
    step(&env, "2015-08-03T09:00", &["publish", id], "publish");
    let out = step(
        &env,
        "2015-08-10T10:00",
        &["register", id, "--csv", &ommen_42()],
        "register",
    );
    assert!(out.contains("registered 42 providers"), "{out}");

    let eval = "2015-09-21T10:00";
    assert_eq!(phase(&env, eval, id), "evaluation");
    let rows = env.run_at(eval, &["--format", "json", "registrations", id]).json();
    let rows = rows.as_array().unwrap().clone();
    assert_eq!(rows.len(), 42);
    // Award without an admission decision: refused, naming the count.
    env.refused(
        eval,
        &["award", id],
        &["42 registrations are still without an admission decision"],
    );
    for r in &rows {
        let kvk = r["kvk"].as_str().unwrap();
        step(&env, eval, &["qualify", id, "--kvk", kvk, "--meets", "gva"], "qualify");
    }
    env.refused(
        eval,
        &[
            "score",
            id,
            "--kvk",
            rows[0]["kvk"].as_str().unwrap(),
            "--lot",
            "huishouden",
            "--price",
            "195",
        ],
        &["only a classic tender is scored"],
    );

    // The award: every provider in every lot it registered for; no standstill.
    let award = decide(&env, "2015-10-16T10:00", &["award", id]);
    assert!(award["standstill_end"].is_null(), "{award}");
    for lot_id in ["huishouden", "ondersteuning", "dagbesteding"] {
        let mut expected: Vec<&str> = rows
            .iter()
            .filter(|r| r["lots"].as_array().unwrap().iter().any(|l| l == lot_id))
            .map(|r| r["kvk"].as_str().unwrap())
            .collect();
        expected.sort_unstable();
        let offers = ranking(&award, lot_id);
        let mut awarded: Vec<&str> = offers.iter().filter(|o| o.3).map(|o| o.0.as_str()).collect();
        awarded.sort_unstable();
        assert_eq!(awarded, expected, "lot {lot_id}");
        assert_eq!(offers.len(), expected.len(), "lot {lot_id}");
    }
    assert_eq!(phase(&env, "2015-10-16T10:01", id), "awarded");
    assert!(statuses(&env, "2015-10-16T10:01", id).values().all(|s| s == "awarded"));

    // Monday 9 November 2015: 42 signatures, recorded that evening.
    let evening = "2015-11-09T18:00";
    for (i, r) in rows.iter().enumerate() {
        let kvk = r["kvk"].as_str().unwrap();
        let out = step(&env, evening, &["sign", id, "--kvk", kvk, "--on", "2015-11-09"], "sign");
        assert!(
            out.contains("2015-11-09") && out.contains("effective 2016-01-01 00:00"),
            "{out}"
        );
        if i == 0 {
            assert_eq!(phase(&env, evening, id), "contracted");
        }
    }
    let signed = env.log(id).iter().filter(|e| e["action"] == "sign").count();
    assert_eq!(signed, 42);
    env.refused(
        "2015-11-10T10:00",
        &["sign", id, "--kvk", rows[0]["kvk"].as_str().unwrap()],
        &["already signed"],
    );
    assert_eq!(phase(&env, "2015-12-31T23:59:59", id), "contracted");

    // A joining application while contracted joins at the start, 1 January 2016.
    step(
        &env,
        "2015-12-01T10:00",
        &[
            "register",
            id,
            "--name",
            "Vroege Vogel Zorg",
            "--kvk",
            "50000001",
            "--lots",
            "huishouden",
            "--meets",
            "gva,kwaliteit,resultaat,vog,iwmo",
        ],
        "register",
    );
    step(
        &env,
        "2015-12-02T10:00",
        &["qualify", id, "--kvk", "50000001", "--meets", "gva"],
        "qualify",
    );
    let early = env.registration("2015-12-02T10:00", id, "50000001");
    assert_eq!(early["status"], "qualified");
    assert_eq!(early["joining_at"], "2016-01-01T00:00:00+01:00");

    assert_eq!(phase(&env, "2016-01-01T00:00", id), "active");

    // A newcomer during the contract: registered, admitted, joins on 1 April 2016.
    let active = "2016-02-10T10:00";
    env.refused(
        active,
        &["sign", id, "--kvk", "50000002"],
        &["50000002", "did not register"],
    );
    step(
        &env,
        active,
        &[
            "register",
            id,
            "--name",
            "Nieuwkomer Zorg Vechtdal",
            "--kvk",
            "50000002",
            "--lots",
            "ondersteuning,dagbesteding",
            "--meets",
            "gva,kwaliteit,resultaat,vog,iwmo",
        ],
        "register",
    );
    let newcomer = env.registration(active, id, "50000002");
    assert_eq!(newcomer["status"], "registered");
    assert!(newcomer["joining_at"].is_null(), "{newcomer}");
    env.refused(active, &["sign", id, "--kvk", "50000002"], &["50000002", "registered"]);
    step(
        &env,
        "2016-02-15T10:00",
        &["qualify", id, "--kvk", "50000002", "--meets", "gva"],
        "qualify",
    );
    let newcomer = env.registration("2016-02-15T10:00", id, "50000002");
    assert_eq!(newcomer["status"], "qualified");
    assert_eq!(newcomer["joining_at"], "2016-04-01T00:00:00+02:00");
    let out = step(&env, "2016-02-20T10:00", &["sign", id, "--kvk", "50000002"], "sign");
    assert!(
        out.contains("accession") && out.contains("effective 2016-04-01 00:00"),
        "{out}"
    );
    step(&env, "2016-02-20T10:00", &["sign", id, "--kvk", "50000001"], "sign");
    assert_eq!(phase(&env, "2016-04-01T00:00", id), "active");

    // Two extensions, then the framework ends.
    step(&env, "2018-06-01T10:00", &["extend", id], "extend");
    step(&env, "2019-06-01T10:00", &["extend", id], "extend");
    env.refused("2020-06-01T10:00", &["extend", id], &["no extension option is left"]);
    assert_eq!(phase(&env, "2020-12-31T23:59:59", id), "active");
    assert_eq!(phase(&env, "2021-01-01T00:00", id), "ended");
    env.refused(
        "2021-01-02T10:00",
        &[
            "register",
            id,
            "--name",
            "Te Laat BV",
            "--kvk",
            "50000003",
            "--lots",
            "huishouden",
        ],
        &["`ended`"],
    );
}

// 5. Refusals at a glance, each on its own tender: exit 1, one error, nothing written.

fn amend_and_consult_are_refused_for_a_classic_tender_and_award_outside_evaluation(env: Env) {
    env.load(&[ACHTERHOEK, "walcheren-2016"]);
    env.refused("2021-03-01T10:00", &["award", ACHTERHOEK], &["`draft`"]);
    env.refused(
        "2021-03-01T10:00",
        &["award", ACHTERHOEK, "--final"],
        &["cannot make the award final", "`draft`"],
    );
    env.refused(
        "2021-03-01T10:00",
        &["consult", ACHTERHOEK, "--on", "2021-03-01", "--summary", "Overleg"],
        &["bestuurlijke aanbesteding"],
    );
    env.refused(
        "2021-03-01T10:00",
        &[
            "amend",
            ACHTERHOEK,
            "--lot",
            "wmo-begeleiding",
            "--budget",
            "1000",
            "--basis",
            "agreement",
            "--reason",
            "Meer",
        ],
        &["cannot amend", "after the award"],
    );
    // Walcheren, published, still open: no award before the registration deadline.
    env.run_at("2015-07-01T09:00", &["publish", "walcheren-2016"]).ok();
    env.refused("2015-09-18T12:00", &["award", "walcheren-2016"], &["`open`"]);
}
