//! The law at the moment it applies (issue 13), through the binary: the
//! standstill under the Algemene termijnenwet, periods from the moment of
//! publication, contracts, amendments with their basis, the regime and the
//! reële prijs per product. Every case names its article.

mod common;

use common::{Env, Out};

stories! {
    the_standstill_runs_to_the_next_working_day_atw_art_1_and_award_final_waits,
    a_contract_is_signed_after_the_final_award_and_not_in_the_future_art_2_127,
    a_late_signature_while_active_runs_from_its_date_spec_2,
    withdraw_until_the_decision_then_terminate_spec_2,
    terminate_ends_one_contract_in_show_registrations_and_ocds_spec_4,
    a_terminated_open_house_provider_may_join_again_falk_pharma_c_410_14,
    publish_counts_the_period_from_its_actual_moment_art_2_71,
    amendments_name_their_basis_and_an_indexation_over_ten_percent_warns_art_2_163b,
    a_tariff_amended_by_agreement_is_in_force_from_its_date_spec_2,
    the_regime_decides_which_rules_bind_spec_1,
    prices_per_product_make_the_basket_and_points_for_the_price_are_refused_spec_3,
    price_competition_without_a_floor_warns_uitvoeringsbesluit_wmo_art_5_4,
    min_quality_under_fictitious_counts_the_quality_value_in_euros_spec_3,
    the_four_year_and_answers_rules_cite_their_articles_art_2_140_dir_2014_24_art_47,
    an_indexation_is_a_percentage_spec_4,
    after_a_late_signature_remind_stops_asking_for_it_spec_2,
}

/// The classic template moved so that the award decision falls on Monday
/// 22 February 2027: published 1 December 2026, registration until 20 January.
fn classic_2027(extra: &[(&str, &str)]) -> String {
    let mut text = include_str!("../src/templates/classic.toml")
        .replace("announce = 2027-01-11T09:00:00", "announce = 2026-12-01T09:00:00")
        .replace(
            "questions_deadline = 2027-02-12T12:00:00",
            "questions_deadline = 2027-01-08T12:00:00",
        )
        .replace(
            "registration_deadline = 2027-03-01T12:00:00",
            "registration_deadline = 2027-01-20T12:00:00",
        )
        .replace("award_decision = 2027-05-03", "award_decision = 2027-02-22");
    for (from, to) in extra {
        assert!(text.contains(from), "the template has no {from:?}");
        text = text.replacen(from, to, 1);
    }
    text
}

const ID: &str = "regio-wmo-2027";
const A: &str = "10000001";
const B: &str = "10000002";
const C: &str = "10000003";

/// Three qualified offers on `begeleiding`, scored; nothing decided yet.
fn evaluated(env: Env, definition: &str) -> Env {
    let file = env.write("t.toml", definition);
    env.run_at("2026-11-20", &["new", &file]).ok();
    env.run_at("2026-12-01T09:00", &["publish", ID]).ok();
    for kvk in [A, B, C] {
        let name = format!("Zorg {kvk}");
        let args = [
            "register",
            ID,
            "--name",
            &name,
            "--kvk",
            kvk,
            "--lots",
            "begeleiding",
            "--meets",
            "gva,kwaliteit",
        ];
        env.run_at("2026-12-10", &args).ok();
    }
    // Every registration first, then the admissions: time runs forward per tender.
    for kvk in [A, B, C] {
        env.run_at("2027-01-21", &["qualify", ID, "--kvk", kvk, "--meets", "gva"])
            .ok();
    }
    let scores = format!(
        "kvk,lot,criterion,value\n{A},begeleiding,plan,8\n{A},begeleiding,samenwerking,8\n{A},begeleiding,prijs,60\n\
         {B},begeleiding,plan,7\n{B},begeleiding,samenwerking,7\n{B},begeleiding,prijs,62\n\
         {C},begeleiding,plan,6\n{C},begeleiding,samenwerking,6\n{C},begeleiding,prijs,64\n"
    );
    let csv = env.write("scores.csv", scores);
    env.run_at("2027-01-25", &["score", ID, "--csv", &csv]).ok();
    env
}

/// Decided on Monday 22 February 2027 and made final after the standstill.
fn awarded(env: Env) -> Env {
    let env = evaluated(env, &classic_2027(&[]));
    env.run_at("2027-02-22T10:00", &["award", ID]).ok();
    env.run_at("2027-03-16T09:00", &["award", ID, "--final"]).ok();
    env
}

