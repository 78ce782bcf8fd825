//! `tender report`: the proces-verbaal of a tender (art. 2.132 Aw), the
//! internal, confidential record of how the procedure went and why the award
//! fell as it did, naming every provider by name; as Markdown or as an HTML
//! page to print on A4. The letters to the bidders are `tender letters`.

use std::collections::{HashMap, HashSet};

use crate::cli::context::Ctx;
use crate::cli::document::Document;
use crate::cli::i18n::{Lang, tr};
use crate::cli::ranking_view;
use crate::domain::audit::{Event, EventKind, Trail};
use crate::domain::award::{LotOutcome, outcomes};
use crate::domain::dossier::{AwardLine, Consultation, Decision, Objection, Signature};
use crate::domain::intake::{Registration, Status};
use crate::domain::lifecycle::Phase;
use crate::domain::schedule::Schedule;
use crate::store::StoredTender;

/// The proces-verbaal (art. 2.132 Aw): the course of the procedure, per lot the ranking, scores, exclusions and reasons (Markdown, or --html)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// An HTML page to print on A4 instead of Markdown
    #[arg(long)]
    html: bool,
}

/// The steps of the tender that the proces-verbaal retells; intake and scoring
/// are in the tables of the lots and of who was not admitted.
const RETOLD: [EventKind; 15] = [
    EventKind::Publish,
    EventKind::Rectify,
    EventKind::Consult,
    EventKind::Nvi,
    EventKind::Award,
    EventKind::Letters,
    EventKind::Object,
    EventKind::Resolve,
    EventKind::FinalAward,
    EventKind::Sign,
    EventKind::Notice,
    EventKind::Amend,
    EventKind::Extend,
    EventKind::Terminate,
    EventKind::Cancel,
];

/// What the audit trail's steps are told from.
struct Facts<'a> {
    trail: Trail,
    objections: &'a [Objection],
    consultations: Vec<Consultation>,
}

/// What the proces-verbaal is written from.
struct Dossier<'a> {
    lang: Lang,
    stored: &'a StoredTender,
    decision: &'a Decision,
    registrations: &'a [Registration],
    now: chrono::DateTime<chrono::Utc>,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let lang = ctx.lang;
    let store = ctx.store()?;
    let stored = store.tender(&args.id)?;
    let Some(decision) = store.decision(&args.id)? else {
        anyhow::bail!(tr!(lang, "pv-no-decision", tender = args.id.as_str()));
    };
    let registrations = store.registrations(&args.id)?;
    // The ranking as the decision made it: without the newcomers of an open house.
    let decided: Vec<Registration> = registrations
        .iter()
        .filter(|r| decision.lines.iter().any(|l| l.kvk == r.kvk))
        .cloned()
        .collect();
    let outcomes = outcomes(&stored.tender, &decided, &store.scores(&args.id)?, &decision.draw);
    let dossier = Dossier {
        lang,
        stored: &stored,
        decision: &decision,
        registrations: &registrations,
        now: ctx.now,
    };
    let def = &stored.tender.definition;
    let mut doc = Document::new(tr!(lang, "pv-title", title = def.title.as_str()));
    doc.lang = Some(lang.code());
    doc.paragraph(tr!(lang, "pv-confidential"));
    dossier.summary(&mut doc);
    let objections = store.objections(&args.id)?;
    let recorded = Facts {
        trail: store.trail(&args.id)?,
        objections: &objections,
        consultations: store.consultations(&args.id)?,
    };
    dossier.history(&mut doc, &recorded);
    dossier.criteria(&mut doc);
    dossier.lots(&mut doc, &outcomes);
    dossier.draw(&mut doc);
    dossier.intake(&mut doc);
    dossier.objections(&mut doc, &objections);
    dossier.contracts(&mut doc, &store.signatures(&args.id)?);
    print!("{}", if args.html { doc.html() } else { doc.markdown() });
    Ok(())
}

