//! `remind` and `calendar` through the real binary, on a database with tenders
//! in every phase at a fixed *now*.

mod common;

use std::path::Path;

use common::{Env, seed};
use serde_json::Value;

stories! {
    remind_prints_what_is_due_within_the_window_and_what_is_overdue,
    remind_prints_nothing_when_nothing_is_due_and_exit_code_tells_cron,
    remind_as_json_and_csv,
    remind_names_the_overdue_steps_after_the_contract_start,
    a_bad_window_is_refused,
    calendar_is_rfc_5545_with_stable_uids_and_alarms,
    every_event_is_an_instant_with_a_version_that_grows_when_it_changes,
    two_databases_never_share_a_uid,
    the_answers_event_names_the_answers_date,
    calendar_of_one_tender_and_of_an_unknown_one,
    the_cron_wrapper_mails_only_when_something_is_due,
}

/// The moment every reminder run below looks from: a Friday morning.
const NOW: &str = "2015-11-20T09:00";

#[track_caller]
fn ok(env: &Env, now: &str, args: &[&str]) {
    env.run_at(now, args).ok();
}

/// A seed definition under another id, written into the test folder.
fn copy_of(env: &Env, id: &str, new_id: &str) -> String {
    let source = std::fs::read_to_string(seed(id)).expect("a seed tender");
    let renamed = source.replacen(&format!("id = \"{id}\""), &format!("id = \"{new_id}\""), 1);
    env.write(&format!("{new_id}.toml"), renamed)
}

/// Registers one provider for one lot, declaring every requirement.
fn register(env: &Env, now: &str, id: &str, kvk: &str, lot: &str, meets: &str) {
    ok(
        env,
        now,
        &[
            "register",
            id,
            "--name",
            &format!("Zorg {kvk}"),
            "--kvk",
            kvk,
            "--lots",
            lot,
            "--meets",
            meets,
        ],
    );
}

