//! The parsers never panic (issue 7): arbitrary text, and the templates with
//! one value, one line or one slice changed, go through the definition parser
//! and its checks to an error or a tender; a tender that loads then goes
//! through every rule that reads its schedule (phase, deadlines, agenda,
//! reminders, every action) at moments around each of its dates, as `list`,
//! `show` and `remind` would. Arbitrary bytes as a registration CSV go through
//! the real binary to exit 0 or one `error:` (the CSV reader itself has its
//! own property test in `cli::csv_input`).

mod common;

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use proptest::sample::Index;
use tender::domain::definition::Kind;
use tender::domain::lifecycle::{Action, Facts, History};
use tender::domain::reminders::{Signing, Window};
use tender::domain::schedule::Schedule;
use tender::domain::templates::template;
use tender::domain::tender::Tender;

/// Values a spreadsheet-minded officer, or a typo, might put after `key =`.
fn value() -> impl Strategy<Value = String> {
    let date = (0u32..=9999, 0u32..=13, 0u32..=32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
    let datetime =
        (date.clone(), 0u32..=24, 0u32..=60, prop::option::of(-1440i32..=1440)).prop_map(|(date, h, min, offset)| {
            match offset {
                None => format!("{date}T{h:02}:{min:02}:00"),
                Some(0) => format!("{date}T{h:02}:{min:02}:00Z"),
                Some(o) => format!("{date}T{h:02}:{min:02}:00{:+03}:{:02}", o / 60, (o % 60).abs()),
            }
        });
    let edges = [
        "0",
        "-1",
        "4294967295",
        "4294967296",
        "9223372036854775807",
        "-9223372036854775808",
        "0.001",
        "1e308",
        "nan",
        "inf",
        "[4294967295, 4294967295]",
    ];
    prop_oneof![
        prop::sample::select(edges.to_vec()).prop_map(str::to_string),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u32>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|f| format!("{f:?}")),
        (0i64..10_000_000, 0u32..10_000).prop_map(|(w, f)| format!("{w}.{f}")),
        date,
        datetime,
        prop::collection::vec(any::<u32>(), 0..4).prop_map(|v| format!("{v:?}")),
        prop::collection::vec(0u32..40, 0..4).prop_map(|v| format!("{v:?}")),
        prop::sample::select(vec![
            "\"Pacific/Apia\"",
            "\"America/Sao_Paulo\"",
            "\"Asia/Tehran\"",
            "\"Australia/Lord_Howe\"",
            "\"UTC\"",
            "\"Mars/Olympus\"",
            "\"monthly\"",
            "[2011-12-30, 9999-12-31]",
            "true",
            "\"\"",
            "[]",
            "{}",
        ])
        .prop_map(str::to_string),
        "\"[^\"\\\\\n]{0,12}\"",
    ]
}

/// A template of any kind.
fn source() -> impl Strategy<Value = &'static str> {
    prop::sample::select(Kind::ALL.to_vec()).prop_map(template)
}

