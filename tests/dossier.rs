//! The dossier after the award through the real binary: `report` (Markdown and
//! HTML), `show` with decision, objections, contracts, consultations and
//! amendments, and `registrations` with the lots each provider was awarded.

mod common;

use common::{Env, seed};
use serde_json::Value;

stories! {
    the_award_report_documents_the_ranking_exclusions_objections_and_contracts,
    a_report_needs_a_decision,
    show_and_registrations_carry_the_decision_and_the_awarded_lots,
    show_lists_consultations_and_the_tariffs_in_force_with_their_history,
    the_report_shows_the_decision_as_recorded_and_who_was_not_admitted_or_joined_later,
}

const ALKMAAR: &str = "alkmaar-jeugdhulp-2016";
const WALCHEREN: &str = "walcheren-2016";

#[track_caller]
fn ok(env: &Env, now: &str, args: &[&str]) -> String {
    env.run_at(now, args).ok().to_string()
}

#[track_caller]
fn json(env: &Env, now: &str, args: &[&str]) -> Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&ok(env, now, &all)).expect("one JSON value")
}

/// Alkmaar Jeugdhulp awarded on 1 October 2015: three providers for `ambulant`,
/// the third excluded on quality; only the first also offered `crisis`. An
/// objection by the second was rejected, the award made final and the first signed.
fn alkmaar(env: Env) -> Env {
    ok(&env, "2015-05-01T10:00", &["new", &seed(ALKMAAR)]);
    ok(&env, "2015-06-01T09:00", &["publish", ALKMAAR]);
    let providers = [
        ("30000001", "Jeugdzorg \"De Brug\" & Co", "ambulant,crisis"),
        ("30000002", "Parlan Jeugd", "ambulant"),
        ("30000003", "Matig Hulp BV", "ambulant"),
    ];
    for (kvk, name, lots) in providers {
        let meets = "pve,indicatoren,gva,skj-big,ijw";
        ok(
            &env,
            "2015-06-15T10:00",
            &[
                "register", ALKMAAR, "--name", name, "--kvk", kvk, "--lots", lots, "--meets", meets,
            ],
        );
    }
    for (kvk, _, _) in providers {
        ok(
            &env,
            "2015-07-20T10:00",
            &["qualify", ALKMAAR, "--kvk", kvk, "--meets", "pve"],
        );
    }
    let scores = env.write(
        "scores.csv",
        "kvk,lot,criterion,value\n\
         30000001,ambulant,transformatie,8\n30000001,ambulant,resultaat,7\n30000001,ambulant,continuiteit,9\n30000001,ambulant,prijs:45A48,62.50\n30000001,ambulant,prijs:45A49,62.50\n30000001,ambulant,prijs:45A52,62.50\n\
         30000002,ambulant,transformatie,6\n30000002,ambulant,resultaat,8\n30000002,ambulant,continuiteit,7\n30000002,ambulant,prijs:45A48,55\n30000002,ambulant,prijs:45A49,55\n30000002,ambulant,prijs:45A52,55\n\
         30000003,ambulant,transformatie,2\n30000003,ambulant,resultaat,2\n30000003,ambulant,continuiteit,3\n30000003,ambulant,prijs:45A48,40\n30000003,ambulant,prijs:45A49,40\n30000003,ambulant,prijs:45A52,40\n\
         30000001,crisis,transformatie,8\n30000001,crisis,resultaat,7\n30000001,crisis,continuiteit,9\n30000001,crisis,prijs,70\n",
    );
    ok(&env, "2015-07-21T10:00", &["score", ALKMAAR, "--csv", &scores]);
    ok(&env, "2015-10-01T10:00", &["award", ALKMAAR]);
    ok(
        &env,
        "2015-10-05T10:00",
        &[
            "object",
            ALKMAAR,
            "--kvk",
            "30000002",
            "--reason",
            "Puntentoekenning <onjuist>",
        ],
    );
    ok(
        &env,
        "2015-10-10T10:00",
        &["resolve", ALKMAAR, "--objection", "1", "--outcome", "rejected"],
    );
    ok(&env, "2015-10-22T10:00", &["award", ALKMAAR, "--final"]);
    ok(&env, "2015-11-01T10:00", &["sign", ALKMAAR, "--kvk", "30000001"]);
    env
}

