//! Evidence (bewijsstukken) through the real binary: recording and listing it,
//! a requirement met only with valid evidence, and its expiry reminder.

mod common;

use common::{Env, seed};
use serde_json::Value;

stories! {
    a_requirement_with_evidence_is_met_only_with_a_valid_piece,
    evidence_refuses_bad_input_and_writes_nothing,
    remind_warns_ten_weeks_before_a_contracted_providers_evidence_expires,
    a_requirement_for_some_lots_applies_only_to_registrations_for_them,
}

const ID: &str = "ommen-hardenberg-2015";
const KVK: &str = "52962709";

/// Ommen/Hardenberg with its `gva` requirement proven by evidence of kind `gva`,
/// published on 3 August 2015, one provider registered.
fn ommen_with_evidence(env: Env) -> Env {
    let source = std::fs::read_to_string(seed(ID)).unwrap();
    assert!(source.contains("id = \"gva\""));
    let file = env.write(
        "ommen.toml",
        source.replacen("id = \"gva\"", "id = \"gva\"\nevidence = \"gva\"", 1),
    );
    env.run_at("2015-06-01T10:00", &["new", &file]).ok();
    env.run_at("2015-08-03T09:00", &["publish", ID]).ok();
    env.run_at(
        "2015-08-10T10:00",
        &[
            "register",
            ID,
            "--name",
            "Zorggroep Ôns Thús",
            "--kvk",
            KVK,
            "--lots",
            "huishouden",
            "--meets",
            "gva,kwaliteit,resultaat,vog,iwmo",
        ],
    )
    .ok();
    env
}

