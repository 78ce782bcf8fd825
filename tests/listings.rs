//! Issue 6, `--format json` and `csv` on every listing command: the CSV
//! columns are JSON keys (`a.b` inside an object or a list of objects), and
//! each cell holds the JSON value (lists joined with `|`, null empty).

mod common;

use common::{Env, seed};
use serde_json::Value;

stories! {
    every_listing_prints_the_same_keys_and_values_as_json_and_csv,
}

/// The JSON value at a CSV column, as the cell should hold it.
fn cell(value: &Value, path: &str) -> String {
    let (key, rest) = path.split_once('.').unwrap_or((path, ""));
    let text = |v: &Value| match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match (&value[key], rest) {
        (Value::Array(items), "") => items.iter().map(text).collect::<Vec<_>>().join("|"),
        (Value::Array(items), rest) => items.iter().map(|i| cell(i, rest)).collect::<Vec<_>>().join("|"),
        (inner, "") => text(inner),
        (inner, rest) => cell(inner, rest),
    }
}

/// Asserts that `csv` lists `rows` under JSON keys; with `every_key`, that no top-level key is left out.
#[track_caller]
fn same_keys_and_values(rows: &[Value], csv: &str, every_key: bool) {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let columns: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), rows.len(), "{csv}");
    assert!(!rows.is_empty(), "nothing to compare");
    for (row, record) in rows.iter().zip(&records) {
        for (column, value) in columns.iter().zip(record) {
            let top = column.split('.').next().unwrap();
            assert!(
                row.get(top).is_some(),
                "CSV column `{column}` is not a JSON key of {row}"
            );
            assert_eq!(value, cell(row, column), "column `{column}` of {row}");
        }
        if every_key {
            for key in row.as_object().unwrap().keys() {
                let covered = columns.iter().any(|c| c == key || c.starts_with(&format!("{key}.")));
                assert!(covered, "JSON key `{key}` has no CSV column: {columns:?}");
            }
        }
    }
}

#[track_caller]
fn both(env: &Env, now: &str, args: &[&str]) -> (Value, String) {
    let json = env.run_at(now, &[&["--format", "json"], args].concat());
    let csv = env.run_at(now, &[&["--format", "csv"], args].concat());
    (serde_json::from_str(json.ok()).unwrap(), csv.ok().to_string())
}

fn every_listing_prints_the_same_keys_and_values_as_json_and_csv(env: Env) {
    let id = "alkmaar-jeugdhulp-2016";
    env.run_at("2015-05-01", &["new", &seed(id)]).ok();
    env.run_at("2015-05-01", &["new", &seed("walcheren-2016")]).ok();
    // `new` loads the tender, so its two formats are compared on two databases;
    // its JSON is the record of the change, with the timeline the CSV lists.
    let new = ["new", &seed("leeuwarden-wijk")];
    let json = env.run_at("2015-05-01", &[&["--format", "json"], &new[..]].concat());
    let csv = env
        .another()
        .run_at("2015-05-01", &[&["--format", "csv"], &new[..]].concat());
    let json: Value = serde_json::from_str(json.ok()).unwrap();
    assert_eq!(json["action"], "new");
    same_keys_and_values(json["timeline"].as_array().unwrap(), csv.ok(), true);
    env.run_at("2015-06-01T09:00", &["publish", id]).ok();
    for (kvk, lots) in [("30000001", "ambulant,dagbehandeling"), ("30000002", "ambulant")] {
        let meets = "pve,indicatoren,gva,skj-big,ijw";
        let args = [
            "register", id, "--name", kvk, "--kvk", kvk, "--lots", lots, "--meets", meets, "--small",
        ];
        env.run_at("2015-06-15", &args).ok();
    }
    let now = "2015-07-20T10:00";
    let listings = [
        &["list"][..],
        &["registrations", id],
        &["log", id],
        &["timeline", id],
        &["remind", "--within", "12w"],
    ];
    for listing in listings {
        let (json, csv) = both(&env, now, listing);
        let rows = match &json["milestones"] {
            Value::Array(rows) => rows.clone(),
            _ => json.as_array().unwrap().clone(),
        };
        same_keys_and_values(&rows, &csv, listing[0] != "timeline");
    }
    let (json, csv) = both(&env, now, &["show", id]);
    same_keys_and_values(json["lots"].as_array().unwrap(), &csv, false);

    // The award: a row per offer, with the keys of its lot and its offer.
    for kvk in ["30000001", "30000002"] {
        env.run_at(now, &["qualify", id, "--kvk", kvk, "--meets", "pve"]).ok();
    }
    let mut scores = String::from("kvk,lot,criterion,value\n");
    for (kvk, lot, price) in [
        ("30000001", "ambulant", "60"),
        ("30000002", "ambulant", "70"),
        ("30000001", "dagbehandeling", "40"),
    ] {
        for criterion in ["transformatie", "resultaat", "continuiteit"] {
            scores.push_str(&format!("{kvk},{lot},{criterion},8\n"));
        }
        scores.push_str(&common::price_rows(id, kvk, lot, price));
    }
    env.run_at(now, &["score", id, "--csv", &env.write("s.csv", scores)])
        .ok();
    let (json, csv) = both(&env, now, &["award", id, "--dry-run"]);
    let offers: Vec<Value> = json["lots"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|lot| {
            lot["offers"].as_array().unwrap().iter().map(|offer| {
                let mut offer = offer.clone();
                offer["lot"] = lot["lot"].clone();
                offer
            })
        })
        .collect();
    same_keys_and_values(&offers, &csv, true);
}