fn the_standstill_runs_to_the_next_working_day_atw_art_1_and_award_final_waits(env: Env) {
    let env = evaluated(env, &classic_2027(&[]));
    let decision = env
        .run_at("2027-02-22T10:00", &["--format", "json", "award", ID])
        .json();
    // The 20th day after Monday 22 February is Sunday 14 March: the standstill runs to Monday 15 March.
    assert_eq!(decision["standstill_end"], "2027-03-15T23:59:59+01:00");
    env.refused(
        "2027-03-15T09:00",
        &["award", ID, "--final"],
        &["the standstill runs until 2027-03-15 23:59"],
    );
    let shown = env.run_at("2027-03-15T09:00", &["--format", "json", "show", ID]).json();
    assert_eq!(shown["decision"]["standstill_end"], "2027-03-15T23:59:59+01:00");
    let remind = env.run_at("2027-03-10", &["--format", "json", "remind"]).json();
    let end = remind
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["what"] == "standstill-end")
        .unwrap();
    assert_eq!(end["due"], "2027-03-15T23:59:59+01:00");
    env.run_at("2027-03-16T09:00", &["award", ID, "--final"]).ok();
}

fn a_contract_is_signed_after_the_final_award_and_not_in_the_future_art_2_127(env: Env) {
    let env = evaluated(env, &classic_2027(&[]));
    env.run_at("2027-02-22T10:00", &["award", ID]).ok();
    env.refused("2027-03-01", &["sign", ID, "--kvk", A], &["phase `standstill`"]);
    env.run_at("2027-03-16T09:00", &["award", ID, "--final"]).ok();
    env.refused(
        "2027-03-20",
        &["sign", ID, "--kvk", A, "--on", "2027-03-01"],
        &["before the award became final on 2027-03-16 09:00", "art. 2.127"],
    );
    env.refused(
        "2027-03-20",
        &["sign", ID, "--kvk", A, "--on", "2027-02-01"],
        &["before the award became final"],
    );
    env.refused(
        "2027-03-20",
        &["sign", ID, "--kvk", A, "--on", "2027-03-21"],
        &["in the future"],
    );
    env.run_at("2027-03-20", &["sign", ID, "--kvk", A, "--on", "2027-03-17"])
        .ok();
}

fn a_late_signature_while_active_runs_from_its_date_spec_2(env: Env) {
    let env = awarded(env);
    env.run_at("2027-04-01", &["sign", ID, "--kvk", A]).ok();
    // B signs only in September, after the contract started on 1 July.
    env.run_at("2027-09-15T10:00", &["sign", ID, "--kvk", B]).ok();
    let shown = env.run_at("2027-09-16", &["--format", "json", "show", ID]).json();
    let b = shown["signatures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kvk"] == B)
        .unwrap();
    assert_eq!(b["effective_at"], "2027-09-15T10:00:00+02:00");
    let a = shown["signatures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kvk"] == A)
        .unwrap();
    assert_eq!(a["effective_at"], "2027-07-01T00:00:00+02:00");
}

fn withdraw_until_the_decision_then_terminate_spec_2(env: Env) {
    let env = evaluated(env, &classic_2027(&[]));
    // In evaluation, before the decision, a bidder withdraws its offer: it takes no part.
    env.run_at("2027-02-01", &["withdraw", ID, "--kvk", C]).ok();
    let decision = env
        .run_at("2027-02-22T10:00", &["--format", "json", "award", ID])
        .json();
    let offers = decision["lots"][0]["offers"].as_array().unwrap();
    assert!(offers.iter().all(|o| o["kvk"] != C), "{offers:?}");
    env.refused(
        "2027-02-23",
        &["withdraw", ID, "--kvk", B],
        &["phase `standstill`", "terminate"],
    );
    env.run_at("2027-03-16T09:00", &["award", ID, "--final"]).ok();
    env.run_at("2027-03-20", &["sign", ID, "--kvk", A]).ok();
    env.refused(
        "2027-03-21",
        &["withdraw", ID, "--kvk", A],
        &["phase `contracted`", "tender terminate"],
    );
}

