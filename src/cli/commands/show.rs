//! `tender show`: one tender in full: definition summary, phase, timeline, lots.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::cli::commands::amend;
use crate::cli::context::Ctx;
use crate::cli::i18n::{Lang, tr};
use crate::cli::output::{self, Format, Record};
use crate::cli::timeline_view::{Milestone, milestones};
use crate::domain::contracts::{self, Termination};
use crate::domain::definition::{Authority, Definition, Lot};
use crate::domain::dossier::{
    AmendedField, Amendment, Consultation, Decision, Objection, Signature, in_force, lot_budget, member_budgets,
};
use crate::domain::evidence::{Evidence, EvidenceKind};
use crate::domain::intake::Registration;
use crate::domain::lifecycle::Facts;
use crate::domain::message::Message;
use crate::domain::schedule::Schedule;
use crate::domain::schedule::rfc3339;

/// Show a tender: summary, phase, timeline (past / next) and lots
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
}

#[derive(Serialize)]
struct Shown<'a> {
    id: &'a str,
    title: &'a str,
    kind: &'static str,
    phase: &'static str,
    /// In English: what scripts read never changes with the language.
    next_step: String,
    #[serde(skip)]
    next: Message,
    timeline: Vec<Milestone>,
    registrations: u64,
    lots: Vec<LotRow>,
    decision: Option<DecisionJson>,
    objections: Vec<ObjectionJson>,
    signatures: Vec<SignatureJson>,
    consultations: Vec<ConsultationJson>,
    amendments: Vec<AmendmentJson>,
    /// Per requirement that asks for evidence: how many active registrations hold a valid piece.
    evidence: Vec<EvidenceJson>,
}

#[derive(Serialize)]
struct EvidenceJson {
    requirement: String,
    kind: EvidenceKind,
    valid: usize,
    /// `Name (KvK n)` of every active registration it applies to without a valid piece.
    missing: Vec<String>,
}

/// The latest award decision.
#[derive(Serialize)]
struct DecisionJson {
    number: u32,
    decided_at: String,
    draw: Vec<String>,
    standstill_end: Option<String>,
    final_at: Option<String>,
}

#[derive(Serialize)]
struct ObjectionJson {
    number: u32,
    kvk: String,
    name: String,
    reason: String,
    filed_at: String,
    decision: u32,
    outcome: Option<&'static str>,
}

#[derive(Serialize)]
struct SignatureJson {
    kvk: String,
    name: String,
    signed_on: String,
    effective_at: String,
    terminated_on: Option<String>,
    termination_reason: Option<String>,
}

#[derive(Serialize)]
struct ConsultationJson {
    number: u32,
    held_on: String,
    summary: String,
}

#[derive(Serialize)]
struct AmendmentJson {
    number: u32,
    at: String,
    lot: String,
    product: Option<String>,
    member: Option<String>,
    field: &'static str,
    old: Option<f64>,
    /// The new tariff or budget in euros; for an indexation the percentage.
    new: f64,
    reason: String,
    basis: &'static str,
    from: String,
}

#[derive(Serialize)]
struct LotRow {
    lot: String,
    name: String,
    /// In force: the definition's, or the latest amendment.
    budget: Option<f64>,
    #[serde(skip)]
    budget_text: String,
    /// The members the lot serves.
    members: Vec<String>,
    /// Each member's share of the budget in force, where the lot divides it.
    budget_by_member: BTreeMap<String, f64>,
    /// The members, where the lot serves only some of the authority's.
    #[serde(skip)]
    only_for: Option<String>,
    registrations: u64,
    /// KvK numbers awarded this lot by the latest decision.
    awarded: Vec<String>,
    #[serde(skip)]
    awarded_names: Vec<String>,
    products: Vec<ProductRow>,
}

#[derive(Serialize)]
struct ProductRow {
    code: String,
    name: String,
    unit: &'static str,
    funding: &'static str,
    /// In force: the definition's, or the latest amendment.
    tariff: Option<f64>,
    #[serde(skip)]
    tariff_text: Option<String>,
}

