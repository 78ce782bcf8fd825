//! SPEC §2 "One change, one transaction", through the real binary: two
//! commands on one tender started at the same moment, each race repeated 20
//! times on a fresh copy of a prepared database. Whatever order the two
//! transactions take, the record never contradicts itself: the second command
//! sees what the first recorded and is refused, or acts on it.
//!
//! Each race prepares its stage through the binary, on the backend it runs on
//! (a file or a server's database); each run starts from a copy of that stage.

mod common;

use std::process::{Child, Stdio};

use common::{Env, Out, Snapshot, seed};
use serde_json::Value;

stories! {
    two_awards_at_once_record_one_decision,
    two_extends_at_once_use_one_option,
    two_final_awards_at_once_record_one,
    a_final_award_and_a_cancel_at_once_leave_one_story,
    an_award_and_a_rejection_at_once_never_award_the_rejected,
    a_score_and_an_award_at_once_never_change_a_decision_afterwards,
    two_signatures_of_one_provider_at_once_record_one,
}

const ID: &str = "achterhoek-2022";
const LOT: &str = "wmo-begeleiding";
const RUNS: usize = 20;
const ALL: &str = "gva|kwaliteit|skj-big|berichtenverkeer|verzekering";
const A: &str = "10000001";
const B: &str = "10000002";
const C: &str = "10000003";

/// Moments of the story: evaluation, the decision, after the standstill, the contracts, an extension.
const EVALUATION: &str = "2021-05-24T10:00";
const DECISION: &str = "2021-06-01T10:00";
const FINAL: &str = "2021-07-01T10:00";
const SIGNING: &str = "2021-07-02T10:00";
const EXTENDED: &str = "2022-02-01T10:00";
const LATER: &str = "2022-03-01T10:00";

/// The stages of the story, in order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    /// Three qualified, fully scored offers in evaluation.
    Evaluation,
    /// Decision 1 recorded; the standstill runs until 21 June.
    Decided,
    /// The award is final.
    Final,
    /// A and B signed, one of the two extension options exercised.
    Extended,
}

#[track_caller]
fn ok(env: &Env, now: &str, args: &[&str]) {
    env.run_at(now, args).ok();
}

/// The story carried up to `stage` in `env`, kept to start each run from.
fn prepare(env: Env, stage: Stage) -> Snapshot {
    ok(&env, "2021-03-01T10:00", &["new", &seed(ID)]);
    ok(&env, "2021-04-01T09:00", &["publish", ID]);
    let mut intake = String::from("name,kvk,agb,email,lots,meets,small\n");
    for (name, kvk) in [("Zorg Anders BV", A), ("Thuis Plus BV", B), ("Topzorg", C)] {
        intake.push_str(&format!("{name},{kvk},,,{LOT},{ALL},false\n"));
    }
    let file = env.write("intake.csv", &intake);
    ok(&env, "2021-05-01T10:00", &["register", ID, "--csv", &file]);
    for kvk in [A, B, C] {
        ok(&env, EVALUATION, &["qualify", ID, "--kvk", kvk, "--meets", "gva"]);
    }
    let mut scores = String::from("kvk,lot,criterion,value\n");
    for (kvk, price) in [(A, "60"), (B, "50"), (C, "55")] {
        for (criterion, value) in [
            ("resultaat", "8"),
            ("samenwerking", "7"),
            ("innovatie", "6"),
            ("prijs", price),
        ] {
            scores.push_str(&format!("{kvk},{LOT},{criterion},{value}\n"));
        }
    }
    let file = env.write("scores.csv", &scores);
    ok(&env, EVALUATION, &["score", ID, "--csv", &file]);
    if stage >= Stage::Decided {
        ok(&env, DECISION, &["award", ID]);
    }
    if stage >= Stage::Final {
        ok(&env, FINAL, &["award", ID, "--final"]);
    }
    if stage >= Stage::Extended {
        for kvk in [A, B] {
            ok(&env, SIGNING, &["sign", ID, "--kvk", kvk]);
        }
        ok(&env, EXTENDED, &["extend", ID]);
    }
    env.snapshot()
}

fn start(env: &Env, now: &str, args: &[&str]) -> Child {
    env.process()
        .env("TENDER_NOW", now)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start tender")
}

