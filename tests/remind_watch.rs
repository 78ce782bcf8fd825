//! Issue 17, the agenda consistency of `remind`: a run reads only the tenders
//! whose stored reminder watch (kept by every change) concerns its window.
//! For every seed tender in `tenders/`, carried through its life with steps
//! taken late (so that each kind of overdue step occurs) and some providers
//! never signing, the reminders of the real binary at many moments — around
//! every deadline, at the edges of the window and between the steps — must be
//! exactly those of the reminder rules applied to every tender from scratch.

mod common;

use std::path::Path;

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use common::Env;
use serde_json::{Value, json};
use tender::domain::definition::Kind;
use tender::domain::evidence::Evidence;
use tender::domain::notice::award_notice_due;
use tender::domain::questions::unanswered;
use tender::domain::reminders::{Duties, Expiring, Signing, Window};
use tender::domain::schedule::rfc3339;
use tender::domain::tender::Tender;
use tender::store::{Storage, open_existing};

stories! {
    the_reminders_read_through_the_watch_are_those_of_every_tender_from_scratch,
}

fn at(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The reminders at `now` from scratch: the rules and the duties over every
/// tender, with everything they may need read, as `remind --format json` prints them.
fn from_scratch(store: &dyn Storage, now: DateTime<Utc>, window: Window) -> Value {
    let mut rows = Vec::new();
    for t in store.tenders().unwrap() {
        let signing = Signing::new(
            store.decision(&t.id).unwrap().as_ref(),
            &store.registrations(&t.id).unwrap(),
            &store.signatures(&t.id).unwrap(),
        );
        let stored = store.tender(&t.id).unwrap();
        let signed = store.signatures(&t.id).unwrap();
        let contracted: Vec<Evidence> = store
            .evidence(&t.id)
            .unwrap()
            .into_iter()
            .filter(|piece| signed.iter().any(|s| s.kvk == piece.kvk))
            .collect();
        let duties = Duties {
            unanswered: unanswered(&store.questions(&t.id).unwrap()),
            award_notice: t
                .history
                .first_signed_at
                .filter(|_| store.award_notice(&t.id).unwrap().is_none())
                .and_then(|first| award_notice_due(&stored.tender.definition, &t.schedule, first)),
            expiring: Expiring::latest(&contracted, t.schedule.timezone),
        };
        let facts = t.facts();
        let reminders = facts
            .reminders(now, window, &signing)
            .into_iter()
            .chain(facts.duty_reminders(now, window, &duties));
        for r in reminders {
            let e = r.entry;
            rows.push((
                e.at,
                t.id.clone(),
                json!({
                    "tender": t.id,
                    "what": e.kind.as_str(),
                    "due": rfc3339(e.at, t.schedule.timezone),
                    "overdue": r.overdue,
                    "days": r.days,
                    "summary": e.label,
                    "next": e.next,
                }),
            ));
        }
    }
    rows.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    Value::Array(rows.into_iter().map(|(_, _, row)| row).collect())
}

/// One seed tender's life in its own database.
struct Life {
    env: Env,
    tender: Tender,
    file: String,
    /// Moments around which the reminders can change: the schedule's.
    moments: Vec<DateTime<Utc>>,
    reported: usize,
    overdue: usize,
}

impl Life {
    #[track_caller]
    fn run(&self, now: DateTime<Utc>, args: &[&str]) -> String {
        self.env.run_at(&at(now), args).ok().to_string()
    }

    /// Compares the binary with the rules at moments in `[from, to)`: both
    /// ends of it and the middle, and around every schedule moment and the
    /// day it enters each window (with that window; the narrowest right after
    /// a moment, where only what turned overdue there can be due).
    fn check(&mut self, from: DateTime<Utc>, to: DateTime<Utc>) {
        let minute = Duration::minutes(1);
        let mut probes: Vec<(DateTime<Utc>, &str)> = [from, from + minute, from + (to - from) / 2, to - minute]
            .into_iter()
            .zip(["1d", "14d", "8w", "14d"])
            .collect();
        for m in &self.moments {
            for (days, within) in [(0, "1d"), (1, "1d"), (14, "14d"), (56, "8w")] {
                let edge = *m - Duration::days(days);
                probes.extend([edge - Duration::hours(1), edge - minute, edge + minute].map(|p| (p, within)));
            }
        }
        probes.retain(|(p, _)| *p >= from && *p < to);
        probes.sort();
        probes.dedup();
        let store = open_existing(Path::new(&self.env.database())).expect("open the database");
        for (now, within) in probes {
            let out = self
                .env
                .run_at(&at(now), &["--format", "json", "remind", "--within", within]);
            let cached = out.json();
            let expected = from_scratch(&*store, now, within.parse().unwrap());
            assert_eq!(
                cached, expected,
                "{} at {now} within {within}",
                self.tender.definition.id
            );
            let rows = cached.as_array().unwrap();
            self.reported += rows.len();
            self.overdue += rows.iter().filter(|r| r["overdue"] == true).count();
        }
    }
}

fn seeds() -> Vec<(String, Tender)> {
    let mut files: Vec<_> = std::fs::read_dir(common::tenders())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "the seed tenders: {files:?}");
    files
        .into_iter()
        .map(|path| {
            let (tender, _) = Tender::from_source(&std::fs::read_to_string(&path).unwrap()).unwrap();
            (path.display().to_string(), tender)
        })
        .collect()
}

