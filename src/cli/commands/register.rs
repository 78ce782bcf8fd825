//! `tender register`: one provider's registration (aanmelding), or a bulk
//! intake from CSV that registers all rows or none.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::csv_input::{self, BadRow};
use crate::cli::decision::{self, Recorded};
use crate::cli::i18n::{Lang, tr};
use crate::cli::output::Progress;
use crate::domain::audit::EventKind;
use crate::domain::intake::{Application, parse_flag};
use crate::domain::lifecycle::{Action, Phase};
use crate::domain::schedule::rfc3339;
use crate::store::{ProviderChange, StoredTender, Txn};

/// Register a provider for lots of a tender, or many from a CSV file (all rows or none)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The provider's name, as registered with the KvK
    #[arg(long, required_unless_present = "csv", conflicts_with = "csv")]
    name: Option<String>,
    /// The provider's KvK number (8 digits)
    #[arg(long, required_unless_present = "csv", conflicts_with = "csv")]
    kvk: Option<String>,
    /// The lots to register for, comma-separated
    #[arg(long, value_delimiter = ',', required_unless_present = "csv", conflicts_with = "csv")]
    lots: Vec<String>,
    /// The provider's AGB code (8 digits)
    #[arg(long, conflicts_with = "csv")]
    agb: Option<String>,
    /// The provider's e-mail address for this tender
    #[arg(long, conflicts_with = "csv")]
    email: Option<String>,
    /// The requirements the provider declares to meet, comma-separated
    #[arg(long, value_delimiter = ',', conflicts_with = "csv")]
    meets: Vec<String>,
    /// The provider is a small provider
    #[arg(long, conflicts_with = "csv")]
    small: bool,
    /// Register every row of this CSV file (header name,kvk,agb,email,lots,meets,small)
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
}

#[derive(Serialize)]
struct Facts {
    /// The KvK numbers registered, in the order given.
    kvks: Vec<String>,
    joining: bool,
    /// When an admitted joiner would join the framework (one registration).
    joins_at: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let id = args.id.clone();
    let (event, facts, sentence) = decision::change(ctx, &id, Action::Register, |tx, stored, phase| {
        let joining = matches!(phase, Phase::Contracted | Phase::Active);
        match &args.csv {
            Some(path) => {
                let registered: HashSet<String> = tx
                    .registrations(&id)?
                    .into_iter()
                    .filter(|r| r.status.is_active())
                    .map(|r| r.kvk)
                    .collect();
                let applications = read_csv(path, stored, &registered, ctx.lang)?;
                let event = register_all(tx, stored, path, &applications, (joining, ctx.lang))?;
                let kvks: Vec<String> = applications.into_iter().map(|(_, a)| a.kvk).collect();
                let sentence = tr!(
                    ctx.lang,
                    "register-csv-done",
                    count = kvks.len(),
                    id = id.as_str(),
                    file = path.display().to_string()
                );
                let facts = Facts {
                    kvks,
                    joining,
                    joins_at: None,
                };
                Ok((event, facts, sentence))
            }
            None => {
                let application = Application {
                    name: args.name.clone().unwrap_or_default().trim().to_string(),
                    kvk: args.kvk.clone().unwrap_or_default().trim().to_string(),
                    agb: args
                        .agb
                        .as_ref()
                        .map(|a| a.trim().to_string())
                        .filter(|a| !a.is_empty()),
                    email: args
                        .email
                        .as_ref()
                        .map(|e| e.trim().to_string())
                        .filter(|e| !e.is_empty()),
                    lots: args.lots.clone(),
                    meets: args.meets.clone(),
                    small: args.small,
                };
                application.check(&stored.tender.definition)?;
                let provider = register_one(tx, &id, &application, joining, ctx.lang)?;
                let detail = describe(Lang::En, &application, joining, provider.as_ref());
                let event = tx.record(&id, EventKind::Register, &detail)?;
                let schedule = &stored.tender.schedule;
                let joins_at = joining.then(|| schedule.next_joining(ctx.now)).flatten();
                let mut sentence = describe(ctx.lang, &application, joining, provider.as_ref());
                if let Some(at) = joins_at {
                    sentence.push('\n');
                    sentence.push_str(&tr!(ctx.lang, "register-joins", at = schedule.local(at)));
                }
                let facts = Facts {
                    kvks: vec![application.kvk],
                    joining,
                    joins_at: joins_at.map(|at| rfc3339(at, schedule.timezone)),
                };
                Ok((event, facts, sentence))
            }
        }
    })?;
    let recorded = Recorded {
        tender: &id,
        action: EventKind::Register,
        event: Some(event),
        facts,
    };
    decision::confirm(ctx, &recorded, &sentence)
}

/// Registers one application; refused when the provider is already registered.
fn register_one(
    tx: &mut dyn Txn,
    id: &str,
    a: &Application,
    joining: bool,
    lang: Lang,
) -> anyhow::Result<Option<ProviderChange>> {
    if let Some(existing) = tx.registration(id, &a.kvk)?.filter(|r| r.status.is_active()) {
        anyhow::bail!(tr!(
            lang,
            "register-already",
            name = existing.name.as_str(),
            kvk = a.kvk.as_str(),
            id = id,
            status = tr!(lang, "registration-status", status = existing.status.as_str())
        ));
    }
    Ok(tx.register(id, &[a], joining)?.pop().flatten())
}