/// Tenders in every phase at `NOW`:
/// * `achterhoek-2022` a draft (its dates lie years ahead);
/// * `alkmaar-jeugdhulp-2016` (classic) in its standstill, which ends on 25 November;
/// * `alkmaar-wmo-pbv-2016` (bestuurlijk) still in evaluation after its planned decision of 15 October;
/// * `alkmaar-wmo-pbv-ingetrokken`, the same tender cancelled: silent;
/// * `leeuwarden-wijk` (bestuurlijk) active, its extension notice date (2 October) passed,
///   the notice of its awarded contract published;
/// * `ommen-hardenberg-2015` (open house) contracted, every awarded provider signed;
/// * `walcheren-2016` (bestuurlijk) in evaluation with its decision planned in February.
fn every_phase(env: Env) -> Env {
    let before = "2014-08-01T10:00";
    for id in [
        "achterhoek-2022",
        "alkmaar-jeugdhulp-2016",
        "alkmaar-wmo-pbv-2016",
        "leeuwarden-wijk",
        "ommen-hardenberg-2015",
        "walcheren-2016",
    ] {
        ok(&env, before, &["new", &seed(id)]);
    }
    let cancelled = copy_of(&env, "alkmaar-wmo-pbv-2016", "alkmaar-wmo-pbv-ingetrokken");
    ok(&env, before, &["new", &cancelled]);

    let id = "leeuwarden-wijk";
    ok(&env, "2014-09-01T09:00", &["publish", id]);
    register(
        &env,
        "2014-09-15T10:00",
        id,
        "50000001",
        "wijk-noord",
        "wijkteam,eigen-kracht,samenwerking,kwaliteit",
    );
    ok(
        &env,
        "2014-10-20T10:00",
        &["qualify", id, "--kvk", "50000001", "--meets", "wijkteam"],
    );
    ok(&env, "2014-11-20T10:00", &["award", id]);
    ok(&env, "2014-12-01T10:00", &["sign", id, "--kvk", "50000001"]);
    ok(
        &env,
        "2015-01-20T10:00",
        &["notice", id, "--on", "2015-01-20", "--ref", "TenderNed 61234"],
    );

    let id = "alkmaar-jeugdhulp-2016";
    ok(&env, "2015-06-01T09:00", &["publish", id]);
    register(
        &env,
        "2015-06-15T10:00",
        id,
        "30000001",
        "ambulant",
        "pve,indicatoren,gva,skj-big,ijw",
    );
    ok(
        &env,
        "2015-07-20T10:00",
        &["qualify", id, "--kvk", "30000001", "--meets", "pve"],
    );
    for (criterion, points) in [("transformatie", "8"), ("resultaat", "7"), ("continuiteit", "9")] {
        let score = [
            "score",
            id,
            "--kvk",
            "30000001",
            "--lot",
            "ambulant",
            "--criterion",
            criterion,
            "--points",
            points,
        ];
        ok(&env, "2015-07-21T10:00", &score);
    }
    ok(
        &env,
        "2015-07-21T10:00",
        &[
            "score",
            id,
            "--kvk",
            "30000001",
            "--lot",
            "ambulant",
            "--price",
            "62.50",
            "--product",
            "45A48",
        ],
    );
    let rest = format!(
        "kvk,lot,criterion,value\n{}",
        common::price_rows(id, "30000001", "ambulant", "62.50")
    );
    ok(
        &env,
        "2015-07-21T10:00",
        &["score", id, "--csv", &env.write("prices.csv", rest)],
    );
    ok(&env, "2015-11-05T10:00", &["award", id]);

    ok(&env, "2015-06-01T09:00", &["publish", "alkmaar-wmo-pbv-2016"]);
    ok(&env, "2015-06-01T09:00", &["publish", "alkmaar-wmo-pbv-ingetrokken"]);
    ok(
        &env,
        "2015-06-02T09:00",
        &[
            "cancel",
            "alkmaar-wmo-pbv-ingetrokken",
            "--reason",
            "Opnieuw in overleg",
        ],
    );

    let id = "ommen-hardenberg-2015";
    ok(&env, "2015-08-03T09:00", &["publish", id]);
    register(
        &env,
        "2015-08-10T10:00",
        id,
        "20000001",
        "huishouden",
        "gva,kwaliteit,resultaat,vog,iwmo",
    );
    ok(
        &env,
        "2015-09-20T10:00",
        &["qualify", id, "--kvk", "20000001", "--meets", "gva"],
    );
    ok(&env, "2015-10-16T10:00", &["award", id]);
    ok(&env, "2015-11-09T10:00", &["sign", id, "--kvk", "20000001"]);

    ok(&env, "2015-07-01T09:00", &["publish", "walcheren-2016"]);
    env
}

const OVERDUE_EXTENSION: &str = "2015-10-02 23:59  leeuwarden-wijk         extension-notice  49 days ago  OVERDUE: the notice date for extension option 1 of 2 (12 months) has passed  next: exercise it with `tender extend`, or let the contract end on 2015-12-31 23:59\n";
const OVERDUE_DECISION: &str = "2015-10-15 23:59  alkmaar-wmo-pbv-2016    award-decision    36 days ago  OVERDUE: the planned award decision has passed                               next: qualify the providers with `tender qualify`, then record the decision with `tender award`\n";
const STANDSTILL_END: &str =
    "2015-11-25 23:59  alkmaar-jeugdhulp-2016  standstill-end    in 5 days    standstill ends\n";