/// `source` with the value of its `index`th `key = value` line replaced.
fn with_value(source: &str, index: Index, value: &str) -> String {
    let assignments: Vec<usize> = source
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with('#') && l.contains(" = "))
        .map(|(i, _)| i)
        .collect();
    let target = assignments[index.index(assignments.len())];
    source
        .lines()
        .enumerate()
        .map(|(i, line)| match line.split_once(" = ") {
            Some((key, _)) if i == target => format!("{key} = {value}"),
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Moments around every date of a schedule, as far as they exist.
fn moments(s: &Schedule) -> Vec<DateTime<Utc>> {
    let mut dates = vec![s.announce, s.registration_deadline, s.award_decision, s.contract_start];
    dates.extend(s.questions_deadline);
    dates.push(s.contract_end);
    dates.push(s.max_extent());
    dates.push(s.standstill_end(s.award_decision));
    let steps = [
        -Duration::days(400),
        -Duration::seconds(1),
        Duration::zero(),
        Duration::days(1),
    ];
    dates
        .iter()
        .flat_map(|at| steps.iter().filter_map(move |step| at.checked_add_signed(*step)))
        .collect()
}

/// The decisions a tender can have recorded, from none to extended.
fn histories(s: &Schedule) -> Vec<History> {
    let published = History {
        published_at: Some(s.announce),
        ..History::default()
    };
    let decided = History {
        decided_at: Some(s.award_decision),
        ..published.clone()
    };
    let signed = History {
        final_at: Some(s.standstill_end(s.award_decision)),
        first_signed_at: Some(s.award_decision),
        ..decided.clone()
    };
    let extended = History {
        extensions_used: s.extension_months.len() as u32,
        ..signed.clone()
    };
    let cancelled = History {
        cancelled_at: Some(s.announce),
        ..published.clone()
    };
    vec![History::default(), published, decided, signed, extended, cancelled]
}

/// Everything `list`, `show`, `timeline`, `remind` and every command ask of a loaded tender.
fn exercise(tender: &Tender) {
    let schedule = &tender.schedule;
    let json = serde_json::to_string(schedule).expect("a schedule serializes");
    let back: Schedule = serde_json::from_str(&json).expect("a stored schedule reads back");
    assert_eq!(&back, schedule);
    for history in histories(schedule) {
        let facts = Facts {
            kind: tender.definition.kind,
            open_house: tender.definition.is_open_house(),
            schedule,
            history: &history,
        };
        facts.plan();
        for now in moments(schedule) {
            let phase = facts.phase(now);
            facts.next_step(phase, now);
            facts.next_deadline(now);
            facts.agenda(now);
            facts.reminders(now, Window::default(), &Signing::default());
            facts.reminders(now, Window { days: Window::MAX_DAYS }, &Signing::default());
            for action in Action::ALL {
                let _ = facts.allow(action, now);
            }
        }
    }
}

/// Parses `source`; a tender that loads must survive every rule.
fn load(source: &str) {
    if let Ok((tender, _warnings)) = Tender::from_source(source) {
        exercise(&tender);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_is_an_error_or_a_tender(text in any::<String>()) {
        load(&text);
    }

    #[test]
    fn a_template_with_one_value_changed_is_an_error_or_a_tender(
        source in source(),
        index in any::<Index>(),
        value in value(),
    ) {
        load(&with_value(source, index, &value));
    }

    #[test]
    fn a_template_with_a_slice_cut_or_text_spliced_in_is_an_error_or_a_tender(
        source in source(),
        at in any::<Index>(),
        cut in 0usize..80,
        insert in "(\\PC|\n){0,24}",
    ) {
        let start = source.floor_char_boundary(at.index(source.len()));
        let end = source.floor_char_boundary((start + cut).min(source.len()));
        load(&format!("{}{insert}{}", &source[..start], &source[end..]));
    }
}

const OMMEN: &str = "ommen-hardenberg-2015";

/// Bytes shaped like a registration CSV: a header (right or nearly), then
/// rows of cells from a small alphabet of separators, quotes and text.
fn csv_bytes() -> impl Strategy<Value = Vec<u8>> {
    let header = prop::sample::select(vec![
        &b"name,kvk,agb,email,lots,meets,small\n"[..],
        b"\xEF\xBB\xBFname;kvk;lots\r\n",
        b"name,kvk,lots,name\n",
        b"kvk\n",
        b"",
    ]);
    let cell = prop_oneof![
        Just(b"60000001".to_vec()),
        Just(b"huishouden|dagbesteding".to_vec()),
        Just(b"\"Zorg, \"\"Welzijn\"\" BV\"".to_vec()),
        prop::collection::vec(prop::sample::select(b",;|\"\r\n\xC3\xA9\xFFa1 ".to_vec()), 0..6),
    ];
    let row = prop::collection::vec(cell, 0..8).prop_map(|cells| cells.join(&b","[..]));
    (header, prop::collection::vec(row, 0..5)).prop_map(|(header, rows)| {
        let mut bytes = header.to_vec();
        bytes.extend(rows.join(&b"\n"[..]));
        bytes
    })
}

proptest! {
    // Each case runs the binary: few cases, and the shaped bytes make them count.
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_as_an_intake_csv_register_or_are_refused_with_one_error(
        bytes in prop_oneof![csv_bytes(), prop::collection::vec(any::<u8>(), 0..200)],
    ) {
        let env = common::Env::new().ommen_open();
        let file = env.write("intake.csv", &bytes);
        let out = env.run(&["register", OMMEN, "--csv", &file]);
        if out.code != 0 {
            out.fails(1);
        }
    }
}