fn terminate_ends_one_contract_in_show_registrations_and_ocds_spec_4(env: Env) {
    let env = awarded(env);
    env.run_at("2027-04-01", &["sign", ID, "--kvk", A]).ok();
    env.run_at("2027-04-01", &["sign", ID, "--kvk", B]).ok();
    env.refused(
        "2027-08-01",
        &[
            "terminate",
            ID,
            "--kvk",
            C,
            "--on",
            "2027-09-01",
            "--reason",
            "Faillissement",
        ],
        &["no signed contract in force"],
    );
    env.refused(
        "2027-08-01",
        &[
            "terminate",
            ID,
            "--kvk",
            A,
            "--on",
            "2027-03-01",
            "--reason",
            "Faillissement",
        ],
        &["before the contract was signed"],
    );
    env.refused(
        "2027-08-01",
        &["terminate", ID, "--kvk", A, "--on", "2027-09-01", "--reason", " "],
        &["--reason is empty"],
    );
    let done = env.run_at(
        "2027-08-01",
        &[
            "terminate",
            ID,
            "--kvk",
            A,
            "--on",
            "2027-09-01",
            "--reason",
            "Faillissement",
        ],
    );
    assert!(done.said().contains("terminated as of 2027-09-01"), "{}", done.stderr);
    assert_eq!(env.log(ID).last().unwrap()["action"], "terminate");
    assert_eq!(env.registration("2027-09-02", ID, A)["status"], "terminated");
    let shown = env.run_at("2027-09-02", &["--format", "json", "show", ID]).json();
    let a = shown["signatures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kvk"] == A)
        .unwrap();
    assert_eq!(a["terminated_on"], "2027-09-01T00:00:00+02:00");
    assert_eq!(a["termination_reason"], "Faillissement");
    assert!(
        env.run_at("2027-09-02", &["show", ID])
            .ok()
            .contains("terminated as of 2027-09-01 00:00: Faillissement")
    );
    let package = env.run_at("2027-09-02", &["export", ID, "--ocds"]).json();
    let last = package["releases"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["tag"][0], "contractTermination");
    let contract = |kvk: &str| {
        last["contracts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == format!("overeenkomst-{kvk}"))
            .unwrap()
            .clone()
    };
    assert_eq!(contract(A)["status"], "terminated");
    assert_eq!(contract(A)["period"]["endDate"], "2027-09-01T00:00:00+02:00");
    assert_eq!(contract(B)["status"], "active");
    env.refused(
        "2027-09-03",
        &[
            "terminate",
            ID,
            "--kvk",
            A,
            "--on",
            "2027-10-01",
            "--reason",
            "Nogmaals",
        ],
        &["no signed contract in force"],
    );
}

/// The raamovereenkomst template (open house, quarterly joining), published and
/// with one provider signed on 1 June 2027.
fn open_house_signed(env: Env) -> Env {
    let file = env.write("o.toml", include_str!("../src/templates/raamovereenkomst.toml"));
    env.run_at("2027-01-01", &["new", &file]).ok();
    env.run_at("2027-01-11T09:00", &["publish", ID]).ok();
    let args = [
        "register",
        ID,
        "--name",
        "Zorg A",
        "--kvk",
        A,
        "--lots",
        "begeleiding",
        "--meets",
        "gva,kwaliteit,iwmo",
    ];
    env.run_at("2027-02-01", &args).ok();
    env.run_at("2027-03-02", &["qualify", ID, "--kvk", A, "--meets", "gva"])
        .ok();
    env.run_at("2027-03-10", &["award", ID]).ok();
    env.run_at("2027-06-01", &["sign", ID, "--kvk", A]).ok();
    env
}

