//! Issue 6, the OCDS export through the real binary: every seed tender in
//! `tenders/` is carried through its life (and cancelled at two points), and
//! every package it exports on the way is validated against the official OCDS
//! 1.1.5 release-package schema (JSON Schema draft 4, `release-schema.json`
//! resolved from `tests/data/ocds/`, never from the network) and against the
//! closed codelists of the standard's ZIP. Earlier releases must come back
//! unchanged in every later export.

mod common;

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::OnceLock;

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use common::Env;
use serde_json::Value;
use tender::domain::definition::Kind;
use tender::domain::tender::Tender;

stories! {
    every_seed_tender_exports_a_valid_package_at_every_phase,
    every_seed_tender_cancelled_while_open_exports_a_valid_package,
    every_seed_tender_cancelled_after_signing_exports_a_valid_package,
    a_lot_that_nobody_won_is_unsuccessful,
    export_writes_the_same_package_to_a_file_and_refuses_an_unknown_tender,
}

/// The standard's files, kept in the repository (see `tests/data/ocds/README.md`).
const OCDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ocds");
const RELEASE_SCHEMA_URL: &str = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

struct Standard {
    package: jsonschema::Validator,
    release: Value,
    /// Closed and open codelists by file name, with their codes.
    codelists: HashMap<String, BTreeSet<String>>,
}

fn standard() -> &'static Standard {
    static STANDARD: OnceLock<Standard> = OnceLock::new();
    STANDARD.get_or_init(|| {
        let read = |name: &str| -> Value {
            let path = Path::new(OCDS).join(name);
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            serde_json::from_str(&text).unwrap()
        };
        let release = read("release-schema.json");
        assert_eq!(release["id"], RELEASE_SCHEMA_URL);
        let package = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft4)
            .should_validate_formats(true)
            .with_resource(
                RELEASE_SCHEMA_URL,
                jsonschema::Resource::from_contents(release.clone()).unwrap(),
            )
            .build(&read("release-package-schema.json"))
            .expect("the release package schema compiles with the release schema resolved locally");
        Standard {
            package,
            release,
            codelists: codelists(),
        }
    })
}

/// Every codelist CSV of the standard, by file name, with its codes.
fn codelists() -> HashMap<String, BTreeSet<String>> {
    let mut lists = HashMap::new();
    for entry in std::fs::read_dir(Path::new(OCDS).join("codelists")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let mut reader = csv::Reader::from_path(&path).unwrap();
        let code = reader.headers().unwrap().iter().position(|h| h == "Code").unwrap();
        let codes = reader.records().map(|r| r.unwrap()[code].to_string()).collect();
        lists.insert(name, codes);
    }
    assert!(lists.len() >= 19, "the 19 codelists of OCDS 1.1.5: {:?}", lists.keys());
    lists
}

/// Validates one package; returns its releases.
#[track_caller]
fn validate(package: &Value) -> Vec<Value> {
    let standard = standard();
    let errors: Vec<String> = standard
        .package
        .iter_errors(package)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "not a valid OCDS 1.1.5 release package: {errors:#?}");
    let releases = package["releases"].as_array().unwrap().clone();
    let mut violations = Vec::new();
    let mut checked = 0;
    for (n, release) in releases.iter().enumerate() {
        checked += closed_codes(
            &standard.release,
            &standard.release,
            release,
            &format!("releases/{n}"),
            &mut violations,
        );
        // The lots extension uses the closed tenderStatus codelist too.
        for lot in release["tender"]["lots"].as_array().into_iter().flatten() {
            let status = lot["status"].as_str().unwrap();
            checked += 1;
            if !standard.codelists["tenderStatus.csv"].contains(status) {
                violations.push(format!("releases/{n}: lot status `{status}`"));
            }
        }
    }
    assert!(violations.is_empty(), "codes outside closed codelists: {violations:#?}");
    assert!(
        checked >= 6 * releases.len(),
        "the closed codelists were hardly checked"
    );
    releases
}