fn remind_prints_what_is_due_within_the_window_and_what_is_overdue(env: Env) {
    let env = every_phase(env);
    let run = |window: &str| env.run_at(NOW, &["remind", "--within", window]).ok().to_string();

    assert_eq!(
        run("14d"),
        [OVERDUE_EXTENSION, OVERDUE_DECISION, STANDSTILL_END].concat()
    );
    assert_eq!(
        env.run_at(NOW, &["remind"]).ok(),
        run("14d"),
        "14 days is the default window"
    );

    // A day ahead: only what is overdue (column widths follow the rows shown).
    let one_day = run("1d");
    assert_eq!(one_day.lines().count(), 2, "{one_day}");
    assert!(
        one_day.starts_with("2015-10-02 23:59  leeuwarden-wijk       extension-notice"),
        "{one_day}"
    );
    assert!(
        one_day.contains("alkmaar-wmo-pbv-2016  award-decision    36 days ago  OVERDUE"),
        "{one_day}"
    );

    // Eight weeks: the contract end and the three contract starts on 1 January,
    // sorted by tender id; the cancelled copy, the draft and Walcheren stay silent.
    let eight_weeks = run("8w");
    let tail: Vec<&str> = eight_weeks.lines().skip(3).collect();
    assert_eq!(
        tail,
        [
            "2015-12-31 23:59  leeuwarden-wijk         contract-end      in 41 days   contract ends",
            "2016-01-01 00:00  alkmaar-jeugdhulp-2016  contract-start    in 42 days   contracts start",
            "2016-01-01 00:00  alkmaar-wmo-pbv-2016    contract-start    in 42 days   contracts start",
            "2016-01-01 00:00  ommen-hardenberg-2015   contract-start    in 42 days   contracts start",
        ]
    );
    for silent in ["ingetrokken", "achterhoek", "walcheren"] {
        assert!(!eight_weeks.contains(silent), "{silent} must be silent: {eight_weeks}");
    }
}

fn remind_prints_nothing_when_nothing_is_due_and_exit_code_tells_cron(env: Env) {
    // Drafts, however close their dates, are silent.
    let drafts = env.another();
    drafts.load(&["leeuwarden-wijk", "walcheren-2016"]);
    let quiet = drafts.run_at("2014-09-20T09:00", &["remind", "--within", "8w", "--exit-code"]);
    assert_eq!((quiet.code, quiet.stdout.as_str(), quiet.stderr.as_str()), (0, "", ""));
    let json = drafts.run_at("2014-09-20T09:00", &["--format", "json", "remind"]);
    assert_eq!(serde_json::from_str::<Value>(json.ok()).unwrap(), serde_json::json!([]));

    let env = every_phase(env);

    let due = env.run_at(NOW, &["remind", "--exit-code"]);
    assert_eq!(due.code, 3, "{due:?}");
    assert_eq!(
        due.stdout,
        [OVERDUE_EXTENSION, OVERDUE_DECISION, STANDSTILL_END].concat()
    );
    assert_eq!(
        env.run_at(NOW, &["remind"]).code,
        0,
        "without --exit-code, output is success"
    );
}

fn remind_as_json_and_csv(env: Env) {
    let env = every_phase(env);
    let json: Value = serde_json::from_str(env.run_at(NOW, &["--format", "json", "remind"]).ok()).unwrap();
    let all = json.as_array().expect("an array");
    assert_eq!(all.len(), 3);
    assert_eq!(
        (
            &all[1]["tender"],
            &all[1]["what"],
            &all[1]["due"],
            &all[1]["overdue"],
            &all[1]["days"]
        ),
        (
            &Value::from("alkmaar-wmo-pbv-2016"),
            &Value::from("award-decision"),
            &Value::from("2015-10-15T23:59:59+02:00"),
            &Value::from(true),
            &Value::from(-36)
        )
    );
    assert_eq!(all[2]["what"], "standstill-end");
    assert_eq!(all[2]["overdue"], false);
    assert!(all[0]["next"].as_str().unwrap().contains("tender extend"), "{}", all[0]);

    let csv = env.run_at(NOW, &["--format", "csv", "remind"]).ok().to_string();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("due,tender,what,days,overdue,summary,next"));
    assert_eq!(lines.count(), 3, "{csv}");
}

fn remind_names_the_overdue_steps_after_the_contract_start(env: Env) {
    let env = every_phase(env);
    // A newcomer applies to the open house and is admitted for the next joining moment.
    let id = "ommen-hardenberg-2015";
    register(
        &env,
        "2015-11-25T10:00",
        id,
        "20000002",
        "huishouden",
        "gva,kwaliteit,resultaat,vog,iwmo",
    );
    ok(
        &env,
        "2015-11-26T10:00",
        &["qualify", id, "--kvk", "20000002", "--meets", "gva"],
    );

    let out = env
        .run_at("2016-01-05T09:00", &["remind", "--within", "1d"])
        .ok()
        .to_string();
    // Alkmaar Jeugdhulp never made its award final; Alkmaar Wmo never decided;
    // the newcomer to Ommen did not sign at its joining moment.
    assert!(
        out.contains(
            "alkmaar-jeugdhulp-2016  final-award     41 days ago  OVERDUE: the standstill ended without a final award"
        ),
        "{out}"
    );
    assert!(
        out.contains("next: make the award final with `tender award --final`"),
        "{out}"
    );
    assert!(out.contains("alkmaar-wmo-pbv-2016    award-decision"), "{out}");
    assert!(
        out.contains("ommen-hardenberg-2015   joining         4 days ago   OVERDUE: the joining moment passed, but 1 admitted newcomer has not signed"),
        "{out}"
    );
    assert!(
        out.contains("record the accessions with `tender sign`: Zorg 20000002 (KvK 20000002)"),
        "{out}"
    );
}