impl Dossier<'_> {
    fn moment(&self, at: chrono::DateTime<chrono::Utc>) -> String {
        self.lang.moment(at, self.stored.tender.schedule.timezone)
    }

    fn date(&self, at: chrono::DateTime<chrono::Utc>) -> String {
        self.lang.date(at, self.stored.tender.schedule.timezone)
    }

    /// `Name (KvK 12345678)`, or the number alone for a provider not registered.
    fn provider(&self, kvk: &str) -> String {
        match self.registrations.iter().find(|r| r.kvk == kvk) {
            Some(r) => tr!(self.lang, "pv-provider", name = r.name.as_str(), kvk = kvk),
            None => kvk.to_string(),
        }
    }

    fn summary(&self, doc: &mut Document) {
        let lang = self.lang;
        let def = &self.stored.tender.definition;
        let schedule = &self.stored.tender.schedule;
        let facts = self.stored.facts();
        let mut items = vec![tr!(lang, "pv-authority", lead = def.authority.lead.as_str())];
        let members: Vec<&str> = def.authority.others().collect();
        if !members.is_empty() {
            items.push(tr!(lang, "pv-on-behalf", members = members.join(", ")));
        }
        items.push(tr!(
            lang,
            "pv-kind",
            id = def.id.as_str(),
            kind = def.kind.as_str(),
            regime = def.regime.as_str()
        ));
        if let Some(reference) = &def.reference {
            items.push(tr!(lang, "pv-reference", reference = reference.as_str()));
        }
        items.push(tr!(lang, "pv-date", date = self.date(self.now)));
        items.push(tr!(
            lang,
            "pv-phase",
            date = self.date(self.now),
            phase = facts.phase(self.now).as_str()
        ));
        items.push(tr!(
            lang,
            "pv-decision",
            number = self.decision.number,
            at = self.moment(self.decision.decided_at)
        ));
        if let Some(end) = facts.standstill_end() {
            items.push(tr!(lang, "pv-standstill", end = self.moment(end)));
        }
        match self.stored.history.final_at {
            Some(at) => items.push(tr!(lang, "pv-final", at = self.moment(at))),
            None if schedule.standstill_days > 0 => items.push(tr!(lang, "pv-final-not-yet")),
            None => {}
        }
        items.push(tr!(
            lang,
            "pv-contract-period",
            from = self.date(schedule.contract_start),
            until = self.date(facts.contract_end())
        ));
        doc.list(items);
        if self.stored.history.redo_required {
            doc.paragraph(tr!(lang, "pv-redo", number = self.decision.number));
        }
    }

    /// The tender's steps as they happened, from the audit trail: told from
    /// the facts each event recorded where the trail holds them, else the
    /// recorded text with every KvK number followed by the provider's name.
    fn history(&self, doc: &mut Document, recorded: &Facts) {
        let lang = self.lang;
        let timezone = self.stored.tender.schedule.timezone.to_string();
        doc.heading(2, tr!(lang, "pv-history", timezone = timezone));
        let names: HashMap<&str, &str> = self
            .registrations
            .iter()
            .map(|r| (r.kvk.as_str(), r.name.as_str()))
            .collect();
        let mut extensions = 0;
        let rows = recorded
            .trail
            .events
            .iter()
            .filter(|e| RETOLD.contains(&e.kind))
            .map(|e| {
                extensions += usize::from(e.kind == EventKind::Extend);
                let told = self.tell(e, recorded, extensions);
                vec![
                    self.moment(e.at),
                    tr!(lang, "pv-step", kind = e.kind.as_str()),
                    told.unwrap_or_else(|| named(&e.detail, &names)),
                ]
            })
            .collect();
        doc.table(
            &[
                &tr!(lang, "pv-col-when"),
                &tr!(lang, "pv-col-step"),
                &tr!(lang, "pv-col-what"),
            ],
            rows,
        );
    }

    /// One step in the reader's language, from what the event recorded; none
    /// where the trail holds no facts for it.
    fn tell(&self, event: &Event, recorded: &Facts, extensions: usize) -> Option<String> {
        let lang = self.lang;
        let trail = &recorded.trail;
        // The definition as it stood right after the event.
        let schedule = &trail
            .revisions
            .iter()
            .rev()
            .find(|r| r.event <= event.id)?
            .fact
            .schedule;
        let at = |t| lang.moment(t, schedule.timezone);
        // The number an event names first: "objection 2 …", "consultation round 1 …".
        let number =
            |prefix: &str| -> Option<u32> { event.detail.strip_prefix(prefix)?.split(' ').next()?.parse().ok() };
        let objection = || {
            let number = number("objection ")?;
            recorded.objections.iter().find(|o| o.number == number)
        };
        Some(match event.kind {
            EventKind::Publish => tr!(lang, "pv-told-publish", deadline = at(schedule.registration_deadline)),
            EventKind::Rectify => tr!(
                lang,
                "pv-told-rectify",
                deadline = at(schedule.registration_deadline),
                decision = at(schedule.award_decision)
            ),
            EventKind::Award => {
                let decision = &trail.decisions.iter().find(|d| d.event == event.id)?.fact;
                self.told_decision(decision, schedule)
            }
            EventKind::Object => {
                let o = objection()?;
                tr!(
                    lang,
                    "pv-told-object",
                    number = o.number,
                    provider = self.provider(&o.kvk),
                    reason = o.reason.as_str()
                )
            }
            EventKind::Resolve => {
                let o = objection()?;
                tr!(
                    lang,
                    "pv-told-resolve",
                    number = o.number,
                    outcome = o.outcome?.as_str()
                )
            }
            EventKind::FinalAward => tr!(lang, "pv-told-final"),
            EventKind::Consult => {
                let number = number("consultation round ")?;
                let c = recorded.consultations.iter().find(|c| c.number == number)?;
                tr!(
                    lang,
                    "pv-told-consult",
                    number = number,
                    on = self.date(c.held_on),
                    summary = c.summary.as_str()
                )
            }
            EventKind::Nvi => {
                // "nota van inlichtingen 1 published to every registrant: 2 answers"
                let rest = event.detail.strip_prefix("nota van inlichtingen ")?;
                let number: u32 = rest.split(' ').next()?.parse().ok()?;
                let count: u32 = rest.rsplit_once(": ")?.1.strip_suffix(" answers")?.parse().ok()?;
                tr!(lang, "pv-told-nvi", number = number, count = count)
            }
            EventKind::Letters => {
                // "decision 1: 2 letters: 08234567 afwijzing, 41045678 voornemen-tot-gunning"
                let (head, list) = event
                    .detail
                    .split_once(" letters: ")
                    .or_else(|| event.detail.split_once(" letter: "))?;
                let number: u32 = head.strip_prefix("decision ")?.split(':').next()?.parse().ok()?;
                let letters = list
                    .split(", ")
                    .map(|item| {
                        let (kvk, kind) = item.split_once(' ')?;
                        Some(tr!(lang, "pv-told-letter", kind = kind, provider = self.provider(kvk)))
                    })
                    .collect::<Option<Vec<_>>>()?;
                tr!(lang, "pv-told-letters", decision = number, letters = letters.join(", "))
            }
            EventKind::Sign => {
                let s = &trail.signatures.iter().find(|s| s.event == event.id)?.fact;
                tr!(
                    lang,
                    "pv-told-sign",
                    provider = self.provider(&s.kvk),
                    signed = self.date(s.signed_on),
                    effective = self.date(s.effective_at)
                )
            }
            EventKind::Amend => {
                let a = &trail.amendments.iter().find(|a| a.event == event.id)?.fact;
                tr!(
                    lang,
                    "pv-told-amend",
                    field = a.field.as_str(),
                    lot = a.lot.as_str(),
                    product = a.product.as_deref().unwrap_or("-"),
                    old = a.old.map_or("-".to_string(), |c| lang.money(c)),
                    new = lang.money(a.new),
                    reason = a.reason.as_str()
                )
            }
            EventKind::Extend => tr!(
                lang,
                "pv-told-extend",
                number = extensions,
                until = self.date(schedule.contract_end_after(extensions))
            ),
            EventKind::Cancel => {
                let reason = event.detail.split_once(": ")?.1;
                tr!(lang, "pv-told-cancel", reason = reason)
            }
            _ => return None,
        })
    }

    /// A recorded decision per lot: who was awarded, who not, who was excluded and why.
    fn told_decision(&self, decision: &Decision, schedule: &Schedule) -> String {
        let lang = self.lang;
        let def = &self.stored.tender.definition;
        let names = |lines: Vec<&AwardLine>| -> String {
            if lines.is_empty() {
                tr!(lang, "pv-told-nobody")
            } else {
                lines
                    .iter()
                    .map(|l| self.provider(&l.kvk))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let mut parts = vec![tr!(lang, "pv-told-decision", number = decision.number)];
        for lot in &def.lots {
            let lines: Vec<&AwardLine> = decision.lines.iter().filter(|l| l.lot == lot.id).collect();
            let awarded = names(lines.iter().copied().filter(|l| l.awarded).collect());
            let mut text = tr!(lang, "pv-told-lot", lot = lot.id.as_str(), awarded = awarded);
            let not: Vec<&AwardLine> = lines
                .iter()
                .copied()
                .filter(|l| !l.awarded && l.excluded.is_none())
                .collect();
            if !not.is_empty() {
                text.push_str(&tr!(lang, "pv-told-not-awarded", providers = names(not)));
            }
            for l in &lines {
                if let Some(why) = &l.excluded {
                    let why = ranking_view::exclusion(lang, why);
                    text.push_str(&tr!(
                        lang,
                        "pv-told-excluded",
                        provider = self.provider(&l.kvk),
                        reason = why
                    ));
                }
            }
            parts.push(text);
        }
        if !decision.draw.is_empty() {
            let draw: Vec<String> = decision.draw.iter().map(|k| self.provider(k)).collect();
            parts.push(tr!(lang, "pv-told-draw", draw = draw.join(", ")));
        }
        if schedule.standstill_days > 0 {
            let end = schedule.standstill_end(decision.decided_at);
            parts.push(tr!(
                lang,
                "pv-told-standstill",
                end = lang.moment(end, schedule.timezone)
            ));
        }
        parts.join("; ")
    }

    fn criteria(&self, doc: &mut Document) {
        let lang = self.lang;
        let def = &self.stored.tender.definition;
        if def.criteria.is_empty() {
            doc.paragraph(tr!(lang, "pv-no-ranking", kind = def.kind.as_str()));
            return;
        }
        doc.heading(2, tr!(lang, "pv-criteria"));
        let rows = def
            .criteria
            .iter()
            .map(|c| {
                vec![
                    c.id.clone(),
                    c.name.clone(),
                    c.weight.to_string(),
                    if c.price {
                        tr!(lang, "pv-price-criterion")
                    } else {
                        c.max_points.to_string()
                    },
                ]
            })
            .collect();
        doc.table(
            &[
                &tr!(lang, "pv-col-criterion"),
                &tr!(lang, "pv-col-name"),
                &tr!(lang, "pv-col-weight"),
                &tr!(lang, "pv-col-max-points"),
            ],
            rows,
        );
        if let Some(award) = &def.award {
            let mut rules = vec![tr!(lang, "pv-formula", formula = award.price_formula.as_str())];
            rules.extend(award.min_quality.map(|q| tr!(lang, "pv-min-quality", min = q)));
            doc.list(rules);
        }
    }

    /// Per lot the ranking of the recorded decision: in full (points per
    /// criterion, price) where today's scores still give exactly that
    /// decision, else the recorded lines, with a note that the scores changed.
    fn lots(&self, doc: &mut Document, outcomes: &[LotOutcome]) {
        let lang = self.lang;
        let def = &self.stored.tender.definition;
        let headers = ranking_view::headers(def, lang);
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let quality = def.criteria.iter().filter(|c| !c.price).count();
        for lot in &def.lots {
            doc.heading(2, tr!(lang, "pv-lot", lot = lot.id.as_str(), name = lot.name.as_str()));
            let recorded: Vec<&AwardLine> = self.decision.lines.iter().filter(|l| l.lot == lot.id).collect();
            if recorded.is_empty() {
                doc.paragraph(tr!(lang, "pv-no-offers"));
                continue;
            }
            match ranking_view::as_decided(outcomes, &recorded, &lot.id) {
                Some(computed) => doc.table(&headers, ranking_view::rows(computed, lang).collect()),
                None => {
                    let rows = recorded
                        .iter()
                        .map(|l| ranking_view::recorded_row(l, quality, lang))
                        .collect();
                    doc.table(&headers, rows);
                    doc.paragraph(tr!(lang, "pv-scores-changed", number = self.decision.number));
                }
            }
        }
    }

    fn draw(&self, doc: &mut Document) {
        if self.decision.draw.is_empty() {
            return;
        }
        doc.heading(2, tr!(self.lang, "pv-draw-heading"));
        doc.paragraph(tr!(self.lang, "pv-draw"));
        doc.list(self.decision.draw.iter().map(|kvk| self.provider(kvk)).collect());
    }

    /// Who did not get as far as the ranking, and who joined an open house later.
    fn intake(&self, doc: &mut Document) {
        let lang = self.lang;
        let not_admitted: Vec<Vec<String>> = self
            .registrations
            .iter()
            .filter(|r| matches!(r.status, Status::Rejected | Status::Withdrawn))
            .map(|r| {
                vec![
                    r.kvk.clone(),
                    r.name.clone(),
                    r.lots.join(", "),
                    match r.status {
                        Status::Rejected => tr!(lang, "pv-rejected", reason = r.reason.clone().unwrap_or_default()),
                        _ => tr!(lang, "pv-withdrawn"),
                    },
                ]
            })
            .collect();
        let kvk = tr!(lang, "pv-col-kvk");
        let name = tr!(lang, "pv-col-name");
        let lots = tr!(lang, "pv-col-lots");
        doc.heading(2, tr!(lang, "pv-registrations"));
        let all = self
            .registrations
            .iter()
            .map(|r| {
                vec![
                    r.kvk.clone(),
                    r.name.clone(),
                    self.moment(r.registered_at),
                    r.lots.join(", "),
                    tr!(lang, "registration-status", status = r.status.as_str()),
                ]
            })
            .collect();
        doc.table(
            &[
                &kvk,
                &name,
                &tr!(lang, "pv-col-registered"),
                &lots,
                &tr!(lang, "pv-col-status"),
            ],
            all,
        );
        if !not_admitted.is_empty() {
            doc.heading(2, tr!(lang, "pv-not-admitted"));
            doc.table(&[&kvk, &name, &lots, &tr!(lang, "pv-col-why")], not_admitted);
        }
        let decided: HashSet<&str> = self.decision.lines.iter().map(|l| l.kvk.as_str()).collect();
        let joiners: Vec<Vec<String>> = self
            .registrations
            .iter()
            .filter(|r| r.joining && !decided.contains(r.kvk.as_str()))
            .map(|r| {
                vec![
                    r.kvk.clone(),
                    r.name.clone(),
                    r.lots.join(", "),
                    tr!(lang, "registration-status", status = r.status.as_str()),
                    r.joining_at.map_or(String::new(), |at| self.date(at)),
                ]
            })
            .collect();
        if !joiners.is_empty() {
            doc.heading(2, tr!(lang, "pv-joiners"));
            doc.table(
                &[
                    &kvk,
                    &name,
                    &lots,
                    &tr!(lang, "pv-col-status"),
                    &tr!(lang, "pv-col-joining"),
                ],
                joiners,
            );
        }
    }

    fn objections(&self, doc: &mut Document, objections: &[Objection]) {
        if objections.is_empty() {
            return;
        }
        let lang = self.lang;
        doc.heading(2, tr!(lang, "pv-objections"));
        let rows = objections
            .iter()
            .map(|o| {
                vec![
                    o.number.to_string(),
                    self.provider(&o.kvk),
                    self.moment(o.filed_at),
                    o.decision.to_string(),
                    o.reason.clone(),
                    match (o.outcome, o.resolved_at) {
                        (Some(outcome), Some(at)) => {
                            tr!(lang, "pv-outcome", outcome = outcome.as_str(), at = self.moment(at))
                        }
                        _ => tr!(lang, "pv-outcome-open"),
                    },
                ]
            })
            .collect();
        doc.table(
            &[
                &tr!(lang, "pv-col-number"),
                &tr!(lang, "pv-col-provider"),
                &tr!(lang, "pv-col-filed"),
                &tr!(lang, "pv-col-decision"),
                &tr!(lang, "pv-col-reason"),
                &tr!(lang, "pv-col-outcome"),
            ],
            rows,
        );
    }

    fn contracts(&self, doc: &mut Document, signatures: &[Signature]) {
        if signatures.is_empty() {
            return;
        }
        let lang = self.lang;
        doc.heading(2, tr!(lang, "pv-contracts"));
        let rows = signatures
            .iter()
            .map(|s| {
                vec![
                    s.kvk.clone(),
                    s.name.clone(),
                    self.date(s.signed_on),
                    self.date(s.effective_at),
                    self.contract_status(),
                ]
            })
            .collect();
        doc.table(
            &[
                &tr!(lang, "pv-col-kvk"),
                &tr!(lang, "pv-col-name"),
                &tr!(lang, "pv-col-signed"),
                &tr!(lang, "pv-col-effective"),
                &tr!(lang, "pv-col-status"),
            ],
            rows,
        );
    }

    /// Where a contract stands: ended with a cancelled tender or at the
    /// contract end, else in force. A terminated contract (`tender terminate`)
    /// ends on its own date: its status belongs here once terminations are recorded.
    fn contract_status(&self) -> String {
        let lang = self.lang;
        let facts = self.stored.facts();
        match (self.stored.history.cancelled_at, facts.phase(self.now)) {
            (Some(at), _) => tr!(lang, "pv-contract-cancelled", at = self.date(at)),
            (None, Phase::Ended) => tr!(lang, "pv-contract-ended", at = self.date(facts.contract_end())),
            _ => tr!(lang, "pv-contract-in-force", until = self.date(facts.contract_end())),
        }
    }
}

/// `detail` with every KvK number of a known provider followed by its name:
/// the audit trail records numbers, a proces-verbaal names providers.
fn named(detail: &str, names: &HashMap<&str, &str>) -> String {
    let mut out = String::with_capacity(detail.len());
    let mut rest = detail;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..start]);
        let digits = rest[start..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len() - start);
        let number = &rest[start..start + digits];
        out.push_str(number);
        if let Some(name) = names.get(number).filter(|_| digits == 8) {
            if !rest[start + digits..].starts_with(&format!(" ({name}")) && !out[..out.len() - digits].ends_with("KvK ")
            {
                out.push_str(&format!(" ({name})"));
            }
        }
        rest = &rest[start + digits..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trail_names_providers() {
        let names = HashMap::from([("08234567", "Jeugdzorg Oost"), ("41045678", "Lindenhout")]);
        assert_eq!(
            named(
                "decision 1: lot a: awarded 08234567, 41045678; standstill until 2021-10-21",
                &names
            ),
            "decision 1: lot a: awarded 08234567 (Jeugdzorg Oost), 41045678 (Lindenhout); standstill until 2021-10-21"
        );
        assert_eq!(
            named("by Lindenhout (KvK 41045678)", &names),
            "by Lindenhout (KvK 41045678)"
        );
        assert_eq!(named("123456789 and 99999999", &names), "123456789 and 99999999");
    }
}
