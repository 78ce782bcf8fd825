//! The contract register (`providers`), regional lots and budgets, and the
//! notice of the awarded contract, through the real binary.

mod common;

use common::{Env, seed};
use serde_json::Value;

stories! {
    the_register_follows_signatures_amendments_and_the_contract_end,
    a_terminated_contract_leaves_the_register_from_its_termination_day,
    the_register_filters_by_tender_product_and_member,
    an_open_house_newcomer_enters_the_register_at_its_joining_moment,
    lot_budgets_are_divided_over_members_and_amended_per_member,
    budget_shares_that_name_a_stranger_or_do_not_add_up_are_refused,
    the_award_notice_of_a_2b_tender_is_due_48_days_after_the_first_signature_until_recorded,
}

/// The register at `now` as `(tender, lot, kvk)` rows.
fn register(env: &Env, now: &str, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["--format", "json", "providers"];
    all.extend_from_slice(args);
    env.run_at(now, &all).json().as_array().expect("an array").clone()
}

fn keys(rows: &[Value]) -> Vec<(String, String)> {
    rows.iter()
        .map(|r| {
            (
                r["lot"].as_str().unwrap().to_string(),
                r["kvk"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Walcheren (bestuurlijk) with lot `dagbesteding` serving Middelburg and
/// Veere only, its budget divided between them; two providers qualified and
/// awarded on 15 February 2016, contracts from 28 March 2016 to 31 December 2018.
fn walcheren(env: Env) -> Env {
    let id = "walcheren-2016";
    let source = std::fs::read_to_string(seed(id)).unwrap();
    let lot = "id = \"dagbesteding\"\nname = \"Dagbesteding\"\n";
    assert!(source.contains(lot));
    let regional = source.replacen(
        lot,
        &format!("{lot}budget = 900_000\nmembers = [\"Middelburg\", \"Veere\"]\nbudget_by_member = {{ Middelburg = 600_000, Veere = 300_000 }}\n"),
        1,
    );
    let file = env.write("walcheren.toml", regional);
    env.run_at("2015-06-01T10:00", &["new", &file]).ok();
    env.run_at("2015-07-01T09:00", &["publish", id]).ok();
    for (kvk, name, lots) in [
        ("22123456", "Zeeuwse Gronden", "begeleiding,dagbesteding"),
        ("22654321", "Emergis", "begeleiding"),
    ] {
        env.run_at(
            "2015-08-10T10:00",
            &[
                "register",
                id,
                "--name",
                name,
                "--kvk",
                kvk,
                "--lots",
                lots,
                "--agb",
                "98765432",
                "--email",
                "zorg@example.nl",
                "--meets",
                "kwaliteit,vog,porthos,iwmo",
            ],
        )
        .ok();
    }
    for kvk in ["22123456", "22654321"] {
        env.run_at(
            "2015-10-01T10:00",
            &["qualify", id, "--kvk", kvk, "--meets", "kwaliteit"],
        )
        .ok();
    }
    env.run_at("2016-02-15T10:00", &["award", id]).ok();
    env
}

fn the_register_follows_signatures_amendments_and_the_contract_end(env: Env) {
    let env = walcheren(env);
    let id = "walcheren-2016";
    env.run_at("2016-03-01T10:00", &["sign", id, "--kvk", "22123456"]).ok();
    // Signed, but the contracts start on 28 March.
    assert!(register(&env, "2016-03-27T23:00", &[]).is_empty());
    let start = register(&env, "2016-03-28T00:00", &[]);
    assert_eq!(
        keys(&start),
        [
            ("begeleiding".into(), "22123456".into()),
            ("dagbesteding".into(), "22123456".into())
        ]
    );
    let row = &start[0];
    for key in [
        "tender", "lot", "kvk", "name", "agb", "email", "products", "members", "from", "until",
    ] {
        assert!(row.get(key).is_some(), "key {key} missing: {row}");
    }
    assert_eq!(
        (&row["tender"], &row["name"], &row["agb"], &row["email"]),
        (
            &Value::from(id),
            &Value::from("Zeeuwse Gronden"),
            &Value::from("98765432"),
            &Value::from("zorg@example.nl")
        )
    );
    assert_eq!(
        row["products"][0],
        serde_json::json!({"code": "02A01", "name": "Begeleiding individueel", "unit": "uur", "tariff": 52.5})
    );
    assert_eq!(row["members"], serde_json::json!(["Middelburg", "Veere", "Vlissingen"]));
    assert_eq!(start[1]["members"], serde_json::json!(["Middelburg", "Veere"]));
    assert_eq!(
        (&row["from"], &row["until"]),
        (
            &Value::from("2016-03-28T00:00:00+02:00"),
            &Value::from("2018-12-31T23:59:59+01:00")
        )
    );

    // Emergis signs after the first one: in the register once the contracts start.
    env.run_at("2016-03-10T10:00", &["sign", id, "--kvk", "22654321"]).ok();
    assert_eq!(register(&env, "2016-03-28T00:00", &[]).len(), 3);

    // An amendment's tariff is in force from the moment it takes effect.
    env.run_at(
        "2016-11-30T10:00",
        &[
            "amend",
            id,
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
            "Tarief 2017, overlegtafel november 2016",
        ],
    )
    .ok();
    let tariff = |now: &str| register(&env, now, &["--product", "02A01"])[0]["products"][0]["tariff"].clone();
    assert_eq!(tariff("2016-12-31T23:59"), Value::from(52.5));
    assert_eq!(tariff("2017-01-01T00:00"), Value::from(54.25));
    // An indexation raises every tariff of the lot from its --from day: 54.25 + 2 % = 55.335, to the cent.
    env.run_at(
        "2017-12-01T10:00",
        &[
            "amend",
            id,
            "--lot",
            "begeleiding",
            "--index",
            "2",
            "--basis",
            "indexation",
            "--from",
            "2018-01-01",
            "--reason",
            "OVA 2018",
        ],
    )
    .ok();
    assert_eq!(tariff("2017-12-31T23:59"), Value::from(54.25));
    assert_eq!(tariff("2018-01-01T00:00"), Value::from(55.34));

    // The contract end: nobody is in force the day after.
    assert_eq!(register(&env, "2018-12-31T23:59", &[]).len(), 3);
    assert!(register(&env, "2019-01-01T00:00", &[]).is_empty());
}

fn a_terminated_contract_leaves_the_register_from_its_termination_day(env: Env) {
    let env = walcheren(env);
    let id = "walcheren-2016";
    env.run_at("2016-03-01T10:00", &["sign", id, "--kvk", "22123456"]).ok();
    env.run_at("2016-03-10T10:00", &["sign", id, "--kvk", "22654321"]).ok();
    env.run_at(
        "2017-05-15T10:00",
        &[
            "terminate",
            id,
            "--kvk",
            "22654321",
            "--on",
            "2017-06-01",
            "--reason",
            "Faillissement",
        ],
    )
    .ok();
    let before = register(&env, "2017-05-31T23:59", &[]);
    assert_eq!(before.len(), 3, "{before:?}");
    let emergis = before
        .iter()
        .find(|r| r["kvk"] == "22654321")
        .expect("Emergis in force");
    assert_eq!(emergis["until"], Value::from("2017-06-01T00:00:00+02:00"));
    let after = register(&env, "2017-06-01T00:00", &[]);
    assert_eq!(
        keys(&after),
        [
            ("begeleiding".into(), "22123456".into()),
            ("dagbesteding".into(), "22123456".into())
        ]
    );
    // The other contract runs on to its end.
    assert_eq!(after[0]["until"], Value::from("2018-12-31T23:59:59+01:00"));
}

fn the_register_filters_by_tender_product_and_member(env: Env) {
    let env = walcheren(env);
    let id = "walcheren-2016";
    env.run_at("2016-03-01T10:00", &["sign", id, "--kvk", "22123456"]).ok();
    env.run_at("2016-03-01T10:00", &["sign", id, "--kvk", "22654321"]).ok();
    let now = "2016-04-01T10:00";
    assert_eq!(register(&env, now, &[]).len(), 3);
    assert_eq!(
        keys(&register(&env, now, &["--product", "07A01"])),
        [("dagbesteding".into(), "22123456".into())]
    );
    // Vlissingen is not served by dagbesteding.
    let vlissingen = register(&env, now, &["--member", "Vlissingen"]);
    assert_eq!(
        keys(&vlissingen),
        [
            ("begeleiding".into(), "22123456".into()),
            ("begeleiding".into(), "22654321".into())
        ]
    );
    assert_eq!(register(&env, now, &["--member", "Veere", "--tender", id]).len(), 3);
    let csv = env
        .run_at(now, &["--format", "csv", "providers", "--product", "07A01"])
        .said();
    assert!(
        csv.starts_with("tender,lot,kvk,name,agb,email,products.code,products.tariff,members,from,until\n"),
        "{csv}"
    );
    assert!(
        csv.contains("07A01|07A02|08A01,33.0|49.5|9.5,Middelburg|Veere"),
        "{csv}"
    );
    let table = env.run_at(now, &["providers", "--product", "07A01"]).said();
    assert!(
        table.contains("07A01 Dagbesteding basis: € 33,00 per dagdeel"),
        "{table}"
    );

    env.refused(
        now,
        &["providers", "--product", "7A01"],
        &["--product `7A01` is not a product code", "02A01"],
    );
    env.refused(
        now,
        &["providers", "--member", "Goes"],
        &["--member `Goes` is not a member municipality"],
    );
    env.refused(now, &["providers", "--tender", "zeeland"], &["no tender `zeeland`"]);
}

fn an_open_house_newcomer_enters_the_register_at_its_joining_moment(env: Env) {
    let env = env.ommen_open();
    let id = "ommen-hardenberg-2015";
    let meets = "gva,kwaliteit,resultaat,vog,iwmo";
    env.run_at(
        "2015-08-10T10:00",
        &[
            "register",
            id,
            "--name",
            "Zorg Eén",
            "--kvk",
            "20000001",
            "--lots",
            "huishouden",
            "--meets",
            meets,
        ],
    )
    .ok();
    env.run_at(
        "2015-09-21T10:00",
        &["qualify", id, "--kvk", "20000001", "--meets", "gva"],
    )
    .ok();
    env.run_at("2015-10-16T10:00", &["award", id]).ok();
    env.run_at(
        "2015-11-09T15:00",
        &["sign", id, "--kvk", "20000001", "--on", "2015-11-09"],
    )
    .ok();
    env.run_at(
        "2016-02-10T10:00",
        &[
            "register",
            id,
            "--name",
            "Thuiszorg Vechtdal Nieuw",
            "--kvk",
            "62345678",
            "--lots",
            "huishouden",
            "--meets",
            meets,
        ],
    )
    .ok();
    env.run_at(
        "2016-02-12T10:00",
        &["qualify", id, "--kvk", "62345678", "--meets", "gva"],
    )
    .ok();
    env.run_at(
        "2016-02-12T10:00",
        &[
            "register",
            id,
            "--name",
            "Zorg Laat",
            "--kvk",
            "73456789",
            "--lots",
            "huishouden",
            "--meets",
            meets,
        ],
    )
    .ok();
    env.run_at(
        "2016-02-12T10:00",
        &["qualify", id, "--kvk", "73456789", "--meets", "gva"],
    )
    .ok();
    // The joining moment of 1 April is reminded now that a newcomer waits for it.
    let remind = env.run_at("2016-03-25T10:00", &["--format", "json", "remind"]).json();
    let joining: Vec<&Value> = remind
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["what"] == "joining")
        .collect();
    assert_eq!(joining.len(), 1, "{remind}");
    assert_eq!(joining[0]["due"], "2016-04-01T00:00:00+02:00");
    assert_eq!(
        joining[0]["summary"],
        "joining moment for Thuiszorg Vechtdal Nieuw (KvK 62345678), Zorg Laat (KvK 73456789)"
    );
    env.run_at("2016-03-28T10:00", &["sign", id, "--kvk", "62345678"]).ok();
    let with = |now: &str| keys(&register(&env, now, &["--member", "Ommen"]));
    assert_eq!(with("2016-03-31T23:59"), [("huishouden".into(), "20000001".into())]);
    assert_eq!(
        with("2016-04-01T00:00"),
        [
            ("huishouden".into(), "20000001".into()),
            ("huishouden".into(), "62345678".into())
        ]
    );
    // A newcomer that signs after its joining moment is in force from its signature.
    env.run_at(
        "2016-04-05T10:00",
        &["sign", id, "--kvk", "73456789", "--on", "2016-04-05"],
    )
    .ok();
    assert_eq!(with("2016-04-04T23:59").len(), 2);
    assert_eq!(with("2016-04-05T00:00").len(), 3);
    assert_eq!(
        register(&env, "2016-04-05T10:00", &[])[2]["from"],
        "2016-04-05T00:00:00+02:00"
    );
    // Signed: nobody waits for the next joining moment, so it is not reminded.
    let later = env.run_at("2016-06-25T10:00", &["--format", "json", "remind"]).json();
    assert!(!later.to_string().contains("\"joining\""), "{later}");
}

fn lot_budgets_are_divided_over_members_and_amended_per_member(env: Env) {
    let env = walcheren(env);
    let id = "walcheren-2016";
    let shown = env.run_at("2016-02-16T10:00", &["--format", "json", "show", id]).json();
    let lot = &shown["lots"][1];
    assert_eq!(lot["budget"], 900000.0);
    assert_eq!(lot["members"], serde_json::json!(["Middelburg", "Veere"]));
    assert_eq!(
        lot["budget_by_member"],
        serde_json::json!({"Middelburg": 600000.0, "Veere": 300000.0})
    );
    let table = env.run_at("2016-02-16T10:00", &["show", id]).said();
    assert!(table.contains("Veere € 300.000,00"), "{table}");

    let out = env
        .run_at(
            "2016-03-01T10:00",
            &[
                "amend",
                id,
                "--lot",
                "dagbesteding",
                "--budget",
                "350000",
                "--member",
                "Veere",
                "--basis",
                "agreement",
                "--reason",
                "Meer cliënten",
            ],
        )
        .said();
    assert!(
        out.contains("share of Veere budget € 300.000,00 → € 350.000,00"),
        "{out}"
    );
    let shown = env.run_at("2016-03-01T11:00", &["--format", "json", "show", id]).json();
    assert_eq!(shown["lots"][1]["budget"], 950000.0);
    assert_eq!(shown["lots"][1]["budget_by_member"]["Veere"], 350000.0);
    assert_eq!(shown["amendments"][0]["member"], "Veere");

    env.refused(
        "2016-03-02T10:00",
        &[
            "amend",
            id,
            "--lot",
            "dagbesteding",
            "--budget",
            "1",
            "--member",
            "Vlissingen",
            "--basis",
            "agreement",
            "--reason",
            "x",
        ],
        &[
            "--member `Vlissingen` is not a member that lot `dagbesteding` serves",
            "Middelburg, Veere",
        ],
    );
    env.refused(
        "2016-03-02T10:00",
        &[
            "amend",
            id,
            "--lot",
            "dagbesteding",
            "--budget",
            "1",
            "--basis",
            "agreement",
            "--reason",
            "x",
        ],
        &["budget_by_member", "--member NAME"],
    );
}

fn budget_shares_that_name_a_stranger_or_do_not_add_up_are_refused(env: Env) {
    let source = std::fs::read_to_string(seed("walcheren-2016")).unwrap();
    let lot = "id = \"dagbesteding\"\nname = \"Dagbesteding\"\n";
    for (shares, words) in [
        (
            "{ Middelburg = 600_000, Goes = 300_000 }",
            "gives budget_by_member to `Goes`, which the lot does not serve",
        ),
        (
            "{ Middelburg = 600_000, Veere = 200_000 }",
            "sums to € 800.000,00, not to its budget of € 900.000,00",
        ),
    ] {
        let file = env.write(
            "bad.toml",
            source.replacen(lot, &format!("{lot}budget = 900_000\nbudget_by_member = {shares}\n"), 1),
        );
        env.refused("2015-06-01T10:00", &["new", &file], &[words]);
    }
    let dump = env.dump();
    assert!(!dump.lines().any(|row| row.starts_with("tender: ")), "{dump}");
}

fn the_award_notice_of_a_2b_tender_is_due_48_days_after_the_first_signature_until_recorded(env: Env) {
    let env = walcheren(env);
    let id = "walcheren-2016";
    env.refused(
        "2016-02-20T10:00",
        &["notice", id, "--on", "2016-02-20"],
        &["no signed contract yet"],
    );
    env.run_at("2016-03-01T10:00", &["sign", id, "--kvk", "22123456"]).ok();
    // A 2b tender (announced before 1 July 2016): 48 days after the contract (Dir. 2004/18 art. 35(4)).
    let notice = |now: &str| -> Vec<Value> {
        let all = env
            .run_at(now, &["--format", "json", "remind", "--within", "1d"])
            .json();
        all.as_array()
            .unwrap()
            .iter()
            .filter(|r| r["what"] == "award-notice")
            .cloned()
            .collect()
    };
    assert!(notice("2016-04-16T10:00").is_empty());
    assert_eq!(notice("2016-04-17T10:00")[0]["due"], "2016-04-18T23:59:59+02:00");
    assert_eq!(notice("2016-04-19T10:00")[0]["overdue"], true);
    env.refused(
        "2016-04-19T10:00",
        &["notice", id, "--on", "2016-04-20"],
        &["in the future"],
    );
    let out = env
        .run_at(
            "2016-04-19T10:00",
            &["notice", id, "--on", "2016-04-18", "--ref", "TenderNed 112233"],
        )
        .said();
    assert_eq!(
        out,
        "notice of the awarded contract published on 2016-04-18 (TenderNed 112233)\n"
    );
    assert!(notice("2016-04-20T10:00").is_empty());
    env.refused(
        "2016-04-20T10:00",
        &["notice", id, "--on", "2016-04-19"],
        &["already recorded as published on 2016-04-18"],
    );
    assert!(env.log(id).iter().any(|e| e["action"] == "notice"));
}