impl LotRow {
    fn new(
        lot: &Lot,
        authority: &Authority,
        registrations: u64,
        decision: Option<&Decision>,
        amendments: &[Amendment],
        now: DateTime<Utc>,
    ) -> LotRow {
        let budget = lot_budget(amendments, lot, now);
        let shares = member_budgets(amendments, lot, now);
        let shares_text: String = shares.iter().map(|(m, b)| format!("\n{m} {b}")).collect();
        let awarded: Vec<_> = decision
            .map(|d| d.lines.as_slice())
            .unwrap_or_default()
            .iter()
            .filter(|line| line.lot == lot.id && line.awarded)
            .collect();
        LotRow {
            lot: lot.id.clone(),
            name: lot.name.clone(),
            budget: budget.map(|b| b.euros()),
            budget_text: budget.map_or(String::new(), |b| b.to_string()) + &shares_text,
            members: lot.members(authority).to_vec(),
            only_for: lot.members.as_ref().map(|m| m.join(", ")),
            budget_by_member: shares.into_iter().map(|(m, b)| (m, b.euros())).collect(),
            registrations,
            awarded: awarded.iter().map(|line| line.kvk.clone()).collect(),
            awarded_names: awarded.iter().map(|line| line.name.clone()).collect(),
            products: lot
                .products
                .iter()
                .map(|p| {
                    let tariff = in_force(amendments, &lot.id, Some(&p.code), AmendedField::Tariff, p.tariff, now);
                    ProductRow {
                        code: p.code.clone(),
                        name: p.name.clone(),
                        unit: p.unit.as_str(),
                        funding: p.funding.as_str(),
                        tariff: tariff.map(|t| t.euros()),
                        tariff_text: tariff.map(|t| t.to_string()),
                    }
                })
                .collect(),
        }
    }
}

impl Record for LotRow {
    const HEADERS: &'static [&'static str] = &["lot", "name", "budget", "products", "registrations", "awarded"];
    const FREE_TEXT: &'static [usize] = &[1, 3];
    const COLUMNS: &'static [&'static str] = &["lot", "name", "budget", "registrations", "products.code", "awarded"];
    fn cells(&self) -> Vec<String> {
        let products: Vec<String> = self
            .products
            .iter()
            .map(|p| match &p.tariff_text {
                Some(tariff) => format!("{} {} ({tariff} per {})", p.code, p.name, p.unit),
                None => format!("{} {}", p.code, p.name),
            })
            .collect();
        let name = match &self.only_for {
            Some(members) => format!("{}\n(for {members})", self.name),
            None => self.name.clone(),
        };
        vec![
            self.lot.clone(),
            name,
            self.budget_text.clone(),
            products.join("\n"),
            self.registrations.to_string(),
            self.awarded_names.join("\n"),
        ]
    }
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    let per_lot = store.lot_counts(&args.id)?;
    let total = store.registration_count(&args.id)?;
    let facts = stored.facts();
    let def = &stored.tender.definition;
    let schedule = &stored.tender.schedule;
    let phase = facts.phase(ctx.now);
    let record = Recorded {
        decision: store.decision(&args.id)?,
        objections: store.objections(&args.id)?,
        signatures: store.signatures(&args.id)?,
        terminations: store.terminations(&args.id)?,
        consultations: store.consultations(&args.id)?,
        amendments: store.amendments(&args.id)?,
    };
    let time = |at| rfc3339(at, schedule.timezone);
    let shown = Shown {
        id: &def.id,
        title: &def.title,
        kind: def.kind.as_str(),
        phase: phase.as_str(),
        next_step: Lang::En.message(&facts.next_step(phase, ctx.now)),
        next: facts.next_step(phase, ctx.now),
        timeline: milestones(&facts, ctx.now),
        registrations: total,
        lots: def
            .lots
            .iter()
            .map(|lot| {
                let count = per_lot.get(&lot.id).copied().unwrap_or(0);
                LotRow::new(
                    lot,
                    &def.authority,
                    count,
                    record.decision.as_ref(),
                    &record.amendments,
                    ctx.now,
                )
            })
            .collect(),
        decision: record.decision.as_ref().map(|d| DecisionJson {
            number: d.number,
            decided_at: time(d.decided_at),
            draw: d.draw.clone(),
            standstill_end: facts.standstill_end().map(time),
            final_at: stored.history.final_at.map(time),
        }),
        objections: record
            .objections
            .iter()
            .map(|o| ObjectionJson {
                number: o.number,
                kvk: o.kvk.clone(),
                name: o.name.clone(),
                reason: o.reason.clone(),
                filed_at: time(o.filed_at),
                decision: o.decision,
                outcome: o.outcome.map(|x| x.as_str()),
            })
            .collect(),
        signatures: record
            .signatures
            .iter()
            .map(|s| {
                let ended = record.termination_of(s);
                SignatureJson {
                    kvk: s.kvk.clone(),
                    name: s.name.clone(),
                    signed_on: time(s.signed_on),
                    effective_at: time(s.effective_at),
                    terminated_on: ended.map(|t| time(t.on)),
                    termination_reason: ended.map(|t| t.reason.clone()),
                }
            })
            .collect(),
        consultations: record
            .consultations
            .iter()
            .map(|c| ConsultationJson {
                number: c.number,
                held_on: time(c.held_on),
                summary: c.summary.clone(),
            })
            .collect(),
        amendments: record
            .amendments
            .iter()
            .map(|a| AmendmentJson {
                number: a.number,
                at: time(a.at),
                lot: a.lot.clone(),
                product: a.product.clone(),
                member: a.member.clone(),
                field: a.field.as_str(),
                old: a.old.map(|c| c.euros()),
                new: a.new.euros(),
                reason: a.reason.clone(),
                basis: a.basis.as_str(),
                from: time(a.from),
            })
            .collect(),
        // Only a tender whose requirements ask for evidence reads its registrations here.
        evidence: if def.requirements.iter().any(|r| r.evidence.is_some()) {
            evidence_state(
                def,
                &store.registrations(&args.id)?,
                &store.evidence(&args.id)?,
                ctx.now,
                schedule.timezone,
            )
        } else {
            Vec::new()
        },
    };
    match ctx.format {
        Format::Json => output::json(&shown),
        format @ (Format::Csv | Format::Xlsx) => output::records(format, &shown.lots),
        Format::Table => {
            let lang = ctx.lang;
            print!(
                "{}",
                output::escape(summary(lang, def, &shown, &schedule.timezone.to_string()))
            );
            println!(
                "\n{}",
                tr!(lang, "show-timeline", timezone = schedule.timezone.to_string())
            );
            print!(
                "{}",
                table(
                    lang,
                    Milestone::HEADERS,
                    Milestone::FREE_TEXT,
                    shown.timeline.iter().map(|m| m.cells_in(lang))
                )
            );
            println!("\n{}", tr!(lang, "show-lots", count = shown.registrations));
            print!(
                "{}",
                table(
                    lang,
                    LotRow::HEADERS,
                    LotRow::FREE_TEXT,
                    shown.lots.iter().map(|l| l.cells_in(lang))
                )
            );
            print!("{}", output::escape(record.text(lang, &facts, schedule)));
            for e in &shown.evidence {
                let line = format!(
                    "\nEvidence for requirement `{}` ({}): {} valid; missing or expired: {}",
                    e.requirement,
                    e.kind,
                    e.valid,
                    if e.missing.is_empty() {
                        "none".to_string()
                    } else {
                        e.missing.join(", ")
                    }
                );
                println!("{}", output::escape(line));
            }
            Ok(())
        }
    }
}