fn finish(child: Child) -> Out {
    let output = child.wait_with_output().expect("wait for tender");
    Out {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Starts both commands at once and waits for both.
fn race(env: &Env, now: &str, first: &[&str], second: &[&str]) -> (Out, Out) {
    let (a, b) = (start(env, now, first), start(env, now, second));
    (finish(a), finish(b))
}

/// A command that lost a race: one clear sentence, never the database's own words.
#[track_caller]
fn lost(out: &Out, words: &[&str]) {
    let stderr = out.refused(words);
    for database_words in ["UNIQUE", "constraint", "locked", "database error"] {
        assert!(!stderr.contains(database_words), "{stderr}");
    }
}

/// How many events of `action` the tender's log holds.
fn events(env: &Env, action: &str) -> usize {
    env.log(ID).iter().filter(|e| e["action"] == action).count()
}

fn json(env: &Env, now: &str, args: &[&str]) -> Value {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    env.run_at(now, &all).json()
}

/// Every KvK number the latest decision awards, as `show` reports it.
fn decided_kvks(env: &Env, now: &str) -> Vec<String> {
    let shown = json(env, now, &["show", ID]);
    let lots = shown["lots"].as_array().expect("show has lots");
    let mut kvks: Vec<String> = lots
        .iter()
        .flat_map(|lot| lot["awarded"].as_array().cloned().unwrap_or_default())
        .filter_map(|kvk| kvk.as_str().map(str::to_string))
        .collect();
    kvks.sort();
    kvks.dedup();
    kvks
}

/// Both succeed one after the other, or one is refused: one `award` in the log either way.
fn two_awards_at_once_record_one_decision(env: Env) {
    let stage = prepare(env, Stage::Evaluation);
    for _ in 0..RUNS {
        let env = Env::restore(&stage);
        let (a, b) = race(&env, DECISION, &["award", ID], &["award", ID]);
        let (won, lost_out) = if a.code == 0 { (a, b) } else { (b, a) };
        won.ok();
        lost(&lost_out, &["cannot award", "phase `standstill`"]);
        assert_eq!(events(&env, "award"), 1);
    }
}

fn two_extends_at_once_use_one_option(env: Env) {
    let stage = prepare(env, Stage::Extended);
    for _ in 0..RUNS {
        let env = Env::restore(&stage);
        let (a, b) = race(&env, LATER, &["extend", ID], &["extend", ID]);
        let (won, lost_out) = if a.code == 0 { (a, b) } else { (b, a) };
        won.ok();
        lost(
            &lost_out,
            &["cannot extend the contract", "no extension option is left"],
        );
        assert_eq!(events(&env, "extend"), 2, "the option of the setup and one of the race");
    }
}

fn two_final_awards_at_once_record_one(env: Env) {
    let stage = prepare(env, Stage::Decided);
    for _ in 0..RUNS {
        let env = Env::restore(&stage);
        let final_ = ["award", ID, "--final"];
        let (a, b) = race(&env, FINAL, &final_, &final_);
        let (won, lost_out) = if a.code == 0 { (a, b) } else { (b, a) };
        won.ok();
        lost(&lost_out, &["cannot make the award final", "phase `awarded`"]);
        assert_eq!(events(&env, "final-award"), 1);
    }
}

/// A cancel after the final award is lawful (nothing is signed yet); a final
/// award after a cancel is refused. Every view tells the same story.
fn a_final_award_and_a_cancel_at_once_leave_one_story(env: Env) {
    let stage = prepare(env, Stage::Decided);
    for _ in 0..RUNS {
        let env = Env::restore(&stage);
        let (final_, cancel) = race(
            &env,
            FINAL,
            &["award", ID, "--final"],
            &["cancel", ID, "--reason", "Budget ingetrokken"],
        );
        cancel.ok();
        let log: Vec<String> = env
            .log(ID)
            .iter()
            .map(|e| e["action"].as_str().unwrap().to_string())
            .collect();
        let tail: Vec<&str> = log.iter().rev().take(2).rev().map(String::as_str).collect();
        if final_.code == 0 {
            assert_eq!(tail, ["final-award", "cancel"]);
        } else {
            lost(&final_, &["cannot make the award final", "phase `cancelled`"]);
            assert_eq!(tail, ["award", "cancel"]);
        }
        let shown = json(&env, FINAL, &["show", ID]);
        assert_eq!(shown["phase"], "cancelled");
        let listed = json(&env, FINAL, &["list"]);
        assert_eq!(listed[0]["phase"], "cancelled");
        let package = env.run_at(FINAL, &["export", ID, "--ocds"]).json();
        let latest = package["releases"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(latest["tender"]["status"], "cancelled");
    }
}

fn an_award_and_a_rejection_at_once_never_award_the_rejected(env: Env) {
    let stage = prepare(env, Stage::Evaluation);
    for _ in 0..RUNS {
        let env = Env::restore(&stage);
        let (award, reject) = race(
            &env,
            DECISION,
            &["award", ID],
            &["qualify", ID, "--kvk", C, "--reject", "fraude"],
        );
        award.ok();
        let kvks = decided_kvks(&env, DECISION);
        if reject.code == 0 {
            assert!(
                !kvks.contains(&C.to_string()),
                "rejected {C} is in the decision: {kvks:?}"
            );
            let rejected = env.registration(DECISION, ID, C);
            assert_eq!(rejected["status"], "rejected");
        } else {
            lost(&reject, &["cannot qualify", "phase `standstill`"]);
            assert!(kvks.contains(&C.to_string()), "{kvks:?}");
        }
    }
}

/// The decision ranks on the scores of its own moment; a later score is refused.
fn a_score_and_an_award_at_once_never_change_a_decision_afterwards(env: Env) {
    let stage = prepare(env, Stage::Evaluation);
    for _ in 0..RUNS {
        let env = Env::restore(&stage);
        let (award, score) = race(
            &env,
            DECISION,
            &["--format", "json", "award", ID],
            &["score", ID, "--kvk", A, "--lot", LOT, "--price", "40"],
        );
        let decision = award.json();
        let offers = decision["lots"][0]["offers"].as_array().unwrap();
        let a = offers.iter().find(|o| o["kvk"] == A).unwrap();
        if score.code == 0 {
            assert_eq!(a["price"], 40.0, "the decision came after the score");
        } else {
            lost(&score, &["cannot score", "phase `standstill`"]);
            assert_eq!(a["price"], 60.0, "the decision came first, on the old price");
        }
    }
}

fn two_signatures_of_one_provider_at_once_record_one(env: Env) {
    let stage = prepare(env, Stage::Final);
    for _ in 0..RUNS {
        let env = Env::restore(&stage);
        let sign = ["sign", ID, "--kvk", A];
        let (a, b) = race(&env, SIGNING, &sign, &sign);
        let (won, lost_out) = if a.code == 0 { (a, b) } else { (b, a) };
        won.ok();
        lost(&lost_out, &[A, "has already signed"]);
        assert_eq!(events(&env, "sign"), 1);
    }
}
