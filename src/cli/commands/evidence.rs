//! `tender evidence`: record a piece of evidence (bewijsstuk), or list them.

use chrono::NaiveDate;
use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::cli::i18n::{Lang, tr};
use crate::cli::output::{self, Record};
use crate::domain::audit::EventKind;
use crate::domain::evidence::{Evidence, EvidenceKind};
use crate::domain::intake::check_kvk;

/// Record a piece of evidence for a registered provider, or list every piece with whether it is valid now
#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("record").args(["kvk", "kind", "issued", "expires", "reference"]).multiple(true))]
pub struct Args {
    /// The tender id
    id: String,
    /// The provider's KvK number
    #[arg(long, requires_all = ["kind", "issued"])]
    kvk: Option<String>,
    /// What it is: gva, vog, hkz, iso9001, skj, big, insurance, kvk-extract or other
    #[arg(long, requires = "kvk")]
    kind: Option<String>,
    /// The day it was issued (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", requires = "kvk")]
    issued: Option<String>,
    /// The last day it is valid (default: for a gva 2 years from issue, else none)
    #[arg(long, value_name = "DATE", requires = "kvk")]
    expires: Option<String>,
    /// Its reference, such as the number on the certificate
    #[arg(long = "ref", id = "reference", value_name = "TEXT", requires = "kvk")]
    reference: Option<String>,
}

#[derive(Serialize)]
struct Row {
    kvk: String,
    name: String,
    kind: EvidenceKind,
    issued: String,
    expires: Option<String>,
    valid: bool,
    reference: Option<String>,
}

impl Record for Row {
    const HEADERS: &'static [&'static str] = &["kvk", "name", "kind", "issued", "expires", "valid", "ref"];
    const COLUMNS: &'static [&'static str] = &["kvk", "name", "kind", "issued", "expires", "valid", "reference"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.kvk.clone(),
            self.name.clone(),
            self.kind.to_string(),
            self.issued.clone(),
            self.expires.clone().unwrap_or_else(|| "(does not expire)".to_string()),
            if self.valid { "yes" } else { "no" }.to_string(),
            self.reference.clone().unwrap_or_default(),
        ]
    }
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    match (&args.kvk, &args.kind, &args.issued) {
        (Some(kvk), Some(kind), Some(issued)) => record(ctx, &args, kvk, kind, issued),
        _ => list(ctx, &args.id),
    }
}

fn day(flag: &str, text: &str, lang: Lang) -> anyhow::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| anyhow::anyhow!(tr!(lang, "evidence-not-a-date", flag = flag, text = text)))
}

fn record(ctx: &Ctx, args: &Args, kvk: &str, kind: &str, issued: &str) -> anyhow::Result<()> {
    check_kvk(kvk).map_err(anyhow::Error::msg)?;
    let kind: EvidenceKind = kind.parse().map_err(|e| anyhow::anyhow!("--kind {e}"))?;
    let issued = day("issued", issued, ctx.lang)?;
    let expires = args
        .expires
        .as_deref()
        .map(|d| day("expires", d, ctx.lang))
        .transpose()?;
    let expires = Evidence::expiry(kind, issued, expires).map_err(anyhow::Error::msg)?;
    let reference = args.reference.as_deref().map(str::trim).filter(|r| !r.is_empty());
    let mut store = ctx.store()?;
    let (event, detail, sentence) = store.change(&args.id, &ctx.stamp(), |change| -> anyhow::Result<_> {
        let stored = decision::load(&*change, &args.id, ctx)?;
        let today = stored.tender.schedule.local_date(ctx.now);
        if issued > today {
            anyhow::bail!(tr!(ctx.lang, "evidence-future", issued = issued.to_string()));
        }
        let Some(registration) = change.registration(&args.id, kvk)?.filter(|r| r.status.is_active()) else {
            anyhow::bail!(tr!(
                ctx.lang,
                "evidence-not-registered",
                kvk = kvk,
                id = args.id.as_str()
            ));
        };
        let piece = Evidence {
            kvk: kvk.to_string(),
            name: registration.name.clone(),
            kind,
            issued,
            expires,
            reference: reference.map(str::to_string),
        };
        change.add_evidence(&args.id, &piece)?;
        let said = |lang: Lang| {
            tr!(
                lang,
                "evidence-done",
                name = registration.name.as_str(),
                kvk = kvk,
                kind = kind.as_str(),
                issued = issued.to_string(),
                expires = expires.map_or_else(|| "never".to_string(), |d| d.to_string()),
                reference = reference.map_or_else(String::new, |r| tr!(lang, "evidence-reference", reference = r))
            )
        };
        let event = change.record(&args.id, EventKind::Evidence, &said(Lang::En))?;
        Ok((event, said(Lang::En), said(ctx.lang)))
    })?;
    decision::confirm_described(ctx, &args.id, EventKind::Evidence, event, (&detail, &sentence))
}

fn list(ctx: &Ctx, id: &str) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let stored = store.tender(id)?;
    let timezone = stored.tender.schedule.timezone;
    let rows: Vec<Row> = store
        .evidence(id)?
        .into_iter()
        .map(|p| Row {
            valid: p.valid_at(ctx.now, timezone),
            kvk: p.kvk,
            name: p.name,
            kind: p.kind,
            issued: p.issued.to_string(),
            expires: p.expires.map(|d| d.to_string()),
            reference: p.reference,
        })
        .collect();
    output::records_in(ctx.format, ctx.lang, &rows)
}