const PROVIDERS: [(&str, &str); 4] = [
    ("90000001", "Zorg Een BV"),
    ("90000002", "Zorg Twee BV"),
    ("90000003", "Zorg Drie BV"),
    ("90000004", "Nieuwkomer Zorg BV"),
];

/// Carries a seed tender through its life, comparing between every two steps.
fn live(env: Env, file: String, tender: Tender) -> Life {
    let s = tender.schedule.clone();
    let mut moments = vec![
        s.announce,
        s.answers_due(),
        s.registration_deadline,
        s.award_decision,
        s.contract_start,
        s.days_before(s.contract_end, s.extension_notice_days),
        s.contract_end,
    ];
    moments.extend(s.questions_deadline);
    moments.extend(s.joining_moments(s.contract_end).into_iter().take(3));
    let mut life = Life {
        env,
        tender,
        file,
        moments,
        reported: 0,
        overdue: 0,
    };
    let def = life.tender.definition.clone();
    let id = def.id.as_str();
    let hour = Duration::hours(1);
    let day = Duration::days(1);
    let lots: Vec<&str> = def.lots.iter().map(|l| l.id.as_str()).collect();
    let meets: Vec<&str> = def.requirements.iter().map(|r| r.id.as_str()).collect();

    let created = s.announce - day * 30;
    life.run(created, &["new", &life.file]);
    life.check(created, s.announce);
    life.run(s.announce, &["publish", id]);
    let intake = s.announce + day * 2;
    life.check(s.announce, intake);
    for (n, (kvk, name)) in PROVIDERS[..3].iter().enumerate() {
        let their_lots = if n == 0 { lots.join(",") } else { lots[0].to_string() };
        let args = [
            "register",
            id,
            "--name",
            name,
            "--kvk",
            kvk,
            "--lots",
            &their_lots,
            "--meets",
            &meets.join(","),
        ];
        life.run(intake, &args);
    }
    // A question never answered: overdue once the answers are due, while open.
    life.run(
        intake,
        &[
            "ask",
            id,
            "--question",
            "Hoe vaak wordt er gerapporteerd?",
            "--from",
            "Burger",
        ],
    );
    let evaluation = s.registration_deadline + hour;
    life.check(intake, evaluation);
    life.run(
        evaluation,
        &["qualify", id, "--kvk", PROVIDERS[0].0, "--meets", meets[0]],
    );
    life.run(
        evaluation,
        &["qualify", id, "--kvk", PROVIDERS[1].0, "--meets", meets[0]],
    );
    life.run(
        evaluation,
        &["qualify", id, "--kvk", PROVIDERS[2].0, "--reject", "Geen VOG"],
    );
    if def.kind == Kind::Classic {
        let mut csv = String::from("kvk,lot,criterion,value\n");
        for (n, (kvk, _)) in PROVIDERS[..2].iter().enumerate() {
            for lot in if n == 0 { &lots[..] } else { &lots[..1] } {
                let floor = def.lot(lot).unwrap().price_floor.map_or(0.0, |c| c.euros());
                for criterion in &def.criteria {
                    if criterion.price {
                        let price = format!("{:.2}", floor + 100.0 + n as f64);
                        csv.push_str(&common::price_rows(id, kvk, lot, &price));
                    } else {
                        let points = criterion.max_points - n as u32;
                        csv.push_str(&format!("{kvk},{lot},{},{points}\n", criterion.id));
                    }
                }
            }
        }
        let scores = life.env.write("scores.csv", csv);
        life.run(evaluation, &["score", id, "--csv", &scores]);
    }
    // Two days after the planned decision: overdue in between.
    let decided = s.award_decision + day * 2;
    life.check(evaluation, decided);
    life.run(decided, &["award", id]);
    let mut signing = decided + day;
    if s.standstill_days > 0 {
        // Made final three days after the standstill ends: overdue in between.
        let end = s.standstill_end(decided);
        let last = end + day * 3;
        life.moments.push(end);
        life.check(decided, last);
        life.run(last, &["award", id, "--final"]);
        signing = last + day;
        life.check(last, signing);
    } else {
        life.check(decided, signing);
    }
    // Only the first awarded provider signs: the others are overdue from the
    // contract start.
    let registrations: Value =
        serde_json::from_str(&life.run(signing, &["--format", "json", "registrations", id])).unwrap();
    let awarded: Vec<&str> = registrations
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "awarded")
        .map(|r| r["kvk"].as_str().unwrap())
        .collect();
    assert!(!awarded.is_empty(), "{id}: somebody is awarded");
    life.run(signing, &["sign", id, "--kvk", awarded[0]]);
    // No award notice is recorded: due, then overdue until the end.
    life.moments.extend(award_notice_due(&def, &s, signing));
    // The signed provider's gedragsverklaring expires during the contract.
    let expires = s.contract_start + day * 100;
    let date = |t: DateTime<Utc>| s.local_date(t).to_string();
    let args = [
        "evidence",
        id,
        "--kvk",
        awarded[0],
        "--kind",
        "gva",
        "--issued",
        &date(signing),
        "--expires",
        &date(expires),
    ];
    life.run(signing, &args);
    life.moments.extend([expires, expires - day * 70]);
    let mut last = signing;
    if def.is_open_house() {
        // A newcomer admitted while the framework runs, never signing.
        let joined = s.contract_start.max(signing) + day;
        life.check(last, joined);
        let (kvk, name) = PROVIDERS[3];
        let args = [
            "register",
            id,
            "--name",
            name,
            "--kvk",
            kvk,
            "--lots",
            lots[0],
            "--meets",
            &meets.join(","),
        ];
        life.run(joined, &args);
        life.run(joined + hour, &["qualify", id, "--kvk", kvk, "--meets", meets[0]]);
        last = joined + hour;
    }
    // No extension: the notice date passes, then the contract ends.
    life.check(last, s.contract_end + day * 30);
    life
}

fn the_reminders_read_through_the_watch_are_those_of_every_tender_from_scratch(env: Env) {
    for (file, tender) in seeds() {
        let life = live(env.another(), file, tender);
        assert!(
            life.reported > life.overdue && life.overdue > 0,
            "{}: the life must report steps due and overdue to prove anything",
            life.tender.definition.id
        );
    }
}
