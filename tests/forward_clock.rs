//! SPEC §2 "Time runs forward per tender", through the binary: a change at a
//! moment before the tender's latest event is refused naming that event and its
//! moment in the tender's time zone, a date given with `--on` does not lie
//! before what it refers to, and the database is left as it was.

mod common;

use common::{Env, seed};

stories! {
    a_change_before_the_latest_event_is_refused_naming_it_in_local_time,
    a_rectificatie_cannot_reopen_registration_by_backdating,
    an_objection_and_its_resolution_come_after_what_they_refer_to,
    a_signature_is_not_dated_before_the_final_award,
    a_consultation_is_not_dated_before_the_tender_was_loaded,
    new_records_its_event_at_now_and_the_log_is_in_order,
}

const ACHTERHOEK: &str = "achterhoek-2022";
const WALCHEREN: &str = "walcheren-2016";
const LOT: &str = "wmo-begeleiding";
const ALL: &str = "gva,kwaliteit,skj-big,berichtenverkeer,verzekering";
const A: &str = "10000001";

/// Achterhoek with one qualified, fully scored offer, recorded on 24 May 2021 at 10:00.
fn evaluated(env: Env) -> Env {
    env.run_at("2021-03-01T10:00", &["new", &seed(ACHTERHOEK)]).ok();
    env.run_at("2021-04-01T09:00", &["publish", ACHTERHOEK]).ok();
    let register = [
        "register", ACHTERHOEK, "--name", "A BV", "--kvk", A, "--lots", LOT, "--meets", ALL,
    ];
    env.run_at("2021-05-01T10:00", &register).ok();
    env.run_at(
        "2021-05-24T10:00",
        &["qualify", ACHTERHOEK, "--kvk", A, "--meets", "gva"],
    )
    .ok();
    let mut scores = String::from("kvk,lot,criterion,value\n");
    for (criterion, value) in [
        ("resultaat", "8"),
        ("samenwerking", "7"),
        ("innovatie", "6"),
        ("prijs", "60"),
    ] {
        scores.push_str(&format!("{A},{LOT},{criterion},{value}\n"));
    }
    let file = env.write("scores.csv", scores);
    env.run_at("2021-05-24T10:00", &["score", ACHTERHOEK, "--csv", &file])
        .ok();
    env
}

fn a_change_before_the_latest_event_is_refused_naming_it_in_local_time(env: Env) {
    let env = evaluated(env);
    // The score event (5) was recorded at 10:00 Amsterdam time (08:00 UTC).
    env.refused(
        "2021-05-24T09:59",
        &["award", ACHTERHOEK],
        &["event 5", "score", "2021-05-24 10:00", "runs forward"],
    );
    // The same moment is not before it.
    env.run_at("2021-05-24T10:00", &["award", ACHTERHOEK, "--dry-run"]).ok();
}

fn a_rectificatie_cannot_reopen_registration_by_backdating(env: Env) {
    let env = evaluated(env);
    let source = std::fs::read_to_string(seed(ACHTERHOEK)).unwrap();
    let later = source.replace(
        "registration_deadline = 2021-05-23T12:00:00",
        "registration_deadline = 2021-06-30T12:00:00",
    );
    let file = env.write("later.toml", later);
    // On 20 May registration was open, but the evaluation of 24 May is recorded.
    env.refused(
        "2021-05-20T10:00",
        &["update", &file],
        &["event 5", "score", "2021-05-24 10:00"],
    );
    // And registering as if it were still open is refused the same way.
    let register = [
        "register", ACHTERHOEK, "--name", "Laat BV", "--kvk", "10000002", "--lots", LOT,
    ];
    env.refused("2021-05-20T10:00", &register, &["event 5", "2021-05-24 10:00"]);
}

fn an_objection_and_its_resolution_come_after_what_they_refer_to(env: Env) {
    let env = evaluated(env);
    env.run_at("2021-06-01T10:00", &["award", ACHTERHOEK]).ok();
    let object = ["object", ACHTERHOEK, "--kvk", A, "--reason", "Onjuist"];
    env.refused("2021-05-31T10:00", &object, &["event 6", "award", "2021-06-01 10:00"]);
    env.run_at("2021-06-02T10:00", &object).ok();
    let resolve = ["resolve", ACHTERHOEK, "--objection", "1", "--outcome", "rejected"];
    env.refused("2021-06-01T12:00", &resolve, &["event 7", "object", "2021-06-02 10:00"]);
    env.run_at("2021-06-03T10:00", &resolve).ok();
}

fn a_signature_is_not_dated_before_the_final_award(env: Env) {
    let env = evaluated(env);
    env.run_at("2021-06-01T10:00", &["award", ACHTERHOEK]).ok();
    env.run_at("2021-07-01T10:00", &["award", ACHTERHOEK, "--final"]).ok();
    env.refused(
        "2021-07-05T10:00",
        &["sign", ACHTERHOEK, "--kvk", A, "--on", "2021-06-30"],
        &["--on 2021-06-30 00:00", "the award", "2021-07-01 10:00"],
    );
    env.run_at(
        "2021-07-05T10:00",
        &["sign", ACHTERHOEK, "--kvk", A, "--on", "2021-07-02"],
    )
    .ok();
}

fn a_consultation_is_not_dated_before_the_tender_was_loaded(env: Env) {
    env.run_at("2015-06-01T10:00", &["new", &seed(WALCHEREN)]).ok();
    let consult = ["consult", WALCHEREN, "--on", "2015-05-20", "--summary", "Overleg"];
    env.refused(
        "2015-06-10T10:00",
        &consult,
        &["--on 2015-05-20", "loaded", "2015-06-01"],
    );
    let future = ["consult", WALCHEREN, "--on", "2015-06-20", "--summary", "Overleg"];
    env.refused("2015-06-10T10:00", &future, &["2015-06-20", "future"]);
    let same_day = ["consult", WALCHEREN, "--on", "2015-06-01", "--summary", "Overleg"];
    env.run_at("2015-06-10T10:00", &same_day).ok();
}

fn new_records_its_event_at_now_and_the_log_is_in_order(env: Env) {
    let env = evaluated(env);
    env.run_at("2021-06-01T10:00", &["award", ACHTERHOEK]).ok();
    let log = env.log(ACHTERHOEK);
    assert_eq!(log[0]["action"], "new");
    assert_eq!(log[0]["at"], "2021-03-01T10:00:00+01:00");
    let moments: Vec<&str> = log.iter().map(|e| e["at_utc"].as_str().unwrap()).collect();
    let mut sorted = moments.clone();
    sorted.sort_unstable();
    assert_eq!(moments, sorted, "the log is in order of time");
}
