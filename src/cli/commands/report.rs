//! `tender report`: the award report (gunningsrapport) of a tender, as Markdown
//! or as an HTML page, for the dossier and for every bidder.

use std::collections::HashSet;

use crate::cli::context::Ctx;
use crate::cli::document::Document;
use crate::cli::ranking_view;
use crate::domain::audit::EventKind;
use crate::domain::award::{LotOutcome, outcomes};
use crate::domain::dossier::{AwardLine, Decision};
use crate::domain::intake::{Registration, Status};
use crate::domain::schedule::Schedule;
use crate::store::StoredTender;

/// The award report: per lot the ranking, scores, exclusions and reasons (Markdown, or --html)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// An HTML page instead of Markdown
    #[arg(long)]
    html: bool,
}

/// The steps of the tender that the report retells; intake and scoring are in
/// the tables of the lots and of who was not admitted.
const RETOLD: [EventKind; 11] = [
    EventKind::Publish,
    EventKind::Rectify,
    EventKind::Consult,
    EventKind::Award,
    EventKind::Object,
    EventKind::Resolve,
    EventKind::FinalAward,
    EventKind::Sign,
    EventKind::Amend,
    EventKind::Extend,
    EventKind::Cancel,
];

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    let Some(decision) = store.decision(&args.id)? else {
        anyhow::bail!(
            "tender `{}` has no award decision yet, so there is nothing to report; record one with `tender award {}`",
            args.id,
            args.id
        );
    };
    let registrations = store.registrations(&args.id)?;
    // The ranking as the decision made it: without the newcomers of an open house.
    let decided: Vec<Registration> = registrations
        .iter()
        .filter(|r| decision.lines.iter().any(|l| l.kvk == r.kvk))
        .cloned()
        .collect();
    let outcomes = outcomes(&stored.tender, &decided, &store.scores(&args.id)?, &decision.draw);
    let mut doc = Document::new(format!(
        "Award report (gunningsrapport): {} — {}",
        stored.tender.definition.id, stored.tender.definition.title
    ));
    summary(&mut doc, &stored, &decision, ctx);
    history(&mut doc, &stored.tender.schedule, &store.events(&args.id)?);
    criteria(&mut doc, &stored);
    lots(&mut doc, &stored, &decision, &outcomes);
    intake(&mut doc, &stored, &decision, &registrations);
    let objections = store.objections(&args.id)?;
    if !objections.is_empty() {
        let schedule = &stored.tender.schedule;
        doc.heading(2, "Objections");
        let rows = objections
            .iter()
            .map(|o| {
                vec![
                    o.number.to_string(),
                    format!("{} ({})", o.name, o.kvk),
                    schedule.local(o.filed_at),
                    o.decision.to_string(),
                    o.reason.clone(),
                    match (o.outcome, o.resolved_at) {
                        (Some(outcome), Some(at)) => format!("{outcome} on {}", schedule.local(at)),
                        _ => "open".to_string(),
                    },
                ]
            })
            .collect();
        doc.table(&["no.", "provider", "filed", "decision", "reason", "outcome"], rows);
    }
    let signatures = store.signatures(&args.id)?;
    if !signatures.is_empty() {
        let schedule = &stored.tender.schedule;
        doc.heading(2, "Contracts");
        let rows = signatures
            .iter()
            .map(|s| {
                vec![
                    s.kvk.clone(),
                    s.name.clone(),
                    schedule.local(s.signed_on),
                    schedule.local(s.effective_at),
                ]
            })
            .collect();
        doc.table(&["kvk", "name", "signed", "effective"], rows);
    }
    print!("{}", if args.html { doc.html() } else { doc.markdown() });
    Ok(())
}

fn summary(doc: &mut Document, stored: &StoredTender, decision: &Decision, ctx: &Ctx) {
    let def = &stored.tender.definition;
    let schedule = &stored.tender.schedule;
    let facts = stored.facts();
    let mut items = vec![
        format!("Contracting authority: {}", def.authority.lead),
        format!("Kind: {} ({}), regime {}", def.kind, def.kind.dutch(), def.regime),
        format!("Phase on {}: {}", schedule.local(ctx.now), facts.phase(ctx.now)),
        format!(
            "Award decision {} of {}",
            decision.number,
            schedule.local(decision.decided_at)
        ),
    ];
    let members: Vec<&str> = def.authority.others().collect();
    if !members.is_empty() {
        items.insert(1, format!("On behalf of: {}", members.join(", ")));
    }
    if let Some(reference) = &def.reference {
        items.push(format!("Reference: {reference}"));
    }
    if !decision.draw.is_empty() {
        items.push(format!(
            "Tie broken by a draw, outcome best first: {}",
            decision.draw.join(", ")
        ));
    }
    if let Some(end) = facts.standstill_end() {
        items.push(format!("Standstill (Alcatel) period ends: {}", schedule.local(end)));
    }
    match stored.history.final_at {
        Some(at) => items.push(format!("Final award: {}", schedule.local(at))),
        None if schedule.standstill_days > 0 => items.push("Final award: not yet".to_string()),
        None => {}
    }
    items.push(format!(
        "Contract period: {} to {}",
        schedule.local(schedule.contract_start),
        schedule.local(facts.contract_end())
    ));
    doc.list(items);
    if stored.history.redo_required {
        doc.paragraph(format!(
            "Note: an objection against decision {} was upheld; a new decision is to be recorded with `tender award --redo`; the rankings below are those of decision {}.",
            decision.number, decision.number
        ));
    }
}