fn a_bad_window_is_refused(env: Env) {
    let env = every_phase(env);
    for window in ["14", "2m", "-3d", "d", "1.5w", "99999999w"] {
        let before = env.dump();
        let out = env.run_at(NOW, &["remind", &format!("--within={window}")]);
        // A usage error, as for any other malformed option.
        let stderr = out.fails(2);
        assert!(stderr.contains("--within"), "{stderr}");
        assert!(stderr.contains(window), "{stderr}");
        assert_eq!(env.dump(), before);
    }
}

/// An event parsed back: its properties (name, value) and its alarms' triggers.
type Event = (Vec<(String, String)>, Vec<String>);

/// The calendar parsed back, one `Event` per VEVENT.
fn parse_calendar(text: &str) -> Vec<Event> {
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let calendar = parser.next().expect("one calendar").expect("a valid calendar");
    assert!(parser.next().is_none(), "exactly one calendar");
    assert_eq!(calendar.timezones.len(), 1, "the Europe/Amsterdam VTIMEZONE");
    calendar
        .events
        .into_iter()
        .map(|event| {
            let properties = event
                .properties
                .into_iter()
                .map(|p| (p.name, p.value.unwrap_or_default()))
                .collect();
            let triggers = event
                .alarms
                .into_iter()
                .flat_map(|a| a.properties)
                .filter(|p| p.name == "TRIGGER")
                .filter_map(|p| p.value)
                .collect();
            (properties, triggers)
        })
        .collect()
}

fn property<'a>(properties: &'a [(String, String)], name: &str) -> &'a str {
    properties
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} in {properties:?}"))
}