fn a_terminated_open_house_provider_may_join_again_falk_pharma_c_410_14(env: Env) {
    let env = open_house_signed(env);
    let register = [
        "register",
        ID,
        "--name",
        "Zorg A",
        "--kvk",
        A,
        "--lots",
        "begeleiding",
        "--meets",
        "gva,kwaliteit,iwmo",
    ];
    env.refused("2027-08-01", &register, &["already registered"]);
    env.refused(
        "2027-08-01",
        &["withdraw", ID, "--kvk", A],
        &["has signed its contract", "tender terminate --kvk 10000001"],
    );
    env.run_at(
        "2027-08-01",
        &[
            "terminate",
            ID,
            "--kvk",
            A,
            "--on",
            "2027-08-01",
            "--reason",
            "Opzegging",
        ],
    )
    .ok();
    env.run_at("2027-08-10", &register).ok();
    env.run_at("2027-08-11", &["qualify", ID, "--kvk", A, "--meets", "gva"])
        .ok();
    env.run_at("2027-10-01T10:00", &["sign", ID, "--kvk", A]).ok();
    let shown = env.run_at("2027-10-02", &["--format", "json", "show", ID]).json();
    assert_eq!(shown["signatures"].as_array().unwrap().len(), 2);
    let package = env.run_at("2027-10-02", &["export", ID, "--ocds"]).json();
    let last = package["releases"].as_array().unwrap().last().unwrap().clone();
    let ids: Vec<&str> = last["contracts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [format!("overeenkomst-{A}"), format!("overeenkomst-{A}-2")]);
}

fn publish_counts_the_period_from_its_actual_moment_art_2_71(env: Env) {
    // Published a day before the deadline: an open procedure is refused, a light-regime one warned.
    let open = env.another();
    let file = open.write("t.toml", classic_2027(&[("regime = \"sas\"", "regime = \"open\"")]));
    open.run_at("2026-11-20", &["new", &file]).ok();
    open.refused(
        "2027-01-19T12:00",
        &["publish", ID],
        &[
            "cannot be published",
            "1 calendar day from publication on 2027-01-19 12:00",
            "art. 2.71",
        ],
    );
    let sas = env.another();
    let file = sas.write("t.toml", classic_2027(&[]));
    sas.run_at("2026-11-20", &["new", &file]).ok();
    let out = sas.run_at("2027-01-19T12:00", &["publish", ID]);
    out.ok();
    assert!(
        out.stderr
            .contains("warning: the registration period is 1 calendar day "),
        "{}",
        out.stderr
    );
    // An open house gets no period rule at all.
    let house = env;
    let file = house.write("o.toml", include_str!("../src/templates/raamovereenkomst.toml"));
    house.run_at("2027-01-01", &["new", &file]).ok();
    let out = house.run_at("2027-02-28T12:00", &["publish", ID]);
    out.ok();
    assert!(!out.stderr.contains("registration period"), "{}", out.stderr);
}

fn amendments_name_their_basis_and_an_indexation_over_ten_percent_warns_art_2_163b(env: Env) {
    let env = awarded(env);
    env.run_at("2027-04-01", &["sign", ID, "--kvk", A]).ok();
    env.refused(
        "2027-12-01",
        &[
            "amend",
            ID,
            "--lot",
            "begeleiding",
            "--index",
            "3",
            "--basis",
            "agreement",
            "--reason",
            "OVA",
        ],
        &["--basis agreement is for a bestuurlijke aanbesteding", "art. 2.163a"],
    );
    env.refused(
        "2027-12-01",
        &[
            "amend",
            ID,
            "--lot",
            "begeleiding",
            "--index",
            "3",
            "--basis",
            "indexation",
            "--from",
            "2027-01-01",
            "--reason",
            "OVA",
        ],
        &["before the award decision"],
    );
    let ok = env.run_at(
        "2027-12-01",
        &[
            "amend",
            ID,
            "--lot",
            "begeleiding",
            "--index",
            "3.5",
            "--basis",
            "indexation",
            "--from",
            "2028-01-01",
            "--reason",
            "OVA 2028",
        ],
    );
    assert!(ok.said().contains("index +3.5% from 2028-01-01"), "{}", ok.stderr);
    assert!(!ok.stderr.contains("warning"), "{}", ok.stderr);
    let large = env.run_at(
        "2028-12-01",
        &[
            "amend",
            ID,
            "--lot",
            "begeleiding",
            "--index",
            "8",
            "--basis",
            "review-clause",
            "--from",
            "2029-01-01",
            "--reason",
            "Cao",
        ],
    );
    large.ok();
    assert!(
        large
            .stderr
            .contains("warning: the indexations of lot `begeleiding` together raise its prices by 11.78 %")
            && large.stderr.contains("art. 2.163b Aw"),
        "{}",
        large.stderr
    );
    let shown = env.run_at("2029-01-02", &["--format", "json", "show", ID]).json();
    let history = shown["amendments"].as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0]["basis"], "indexation");
    assert_eq!(history[0]["from"], "2028-01-01T00:00:00+01:00");
    assert_eq!(history[1]["field"], "index");
    assert_eq!(history[1]["new"], 8.0);
}