fn a_requirement_with_evidence_is_met_only_with_a_valid_piece(env: Env) {
    let env = ommen_with_evidence(env);
    let qualify = ["qualify", ID, "--kvk", KVK, "--meets", "gva"];
    env.refused(
        "2015-09-21T10:00",
        &qualify,
        &["requirement `gva` needs evidence of kind `gva`", "none is recorded"],
    );
    // A GVA of 2013 is valid 2 years: it expired on 31 August 2015.
    env.run_at(
        "2015-09-01T10:00",
        &["evidence", ID, "--kvk", KVK, "--kind", "gva", "--issued", "2013-09-01"],
    )
    .ok();
    env.refused("2015-09-21T10:00", &qualify, &["the latest expired on 2015-08-31"]);
    // Declared at registration, but without valid evidence: not met.
    env.run_at(
        "2015-09-21T10:00",
        &["qualify", ID, "--kvk", KVK, "--meets", "kwaliteit"],
    )
    .ok();
    let registration = env.registration("2015-09-21T10:00", ID, KVK);
    assert_eq!(registration["status"], "registered");
    assert_eq!(registration["missing"], serde_json::json!(["gva"]));

    let recorded = env
        .run_at(
            "2015-09-22T10:00",
            &[
                "evidence",
                ID,
                "--kvk",
                KVK,
                "--kind",
                "gva",
                "--issued",
                "2015-09-10",
                "--ref",
                "Justis 2015-0042",
            ],
        )
        .said();
    assert!(
        recorded.contains("evidence gva issued 2015-09-10, valid until 2017-09-09 (ref Justis 2015-0042)"),
        "{recorded}"
    );
    env.run_at("2015-09-22T11:00", &qualify).ok();
    let registration = env.registration("2015-09-22T11:00", ID, KVK);
    assert_eq!(registration["status"], "qualified");
    let states: Vec<(Value, Value)> = registration["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["expires"].clone(), e["valid"].clone()))
        .collect();
    assert_eq!(
        states,
        [
            (Value::from("2015-08-31"), Value::from(false)),
            (Value::from("2017-09-09"), Value::from(true))
        ]
    );

    let list = env
        .run_at("2015-09-22T11:00", &["--format", "json", "evidence", ID])
        .json();
    let pieces = list.as_array().unwrap();
    assert_eq!(pieces.len(), 2);
    for key in ["kvk", "name", "kind", "issued", "expires", "valid"] {
        assert!(pieces[1].get(key).is_some(), "key {key} missing: {}", pieces[1]);
    }
    assert_eq!(
        (&pieces[1]["kind"], &pieces[1]["issued"], &pieces[1]["valid"]),
        (&Value::from("gva"), &Value::from("2015-09-10"), &Value::from(true))
    );
    let shown = env.run_at("2015-09-22T11:00", &["--format", "json", "show", ID]).json();
    assert_eq!(shown["evidence"][0]["requirement"], "gva");
    assert_eq!(shown["evidence"][0]["valid"], 1);
    let table = env.run_at("2015-09-22T11:00", &["show", ID]).said();
    assert!(
        table.contains("Evidence for requirement `gva` (gva): 1 valid"),
        "{table}"
    );
}

fn evidence_refuses_bad_input_and_writes_nothing(env: Env) {
    let env = ommen_with_evidence(env);
    let now = "2015-09-01T10:00";
    env.refused(
        now,
        &[
            "evidence",
            ID,
            "--kvk",
            "12345678",
            "--kind",
            "vog",
            "--issued",
            "2015-08-01",
        ],
        &["KvK 12345678 is not registered for `ommen-hardenberg-2015`"],
    );
    env.refused(
        now,
        &[
            "evidence",
            ID,
            "--kvk",
            KVK,
            "--kind",
            "diploma",
            "--issued",
            "2015-08-01",
        ],
        &["`diploma` is not valid", "`kvk-extract`"],
    );
    env.refused(
        now,
        &[
            "evidence",
            ID,
            "--kvk",
            KVK,
            "--kind",
            "hkz",
            "--issued",
            "2015-08-01",
            "--expires",
            "2015-07-31",
        ],
        &["--expires 2015-07-31 lies before --issued 2015-08-01"],
    );
    env.refused(
        now,
        &["evidence", ID, "--kvk", KVK, "--kind", "vog", "--issued", "1-8-2015"],
        &["--issued `1-8-2015` is not a date"],
    );
    env.refused(
        now,
        &["evidence", ID, "--kvk", KVK, "--kind", "vog", "--issued", "2015-09-02"],
        &["in the future"],
    );
    env.run_at(now, &["withdraw", ID, "--kvk", KVK]).ok();
    env.refused(
        now,
        &["evidence", ID, "--kvk", KVK, "--kind", "vog", "--issued", "2015-08-01"],
        &["KvK 52962709 is not registered"],
    );
}

fn remind_warns_ten_weeks_before_a_contracted_providers_evidence_expires(env: Env) {
    let env = ommen_with_evidence(env);
    env.run_at(
        "2015-09-10T10:00",
        &["evidence", ID, "--kvk", KVK, "--kind", "gva", "--issued", "2015-09-10"],
    )
    .ok();
    env.run_at("2015-09-21T10:00", &["qualify", ID, "--kvk", KVK, "--meets", "gva"])
        .ok();
    env.run_at("2015-10-16T10:00", &["award", ID]).ok();
    env.run_at("2015-11-09T15:00", &["sign", ID, "--kvk", KVK, "--on", "2015-11-09"])
        .ok();

    let expiry = |now: &str| -> Vec<Value> {
        let all = env
            .run_at(now, &["--format", "json", "remind", "--within", "1d"])
            .json();
        all.as_array()
            .unwrap()
            .iter()
            .filter(|r| r["what"] == "evidence-expiry")
            .cloned()
            .collect()
    };
    // Valid until 9 September 2017: reminded from 1 July (10 weeks before).
    assert!(expiry("2017-06-30T09:00").is_empty());
    let soon = expiry("2017-07-01T09:00");
    assert_eq!(soon.len(), 1, "{soon:?}");
    assert_eq!(
        (&soon[0]["overdue"], &soon[0]["days"]),
        (&Value::from(false), &Value::from(70))
    );
    assert!(
        soon[0]["summary"]
            .as_str()
            .unwrap()
            .contains("Zorggroep Ôns Thús (KvK 52962709) expires on 2017-09-09")
    );
    let late = expiry("2017-09-10T09:00");
    assert_eq!(late[0]["overdue"], true, "{late:?}");
    // A renewed GVA ends the reminder.
    env.run_at(
        "2017-09-11T10:00",
        &["evidence", ID, "--kvk", KVK, "--kind", "gva", "--issued", "2017-09-11"],
    )
    .ok();
    assert!(expiry("2017-09-11T11:00").is_empty());
}

fn a_requirement_for_some_lots_applies_only_to_registrations_for_them(env: Env) {
    let source = std::fs::read_to_string(seed(ID)).unwrap();
    let file = env.write(
        "ommen.toml",
        source.replacen("id = \"vog\"", "id = \"vog\"\nlots = [\"ondersteuning\"]", 1),
    );
    env.run_at("2015-06-01T10:00", &["new", &file]).ok();
    env.run_at("2015-08-03T09:00", &["publish", ID]).ok();
    for (kvk, lot) in [("11111111", "huishouden"), ("22222222", "ondersteuning")] {
        env.run_at(
            "2015-08-10T10:00",
            &[
                "register",
                ID,
                "--name",
                "Zorg",
                "--kvk",
                kvk,
                "--lots",
                lot,
                "--meets",
                "gva,kwaliteit,resultaat,iwmo",
            ],
        )
        .ok();
    }
    assert_eq!(
        env.registration("2015-08-10T10:00", ID, "11111111")["missing"],
        serde_json::json!([])
    );
    assert_eq!(
        env.registration("2015-08-10T10:00", ID, "22222222")["missing"],
        serde_json::json!(["vog"])
    );
    env.run_at(
        "2015-09-21T10:00",
        &["qualify", ID, "--kvk", "11111111", "--meets", "gva"],
    )
    .ok();
    assert_eq!(
        env.registration("2015-09-21T10:00", ID, "11111111")["status"],
        "qualified"
    );
    let bad = env.write(
        "bad.toml",
        source.replacen("id = \"vog\"", "id = \"vog\"\nlots = [\"vervoer\"]", 1),
    );
    let err = env.run(&["check", &bad]).fails(1).to_string();
    assert!(
        err.contains("requirement `vog` applies to lot `vervoer`, which does not exist"),
        "{err}"
    );
}