fn calendar_is_rfc_5545_with_stable_uids_and_alarms(env: Env) {
    let env = every_phase(env);
    let text = env.run_at(NOW, &["calendar"]).ok().to_string();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    assert!(
        text.split("\r\n").all(|line| line.len() <= 75),
        "lines folded at 75 octets"
    );

    let events = parse_calendar(&text);
    // Per tender its agenda, the answers day included (the open house adds its
    // quarterly joining moments from April 2016 up to its contract end in
    // 2018), and, cancelled, what no longer applies: the planned award decision
    // once one is recorded, and every deadline of the cancelled copy.
    let count = |id: &str, cancelled: bool| {
        events
            .iter()
            .filter(|(p, _)| property(p, "UID").starts_with(&format!("{id}.")))
            .filter(|(p, _)| (property(p, "STATUS") == "CANCELLED") == cancelled)
            .count()
    };
    let counts = |id: &str| (count(id, false), count(id, true));
    assert_eq!(counts("alkmaar-wmo-pbv-ingetrokken"), (0, 7));
    assert_eq!(counts("alkmaar-jeugdhulp-2016"), (7, 1));
    assert_eq!(counts("alkmaar-wmo-pbv-2016"), (7, 0));
    assert_eq!(counts("achterhoek-2022"), (7, 0));
    assert_eq!(counts("walcheren-2016"), (7, 0));
    assert_eq!(counts("leeuwarden-wijk"), (6, 1));
    assert_eq!(counts("ommen-hardenberg-2015"), (6 + 11, 1));
    assert_eq!(events.len(), 7 + 8 + 7 + 7 + 7 + 7 + 18);
    let database = database_id(&env);
    let uid = |id: &str, key: &str| format!("{id}.{key}@{database}.tender");
    let planned_decision = events
        .iter()
        .find(|(p, _)| property(p, "UID") == uid("alkmaar-jeugdhulp-2016", "award-decision"))
        .expect("the planned award decision, kept");
    assert_eq!(property(&planned_decision.0, "STATUS"), "CANCELLED");
    assert!(
        property(&planned_decision.0, "DESCRIPTION").contains("the award decision was recorded on 2015-11-05 10:00"),
        "{planned_decision:?}"
    );
    assert!(planned_decision.1.is_empty(), "no alarms for what no longer applies");
    assert_eq!(
        property(&planned_decision.0, "SUMMARY"),
        "Cancelled: alkmaar-jeugdhulp-2016: award decision planned"
    );
    assert!(
        events
            .iter()
            .filter(|(p, _)| property(p, "STATUS") == "CANCELLED")
            .all(|(p, _)| property(p, "SUMMARY").starts_with("Cancelled: "))
    );

    let standstill = events
        .iter()
        .map(|(p, t)| (p, t))
        .find(|(p, _)| property(p, "UID") == uid("alkmaar-jeugdhulp-2016", "standstill-end"))
        .expect("the standstill end");
    assert_eq!(property(standstill.0, "DTSTART"), "20151125T235959");
    assert_eq!(
        property(standstill.0, "SUMMARY"),
        "alkmaar-jeugdhulp-2016: standstill ends"
    );
    // The decision of 5 November 2015 10:00 (09:00 UTC) made it; nothing changed it since.
    assert_eq!(property(standstill.0, "DTSTAMP"), "20151105T090000Z");
    assert_eq!(property(standstill.0, "CREATED"), "20151105T090000Z");
    assert_eq!(property(standstill.0, "LAST-MODIFIED"), "20151105T090000Z");
    assert_eq!(property(standstill.0, "SEQUENCE"), "0");
    assert!(property(standstill.0, "DESCRIPTION").contains("tender award --final"));
    assert_eq!(standstill.1, &["-P7D", "-P1D"]);
    assert!(
        events
            .iter()
            .filter(|(p, _)| property(p, "STATUS") == "CONFIRMED")
            .all(|(_, triggers)| triggers == &["-P7D", "-P1D"])
    );

    // A second run, later and after the award was made final, updates the same events.
    env.run_at("2015-11-26T10:00", &["award", "alkmaar-jeugdhulp-2016", "--final"])
        .ok();
    let again = env.run_at("2015-11-27T10:00", &["calendar", "-o", "deadlines.ics"]);
    assert_eq!(again.ok(), "", "with -o nothing goes to stdout");
    let again = std::fs::read_to_string(env.path("deadlines.ics")).expect("the calendar file");
    let uids = |events: &[Event]| {
        let mut all: Vec<String> = events.iter().map(|(p, _)| property(p, "UID").to_string()).collect();
        all.sort();
        all
    };
    let first = uids(&events);
    assert_eq!(uids(&parse_calendar(&again)), first, "UIDs stay the same across runs");
    assert!(first.iter().all(|u| u.ends_with(&format!("@{database}.tender"))));
    assert_eq!(
        first.iter().collect::<std::collections::BTreeSet<_>>().len(),
        first.len(),
        "UIDs are unique"
    );
}

/// The random id the database chose for itself.
fn database_id(env: &Env) -> String {
    env.text("SELECT value FROM setting WHERE name = 'database_id'")
}

/// The events of a calendar by UID.
fn by_uid(text: &str) -> std::collections::BTreeMap<String, Vec<(String, String)>> {
    parse_calendar(text)
        .into_iter()
        .map(|(p, _)| (property(&p, "UID").to_string(), p))
        .collect()
}