/// The tender's public steps as they happened, from the audit trail.
fn history(doc: &mut Document, schedule: &Schedule, events: &[crate::domain::audit::Event]) {
    doc.heading(2, format!("Course of the procedure ({})", schedule.timezone));
    let rows = events
        .iter()
        .filter(|e| RETOLD.contains(&e.kind))
        .map(|e| vec![schedule.local(e.at), e.kind.to_string(), e.detail.clone()])
        .collect();
    doc.table(&["when", "step", "what"], rows);
}

fn criteria(doc: &mut Document, stored: &StoredTender) {
    let def = &stored.tender.definition;
    if def.criteria.is_empty() {
        doc.paragraph(format!(
            "A {} has no ranking: every admitted provider is contracted per lot, at the tariffs of the definition.",
            def.kind.dutch()
        ));
        return;
    }
    doc.heading(2, "Award criteria");
    let rows = def
        .criteria
        .iter()
        .map(|c| {
            vec![
                c.id.clone(),
                c.name.clone(),
                c.weight.to_string(),
                if c.price {
                    "price".to_string()
                } else {
                    c.max_points.to_string()
                },
            ]
        })
        .collect();
    doc.table(&["criterion", "name", "weight", "max points"], rows);
    if let Some(award) = &def.award {
        let mut rules = vec![format!("Price formula: {}", award.price_formula)];
        rules.extend(
            award
                .min_quality
                .map(|q| format!("Minimum quality: {q}% of the maximum quality score")),
        );
        doc.list(rules);
    }
}

/// Per lot the ranking of the recorded decision: in full (points per criterion,
/// price) where today's scores still give exactly that decision, else the
/// recorded lines, with a note that the scores changed since.
fn lots(doc: &mut Document, stored: &StoredTender, decision: &Decision, outcomes: &[LotOutcome]) {
    let def = &stored.tender.definition;
    let headers = ranking_view::headers(def);
    let quality = def.criteria.iter().filter(|c| !c.price).count();
    for lot in &def.lots {
        doc.heading(2, format!("Lot {} — {}", lot.id, lot.name));
        let recorded: Vec<&AwardLine> = decision.lines.iter().filter(|l| l.lot == lot.id).collect();
        if recorded.is_empty() {
            doc.paragraph("No admitted offers.");
            continue;
        }
        let computed = outcomes.iter().find(|o| o.lot == lot.id);
        let agrees = computed.is_some_and(|c| {
            c.offers.len() == recorded.len() && c.offers.iter().zip(&recorded).all(|(o, l)| ranking_view::agrees(o, l))
        });
        match computed {
            Some(computed) if agrees => doc.table(&headers, ranking_view::rows(computed).collect()),
            _ => {
                let rows = recorded
                    .iter()
                    .map(|l| ranking_view::recorded_row(l, quality))
                    .collect();
                doc.table(&headers, rows);
                doc.paragraph(format!(
                    "The scores changed after decision {}; the table shows that decision as recorded, without the points per criterion and the prices, which now give another outcome.",
                    decision.number
                ));
            }
        }
    }
}

/// Who did not get as far as the ranking, and who joined an open house later.
fn intake(doc: &mut Document, stored: &StoredTender, decision: &Decision, registrations: &[Registration]) {
    let schedule = &stored.tender.schedule;
    let not_admitted: Vec<Vec<String>> = registrations
        .iter()
        .filter(|r| matches!(r.status, Status::Rejected | Status::Withdrawn))
        .map(|r| {
            vec![
                r.kvk.clone(),
                r.name.clone(),
                r.lots.join(", "),
                match r.status {
                    Status::Rejected => format!("rejected: {}", r.reason.clone().unwrap_or_default()),
                    _ => "withdrawn".to_string(),
                },
            ]
        })
        .collect();
    if !not_admitted.is_empty() {
        doc.heading(2, "Not admitted");
        doc.table(&["kvk", "name", "lots", "why"], not_admitted);
    }
    let decided: HashSet<&str> = decision.lines.iter().map(|l| l.kvk.as_str()).collect();
    let joiners: Vec<Vec<String>> = registrations
        .iter()
        .filter(|r| r.joining && !decided.contains(r.kvk.as_str()))
        .map(|r| {
            vec![
                r.kvk.clone(),
                r.name.clone(),
                r.lots.join(", "),
                r.status.to_string(),
                r.joining_at.map_or(String::new(), |at| schedule.local(at)),
            ]
        })
        .collect();
    if !joiners.is_empty() {
        doc.heading(2, "Joined the framework after the decision");
        doc.table(&["kvk", "name", "lots", "status", "joining moment"], joiners);
    }
}