fn the_award_report_documents_the_ranking_exclusions_objections_and_contracts(env: Env) {
    let env = alkmaar(env);
    let report = ok(&env, "2015-11-02T10:00", &["report", ALKMAAR]);
    let expected_lines = [
        "# Proces-verbaal (official record): Jeugdhulp regio Alkmaar 2016",
        "CONFIDENTIAL (vertrouwelijk). Internal record of the procedure (art. 2.132 Aanbestedingswet 2012), with the names, prices and scores of every bidder; not for the bidders, who each receive their own letter (`tender letters`).",
        "* Contracting authority: municipality of Alkmaar",
        "* Date of this record: 2 November 2015",
        "* Award decision 1 of 1 October 2015 at 10:00",
        "* Standstill period (opschortende termijn) ends: 21 October 2015 at 23:59",
        "* Final award: 22 October 2015 at 10:00",
        // Recorded text is taken literally: Markdown would read `<onjuist>` as a tag.
        "| 5 October 2015 at 10:00 | objection | objection 1 by Parlan Jeugd (KvK 30000002): Puntentoekenning \\<onjuist\\> |",
        // The trail records KvK numbers; the proces-verbaal names the providers.
        "| 1 October 2015 at 10:00 | award decision | award decision 1; lot ambulant: awarded to Jeugdzorg \"De Brug\" \\& Co (KvK 30000001), Parlan Jeugd (KvK 30000002); excluded: Matig Hulp BV (KvK 30000003), because quality 21.54% is below the minimum of 60%; lot dagbehandeling: awarded to nobody; lot verblijf: awarded to nobody; lot crisis: awarded to Jeugdzorg \"De Brug\" \\& Co (KvK 30000001); standstill until 21 October 2015 at 23:59 |",
        "| prijs | Prijs | 35 | price |",
        "* Minimum quality: 60% of the maximum quality score",
        "## Lot ambulant: Jeugdhulp ambulant",
        "| lot | rank | kvk | name | transformatie | resultaat | continuiteit | price | score | result |",
        // Quality 450/650 of 65 points plus the full 35 for the lowest price: 80.00;
        // 8·30+7·25+9·10 = 505/650 of 65 plus 35·55/62.50: 50.50 + 30.80 = 81.30.
        "| ambulant | 1 | 30000001 | Jeugdzorg \"De Brug\" \\& Co | 8 | 7 | 9 | €62.50 | 81.30 | awarded |",
        "| ambulant | 2 | 30000002 | Parlan Jeugd | 6 | 8 | 7 | €55.00 | 80.00 | awarded |",
        "| ambulant |  | 30000003 | Matig Hulp BV | 2 | 2 | 3 | €40.00 |  | excluded: quality 21.54% is below the minimum of 60% |",
        "| crisis | 1 | 30000001 | Jeugdzorg \"De Brug\" \\& Co | 8 | 7 | 9 | €70.00 | 85.50 | awarded |",
        "## Lot dagbehandeling: Dagbehandeling",
        "No admitted offers.",
        "| 1 | Parlan Jeugd (KvK 30000002) | 5 October 2015 at 10:00 | 1 | Puntentoekenning \\<onjuist\\> | rejected on 10 October 2015 at 10:00 |",
        "| 30000001 | Jeugdzorg \"De Brug\" \\& Co | 1 November 2015 | 1 January 2016 | in force until 31 December 2016 |",
        "| 30000003 | Matig Hulp BV | 15 June 2015 at 10:00 | ambulant | not awarded |",
    ];
    for line in expected_lines {
        assert!(report.lines().any(|l| l == line), "missing line {line:?} in:\n{report}");
    }

    let html = ok(&env, "2015-11-02T10:00", &["report", ALKMAAR, "--html"]);
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(
        html.contains("<td>Jeugdzorg &quot;De Brug&quot; &amp; Co</td>"),
        "{html}"
    );
    assert!(html.contains("<td>Puntentoekenning &lt;onjuist&gt;</td>"), "{html}");
    assert!(!html.contains("<onjuist>"));
    assert_eq!(
        html.matches("<table>").count(),
        report.lines().filter(|l| l.starts_with("| --- |")).count()
    );
}