fn every_event_is_an_instant_with_a_version_that_grows_when_it_changes(env: Env) {
    let env = every_phase(env);
    let text = env.run_at(NOW, &["calendar"]).ok().to_string();
    let events = by_uid(&text);
    for (uid, p) in &events {
        assert_eq!(
            property(p, "DTEND"),
            property(p, "DTSTART"),
            "{uid}: a deadline is an instant"
        );
        assert_eq!(property(p, "DTSTAMP"), property(p, "LAST-MODIFIED"), "{uid}");
        assert!(property(p, "SEQUENCE").parse::<u32>().is_ok(), "{uid}");
        assert!(property(p, "CREATED") <= property(p, "LAST-MODIFIED"), "{uid}");
    }
    // The same database at another moment: the very same file, byte for byte.
    assert_eq!(env.run_at("2015-11-21T09:00", &["calendar"]).ok(), text);

    // Extending Leeuwarden moves its contract end and its notice date; nothing else changes.
    let database = database_id(&env);
    let uid = |key: &str| format!("leeuwarden-wijk.{key}@{database}.tender");
    ok(&env, "2015-11-20T14:30", &["extend", "leeuwarden-wijk"]);
    let after = by_uid(env.run_at(NOW, &["calendar"]).ok());
    let sequence = |events: &std::collections::BTreeMap<String, Vec<(String, String)>>, uid: &str| {
        property(&events[uid], "SEQUENCE").parse::<u32>().unwrap()
    };
    let end = uid("contract-end");
    assert_eq!(sequence(&after, &end), sequence(&events, &end) + 1);
    assert_eq!(property(&after[&end], "LAST-MODIFIED"), "20151120T133000Z");
    assert_ne!(property(&after[&end], "DTSTART"), property(&events[&end], "DTSTART"));
    let changed: Vec<&String> = after.keys().filter(|u| after[*u] != events[*u]).collect();
    assert!(
        changed.iter().all(|u| u.starts_with("leeuwarden-wijk.")),
        "only Leeuwarden's events change: {changed:?}"
    );
    for uid in events.keys().filter(|u| !changed.contains(u)) {
        assert_eq!(sequence(&after, uid), sequence(&events, uid), "{uid}");
    }

    // Cancelling a tender in its standstill cancels the standstill end too, one version on.
    let standstill = format!("alkmaar-jeugdhulp-2016.standstill-end@{database}.tender");
    ok(
        &env,
        "2015-11-21T09:00",
        &["cancel", "alkmaar-jeugdhulp-2016", "--reason", "Budget vervalt"],
    );
    let cancelled = by_uid(env.run_at("2015-11-21T09:00", &["calendar"]).ok());
    assert_eq!(property(&cancelled[&standstill], "STATUS"), "CANCELLED");
    assert_eq!(sequence(&cancelled, &standstill), sequence(&events, &standstill) + 1);
    assert!(property(&cancelled[&standstill], "SUMMARY").starts_with("Cancelled: "));
}

fn two_databases_never_share_a_uid(env: Env) {
    let one = env;
    let two = one.another();
    for env in [&one, &two] {
        ok(env, "2014-08-01T10:00", &["new", &seed("walcheren-2016")]);
    }
    assert_ne!(database_id(&one), database_id(&two));
    let uids = |env: &Env| {
        by_uid(env.run_at(NOW, &["calendar"]).ok())
            .into_keys()
            .collect::<Vec<_>>()
    };
    let (a, b) = (uids(&one), uids(&two));
    assert_eq!(a.len(), b.len());
    assert!(a.iter().all(|uid| !b.contains(uid)), "{a:?} {b:?}");
}

/// A backup of a file is the same database: it keeps the id, so its calendar
/// updates the same events. (A server's backup is a new file database with an
/// id of its own: `setting` is not copied, store/copy.rs.)
#[test]
fn a_backup_of_a_file_keeps_its_uids() {
    let env = Env::new();
    ok(&env, "2014-08-01T10:00", &["new", &seed("walcheren-2016")]);
    let uids = |text: &str| by_uid(text).into_keys().collect::<Vec<_>>();
    let before = uids(env.run_at(NOW, &["calendar"]).ok());
    let copy = env.path("copy.db");
    env.run(&["backup", copy.to_str().unwrap()]).ok();
    let restored = env
        .command()
        .env("TENDER_DB", &copy)
        .env("TENDER_NOW", NOW)
        .arg("calendar")
        .output()
        .unwrap();
    assert_eq!(uids(&String::from_utf8(restored.stdout).unwrap()), before);
}

