//! SPEC §4 "Formats", issue 16 item 3: with `--format json` every command that
//! changes something prints exactly one JSON object of what was recorded,
//! `{tender, action, event, …}`, with its sentence for people on stderr; and
//! every object keeps one key order from run to run.

mod common;

use std::fmt;

use common::{Env, LOADED, seed};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

stories! {
    every_change_prints_one_json_object_in_one_key_order,
    a_confirmation_goes_to_stderr_and_leaves_stdout_to_data,
}

const ACHTERHOEK: &str = "achterhoek-2022";
const WALCHEREN: &str = "walcheren-2016";
const OMMEN: &str = "ommen-hardenberg-2015";
const LOT: &str = "wmo-begeleiding";
const ALL: &str = "gva|kwaliteit|skj-big|berichtenverkeer|verzekering";

/// A JSON value with its keys in the order printed (`serde_json::Value` sorts them).
enum Ordered {
    Object(Vec<(String, Ordered)>),
    Array(Vec<Ordered>),
    Scalar,
}

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Ordered, D::Error> {
        deserializer.deserialize_any(OrderedVisitor)
    }
}

struct OrderedVisitor;

impl<'de> Visitor<'de> for OrderedVisitor {
    type Value = Ordered;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Ordered, M::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Ordered>()? {
            entries.push((key, value));
        }
        Ok(Ordered::Object(entries))
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Ordered, S::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Ordered::Array(items))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Ordered, E> {
        Ok(Ordered::Scalar)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Ordered, E> {
        Ok(Ordered::Scalar)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Ordered, E> {
        Ok(Ordered::Scalar)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Ordered, E> {
        Ok(Ordered::Scalar)
    }
    fn visit_str<E>(self, _: &str) -> Result<Ordered, E> {
        Ok(Ordered::Scalar)
    }
    fn visit_unit<E>(self) -> Result<Ordered, E> {
        Ok(Ordered::Scalar)
    }
    fn visit_none<E>(self) -> Result<Ordered, E> {
        Ok(Ordered::Scalar)
    }
    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Ordered, D::Error> {
        Ordered::deserialize(inner)
    }
}

/// Every key of a printed JSON value in the order printed, with its path.
fn keys(value: &Ordered, path: &str, into: &mut Vec<String>) {
    match value {
        Ordered::Object(entries) => {
            for (key, inner) in entries {
                let path = format!("{path}.{key}");
                into.push(path.clone());
                keys(inner, &path, into);
            }
        }
        Ordered::Array(items) => {
            for item in items {
                keys(item, &format!("{path}[]"), into);
            }
        }
        Ordered::Scalar => {}
    }
}

/// One run of a command in JSON: what it printed on stdout, parsed as exactly one value.
struct Printed {
    args: String,
    value: Value,
    keys: Vec<String>,
}

struct Story<'a> {
    env: &'a Env,
    printed: Vec<Printed>,
}

impl Story<'_> {
    /// Runs a change with `--format json`: one object, `tender`, `action`,
    /// `event` first (the event is the latest in the tender's log), its sentence on stderr.
    #[track_caller]
    fn change(&mut self, now: &str, args: &[&str], action: &str) -> Value {
        let value = self.print(now, args);
        let printed = &self.printed.last().unwrap().keys;
        let first: Vec<&str> = printed.iter().take(3).map(String::as_str).collect();
        assert_eq!(first, [".tender", ".action", ".event"], "{args:?}: {value}");
        assert_eq!(value["action"], action, "{args:?}: {value}");
        let id = value["tender"].as_str().unwrap();
        if args.contains(&"--dry-run") {
            assert!(value["event"].is_null(), "a dry run records nothing: {value}");
        } else {
            let log = self.env.log(id);
            assert_eq!(value["event"], log.last().unwrap()["event"], "{args:?}: {value}");
        }
        value
    }

    /// Runs a command with `--format json` and parses stdout as exactly one value.
    #[track_caller]
    fn print(&mut self, now: &str, args: &[&str]) -> Value {
        let all = [&["--format", "json"][..], args].concat();
        let out = self.env.run_at(now, &all);
        let value = out.json();
        assert!(!out.stderr.is_empty(), "{args:?}: no sentence on stderr");
        let ordered: Ordered = serde_json::from_str(&out.stdout).unwrap();
        let mut found = Vec::new();
        keys(&ordered, "", &mut found);
        self.printed.push(Printed {
            args: args.join(" "),
            value: value.clone(),
            keys: found,
        });
        value
    }
}