fn a_report_needs_a_decision(env: Env) {
    env.load(&[ALKMAAR]);
    let before = env.dump();
    let stderr = env.run(&["report", ALKMAAR]).fails(1).to_string();
    assert!(
        stderr.contains("no award decision yet") && stderr.contains("tender award"),
        "{stderr}"
    );
    let stderr = env.run(&["report", "onbekend-2030"]).fails(1).to_string();
    assert!(stderr.contains("onbekend-2030"), "{stderr}");
    assert_eq!(env.dump(), before);
}

fn show_and_registrations_carry_the_decision_and_the_awarded_lots(env: Env) {
    let env = alkmaar(env);
    let shown = json(&env, "2015-11-02T10:00", &["show", ALKMAAR]);
    assert_eq!(shown["phase"], "contracted");
    assert_eq!(shown["decision"]["number"], 1);
    assert_eq!(shown["decision"]["standstill_end"], "2015-10-21T23:59:59+02:00");
    assert_eq!(shown["decision"]["final_at"], "2015-10-22T10:00:00+02:00");
    let lot = |id: &str| {
        shown["lots"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["lot"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(lot("ambulant")["awarded"], serde_json::json!(["30000001", "30000002"]));
    assert_eq!(lot("crisis")["awarded"], serde_json::json!(["30000001"]));
    assert_eq!(shown["objections"][0]["outcome"], "rejected");
    assert_eq!(shown["signatures"][0]["kvk"], "30000001");
    assert_eq!(shown["signatures"][0]["effective_at"], "2016-01-01T00:00:00+01:00");

    let table = ok(&env, "2015-11-02T10:00", &["show", ALKMAAR]);
    assert!(
        table.contains(
            "Award decision 1 of 2015-10-01 10:00; standstill until 2015-10-21 23:59; final since 2015-10-22 10:00"
        ),
        "{table}"
    );
    assert!(
        table.contains("Objections") && table.contains("Contracts (1 signed)"),
        "{table}"
    );

    let registrations = json(&env, "2015-11-02T10:00", &["registrations", ALKMAAR]);
    let of = |kvk: &str| {
        registrations
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["kvk"] == kvk)
            .unwrap()
            .clone()
    };
    assert_eq!(of("30000001")["status"], "awarded");
    assert_eq!(
        of("30000001")["awarded_lots"],
        serde_json::json!(["ambulant", "crisis"])
    );
    assert_eq!(of("30000003")["status"], "not-awarded");
    assert_eq!(of("30000003")["awarded_lots"], serde_json::json!([]));
}

fn show_lists_consultations_and_the_tariffs_in_force_with_their_history(env: Env) {
    ok(&env, "2015-06-01T10:00", &["new", &seed(WALCHEREN)]);
    ok(
        &env,
        "2015-06-10T10:00",
        &[
            "consult",
            WALCHEREN,
            "--on",
            "2015-06-10",
            "--summary",
            "Tarieven begeleiding besproken",
        ],
    );
    ok(&env, "2015-07-01T09:00", &["publish", WALCHEREN]);
    for kvk in ["60000001", "60000002"] {
        let args = [
            "register",
            WALCHEREN,
            "--name",
            &format!("Zorg {kvk}"),
            "--kvk",
            kvk,
            "--lots",
            "begeleiding",
            "--meets",
            "kwaliteit,vog,porthos,iwmo",
        ];
        ok(&env, "2015-08-01T10:00", &args);
    }
    for kvk in ["60000001", "60000002"] {
        ok(
            &env,
            "2015-10-01T10:00",
            &["qualify", WALCHEREN, "--kvk", kvk, "--meets", "vog"],
        );
    }
    ok(&env, "2016-02-15T10:00", &["award", WALCHEREN]);
    let amend = [
        "amend",
        WALCHEREN,
        "--lot",
        "begeleiding",
        "--product",
        "02A01",
        "--tariff",
        "54.25",
        "--basis",
        "agreement",
        "--reason",
        "Indexatie 2017",
    ];
    ok(&env, "2016-12-01T10:00", &amend);

    let shown = json(&env, "2016-12-02T10:00", &["show", WALCHEREN]);
    let begeleiding = &shown["lots"][0];
    assert_eq!(begeleiding["products"][0]["code"], "02A01");
    assert_eq!(
        begeleiding["products"][0]["tariff"], 54.25,
        "the amended tariff is in force"
    );
    assert_eq!(
        begeleiding["products"][1]["tariff"], 64.0,
        "the other tariff is as defined"
    );
    assert_eq!(begeleiding["awarded"], serde_json::json!(["60000001", "60000002"]));
    assert_eq!(shown["amendments"][0]["old"], 52.5);
    assert_eq!(shown["amendments"][0]["new"], 54.25);
    assert_eq!(shown["amendments"][0]["reason"], "Indexatie 2017");
    assert_eq!(shown["consultations"][0]["summary"], "Tarieven begeleiding besproken");

    let table = ok(&env, "2016-12-02T10:00", &["show", WALCHEREN]);
    assert!(table.contains("02A01") && table.contains("€ 54,25 per"), "{table}");
    assert!(
        table.contains("Amendments, the history of tariffs and budgets"),
        "{table}"
    );
    assert!(table.contains("€ 52,50") && table.contains("Indexatie 2017"), "{table}");
    assert!(table.contains("Consultation rounds (overlegtafels)"), "{table}");

    // A bestuurlijke aanbesteding has no ranking: the report says so and lists who is contracted.
    let report = ok(&env, "2016-12-02T10:00", &["report", WALCHEREN]);
    assert!(
        report.contains("has no ranking: every admitted provider is contracted"),
        "{report}"
    );
    assert!(
        report.contains("| begeleiding |  | 60000001 | Zorg 60000001 |  |  | awarded |"),
        "{report}"
    );
}

fn the_report_shows_the_decision_as_recorded_and_who_was_not_admitted_or_joined_later(env: Env) {
    // Classic: a rejected provider, then an objection upheld and a score changed
    // before the new decision is recorded.
    ok(&env, "2015-05-01T10:00", &["new", &seed(ALKMAAR)]);
    ok(&env, "2015-06-01T09:00", &["publish", ALKMAAR]);
    let meets = "pve,indicatoren,gva,skj-big,ijw";
    for (kvk, name) in [
        ("30000001", "Eerste Zorg"),
        ("30000002", "Tweede Zorg"),
        ("30000009", "Geen VOG BV"),
    ] {
        let args = [
            "register", ALKMAAR, "--name", name, "--kvk", kvk, "--lots", "ambulant", "--meets", meets,
        ];
        ok(&env, "2015-06-15T10:00", &args);
    }
    for kvk in ["30000001", "30000002"] {
        ok(
            &env,
            "2015-07-20T10:00",
            &["qualify", ALKMAAR, "--kvk", kvk, "--meets", "pve"],
        );
    }
    ok(
        &env,
        "2015-07-20T10:00",
        &[
            "qualify",
            ALKMAAR,
            "--kvk",
            "30000009",
            "--reject",
            "Geen gedragsverklaring",
        ],
    );
    let scores = env.write(
        "scores.csv",
        "kvk,lot,criterion,value\n\
         30000001,ambulant,transformatie,8\n30000001,ambulant,resultaat,7\n30000001,ambulant,continuiteit,9\n30000001,ambulant,prijs:45A48,62.50\n30000001,ambulant,prijs:45A49,62.50\n30000001,ambulant,prijs:45A52,62.50\n\
         30000002,ambulant,transformatie,6\n30000002,ambulant,resultaat,8\n30000002,ambulant,continuiteit,7\n30000002,ambulant,prijs:45A48,55\n30000002,ambulant,prijs:45A49,55\n30000002,ambulant,prijs:45A52,55\n",
    );
    ok(&env, "2015-07-21T10:00", &["score", ALKMAAR, "--csv", &scores]);
    ok(&env, "2015-10-01T10:00", &["award", ALKMAAR]);
    let full = ok(&env, "2015-10-02T10:00", &["report", ALKMAAR]);
    assert!(
        full.contains("| ambulant | 1 | 30000001 | Eerste Zorg | 8 | 7 | 9 | €62.50 | 81.30 | awarded |"),
        "{full}"
    );
    assert!(full.contains("## Not admitted"), "{full}");
    assert!(
        full.contains("| 30000009 | Geen VOG BV | ambulant | rejected: Geen gedragsverklaring |"),
        "{full}"
    );

    ok(
        &env,
        "2015-10-05T10:00",
        &["object", ALKMAAR, "--kvk", "30000002", "--reason", "Score resultaat"],
    );
    ok(
        &env,
        "2015-10-08T10:00",
        &["resolve", ALKMAAR, "--objection", "1", "--outcome", "upheld"],
    );
    let rescore = [
        "score",
        ALKMAAR,
        "--kvk",
        "30000002",
        "--lot",
        "ambulant",
        "--criterion",
        "resultaat",
        "--points",
        "10",
    ];
    ok(&env, "2015-10-09T10:00", &rescore);
    let changed = ok(&env, "2015-10-09T11:00", &["report", ALKMAAR]);
    // Decision 1 as recorded: no points per criterion, and a note that the scores changed.
    assert!(
        changed.contains("| ambulant | 1 | 30000001 | Eerste Zorg |  |  |  |  | 81.30 | awarded |"),
        "{changed}"
    );
    assert!(changed.contains("The scores changed after decision 1"), "{changed}");
    assert!(changed.contains("tender award --redo"), "{changed}");

    // Open house: a newcomer admitted after the decision is not in its ranking.
    let env = env.another();
    let ommen = "ommen-hardenberg-2015";
    ok(&env, "2015-08-01T10:00", &["new", &seed(ommen)]);
    ok(&env, "2015-08-03T09:00", &["publish", ommen]);
    let meets = "gva,kwaliteit,resultaat,vog,iwmo";
    let first = [
        "register",
        ommen,
        "--name",
        "Vechtdal Zorg",
        "--kvk",
        "52962709",
        "--lots",
        "huishouden",
        "--meets",
        meets,
    ];
    ok(&env, "2015-08-10T10:00", &first);
    ok(
        &env,
        "2015-09-21T10:00",
        &["qualify", ommen, "--kvk", "52962709", "--meets", "gva"],
    );
    ok(&env, "2015-10-16T10:00", &["award", ommen]);
    ok(&env, "2015-11-09T10:00", &["sign", ommen, "--kvk", "52962709"]);
    let newcomer = [
        "register",
        ommen,
        "--name",
        "Nieuwkomer",
        "--kvk",
        "62345678",
        "--lots",
        "huishouden",
        "--meets",
        meets,
    ];
    ok(&env, "2016-02-10T10:00", &newcomer);
    ok(
        &env,
        "2016-02-12T10:00",
        &["qualify", ommen, "--kvk", "62345678", "--meets", "gva"],
    );
    let report = ok(&env, "2016-02-13T10:00", &["report", ommen]);
    assert!(
        report.contains("| huishouden |  | 52962709 | Vechtdal Zorg |  |  | awarded |"),
        "{report}"
    );
    assert!(!report.contains("| huishouden |  | 62345678"), "{report}");
    assert!(!report.contains("scores changed"), "{report}");
    assert!(
        report.contains("## Joined the framework after the decision"),
        "{report}"
    );
    assert!(
        report.contains("| 62345678 | Nieuwkomer | huishouden | qualified | 1 April 2016 |"),
        "{report}"
    );
}