/// What was recorded after intake, as the store holds it.
struct Recorded {
    decision: Option<Decision>,
    objections: Vec<Objection>,
    signatures: Vec<Signature>,
    terminations: Vec<Termination>,
    consultations: Vec<Consultation>,
    amendments: Vec<Amendment>,
}

impl Recorded {
    /// The termination that ended the contract of a signature, if any.
    fn termination_of(&self, signature: &Signature) -> Option<&Termination> {
        let on = contracts::terminated_on(signature, &self.terminations)?;
        self.terminations.iter().find(|t| t.kvk == signature.kvk && t.on == on)
    }

    /// The decision, objections, contracts, consultation rounds and amendments
    /// as sections of text, each only when there is something in it.
    fn text(&self, lang: Lang, facts: &Facts, schedule: &Schedule) -> String {
        let mut out = String::new();
        if let Some(d) = &self.decision {
            let mut parts = vec![tr!(
                lang,
                "show-decision",
                number = d.number,
                at = schedule.local(d.decided_at)
            )];
            if let Some(end) = facts.standstill_end() {
                parts.push(tr!(lang, "show-standstill", end = schedule.local(end)));
            }
            match facts.history.final_at {
                Some(at) => parts.push(tr!(lang, "show-final", at = schedule.local(at))),
                None if schedule.standstill_days > 0 => parts.push(tr!(lang, "show-not-final")),
                None => {}
            }
            if !d.draw.is_empty() {
                parts.push(tr!(lang, "show-draw", draw = d.draw.join(", ")));
            }
            out.push_str(&format!("\n{}\n", parts.join("; ")));
        }
        if !self.objections.is_empty() {
            out.push_str(&format!("\n{}\n", tr!(lang, "show-objections")));
            let rows = self.objections.iter().map(|o| {
                vec![
                    o.number.to_string(),
                    format!("{} ({})", o.name, o.kvk),
                    schedule.local(o.filed_at),
                    o.reason.clone(),
                    tr!(lang, "show-outcome", outcome = o.outcome.map_or("open", |x| x.as_str())),
                ]
            });
            out.push_str(&table(
                lang,
                &["no.", "provider", "filed", "reason", "outcome"],
                &[1, 3],
                rows,
            ));
        }
        if !self.signatures.is_empty() {
            out.push_str(&format!(
                "\n{}\n",
                tr!(lang, "show-contracts", count = self.signatures.len())
            ));
            let rows = self.signatures.iter().map(|s| {
                let ended = self.termination_of(s).map_or(String::new(), |t| {
                    tr!(
                        lang,
                        "show-terminated",
                        on = schedule.local(t.on),
                        reason = t.reason.clone()
                    )
                });
                vec![
                    s.kvk.clone(),
                    s.name.clone(),
                    schedule.local(s.signed_on),
                    schedule.local(s.effective_at),
                    ended,
                ]
            });
            out.push_str(&table(
                lang,
                &["kvk", "name", "signed", "effective", "ended"],
                &[1],
                rows,
            ));
        }
        if !self.consultations.is_empty() {
            out.push_str(&format!("\n{}\n", tr!(lang, "show-consultations")));
            let rows = self
                .consultations
                .iter()
                .map(|c| vec![c.number.to_string(), schedule.local(c.held_on), c.summary.clone()]);
            out.push_str(&table(lang, &["no.", "held", "summary"], &[2], rows));
        }
        if !self.amendments.is_empty() {
            out.push_str(&format!("\n{}\n", tr!(lang, "show-amendments")));
            let rows = self.amendments.iter().map(|a| {
                vec![
                    a.number.to_string(),
                    schedule.local(a.at),
                    schedule.local(a.from),
                    a.lot.clone(),
                    a.product.clone().unwrap_or_default(),
                    a.field.to_string(),
                    a.old.map_or(String::new(), |c| c.to_string()),
                    amend::new_value(a),
                    a.basis.to_string(),
                    a.reason.clone(),
                ]
            });
            let headers = [
                "no.",
                "recorded",
                "in force from",
                "lot",
                "product",
                "field",
                "old",
                "new",
                "basis",
                "reason",
            ];
            out.push_str(&table(lang, &headers, &[9], rows));
        }
        out
    }
}