fn a_tariff_amended_by_agreement_is_in_force_from_its_date_spec_2(env: Env) {
    env.load(&["walcheren-2016"]);
    env.run_at("2015-07-01T09:00", &["publish", "walcheren-2016"]).ok();
    let args = [
        "register",
        "walcheren-2016",
        "--name",
        "Zorg",
        "--kvk",
        A,
        "--lots",
        "begeleiding",
        "--meets",
        "kwaliteit,vog,porthos,iwmo",
    ];
    env.run_at("2015-08-01", &args).ok();
    env.run_at(
        "2015-10-01",
        &["qualify", "walcheren-2016", "--kvk", A, "--meets", "vog"],
    )
    .ok();
    env.run_at("2016-02-15", &["award", "walcheren-2016"]).ok();
    let amend = [
        "amend",
        "walcheren-2016",
        "--lot",
        "begeleiding",
        "--product",
        "02A01",
        "--tariff",
        "54.25",
        "--basis",
        "agreement",
        "--from",
        "2017-01-01",
        "--reason",
        "Overlegtafel",
    ];
    let out = env.run_at("2016-11-30", &amend);
    out.ok();
    assert!(
        !out.stderr.contains("warning"),
        "no 10 % rule for a bestuurlijke aanbesteding: {}",
        out.stderr
    );
    let tariff = |now: &str| {
        env.run_at(now, &["--format", "json", "show", "walcheren-2016"]).json()["lots"][0]["products"][0]["tariff"]
            .clone()
    };
    assert_eq!(
        tariff("2016-12-31"),
        52.5,
        "the old tariff until the change takes effect"
    );
    assert_eq!(tariff("2017-01-01"), 54.25);
}

fn the_regime_decides_which_rules_bind_spec_1(env: Env) {
    let check = |name: &str, text: String| -> Out {
        let file = env.write(name, text);
        env.run(&["check", &file])
    };
    // Hulpmiddelen (category 12) are supplies: an error under the light regime (art. 2.38 Aw).
    let supplies = classic_2027(&[("code = \"02A01\"", "code = \"12A01\"")]);
    check("h.toml", supplies.clone()).refused(&["`12A01`", "hulpmiddel", "supply"]);
    // Under `national` the EUR 216,000 threshold of supplies applies, with lot budgets summed.
    let national = supplies
        .replace("regime = \"sas\"", "regime = \"national\"")
        .replace("estimated_value = 2_500_000 ", "# no estimated value ");
    let out = check("n.toml", national);
    out.ok();
    assert!(
        out.stderr.contains("€ 216.000,00") && out.stderr.contains("supplies"),
        "{}",
        out.stderr
    );
    // A short standstill is an error under sas, a warning under national, nothing under 2b.
    let short = |regime: &str| {
        classic_2027(&[
            ("regime = \"sas\"", &format!("regime = \"{regime}\"")),
            ("standstill_days = 20 ", "standstill_days = 10 "),
        ])
    };
    check("s.toml", short("sas")).refused(&["art. 2.127"]);
    let national = check("w.toml", short("national"));
    national.ok();
    assert!(national.stderr.contains("advised, not required"), "{}", national.stderr);
    let old = check(
        "b.toml",
        short("2b")
            .replace("2026-", "2014-")
            .replace("2027-", "2015-")
            .replace("2029-", "2017-"),
    );
    old.ok();
    assert!(old.said().contains("(0 warnings)"), "{}", old.stderr);
    check("late.toml", short("2b")).refused(&["the 2B regime ended on 1 July 2016"]);
}

#[test]
fn the_seed_tenders_before_1_july_2016_are_2b_and_pass_every_check() {
    for id in [
        "walcheren-2016",
        "alkmaar-wmo-pbv-2016",
        "alkmaar-jeugdhulp-2016",
        "ommen-hardenberg-2015",
        "leeuwarden-wijk",
    ] {
        let text = std::fs::read_to_string(common::seed(id)).unwrap();
        assert!(text.contains("regime = \"2b\""), "{id}");
        let out = Env::new().run(&["check", &common::seed(id)]);
        assert!(out.said().contains("(0 warnings)"), "{id}: {}", out.stderr);
    }
}