/// What a registration did: in English for the audit trail, in the user's language for the user.
fn describe(lang: Lang, a: &Application, joining: bool, provider: Option<&ProviderChange>) -> String {
    let mut detail = tr!(
        lang,
        "register-detail",
        name = a.name.as_str(),
        kvk = a.kvk.as_str(),
        joining = joining.to_string(),
        lots = a.lots.join(", ")
    );
    if !a.meets.is_empty() {
        detail.push_str(&tr!(lang, "register-detail-meets", meets = a.meets.join(", ")));
    }
    if a.small {
        detail.push_str(&tr!(lang, "register-detail-small"));
    }
    if let Some(p) = provider {
        if p.old_name != a.name {
            detail.push_str(&tr!(lang, "register-detail-renamed", old = p.old_name.as_str()));
        }
        if p.old_email != a.email && a.email.is_some() {
            let old = p.old_email.clone().unwrap_or_else(|| tr!(lang, "detail-none"));
            detail.push_str(&tr!(lang, "register-detail-email", old = old));
        }
    }
    detail
}

/// The registration CSV of SPEC §4, in its documented order.
const COLUMNS: &[csv_input::Column] = &[
    ("name", true),
    ("kvk", true),
    ("agb", false),
    ("email", false),
    ("lots", true),
    ("meets", false),
    ("small", false),
];

/// Every row as an application; every bad row reported at once, including
/// providers already registered for the tender.
fn read_csv(
    path: &Path,
    stored: &StoredTender,
    registered: &HashSet<String>,
    lang: Lang,
) -> anyhow::Result<Vec<(u64, Application)>> {
    let (rows, mut bad) = csv_input::read(path, COLUMNS, lang)?;
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut applications = Vec::with_capacity(rows.len());
    for row in rows {
        let parsed = parse_flag(row.get("small")).and_then(|small| {
            let a = Application {
                name: row.get("name").to_string(),
                kvk: row.get("kvk").to_string(),
                agb: row.optional("agb"),
                email: row.optional("email"),
                lots: row.list("lots"),
                meets: row.list("meets"),
                small,
            };
            a.check(&stored.tender.definition).map(|()| a)
        });
        match parsed {
            Ok(a) if registered.contains(&a.kvk) => bad.push(BadRow {
                line: row.line,
                reason: tr!(
                    lang,
                    "register-csv-already",
                    kvk = a.kvk.as_str(),
                    id = stored.tender.definition.id.as_str()
                ),
            }),
            Ok(a) => match first_line.get(&a.kvk) {
                Some(first) => bad.push(BadRow {
                    line: row.line,
                    reason: tr!(lang, "register-csv-twice", kvk = a.kvk.as_str(), first = *first),
                }),
                None => {
                    first_line.insert(a.kvk.clone(), row.line);
                    applications.push((row.line, a));
                }
            },
            Err(reason) => bad.push(BadRow {
                line: row.line,
                reason: lang.message(&reason),
            }),
        }
    }
    let nothing = tr!(lang, "register-csv-nothing");
    if !bad.is_empty() {
        return Err(csv_input::bad_rows_error(path, &mut bad, &nothing, lang));
    }
    if applications.is_empty() {
        anyhow::bail!(tr!(
            lang,
            "csv-no-rows",
            file = path.display().to_string(),
            nothing = nothing
        ));
    }
    Ok(applications)
}

/// Registrations a bulk intake writes at once: a multiple of the 250 rows
/// at which the progress line is redrawn.
const BATCH: usize = 250;

/// Registers every application in the open transaction, or none; returns the event.
fn register_all(
    tx: &mut dyn Txn,
    stored: &StoredTender,
    path: &Path,
    applications: &[(u64, Application)],
    (joining, lang): (bool, Lang),
) -> anyhow::Result<i64> {
    let id = &stored.tender.definition.id;
    let mut renamed = Vec::new();
    let mut progress = Progress::new(tr!(lang, "register-progress"), applications.len());
    // `read_csv` refused the providers already registered, so every row is
    // registered; in batches, since on a server each statement is a round trip.
    for batch in applications.chunks(BATCH) {
        let batch: Vec<&Application> = batch.iter().map(|(_, a)| a).collect();
        for (a, change) in batch.iter().zip(tx.register(id, &batch, joining)?) {
            if let Some(p) = change.filter(|p| p.old_name != a.name) {
                renamed.push(format!("{} (was {})", a.kvk, p.old_name));
            }
            progress.tick();
        }
    }
    progress.finish();
    let kvks: Vec<&str> = applications.iter().map(|(_, a)| a.kvk.as_str()).collect();
    let mut detail = tr!(
        Lang::En,
        "register-csv-detail",
        count = applications.len(),
        joining = joining.to_string(),
        file = path.display().to_string(),
        kvks = kvks.join(", ")
    );
    if !renamed.is_empty() {
        detail.push_str(&tr!(
            Lang::En,
            "register-csv-detail-renamed",
            renamed = renamed.join(", ")
        ));
    }
    Ok(tx.record(id, EventKind::Register, &detail)?)
}