/// Checks every value under a closed codelist in `schema`; returns how many it checked.
fn closed_codes(root: &Value, schema: &Value, data: &Value, path: &str, out: &mut Vec<String>) -> usize {
    let schema = match schema["$ref"].as_str().and_then(|r| r.strip_prefix("#/definitions/")) {
        Some(name) => &root["definitions"][name],
        None => schema,
    };
    let mut checked = 0;
    if let (Some(list), Some(false)) = (schema["codelist"].as_str(), schema["openCodelist"].as_bool()) {
        let codes = &standard().codelists[list];
        let values: Vec<&Value> = match data {
            Value::Array(values) => values.iter().collect(),
            value => vec![value],
        };
        for value in values.into_iter().filter(|v| !v.is_null()) {
            checked += 1;
            if !value.as_str().is_some_and(|code| codes.contains(code)) {
                out.push(format!("{path}: {value} is not in {list}"));
            }
        }
    }
    match data {
        Value::Object(fields) => {
            for (key, value) in fields {
                if let Some(sub) = schema["properties"].get(key) {
                    checked += closed_codes(root, sub, value, &format!("{path}/{key}"), out);
                }
            }
        }
        Value::Array(items) if schema["items"].is_object() => {
            for (n, item) in items.iter().enumerate() {
                checked += closed_codes(root, &schema["items"], item, &format!("{path}/{n}"), out);
            }
        }
        _ => {}
    }
    checked
}

/// `--now` for an instant.
fn at(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A seed tender: its file, id and parsed definition.
struct Seed {
    file: String,
    id: String,
    tender: Tender,
}

fn seeds() -> Vec<Seed> {
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
            Seed {
                file: path.display().to_string(),
                id: tender.definition.id.clone(),
                tender,
            }
        })
        .collect()
}

/// Where a walk stops with `tender cancel`.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Stop {
    Never,
    CancelWhileOpen,
    CancelWhenContracted,
}

/// One seed tender's life in its own database, exporting after every step.
struct Walk<'a> {
    env: Env,
    seed: &'a Seed,
    /// The releases of the previous export; each export must repeat them unchanged.
    releases: Vec<Value>,
}

const PROVIDERS: [(&str, &str); 4] = [
    ("90000001", "Zorg Een BV"),
    ("90000002", "Zorg Twee BV"),
    ("90000003", "Zorg Drie BV"),
    ("90000004", "Nieuwkomer Zorg BV"),
];

impl Walk<'_> {
    /// Runs a command that must succeed.
    #[track_caller]
    fn run(&self, now: DateTime<Utc>, args: &[&str]) -> String {
        self.env.run_at(&at(now), args).ok().to_string()
    }

    /// Exports at `now`, validates the package and returns its new releases.
    #[track_caller]
    fn export(&mut self, now: DateTime<Utc>) -> Vec<Value> {
        let id = &self.seed.id;
        let out = self.env.run_at(&at(now), &["export", id, "--ocds"]);
        let package: Value = serde_json::from_str(out.ok()).expect("one JSON value");
        assert!(out.stderr.contains("placeholder `ocds-xxxxxx`"), "{}", out.stderr);
        assert_eq!(
            package["publishedDate"]
                .as_str()
                .map(|d| d.parse::<DateTime<Utc>>().unwrap()),
            Some(now)
        );
        let releases = validate(&package);
        assert_eq!(
            &releases[..self.releases.len()],
            &self.releases[..],
            "{id}: a later export changed an earlier release"
        );
        let ocid = format!("ocds-xxxxxx-{id}");
        let ids: BTreeSet<&str> = releases.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), releases.len(), "release ids are unique");
        for release in &releases {
            assert_eq!(release["ocid"], ocid.as_str());
            assert!(release["id"].as_str().unwrap().starts_with(&format!("{ocid}-")));
            check_references(release);
        }
        let new = releases[self.releases.len()..].to_vec();
        self.releases = releases;
        new
    }

    /// Exports and asserts that exactly one release was added, with `tag`.
    #[track_caller]
    fn export_one(&mut self, now: DateTime<Utc>, tag: &str) -> Value {
        let new = self.export(now);
        let tags: Vec<&Value> = new.iter().map(|r| &r["tag"]).collect();
        assert_eq!(tags.len(), 1, "{}: one new release: {tags:?}", self.seed.id);
        assert_eq!(new[0]["tag"], serde_json::json!([tag]), "{}", self.seed.id);
        new[0].clone()
    }

    /// Exports and asserts that nothing public happened since the last export.
    #[track_caller]
    fn export_none(&mut self, now: DateTime<Utc>) {
        let new = self.export(now);
        assert!(new.is_empty(), "{}: no new public step: {new:#?}", self.seed.id);
    }

    #[track_caller]
    fn cancel(&mut self, now: DateTime<Utc>) -> Value {
        self.run(now, &["cancel", &self.seed.id, "--reason", "Aanbesteding ingetrokken"]);
        let release = self.export_one(now + Duration::hours(1), "tenderCancellation");
        assert_eq!(release["tender"]["status"], "cancelled");
        for award in release["awards"].as_array().into_iter().flatten() {
            assert_eq!(award["status"], "cancelled", "{award}");
        }
        for contract in release["contracts"].as_array().into_iter().flatten() {
            assert_eq!(contract["status"], "terminated", "{contract}");
        }
        release
    }

    /// The providers awarded now, by KvK number.
    fn awarded(&self, now: DateTime<Utc>) -> Vec<String> {
        let out = self.run(now, &["--format", "json", "registrations", &self.seed.id]);
        let rows: Value = serde_json::from_str(&out).unwrap();
        rows.as_array()
            .unwrap()
            .iter()
            .filter(|r| r["status"] == "awarded")
            .map(|r| r["kvk"].as_str().unwrap().to_string())
            .collect()
    }
}