/// Per requirement that asks for evidence, who among the active registrations
/// it applies to holds a valid piece now.
fn evidence_state(
    def: &Definition,
    registrations: &[Registration],
    pieces: &[Evidence],
    now: chrono::DateTime<chrono::Utc>,
    timezone: chrono_tz::Tz,
) -> Vec<EvidenceJson> {
    def.requirements
        .iter()
        .filter_map(|r| Some((r, r.evidence?)))
        .map(|(r, kind)| {
            let (valid, missing): (Vec<&Registration>, Vec<&Registration>) = registrations
                .iter()
                .filter(|reg| reg.status.is_active() && r.applies_to(&reg.lots))
                .partition(|reg| {
                    pieces
                        .iter()
                        .any(|p| p.kvk == reg.kvk && p.kind == kind && p.valid_at(now, timezone))
                });
            EvidenceJson {
                requirement: r.id.clone(),
                kind,
                valid: valid.len(),
                missing: missing
                    .iter()
                    .map(|reg| format!("{} (KvK {})", reg.name, reg.kvk))
                    .collect(),
            }
        })
        .collect()
}

/// A table with headings in `lang`.
fn table(lang: Lang, headers: &[&str], free_text: &[usize], rows: impl Iterator<Item = Vec<String>>) -> String {
    let headers = output::headings(lang, headers);
    output::table(&headers.iter().map(String::as_str).collect::<Vec<_>>(), free_text, rows)
}

fn summary(lang: Lang, def: &Definition, shown: &Shown, timezone: &str) -> String {
    let domains: Vec<&str> = def.domain.iter().map(|d| d.as_str()).collect();
    let others: Vec<&str> = def.authority.others().collect();
    let mut fields = vec![
        (
            tr!(lang, "show-kind"),
            tr!(
                lang,
                "show-kind-value",
                kind = def.kind.as_str(),
                dutch = def.kind.dutch(),
                regime = def.regime.as_str(),
                domains = domains.join(", ")
            ),
        ),
        (
            tr!(lang, "show-authority"),
            tr!(
                lang,
                "show-authority-value",
                lead = def.authority.lead.as_str(),
                others = others.iter().map(|m| format!(", {m}")).collect::<String>()
            ),
        ),
        (tr!(lang, "show-phase"), shown.phase.to_string()),
        (tr!(lang, "show-next"), lang.message(&shown.next)),
        (tr!(lang, "show-timezone"), timezone.to_string()),
    ];
    if let Some(reference) = &def.reference {
        fields.push((tr!(lang, "show-reference"), reference.clone()));
    }
    if let Some(value) = def.estimated_value {
        fields.push((
            tr!(lang, "show-value"),
            tr!(lang, "show-value-estimated", value = lang.money(value)),
        ));
    }
    let width = fields.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0) + 3;
    let mut lines = vec![format!("{} — {}", def.id, def.title)];
    lines.extend(
        fields
            .iter()
            .map(|(label, value)| format!("{:width$}{value}", format!("{label}:"))),
    );
    lines.push(String::new());
    lines.join("\n")
}