fn prices_per_product_make_the_basket_and_points_for_the_price_are_refused_spec_3(env: Env) {
    // Lot `begeleiding` gets a second product; 02A01 weighs 3, 02A02 weighs 1 and has a floor.
    let two = classic_2027(&[(
        "funding = \"inspanning\"          # inspanning",
        "funding = \"inspanning\"\nweight = 3\nprice_floor = 50\n\n[[lots.products]]\ncode = \"02A02\"\nname = \"Begeleiding groep\"\nunit = \"uur\"\nfunding = \"inspanning\"\nweight = 1\nprice_floor = 30\n# inspanning",
    )]);
    let file = env.write("t.toml", two);
    env.run_at("2026-11-20", &["new", &file]).ok();
    env.run_at("2026-12-01T09:00", &["publish", ID]).ok();
    for kvk in [A, B] {
        let args = [
            "register",
            ID,
            "--name",
            "Zorg",
            "--kvk",
            kvk,
            "--lots",
            "begeleiding",
            "--meets",
            "gva,kwaliteit",
        ];
        env.run_at("2026-12-10", &args).ok();
    }
    // Every registration first, then the admissions: time runs forward per tender.
    for kvk in [A, B] {
        env.run_at("2027-01-21", &["qualify", ID, "--kvk", kvk, "--meets", "gva"])
            .ok();
    }
    env.refused(
        "2027-01-25",
        &[
            "score",
            ID,
            "--kvk",
            A,
            "--lot",
            "begeleiding",
            "--criterion",
            "prijs",
            "--points",
            "7",
        ],
        &["price criterion", "--price EUR"],
    );
    env.refused(
        "2027-01-25",
        &["score", ID, "--kvk", A, "--lot", "begeleiding", "--price", "60"],
        &["several products", "--product CODE"],
    );
    env.run_at(
        "2027-01-25",
        &[
            "score",
            ID,
            "--kvk",
            A,
            "--lot",
            "begeleiding",
            "--price",
            "60",
            "--product",
            "02A01",
        ],
    )
    .ok();
    let scores = format!(
        "kvk,lot,criterion,value\n{A},begeleiding,plan,8\n{A},begeleiding,samenwerking,8\n{A},begeleiding,prijs:02A02,40\n\
         {B},begeleiding,plan,8\n{B},begeleiding,samenwerking,8\n{B},begeleiding,prijs:02A01,58\n{B},begeleiding,prijs:02A02,25\n"
    );
    let csv = env.write("scores.csv", scores);
    env.run_at("2027-01-26", &["score", ID, "--csv", &csv]).ok();
    let dry = env
        .run_at("2027-02-22", &["--format", "json", "award", ID, "--dry-run"])
        .json();
    let offers = dry["lots"][0]["offers"].as_array().unwrap();
    let a = offers.iter().find(|o| o["kvk"] == A).unwrap();
    // (3 × 60 + 1 × 40) / 4 = 55.
    assert_eq!(a["price"], 55.0);
    assert_eq!(a["prices"]["02A01"], 60.0);
    assert_eq!(a["prices"]["02A02"], 40.0);
    let b = offers.iter().find(|o| o["kvk"] == B).unwrap();
    assert!(
        b["excluded"]
            .as_str()
            .unwrap()
            .contains("product 02A02 is below its price floor of € 30,00"),
        "{b}"
    );
}

fn price_competition_without_a_floor_warns_uitvoeringsbesluit_wmo_art_5_4(env: Env) {
    let file = env.write("t.toml", classic_2027(&[("price_floor = 0 ", "# no floor ")]));
    let out = env.run(&["check", &file]);
    out.ok();
    assert!(
        out.stderr
            .contains("`02A01` in lot `begeleiding` competes on price without a price_floor")
            && out.stderr.contains("Uitvoeringsbesluit Wmo 2015 art. 5.4"),
        "{}",
        out.stderr
    );
}