/// Every organization a release refers to is among its parties, in that role;
/// every contract refers to an award of the same release.
#[track_caller]
fn check_references(release: &Value) {
    let roles = |id: &Value| -> Vec<String> {
        let party = release["parties"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == *id)
            .unwrap_or_else(|| panic!("party {id} is missing in {}", release["id"]));
        serde_json::from_value(party["roles"].clone()).unwrap()
    };
    assert!(roles(&release["buyer"]["id"]).contains(&"buyer".to_string()));
    assert!(roles(&release["tender"]["procuringEntity"]["id"]).contains(&"procuringEntity".to_string()));
    for tenderer in release["tender"]["tenderers"].as_array().into_iter().flatten() {
        assert!(roles(&tenderer["id"]).contains(&"tenderer".to_string()));
    }
    let awards = release["awards"].as_array().cloned().unwrap_or_default();
    for award in &awards {
        for supplier in award["suppliers"].as_array().unwrap() {
            let kvk = supplier["id"].as_str().unwrap().strip_prefix("NL-KVK-").unwrap();
            let party = release["parties"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["id"] == supplier["id"]);
            assert_eq!(party.unwrap()["identifier"]["scheme"], "NL-KVK");
            assert_eq!(party.unwrap()["identifier"]["id"], kvk);
            if award["status"] != "cancelled" {
                assert!(roles(&supplier["id"]).contains(&"supplier".to_string()), "{award}");
            }
        }
    }
    for contract in release["contracts"].as_array().into_iter().flatten() {
        assert!(
            awards.iter().any(|a| a["id"] == contract["awardID"]),
            "contract {} refers to a missing award",
            contract["id"]
        );
    }
}

