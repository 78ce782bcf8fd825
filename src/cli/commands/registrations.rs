//! `tender registrations`: the intake of a tender.

use serde::Serialize;

use crate::cli::context::Ctx;
use crate::cli::i18n::{Lang, tr};
use crate::cli::output::{self, Record};
use crate::domain::evidence::EvidenceKind;
use crate::domain::intake::missing_requirements;
use crate::domain::schedule::rfc3339;

/// List the registrations: provider, KvK, lots, requirements met and missing, status
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
}

#[derive(Serialize)]
struct Row {
    kvk: String,
    name: String,
    lots: Vec<String>,
    status: &'static str,
    meets: Vec<String>,
    missing: Vec<String>,
    small: bool,
    agb: Option<String>,
    email: Option<String>,
    reason: Option<String>,
    /// The lots this provider was awarded by the latest decision.
    awarded_lots: Vec<String>,
    joining_at: Option<String>,
    /// The provider's evidence for this tender, with whether each piece is valid now.
    evidence: Vec<EvidenceState>,
    #[serde(skip)]
    joining_local: String,
}

#[derive(Serialize)]
struct EvidenceState {
    kind: EvidenceKind,
    expires: Option<String>,
    valid: bool,
}

impl EvidenceState {
    /// `gva until 2017-08-19`, `vog expired 2015-01-01`, `hkz`.
    fn text(&self, lang: Lang) -> String {
        let state = match (&self.expires, self.valid) {
            (Some(_), true) => "until",
            (Some(_), false) => "expired",
            (None, true) => "valid",
            (None, false) => "not-yet",
        };
        tr!(
            lang,
            "registrations-evidence",
            kind = self.kind.as_str(),
            state = state,
            day = self.expires.as_deref().unwrap_or("")
        )
    }
}

impl Record for Row {
    const HEADERS: &'static [&'static str] = &[
        "kvk", "name", "lots", "meets", "missing", "status", "small", "joining", "evidence",
    ];
    const FREE_TEXT: &'static [usize] = &[1, 5];
    const COLUMNS: &'static [&'static str] = &[
        "kvk",
        "name",
        "lots",
        "status",
        "meets",
        "missing",
        "small",
        "agb",
        "email",
        "reason",
        "awarded_lots",
        "joining_at",
        "evidence.kind",
        "evidence.valid",
    ];
    fn cells(&self) -> Vec<String> {
        self.cells_in(Lang::En)
    }
    fn cells_in(&self, lang: Lang) -> Vec<String> {
        let status_word = tr!(lang, "registration-status", status = self.status);
        let status = match &self.reason {
            Some(reason) => format!("{status_word}: {reason}"),
            // Awarded some lots, not all: say which.
            None if !self.awarded_lots.is_empty() && self.awarded_lots.len() < self.lots.len() => {
                let not_awarded: Vec<&str> = self
                    .lots
                    .iter()
                    .filter(|lot| !self.awarded_lots.contains(lot))
                    .map(String::as_str)
                    .collect();
                tr!(
                    lang,
                    "registrations-partly-awarded",
                    awarded = self.awarded_lots.join("|"),
                    not_awarded = not_awarded.join("|")
                )
            }
            None => status_word,
        };
        vec![
            self.kvk.clone(),
            self.name.clone(),
            self.lots.join("|"),
            self.meets.join("|"),
            self.missing.join("|"),
            status,
            if self.small {
                tr!(lang, "registrations-small")
            } else {
                String::new()
            },
            self.joining_local.clone(),
            self.evidence
                .iter()
                .map(|e| e.text(lang))
                .collect::<Vec<_>>()
                .join("\n"),
        ]
    }
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    let def = &stored.tender.definition;
    let schedule = &stored.tender.schedule;
    let decision = store.decision(&args.id)?;
    let awarded_lots = |kvk: &str| -> Vec<String> {
        decision
            .iter()
            .flat_map(|d| &d.lines)
            .filter(|line| line.kvk == kvk && line.awarded)
            .map(|line| line.lot.clone())
            .collect()
    };
    let pieces = store.evidence(&args.id)?;
    let evidence = |kvk: &str| -> Vec<EvidenceState> {
        pieces
            .iter()
            .filter(|p| p.kvk == kvk)
            .map(|p| EvidenceState {
                kind: p.kind,
                expires: p.expires.map(|d| d.to_string()),
                valid: p.valid_at(ctx.now, schedule.timezone),
            })
            .collect()
    };
    let rows: Vec<Row> = store
        .registrations(&args.id)?
        .into_iter()
        .map(|r| Row {
            missing: missing_requirements(def, &r.lots, &r.meets)
                .into_iter()
                .map(str::to_string)
                .collect(),
            awarded_lots: awarded_lots(&r.kvk),
            evidence: evidence(&r.kvk),
            joining_at: r.joining_at.map(|at| rfc3339(at, schedule.timezone)),
            joining_local: r.joining_at.map_or(String::new(), |at| schedule.local(at)),
            kvk: r.kvk,
            name: r.name,
            lots: r.lots,
            status: r.status.as_str(),
            meets: r.meets,
            small: r.small,
            agb: r.agb,
            email: r.email,
            reason: r.reason,
        })
        .collect();
    output::records_in(ctx.format, ctx.lang, &rows)
}