/// Every changing command of SPEC §4 once, in a story that allows it.
fn story(env: &Env) -> Vec<Printed> {
    let mut s = Story {
        env,
        printed: Vec::new(),
    };
    let source = std::fs::read_to_string(seed(ACHTERHOEK)).unwrap();
    let file = env.write("achterhoek.toml", &source);
    let checked = s.print("2021-03-01T10:00", &["check", &file]);
    assert_eq!(checked["valid"][0]["tender"], ACHTERHOEK);
    let new = s.change("2021-03-01T10:00", &["new", &file], "new");
    assert_eq!(new["timeline"][0]["status"], "next");
    let retitled = source.replace(
        "title = \"Wmo en Jeugdhulp Achterhoek 2022\"",
        "title = \"Wmo en Jeugd Achterhoek 2022\"",
    );
    env.write("achterhoek.toml", &retitled);
    let updated = s.change("2021-03-02T10:00", &["update", &file], "update");
    assert!(updated["changes"][0].as_str().unwrap().contains("title"), "{updated}");
    s.change("2021-04-01T09:00", &["publish", ACHTERHOEK], "publish");

    let open = "2021-05-01T10:00";
    let intake = env.write(
        "intake.csv",
        format!("name,kvk,agb,email,lots,meets,small\nA BV,10000001,,,{LOT},{ALL},false\nB BV,10000002,,,{LOT},{ALL},false\n"),
    );
    let csv = s.change(open, &["register", ACHTERHOEK, "--csv", &intake], "register");
    assert_eq!(csv["kvks"], serde_json::json!(["10000001", "10000002"]));
    for kvk in ["10000003", "10000009"] {
        let args = ["register", ACHTERHOEK, "--name", "C BV", "--kvk", kvk, "--lots", LOT];
        s.change(open, &args, "register");
    }
    let withdrawn = s.change(open, &["withdraw", ACHTERHOEK, "--kvk", "10000009"], "withdraw");
    assert_eq!(withdrawn["status"], "withdrawn");

    let eval = "2021-05-24T10:00";
    for kvk in ["10000001", "10000002"] {
        let qualified = s.change(
            eval,
            &["qualify", ACHTERHOEK, "--kvk", kvk, "--meets", "gva"],
            "qualify",
        );
        assert_eq!(qualified["status"], "qualified");
    }
    let args = ["qualify", ACHTERHOEK, "--kvk", "10000003", "--reject", "Geen VOG"];
    s.change(eval, &args, "reject");
    let args = ["score", ACHTERHOEK, "--kvk", "10000001", "--lot", LOT, "--price", "60"];
    let scored = s.change(eval, &args, "score");
    assert_eq!(scored["scores"][0]["price"], 60.0);
    let mut scores = String::from("kvk,lot,criterion,value\n10000002,wmo-begeleiding,prijs,50\n");
    for kvk in ["10000001", "10000002"] {
        for (criterion, points) in [("resultaat", 8), ("samenwerking", 7), ("innovatie", 6)] {
            scores.push_str(&format!("{kvk},{LOT},{criterion},{points}\n"));
        }
    }
    let scores = env.write("scores.csv", scores);
    s.change(eval, &["score", ACHTERHOEK, "--csv", &scores], "score");

    s.change("2021-06-01T10:00", &["award", ACHTERHOEK, "--dry-run"], "award");
    let award = s.change("2021-06-01T10:00", &["award", ACHTERHOEK], "award");
    assert_eq!(award["decision"], 1);
    let args = [
        "object",
        ACHTERHOEK,
        "--kvk",
        "10000002",
        "--reason",
        "Beoordeling onjuist",
    ];
    let objection = s.change("2021-06-02T10:00", &args, "object");
    assert_eq!(objection["objection"], 1);
    let args = ["resolve", ACHTERHOEK, "--objection", "1", "--outcome", "upheld"];
    let resolved = s.change("2021-06-03T10:00", &args, "resolve");
    assert_eq!(resolved["redo_required"], true);
    let redo = s.change("2021-06-04T10:00", &["award", ACHTERHOEK, "--redo"], "award");
    assert_eq!(redo["decision"], 2);
    s.change("2021-07-10T10:00", &["award", ACHTERHOEK, "--final"], "final-award");
    let signed = s.change("2021-07-11T10:00", &["sign", ACHTERHOEK, "--kvk", "10000001"], "sign");
    assert_eq!(signed["accession"], false);
    let extended = s.change("2022-02-01T10:00", &["extend", ACHTERHOEK], "extend");
    assert_eq!(extended["option"], 1);
    let args = [
        "terminate",
        ACHTERHOEK,
        "--kvk",
        "10000001",
        "--on",
        "2022-03-01",
        "--reason",
        "Faillissement",
    ];
    let terminated = s.change("2022-02-02T10:00", &args, "terminate");
    assert_eq!(terminated["terminated_on"], "2022-03-01T00:00:00+01:00");

    s.change("2015-06-01T10:00", &["new", &seed(WALCHEREN)], "new");
    let args = [
        "consult",
        WALCHEREN,
        "--on",
        "2015-06-10",
        "--summary",
        "Tarieven besproken",
    ];
    let consulted = s.change("2015-06-10T10:00", &args, "consult");
    assert_eq!(consulted["round"], 1);
    s.change("2015-07-01T09:00", &["publish", WALCHEREN], "publish");
    let args = [
        "register",
        WALCHEREN,
        "--name",
        "Porthos",
        "--kvk",
        "60000011",
        "--lots",
        "begeleiding",
    ];
    s.change("2015-08-01T10:00", &args, "register");
    let meets = "kwaliteit,vog,porthos,iwmo";
    let args = ["qualify", WALCHEREN, "--kvk", "60000011", "--meets", meets];
    s.change("2015-10-01T10:00", &args, "qualify");
    s.change("2016-02-15T10:00", &["award", WALCHEREN], "award");
    let args = [
        "amend",
        WALCHEREN,
        "--lot",
        "begeleiding",
        "--budget",
        "1000000",
        "--basis",
        "agreement",
        "--reason",
        "Overleg",
    ];
    let amended = s.change("2016-03-01T10:00", &args, "amend");
    assert_eq!(amended["changes"][0]["new"], 1_000_000.0);
    assert_eq!(amended["basis"], "agreement");

    s.change(LOADED, &["new", &seed(OMMEN)], "new");
    let cancelled = s.change("2015-07-01T09:00", &["cancel", OMMEN, "--reason", "Opnieuw"], "cancel");
    assert_eq!(cancelled["phase"], "draft");

    let copy = env.path("copy.db");
    let backup = s.print("2022-02-01T10:00", &["backup", copy.to_str().unwrap()]);
    assert_eq!(backup["backup"], copy.display().to_string());
    s.printed
}

fn every_change_prints_one_json_object_in_one_key_order(env: Env) {
    let second = env.another();
    let (one, two) = (story(&env), story(&second));
    assert_eq!(one.len(), two.len());
    for (a, b) in one.iter().zip(&two) {
        assert_eq!(a.keys, b.keys, "the keys of `{}` changed order between runs", a.args);
        assert!(a.value.is_object(), "{}: {}", a.args, a.value);
    }
}

fn a_confirmation_goes_to_stderr_and_leaves_stdout_to_data(env: Env) {
    env.load(&[OMMEN]);
    let out = env.run_at("2015-08-03T09:00", &["publish", OMMEN]);
    assert_eq!(out.ok(), "", "a table-format change prints no data");
    assert!(
        out.stderr.starts_with("published `ommen-hardenberg-2015`"),
        "{}",
        out.stderr
    );
}