fn min_quality_under_fictitious_counts_the_quality_value_in_euros_spec_3(env: Env) {
    // Plan worth € 1000 at full points, samenwerking € 9000; min_quality 40 % of € 10.000.
    let definition = classic_2027(&[
        ("# value = 4000 ", "value = 1000\n# "),
        (
            "max_points = 10\n\n[[criteria]]\nid = \"prijs\"",
            "max_points = 10\nvalue = 9000\n\n[[criteria]]\nid = \"prijs\"",
        ),
        ("price_formula = \"relative\"", "price_formula = \"fictitious\""),
        ("min_quality = 55", "min_quality = 40"),
    ]);
    let file = env.write("t.toml", definition);
    env.run_at("2026-11-20", &["new", &file]).ok();
    env.run_at("2026-12-01T09:00", &["publish", ID]).ok();
    for kvk in [A, B] {
        let args = [
            "register",
            ID,
            "--name",
            "Zorg",
            "--kvk",
            kvk,
            "--lots",
            "begeleiding",
            "--meets",
            "gva,kwaliteit",
        ];
        env.run_at("2026-12-10", &args).ok();
    }
    // Every registration first, then the admissions: time runs forward per tender.
    for kvk in [A, B] {
        env.run_at("2027-01-21", &["qualify", ID, "--kvk", kvk, "--meets", "gva"])
            .ok();
    }
    // A: full points on plan (€ 1000 of € 10.000 = 10 %); B: half on samenwerking (€ 4500 = 45 %).
    let scores = format!(
        "kvk,lot,criterion,value\n{A},begeleiding,plan,10\n{A},begeleiding,samenwerking,0\n{A},begeleiding,prijs,60\n\
         {B},begeleiding,plan,0\n{B},begeleiding,samenwerking,5\n{B},begeleiding,prijs,60\n"
    );
    let csv = env.write("scores.csv", scores);
    env.run_at("2027-01-26", &["score", ID, "--csv", &csv]).ok();
    let dry = env
        .run_at("2027-02-22", &["--format", "json", "award", ID, "--dry-run"])
        .json();
    let offers = dry["lots"][0]["offers"].as_array().unwrap();
    let excluded = |kvk: &str| offers.iter().find(|o| o["kvk"] == kvk).unwrap()["excluded"].clone();
    assert_eq!(excluded(A), "quality 10.00% is below the minimum of 40%");
    assert_eq!(excluded(B), serde_json::Value::Null);
}

fn the_four_year_and_answers_rules_cite_their_articles_art_2_140_dir_2014_24_art_47(env: Env) {
    let closed = include_str!("../src/templates/raamovereenkomst.toml")
        .replace("open_house = true ", "open_house = false ")
        .replace("contract_end = 2029-06-30", "contract_end = 2030-06-30")
        .replace("joining = \"quarterly\"", "# joining")
        .replace("regime = \"sas\"", "regime = \"open\"");
    let check = |name: &str, text: &str| env.run(&["check", &env.write(name, text)]);
    let out = check("c.toml", &closed);
    out.ok();
    assert!(
        out.stderr.contains("art. 2.140"),
        "a closed framework over 4 years under open: {}",
        out.stderr
    );
    let sas = check("s.toml", &closed.replace("regime = \"open\"", "regime = \"sas\""));
    assert!(!sas.stderr.contains("art. 2.140"), "{}", sas.stderr);
    let late = classic_2027(&[(
        "questions_deadline = 2027-01-08T12:00:00",
        "questions_deadline = 2027-01-18T12:00:00",
    )]);
    let out = check("q.toml", &late);
    out.ok();
    assert!(out.stderr.contains("Dir. 2014/24 art. 47(3), 53(2)"), "{}", out.stderr);
}

fn an_indexation_is_a_percentage_spec_4(env: Env) {
    let env = awarded(env);
    env.refused(
        "2027-12-01",
        &[
            "amend",
            ID,
            "--lot",
            "begeleiding",
            "--index=-2",
            "--basis",
            "indexation",
            "--reason",
            "OVA",
        ],
        &["--index: `-2` is not a percentage"],
    );
    env.refused(
        "2027-12-01",
        &[
            "amend",
            ID,
            "--lot",
            "begeleiding",
            "--index",
            "0",
            "--basis",
            "indexation",
            "--reason",
            "OVA",
        ],
        &["changes nothing"],
    );
}

fn after_a_late_signature_remind_stops_asking_for_it_spec_2(env: Env) {
    let env = awarded(env);
    env.run_at("2027-04-01", &["sign", ID, "--kvk", A]).ok();
    env.run_at("2027-04-01", &["sign", ID, "--kvk", B]).ok();
    let overdue = |now: &str| -> Vec<serde_json::Value> {
        let remind = env
            .run_at(now, &["--format", "json", "remind", "--within", "1d"])
            .json();
        remind
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["overdue"] == true)
            .cloned()
            .collect()
    };
    let before = overdue("2027-08-01");
    assert!(
        before.iter().any(|r| r["next"].as_str().unwrap().contains(C)),
        "{before:?}"
    );
    env.run_at("2027-08-02", &["sign", ID, "--kvk", C]).ok();
    let after = overdue("2027-08-03");
    assert!(
        after.iter().all(|r| !r["next"].as_str().unwrap().contains(C)),
        "{after:?}"
    );
}