fn the_answers_event_names_the_answers_date(env: Env) {
    ok(&env, "2021-03-01T10:00", &["new", &seed("achterhoek-2022")]);
    let text = env.run_at("2021-03-01T10:00", &["calendar"]).ok().to_string();
    // Unfolded by hand: the ical crate drops a space that starts a folded line.
    let unfolded = text.replace("\r\n ", "");
    let answers = unfolded
        .split("BEGIN:VEVENT")
        .find(|event| event.contains("UID:achterhoek-2022.answers-deadline@"))
        .expect("the answers event");
    assert!(
        answers.contains("DTSTART;TZID=Europe/Amsterdam:20210517T120000"),
        "{answers}"
    );
    let description = answers
        .lines()
        .find(|l| l.starts_with("DESCRIPTION:"))
        .unwrap()
        .replace("\\,", ",");
    assert!(
        description.contains("answers to questions due 2021-05-17 12:00"),
        "{description}"
    );
    assert!(!description.contains("questions-deadline 2021-05-17"), "{description}");
    assert!(
        description.contains("registration deadline of 2021-05-23 12:00"),
        "{description}"
    );
}

fn calendar_of_one_tender_and_of_an_unknown_one(env: Env) {
    let env = every_phase(env);
    let text = env.run_at(NOW, &["calendar", "walcheren-2016"]).ok().to_string();
    let events = parse_calendar(&text);
    assert_eq!(events.len(), 7);
    assert!(
        events
            .iter()
            .all(|(p, _)| property(p, "UID").starts_with("walcheren-2016."))
    );

    let before = env.dump();
    let stderr = env.run_at(NOW, &["calendar", "utrecht-2030"]).fails(1).to_string();
    assert!(stderr.contains("utrecht-2030"), "{stderr}");
    assert_eq!(env.dump(), before);
    let out = env.run_at(NOW, &["calendar", "-o", "no/such/folder/x.ics"]);
    assert!(out.fails(1).contains("no/such/folder/x.ics"));
}

/// Runs `examples/remind-mail.sh` at `now` as cron runs it from a login
/// environment: `tender` found on PATH, MAIL set to the user's mailbox file
/// (which is no program) and the mailer in TENDER_MAILER, a fake one that
/// writes what it would send into a file. Returns the exit code and the mail.
fn remind_mail(env: &Env, now: &str) -> (i32, Option<String>) {
    use std::os::unix::fs::PermissionsExt as _;
    let mailer = env.write(
        "mailer.sh",
        "#!/bin/sh\n{ echo \"to: $3\"; echo \"subject: $2\"; cat; } > \"$(dirname \"$0\")/mailed\"\n",
    );
    std::fs::set_permissions(&mailer, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mailbox = env.write("mailbox", "");
    let mailed = env.path("mailed");
    let _ = std::fs::remove_file(&mailed);
    let binary = assert_cmd::cargo::cargo_bin("tender");
    let path = std::env::join_paths([binary.parent().unwrap(), Path::new("/usr/bin"), Path::new("/bin")]).unwrap();
    let status = std::process::Command::new("sh")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/remind-mail.sh"))
        .args(["inkoop@regio.example.nl", "--within", "14d"])
        .env_clear()
        .env("PATH", path)
        .env("MAIL", &mailbox)
        .env("TENDER_MAILER", &mailer)
        .env("TENDER_DB", env.database())
        .env("TENDER_NOW", now)
        .status()
        .expect("run the script");
    (status.code().unwrap_or(-1), std::fs::read_to_string(mailed).ok())
}

fn the_cron_wrapper_mails_only_when_something_is_due(env: Env) {
    let env = every_phase(env);
    let (code, mail) = remind_mail(&env, NOW);
    assert_eq!(code, 0);
    let mail = mail.expect("a mail");
    assert!(
        mail.starts_with("to: inkoop@regio.example.nl\nsubject: Aanbestedingen"),
        "{mail}"
    );
    assert!(
        mail.ends_with(&[OVERDUE_EXTENSION, OVERDUE_DECISION, STANDSTILL_END].concat()),
        "{mail}"
    );

    let drafts = env.another();
    drafts.load(&["walcheren-2016"]);
    assert_eq!(
        remind_mail(&drafts, "2015-08-01T07:30"),
        (0, None),
        "nothing due: no mail"
    );
}
