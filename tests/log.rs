//! Issue 6, `tender log`: every mutating command leaves exactly one event, and
//! the trail tells who did what when (local time and UTC), with the old and new
//! values of updates, rectificaties and amendments, the draw and objections.

mod common;

use common::{Env, seed};
use serde_json::Value;

stories! {
    every_mutating_command_leaves_exactly_one_event,
    the_log_shows_local_time_and_utc_in_every_format,
}

/// The audit trail of a tender as JSON.
#[track_caller]
fn trail(env: &Env, id: &str) -> Vec<Value> {
    let out = env.run(&["--format", "json", "log", id]);
    serde_json::from_str::<Value>(out.ok())
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Runs a mutating command that must leave exactly one event, of kind `action`; returns its detail.
#[track_caller]
fn one_event(env: &Env, id: &str, now: &str, args: &[&str], action: &str) -> String {
    let before = if args[0] == "new" { 0 } else { trail(env, id).len() };
    env.run_at(now, args).ok();
    let after = trail(env, id);
    assert_eq!(
        after.len(),
        before + 1,
        "`{}` must leave exactly one event",
        args.join(" ")
    );
    let event = after.last().unwrap();
    assert_eq!(event["action"], action);
    assert_eq!(event["actor"], "inkoper");
    event["detail"].as_str().unwrap().to_string()
}

fn every_mutating_command_leaves_exactly_one_event(env: Env) {
    let id = "alkmaar-jeugdhulp-2016";
    let source = std::fs::read_to_string(seed(id)).unwrap();
    let file = env.write("a.toml", &source);
    one_event(&env, id, "2015-05-01T10:00", &["new", &file], "new");
    env.write("a.toml", source.replace("title = \"", "title = \"Herzien: "));
    let update = one_event(&env, id, "2015-05-02T10:00", &["update", &file], "update");
    assert!(update.contains("title:") && update.contains(" → "), "{update}");
    one_event(&env, id, "2015-06-01T09:00", &["publish", id], "publish");
    env.write(
        "a.toml",
        source.replace("title = \"", "title = \"Herzien: ").replace(
            "registration_deadline = 2015-07-17T12:00:00",
            "registration_deadline = 2015-07-20T12:00:00",
        ),
    );
    let rectify = one_event(&env, id, "2015-06-02T10:00", &["update", &file], "rectify");
    assert!(
        rectify.contains("2015-07-17T12:00:00 → 2015-07-20T12:00:00"),
        "{rectify}"
    );
    let open = "2015-06-15T10:00";
    let all = "pve,indicatoren,gva,skj-big,ijw";
    for (kvk, name) in [("30000001", "Een"), ("30000002", "Twee")] {
        let args = [
            "register", id, "--name", name, "--kvk", kvk, "--lots", "ambulant", "--meets", all,
        ];
        one_event(&env, id, open, &args, "register");
    }
    let intake = env.write(
        "intake.csv",
        "name,kvk,lots,meets\nDrie,30000003,ambulant,pve\nVier,30000004,ambulant,pve\n",
    );
    one_event(&env, id, open, &["register", id, "--csv", &intake], "register");
    one_event(&env, id, open, &["withdraw", id, "--kvk", "30000004"], "withdraw");
    let eval = "2015-07-21T10:00";
    one_event(
        &env,
        id,
        eval,
        &["qualify", id, "--kvk", "30000001", "--meets", "pve"],
        "qualify",
    );
    one_event(
        &env,
        id,
        eval,
        &["qualify", id, "--kvk", "30000002", "--meets", "pve"],
        "qualify",
    );
    let reject = ["qualify", id, "--kvk", "30000003", "--reject", "Geen VOG"];
    assert!(one_event(&env, id, eval, &reject, "reject").contains("Geen VOG"));
    let scores = env.write(
        "scores.csv",
        "kvk,lot,criterion,value\n\
         30000001,ambulant,transformatie,8\n30000001,ambulant,resultaat,8\n30000001,ambulant,continuiteit,8\n\
         30000001,ambulant,prijs:45A49,60\n30000001,ambulant,prijs:45A52,60\n\
         30000002,ambulant,transformatie,8\n30000002,ambulant,resultaat,8\n30000002,ambulant,continuiteit,8\n\
         30000002,ambulant,prijs:45A48,60\n30000002,ambulant,prijs:45A49,60\n30000002,ambulant,prijs:45A52,60\n",
    );
    one_event(&env, id, eval, &["score", id, "--csv", &scores], "score");
    let price = [
        "score",
        id,
        "--kvk",
        "30000001",
        "--lot",
        "ambulant",
        "--price",
        "60",
        "--product",
        "45A48",
    ];
    one_event(&env, id, eval, &price, "score");
    let decision = one_event(&env, id, "2015-09-30T10:00", &["award", id], "award");
    assert!(decision.starts_with("decision 1"), "{decision}");
    let objection = ["object", id, "--kvk", "30000002", "--reason", "Onze prijs is reëel"];
    let objected = one_event(&env, id, "2015-10-01T10:00", &objection, "object");
    assert!(objected.contains("Onze prijs is reëel"), "{objected}");
    let resolve = ["resolve", id, "--objection", "1", "--outcome", "upheld"];
    assert!(one_event(&env, id, "2015-10-02T10:00", &resolve, "resolve").contains("upheld"));
    let redo = one_event(&env, id, "2015-10-03T10:00", &["award", id, "--redo"], "award");
    assert!(redo.starts_with("decision 2"), "{redo}");
    one_event(&env, id, "2015-10-24T10:00", &["award", id, "--final"], "final-award");
    one_event(&env, id, "2015-11-02T10:00", &["sign", id, "--kvk", "30000001"], "sign");
    one_event(&env, id, "2016-06-01T10:00", &["extend", id], "extend");

    // The bestuurlijk-only commands, and the cancellation.
    let other = "walcheren-2016";
    one_event(&env, other, "2015-06-01T10:00", &["new", &seed(other)], "new");
    let consult = ["consult", other, "--on", "2015-06-10", "--summary", "Overlegtafel"];
    one_event(&env, other, "2015-06-10T10:00", &consult, "consult");
    one_event(&env, other, "2015-07-01T09:00", &["publish", other], "publish");
    let register = [
        "register",
        other,
        "--name",
        "Een",
        "--kvk",
        "40000001",
        "--lots",
        "begeleiding",
    ];
    one_event(&env, other, "2015-08-01T10:00", &register, "register");
    let meets = "kwaliteit,vog,porthos,iwmo";
    let qualify = ["qualify", other, "--kvk", "40000001", "--meets", meets];
    one_event(&env, other, "2015-09-21T10:00", &qualify, "qualify");
    one_event(&env, other, "2016-02-15T10:00", &["award", other], "award");
    let amend = [
        "amend",
        other,
        "--lot",
        "begeleiding",
        "--product",
        "02A01",
        "--tariff",
        "60",
        "--basis",
        "agreement",
        "--reason",
        "Cao",
    ];
    let amended = one_event(&env, other, "2016-02-16T10:00", &amend, "amend");
    assert!(
        amended.contains("€ 52,50 → € 60,00") && amended.contains("Cao"),
        "{amended}"
    );
    let cancel = ["cancel", other, "--reason", "Budget niet vastgesteld"];
    assert!(one_event(&env, other, "2016-02-17T10:00", &cancel, "cancel").contains("Budget niet vastgesteld"));
}

fn the_log_shows_local_time_and_utc_in_every_format(env: Env) {
    let id = "achterhoek-2022";
    env.run_at(common::LOADED, &["new", &seed(id)]).ok();
    env.run_at("2021-04-01T09:00", &["publish", id]).ok();
    let events = trail(&env, id);
    let keys: Vec<&String> = events[1].as_object().unwrap().keys().collect();
    for key in ["at", "at_utc", "actor", "account", "action", "detail"] {
        assert!(keys.iter().any(|k| *k == key), "{key} in {keys:?}");
    }
    assert_eq!(events[1]["at"], "2021-04-01T09:00:00+02:00");
    assert_eq!(events[1]["at_utc"], "2021-04-01T07:00:00Z");
    let csv = env.run(&["--format", "csv", "log", id]);
    let lines: Vec<&str> = csv.ok().lines().collect();
    assert_eq!(lines[0], "at,at_utc,actor,account,action,detail,event");
    // The account is the operating-system user running the test, whatever
    // `--actor` (here `$USER`) says.
    let account = events[1]["account"].as_str().expect("an account on every new event");
    assert!(!account.is_empty());
    assert!(
        lines[2].starts_with(&format!(
            "2021-04-01T09:00:00+02:00,2021-04-01T07:00:00Z,inkoper,{account},publish,"
        )),
        "{}",
        lines[2]
    );
    let table = env.run(&["log", id]);
    let table = table.ok();
    assert!(
        table.contains("2021-04-01 09:00:00") && table.contains("2021-04-01T07:00:00Z"),
        "{table}"
    );
}