/// Carries one seed tender through its life, exporting at every phase.
fn walk(env: Env, seed: &Seed, stop: Stop) {
    let mut w = Walk {
        env,
        seed,
        releases: Vec::new(),
    };
    let id = seed.id.as_str();
    let def = &seed.tender.definition;
    let s = &seed.tender.schedule;
    let hour = Duration::hours(1);
    let day = Duration::days(1);

    // Draft: nothing is public yet.
    w.run(s.announce - day * 30, &["new", &seed.file]);
    let draft = w.env.run_at(&at(s.announce - day * 29), &["export", id, "--ocds"]);
    assert!(draft.fails(1).contains("never been published"), "{}", draft.stderr);

    // Open: the announcement, then a rectificatie that moves the registration deadline a day.
    w.run(s.announce, &["publish", id]);
    let announced = w.export_one(s.announce + hour, "tender");
    assert_eq!(announced["tender"]["status"], "active");
    assert_eq!(announced["tender"]["procurementMethod"], "open");
    let details = announced["tender"]["procurementMethodDetails"].as_str().unwrap();
    assert!(details.starts_with(def.kind.dutch()), "{details}");
    let deadline = s.registration_deadline + day;
    let local = deadline
        .with_timezone(&s.timezone)
        .format("%Y-%m-%dT%H:%M:%S")
        .to_string();
    let source = std::fs::read_to_string(&seed.file).unwrap();
    let rectified: Vec<String> = source
        .lines()
        .map(|line| match line.strip_prefix("registration_deadline = ") {
            Some(rest) => format!(
                "registration_deadline = {local}{}",
                &rest[rest.find(' ').unwrap_or(rest.len())..]
            ),
            None => line.to_string(),
        })
        .collect();
    let file = w.env.write(&format!("{id}.toml"), rectified.join("\n"));
    w.run(s.announce + day, &["update", &file]);
    let rectificatie = w.export_one(s.announce + day + hour, "tenderAmendment");
    assert_eq!(
        rectificatie["tender"]["tenderPeriod"]["endDate"],
        tender::domain::schedule::rfc3339(deadline, s.timezone)
    );
    assert_eq!(
        announced["tender"]["tenderPeriod"]["endDate"],
        tender::domain::schedule::rfc3339(s.registration_deadline, s.timezone),
        "the announcement keeps the deadline it had"
    );
    assert_eq!(
        rectificatie["tender"]["amendments"][0]["amendsReleaseID"],
        announced["id"]
    );
    // Said in Dutch, like the rest of the release, with the times and their offset.
    assert_eq!(
        rectificatie["tender"]["amendments"][0]["description"],
        format!(
            "Rectificatie: de sluitingstermijn voor aanmeldingen van {} naar {} verlengd",
            tender::domain::schedule::rfc3339(s.registration_deadline, s.timezone),
            tender::domain::schedule::rfc3339(deadline, s.timezone)
        )
    );

    // Intake: three providers; the third will be rejected.
    let lots: Vec<&str> = def.lots.iter().map(|l| l.id.as_str()).collect();
    let meets: Vec<&str> = def.requirements.iter().map(|r| r.id.as_str()).collect();
    let intake = s.announce + day * 2;
    for (n, (kvk, name)) in PROVIDERS[..3].iter().enumerate() {
        let their_lots = if n == 0 { lots.join(",") } else { lots[0].to_string() };
        w.run(
            intake,
            &[
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
            ],
        );
    }
    // A question round: two questions, one answered and published in a nota.
    w.run(
        intake,
        &["ask", id, "--question", "Mag een onderaannemer?", "--lot", lots[0]],
    );
    w.run(
        intake,
        &[
            "ask",
            id,
            "--question",
            "Telt de zaterdag mee?",
            "--from",
            "Zorg Elders",
        ],
    );
    w.run(intake, &["answer", id, "--question", "1", "--text", "Ja, mits gemeld."]);
    w.run(intake, &["nvi", id, "--publish"]);
    let nota = w.export_one(intake + hour, "tenderUpdate");
    assert_eq!(nota["tender"]["hasEnquiries"], true);
    let enquiries = nota["tender"]["enquiries"]
        .as_array()
        .expect("the enquiries of the nota");
    assert_eq!(enquiries.len(), 1, "only the published answer: {enquiries:?}");
    assert_eq!(
        (
            &enquiries[0]["id"],
            &enquiries[0]["answer"],
            &enquiries[0]["relatedLot"]
        ),
        (
            &Value::from("1"),
            &Value::from("Ja, mits gemeld."),
            &Value::from(lots[0])
        )
    );
    assert!(enquiries[0].get("author").is_none(), "the nota never names who asked");
    let package = w.env.run_at(&at(intake + hour), &["export", id, "--ocds"]).json();
    assert!(
        package["extensions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e.as_str().unwrap().contains("ocds_enquiry_extension")),
        "the enquiry extension is declared: {}",
        package["extensions"]
    );
    if stop == Stop::CancelWhileOpen {
        w.cancel(intake + hour);
        return;
    }

    // Evaluation: admission, and for a classic tender the scores.
    let evaluation = deadline + hour;
    w.run(
        evaluation,
        &["qualify", id, "--kvk", PROVIDERS[0].0, "--meets", meets[0]],
    );
    w.run(
        evaluation,
        &["qualify", id, "--kvk", PROVIDERS[1].0, "--meets", meets[0]],
    );
    w.run(
        evaluation,
        &["qualify", id, "--kvk", PROVIDERS[2].0, "--reject", "Geen VOG"],
    );
    if def.kind == Kind::Classic {
        let mut csv = String::from("kvk,lot,criterion,value\n");
        for (n, (kvk, _)) in PROVIDERS[..2].iter().enumerate() {
            let their_lots = if n == 0 { &lots[..] } else { &lots[..1] };
            for lot in their_lots {
                let floor = def.lot(lot).unwrap().price_floor.map_or(0.0, |c| c.euros());
                for (c, criterion) in def.criteria.iter().enumerate() {
                    if criterion.price {
                        let price = format!("{:.2}", floor + 100.0 + n as f64);
                        csv.push_str(&common::price_rows(id, kvk, lot, &price));
                    } else {
                        let points = criterion.max_points - u32::from(n == 1 && c == 0);
                        csv.push_str(&format!("{kvk},{lot},{},{points}\n", criterion.id));
                    }
                }
            }
        }
        let file = w.env.write("scores.csv", csv);
        w.run(evaluation, &["score", id, "--csv", &file]);
    }
    w.export_none(evaluation + hour);

    // The award decision: pending during a standstill, final at once without one.
    let decided = deadline + day;
    w.run(decided, &["award", id]);
    let award = w.export_one(decided + hour, "award");
    let standstill = s.standstill_days > 0;
    let statuses: BTreeSet<&str> = award["awards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["status"].as_str().unwrap())
        .collect();
    let expected = if standstill { "pending" } else { "active" };
    assert_eq!(statuses, BTreeSet::from([expected]), "{id}");
    assert_eq!(
        award["tender"]["numberOfTenderers"], 2,
        "the rejected provider made no offer"
    );
    let mut signing = decided + day;
    if standstill {
        // An objection is upheld and the award redone: the first decision's awards are cancelled.
        w.run(
            decided + day,
            &[
                "object",
                id,
                "--kvk",
                PROVIDERS[1].0,
                "--reason",
                "Onjuiste beoordeling",
            ],
        );
        w.run(
            decided + day * 2,
            &["resolve", id, "--objection", "1", "--outcome", "upheld"],
        );
        let redone = decided + day * 3;
        w.run(redone, &["award", id, "--redo"]);
        let redo = w.export_one(redone + hour, "award");
        for a in redo["awards"].as_array().unwrap() {
            let first = a["id"].as_str().unwrap().starts_with("gunning-1-");
            assert_eq!(a["status"], if first { "cancelled" } else { "pending" }, "{a}");
        }
        let end = s.standstill_end(redone);
        w.export_none(end);
        w.run(end + Duration::minutes(1), &["award", id, "--final"]);
        let final_award = w.export_one(end + hour, "awardUpdate");
        assert_eq!(final_award["tender"]["status"], "complete");
        assert!(
            final_award["awards"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["status"] == "active")
        );
        signing = end + day;
    } else {
        assert_eq!(award["tender"]["status"], "complete");
    }
    if def.kind == Kind::Bestuurlijk {
        // Changed by agreement before any contract: the tender is amended.
        w.run(
            signing - hour,
            &[
                "amend",
                id,
                "--lot",
                lots[0],
                "--budget",
                "123456.78",
                "--basis",
                "agreement",
                "--reason",
                "Overlegtafel",
            ],
        );
        let amended = w.export_one(signing - hour + Duration::minutes(1), "tenderAmendment");
        assert_eq!(amended["tender"]["lots"][0]["value"]["amount"], 123456.78);
        let description = amended["tender"]["amendments"].as_array().unwrap().last().unwrap()["description"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(
            description.starts_with(&format!("Budget van perceel {}", lots[0])),
            "{description}"
        );
        assert!(description.ends_with(" € 123.456,78"), "{description}");
    }

    // Contracts: every awarded provider signs.
    let awarded = w.awarded(signing);
    assert!(!awarded.is_empty(), "{id}: somebody is awarded");
    for (n, kvk) in awarded.iter().enumerate() {
        let on = signing + hour * n as i32;
        w.run(on, &["sign", id, "--kvk", kvk]);
        let contract = w.export_one(on + Duration::minutes(30), "contract");
        assert_eq!(contract["contracts"].as_array().unwrap().len(), n + 1);
        assert_eq!(contract["contracts"][n]["status"], "active");
        assert_eq!(
            contract["contracts"][n]["period"]["maxExtentDate"],
            tender::domain::schedule::rfc3339(s.max_extent(), s.timezone)
        );
    }
    let contracted = signing + day;
    if def.is_open_house() {
        // A newcomer joins the open house: its own award and contract.
        let (kvk, name) = PROVIDERS[3];
        w.run(
            contracted,
            &[
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
            ],
        );
        w.run(contracted + hour, &["qualify", id, "--kvk", kvk, "--meets", meets[0]]);
        w.run(contracted + hour * 2, &["sign", id, "--kvk", kvk]);
        let joined = w.export_one(contracted + hour * 3, "contract");
        let award = joined["awards"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(award["id"], format!("toetreding-{kvk}"));
        assert_eq!(award["relatedLots"], serde_json::json!([lots[0]]));
        assert_eq!(
            joined["contracts"].as_array().unwrap().last().unwrap()["awardID"],
            award["id"]
        );
    }
    if stop == Stop::CancelWhenContracted {
        w.cancel(contracted + day);
        return;
    }

    // Active: amendments by agreement and extensions amend the contracts.
    let active = s.contract_start + day;
    w.export_none(active);
    if def.kind == Kind::Bestuurlijk {
        let code = &def.lots[0].products[0].code;
        w.run(
            active + hour,
            &[
                "amend",
                id,
                "--lot",
                lots[0],
                "--product",
                code,
                "--tariff",
                "70.00",
                "--basis",
                "indexation",
                "--reason",
                "Indexatie",
            ],
        );
        let amended = w.export_one(active + hour * 2, "contractAmendment");
        assert_eq!(amended["tender"]["items"][0]["unit"]["value"]["amount"], 70.0);
        assert_eq!(amended["contracts"][0]["amendments"][0]["rationale"], "Indexatie");
        let description = amended["contracts"][0]["amendments"][0]["description"]
            .as_str()
            .unwrap();
        assert!(
            description.starts_with(&format!("Tarief van product {code} in perceel {}", lots[0])),
            "{description}"
        );
        assert!(description.ends_with("naar € 70,00"), "{description}");
    }
    let mut end = s.contract_end;
    if !s.extension_months.is_empty() {
        w.run(active + day, &["extend", id]);
        let extended = w.export_one(active + day + hour, "contractAmendment");
        end = s.contract_end_after(1);
        let months = s.extension_months[0];
        let expected = format!(
            "Verlengingsoptie 1 van {} ({months} {}) gelicht; de overeenkomsten lopen nu tot {}",
            s.extension_months.len(),
            if months == 1 { "maand" } else { "maanden" },
            tender::domain::schedule::rfc3339(end, s.timezone)
        );
        for contract in extended["contracts"].as_array().unwrap() {
            let amendments = contract["amendments"].as_array().unwrap();
            assert_eq!(amendments.last().unwrap()["description"], expected.as_str());
            assert_eq!(
                contract["period"]["endDate"],
                tender::domain::schedule::rfc3339(end, s.timezone)
            );
        }
    }

    // One provider's contract is terminated: a contractTermination release.
    let terminated_on = active + day * 3;
    let on = tender::domain::schedule::local_text(terminated_on, s.timezone);
    let on = &on[..10];
    w.run(
        active + day * 2,
        &[
            "terminate",
            id,
            "--kvk",
            &awarded[0],
            "--on",
            on,
            "--reason",
            "Faillissement",
        ],
    );
    let ended = w.export_one(active + day * 2 + hour, "contractTermination");
    let contract = ended["contracts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == format!("overeenkomst-{}", awarded[0]))
        .unwrap()
        .clone();
    assert_eq!(contract["status"], "terminated", "{id}");

    // Ended: the clock adds nothing public.
    w.export_none(end + day);
    let tags: Vec<&str> = w.releases.iter().map(|r| r["tag"][0].as_str().unwrap()).collect();
    assert_eq!(tags[..2], ["tender", "tenderAmendment"], "{id}: {tags:?}");
}

fn every_seed_tender_exports_a_valid_package_at_every_phase(env: Env) {
    for seed in seeds() {
        walk(env.another(), &seed, Stop::Never);
    }
}

fn every_seed_tender_cancelled_while_open_exports_a_valid_package(env: Env) {
    for seed in seeds() {
        walk(env.another(), &seed, Stop::CancelWhileOpen);
    }
}

fn every_seed_tender_cancelled_after_signing_exports_a_valid_package(env: Env) {
    for seed in seeds() {
        walk(env.another(), &seed, Stop::CancelWhenContracted);
    }
}

fn a_lot_that_nobody_won_is_unsuccessful(env: Env) {
    let id = "walcheren-2016";
    env.run_at("2015-06-01", &["new", &common::seed(id)]).ok();
    env.run_at("2015-07-01T09:00", &["publish", id]).ok();
    let (kvk, name) = PROVIDERS[0];
    env.run_at(
        "2015-07-10",
        &[
            "register",
            id,
            "--name",
            name,
            "--kvk",
            kvk,
            "--lots",
            "begeleiding",
            "--meets",
            "kwaliteit,vog",
        ],
    )
    .ok();
    let source = std::fs::read_to_string(common::seed(id)).unwrap();
    let requirements: Vec<&str> = source
        .split("[[requirements]]")
        .skip(1)
        .filter_map(|block| block.lines().find_map(|l| l.strip_prefix("id = \"")))
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    env.run_at(
        "2015-09-20",
        &["qualify", id, "--kvk", kvk, "--meets", &requirements.join(",")],
    )
    .ok();
    env.run_at("2016-02-15T10:00", &["award", id]).ok();
    let package: Value = serde_json::from_str(env.run_at("2016-02-15T11:00", &["export", id, "--ocds"]).ok()).unwrap();
    validate(&package);
    let release = package["releases"].as_array().unwrap().last().unwrap();
    assert_eq!(release["tender"]["status"], "complete");
    let status = |lot: &str| {
        release["tender"]["lots"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["id"] == lot)
            .unwrap()["status"]
            .clone()
    };
    assert_eq!(status("begeleiding"), "complete");
    assert_eq!(status("dagbesteding"), "unsuccessful", "nobody registered for it");
}

#[test]
fn the_validator_rejects_what_the_standard_forbids() {
    let package = serde_json::json!({
        "uri": "urn:tender:x",
        "version": "1.1",
        "publishedDate": "2021-04-01T09:00:00+02:00",
        "publisher": {"name": "Winterswijk"},
        "releases": [{
            "ocid": "ocds-xxxxxx-x", "id": "1", "date": "yesterday", "tag": ["tender"],
            "initiationType": "tender", "tender": {"id": "x", "value": {"amount": 1, "currency": "EURO"}}
        }]
    });
    let errors: Vec<String> = standard()
        .package
        .iter_errors(&package)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.iter().any(|e| e.contains("yesterday")), "{errors:?}");
    let mut violations = Vec::new();
    let release = &package["releases"][0];
    closed_codes(&standard().release, &standard().release, release, "r", &mut violations);
    assert_eq!(violations, ["r/tender/value/currency: \"EURO\" is not in currency.csv"]);
}

fn export_writes_the_same_package_to_a_file_and_refuses_an_unknown_tender(env: Env) {
    let seed = &seeds()[0];
    env.run_at("2000-01-01", &["new", &seed.file]).ok();
    env.run_at(&at(seed.tender.schedule.announce), &["publish", &seed.id])
        .ok();
    let file = env.path("out.json");
    let now = at(seed.tender.schedule.announce + Duration::days(1));
    let out = env.run_at(&now, &["export", &seed.id, "--ocds", "-o", file.to_str().unwrap()]);
    assert_eq!(out.ok(), "");
    let printed = env.run_at(&now, &["export", &seed.id, "--ocds"]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), printed.ok());
    let unknown = env.run_at(&now, &["export", "onbekend", "--ocds"]);
    assert!(unknown.fails(1).contains("no tender `onbekend`"), "{}", unknown.stderr);
    let without = env.run_at(&now, &["export", &seed.id]);
    assert!(without.fails(2).contains("--ocds"), "{}", without.stderr);
}
