//! `tender letters`: one letter per bidder on the latest award decision
//! (art. 2.130 Aw): the voornemen tot gunning or the afwijzing of a classic
//! tender, the toelating or the afwijzing of the other kinds, as Markdown or
//! as HTML to print on A4.

use std::path::{Path, PathBuf};

use crate::cli::context::Ctx;
use crate::cli::decision;
use crate::cli::document::Document;
use crate::cli::i18n::{Lang, tr};
use crate::cli::output_file::{self, Access, Output};
use crate::cli::ranking_view;
use crate::domain::audit::EventKind;
use crate::domain::award::{LotOutcome, Ranked, outcomes};
use crate::domain::definition::{Definition, Kind, PriceFormula};
use crate::domain::dossier::{Amendment, AwardLine, Decision, tariff_at};
use crate::domain::intake::{Registration, check_kvk};
use crate::domain::letters::{LetterKind, bidders, letter_kind, shown_competitors};
use crate::domain::money::Cents;
use crate::domain::ratio::Ratio;
use crate::store::StoredTender;

/// Write one letter per bidder on the latest award decision into a folder
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The tender id
    id: String,
    /// The folder to write the letters into (created when missing)
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    out: PathBuf,
    /// Only the letter to this bidder
    #[arg(long)]
    kvk: Option<String>,
    /// HTML pages to print on A4 instead of Markdown
    #[arg(long)]
    html: bool,
    /// Write over the letters an earlier run left in the folder
    #[arg(long)]
    force: bool,
}

/// One letter, ready to be written.
struct Letter {
    kvk: String,
    kind: LetterKind,
    text: String,
}

impl Letter {
    fn file_name(&self, html: bool) -> String {
        format!("{}-{}.{}", self.kvk, self.kind, if html { "html" } else { "md" })
    }
}

/// What every letter of the decision is written from.
struct Source<'a> {
    lang: Lang,
    stored: &'a StoredTender,
    decision: &'a Decision,
    outcomes: &'a [LotOutcome],
    amendments: &'a [Amendment],
    date: String,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let lang = ctx.lang;
    if let Some(kvk) = &args.kvk {
        check_kvk(kvk).map_err(|e| anyhow::anyhow!("--kvk: {e}"))?;
    }
    let mut store = ctx.store()?;
    // What the letters say is read in the transaction that records them.
    let (letters, written, number) = store.change(&args.id, &ctx.stamp(), |tx| -> anyhow::Result<_> {
        let stored = decision::load(tx, &args.id, ctx)?;
        let Some(decision) = tx.decision(&args.id)? else {
            anyhow::bail!(tr!(
                lang,
                "letters-no-decision",
                tender = args.id.as_str(),
                phase = stored.facts().phase(ctx.now).as_str()
            ));
        };
        let registrations = tx.registrations(&args.id)?;
        let mut addressees = bidders(&decision.lines, &registrations);
        if let Some(kvk) = &args.kvk {
            addressees.retain(|r| &r.kvk == kvk);
            if addressees.is_empty() {
                anyhow::bail!(tr!(
                    lang,
                    "letters-no-offer",
                    kvk = kvk.as_str(),
                    tender = args.id.as_str(),
                    decision = decision.number
                ));
            }
        }
        prepare_folder(lang, &args.out, args.force)?;
        // The ranking as the decision made it: without the newcomers of an open house.
        let decided: Vec<Registration> = registrations
            .iter()
            .filter(|r| decision.lines.iter().any(|l| l.kvk == r.kvk))
            .cloned()
            .collect();
        let outcomes = outcomes(&stored.tender, &decided, &tx.scores(&args.id)?, &decision.draw);
        let amendments = tx.amendments(&args.id)?;
        let source = Source {
            lang,
            stored: &stored,
            decision: &decision,
            outcomes: &outcomes,
            amendments: &amendments,
            date: lang.date(ctx.now, stored.tender.schedule.timezone),
        };
        let letters: Vec<Letter> = addressees.iter().map(|r| source.letter(r, args.html)).collect();
        let written: Vec<String> = letters.iter().map(|l| l.file_name(args.html)).collect();
        for name in &written {
            output_file::check(&args.out.join(name), &ctx.db, Output::Letter, ctx.lang)?;
        }
        for (letter, name) in letters.iter().zip(&written) {
            // Letters hold what one bidder may see of the others: owner only, as the database.
            output_file::write_text(
                &args.out.join(name),
                &ctx.db,
                Output::Letter,
                ctx.lang,
                Access::Private,
                &letter.text,
            )?;
        }
        let list: Vec<String> = letters.iter().map(|l| format!("{} {}", l.kvk, l.kind)).collect();
        let detail = format!(
            "decision {}: {} letter{}: {}",
            decision.number,
            letters.len(),
            if letters.len() == 1 { "" } else { "s" },
            list.join(", ")
        );
        tx.record(&args.id, EventKind::Letters, &detail)?;
        Ok((letters, written, decision.number))
    })?;
    for name in &written {
        println!("{}", args.out.join(name).display());
    }
    eprintln!(
        "{}",
        tr!(
            lang,
            "letters-written",
            count = letters.len(),
            decision = number,
            folder = args.out.display().to_string()
        )
    );
    Ok(())
}

/// The folder must be a folder, and hold no letters of an earlier run unless
/// `--force` says to write over them; a missing folder is created.
fn prepare_folder(lang: Lang, folder: &Path, force: bool) -> anyhow::Result<()> {
    let shown = folder.display().to_string();
    if folder.exists() && !folder.is_dir() {
        anyhow::bail!(tr!(lang, "letters-not-a-folder", folder = shown));
    }
    if !folder.exists() {
        std::fs::create_dir_all(folder).map_err(|e| {
            anyhow::anyhow!(tr!(
                lang,
                "letters-cannot-create",
                folder = shown.as_str(),
                why = e.to_string()
            ))
        })?;
        return Ok(());
    }
    let earlier = std::fs::read_dir(folder)?
        .filter_map(Result::ok)
        .filter(|entry| is_letter(&entry.file_name().to_string_lossy()))
        .count();
    if earlier > 0 && !force {
        anyhow::bail!(tr!(lang, "letters-earlier", folder = shown, count = earlier));
    }
    Ok(())
}

/// `<8 digits>-<kind>.md` or `.html`: a file this command writes.
fn is_letter(name: &str) -> bool {
    let Some((stem, extension)) = name.rsplit_once('.') else {
        return false;
    };
    let Some((kvk, kind)) = stem.split_once('-') else {
        return false;
    };
    matches!(extension, "md" | "html") && check_kvk(kvk).is_ok() && kind.parse::<LetterKind>().is_ok()
}

impl Source<'_> {
    fn def(&self) -> &Definition {
        &self.stored.tender.definition
    }

    fn letter(&self, bidder: &Registration, html: bool) -> Letter {
        let lines: Vec<&AwardLine> = self.decision.lines.iter().filter(|l| l.kvk == bidder.kvk).collect();
        let kind = letter_kind(self.def().kind, &lines);
        let mut doc = self.letterhead(bidder, kind);
        match (self.def().kind, lines.is_empty()) {
            (_, true) => self.not_admitted(&mut doc, bidder),
            (Kind::Classic, false) => {
                for line in &lines {
                    self.classic_lot(&mut doc, line);
                }
                self.standstill(&mut doc);
            }
            (_, false) => self.admission(&mut doc, bidder, &lines),
        }
        self.signature(&mut doc);
        Letter {
            kvk: bidder.kvk.clone(),
            kind,
            text: if html { doc.html() } else { doc.markdown() },
        }
    }

    /// The sender on behalf of the members, the addressee, the date and the
    /// reference, the subject and the opening.
    fn letterhead(&self, bidder: &Registration, kind: LetterKind) -> Document {
        let lang = self.lang;
        let def = self.def();
        let subject = tr!(lang, "letter-subject", kind = kind.as_str(), title = def.title.as_str());
        let mut doc = Document {
            title: subject.clone(),
            blocks: Vec::new(),
            lang: Some(lang.code()),
        };
        let members: Vec<&str> = def.authority.others().collect();
        let mut sender = vec![tr!(lang, "letter-municipality", name = def.authority.lead.as_str())];
        if !members.is_empty() {
            sender.push(tr!(lang, "letter-on-behalf", members = members.join(", ")));
        }
        sender.extend(def.authority.contact.iter().cloned());
        doc.lines(sender);
        let mut to = vec![bidder.name.clone(), tr!(lang, "letter-kvk", kvk = bidder.kvk.as_str())];
        to.extend(bidder.email.iter().cloned());
        doc.lines(to);
        doc.lines(vec![
            tr!(lang, "letter-date", date = self.date.as_str()),
            tr!(
                lang,
                "letter-reference",
                reference = def.reference.as_deref().unwrap_or(def.id.as_str()),
                decision = self.decision.number
            ),
        ]);
        doc.heading(1, subject);
        doc.paragraph(tr!(lang, "letter-salutation"));
        let schedule = &self.stored.tender.schedule;
        doc.paragraph(tr!(
            lang,
            "letter-intro",
            date = lang.date(self.decision.decided_at, schedule.timezone),
            lead = def.authority.lead.as_str(),
            title = def.title.as_str(),
            kind = def.kind.as_str()
        ));
        doc
    }

    /// One lot of a classic tender: the outcome, the offer's own scores and,
    /// when it was not awarded, those of the awarded offers without their prices.
    fn classic_lot(&self, doc: &mut Document, line: &AwardLine) {
        let lang = self.lang;
        let lot = self.def().lots.iter().find(|l| l.id == line.lot);
        let lot_name = lot.map_or(line.lot.as_str(), |l| l.name.as_str());
        doc.heading(2, tr!(lang, "letter-lot", lot = line.lot.as_str(), name = lot_name));
        let recorded: Vec<&AwardLine> = self.decision.lines.iter().filter(|l| l.lot == line.lot).collect();
        let awarded = recorded.iter().filter(|l| l.awarded).count();
        let rank = line.rank.map_or(String::new(), |r| r.to_string());
        let score = line.score.as_deref().map_or(String::new(), |s| lang.decimal_text(s));
        doc.paragraph(match (&line.excluded, line.awarded) {
            (Some(why), _) => tr!(lang, "letter-lot-excluded", reason = ranking_view::exclusion(lang, why)),
            (None, true) => tr!(lang, "letter-lot-awarded", rank = rank, score = score),
            (None, false) => tr!(
                lang,
                "letter-lot-not-awarded",
                rank = rank,
                score = score,
                awarded = awarded
            ),
        });
        let Some(outcome) = ranking_view::as_decided(self.outcomes, &recorded, &line.lot) else {
            doc.paragraph(tr!(lang, "letter-scores-changed"));
            return;
        };
        let Some(own) = outcome.offers.iter().find(|o| o.kvk == line.kvk) else {
            return;
        };
        doc.paragraph(tr!(lang, "letter-own-scores"));
        doc.table(
            &[
                &tr!(lang, "letter-col-criterion"),
                &tr!(lang, "letter-col-weight"),
                &tr!(lang, "letter-col-points"),
                &tr!(lang, "letter-col-score"),
            ],
            self.own_rows(own),
        );
        let others = shown_competitors(outcome, &line.kvk);
        if !line.awarded && !others.is_empty() {
            doc.paragraph(tr!(lang, "letter-awarded-scores"));
            let mut headers = vec![tr!(lang, "letter-col-bidder")];
            headers.extend(self.quality().map(|c| c.name.clone()));
            headers.extend(self.price_weight().map(|_| tr!(lang, "letter-col-price-score")));
            headers.push(tr!(lang, "letter-col-total"));
            let rows = others.iter().map(|o| self.competitor_row(o)).collect();
            doc.table(&headers.iter().map(String::as_str).collect::<Vec<_>>(), rows);
        }
    }

    fn quality(&self) -> impl Iterator<Item = &crate::domain::definition::Criterion> {
        self.def().criteria.iter().filter(|c| !c.price)
    }

    /// The weight of the price criterion, when the price was scored.
    fn price_weight(&self) -> Option<u32> {
        let formula = self
            .def()
            .award
            .as_ref()
            .map_or(PriceFormula::Relative, |a| a.price_formula);
        let price = self.def().criteria.iter().find(|c| c.price)?;
        (formula == PriceFormula::Relative).then_some(price.weight)
    }

    /// What the price earned: the total less the quality (relative formula only).
    fn price_score(&self, offer: &Ranked) -> Option<Ratio> {
        self.price_weight()?;
        let quality: Ratio = offer.parts.iter().filter_map(|p| p.weighted).sum();
        offer.score.map(|s| s - quality)
    }

    fn own_rows(&self, own: &Ranked) -> Vec<Vec<String>> {
        let lang = self.lang;
        let mut rows: Vec<Vec<String>> = self
            .quality()
            .zip(&own.parts)
            .map(|(c, part)| {
                vec![
                    c.name.clone(),
                    c.weight.to_string(),
                    part.points.map_or(String::new(), |p| {
                        tr!(
                            lang,
                            "letter-points-of",
                            points = lang.points(Ratio::new(p.into(), 100)),
                            max = c.max_points
                        )
                    }),
                    part.weighted.map_or(String::new(), |w| lang.score(w)),
                ]
            })
            .collect();
        if let Some(price) = self.def().criteria.iter().find(|c| c.price) {
            rows.push(vec![
                price.name.clone(),
                price.weight.to_string(),
                own.price.map_or(String::new(), |p| lang.money(p)),
                self.price_score(own).map_or(String::new(), |s| lang.score(s)),
            ]);
        }
        let total = match self.def().award.as_ref().map(|a| a.price_formula) {
            Some(PriceFormula::Fictitious) => own.score.map(|s| lang.money(Cents(s.hundredths() as i64))),
            _ => own.score.map(|s| lang.score(s)),
        };
        rows.push(vec![
            tr!(lang, "letter-col-total"),
            String::new(),
            String::new(),
            total.unwrap_or_default(),
        ]);
        rows
    }

    /// An awarded competitor: its name, points per criterion, price score and
    /// total, never its price.
    fn competitor_row(&self, offer: &Ranked) -> Vec<String> {
        let lang = self.lang;
        let mut row = vec![offer.name.clone()];
        row.extend(offer.parts.iter().map(|p| {
            p.points
                .map_or(String::new(), |p| lang.points(Ratio::new(p.into(), 100)))
        }));
        if self.price_weight().is_some() {
            row.push(self.price_score(offer).map_or(String::new(), |s| lang.score(s)));
        }
        row.push(match self.def().award.as_ref().map(|a| a.price_formula) {
            Some(PriceFormula::Fictitious) => offer
                .score
                .map_or(String::new(), |s| lang.money(Cents(s.hundredths() as i64))),
            _ => offer.score.map_or(String::new(), |s| lang.score(s)),
        });
        row
    }

    /// The opschortende termijn and how to object within it.
    fn standstill(&self, doc: &mut Document) {
        let lang = self.lang;
        let schedule = &self.stored.tender.schedule;
        doc.heading(2, tr!(lang, "letter-standstill-heading"));
        if schedule.standstill_days == 0 {
            doc.paragraph(tr!(lang, "letter-no-standstill"));
            return;
        }
        let end = schedule.standstill_end(self.decision.decided_at);
        let end = lang.moment(end, schedule.timezone);
        doc.paragraph(tr!(
            lang,
            "letter-standstill",
            days = schedule.standstill_days,
            end = end.as_str()
        ));
        doc.paragraph(tr!(lang, "letter-objection", end = end.as_str()));
    }

    /// A toelating: the lots, their tariffs in force and the start.
    fn admission(&self, doc: &mut Document, bidder: &Registration, lines: &[&AwardLine]) {
        let lang = self.lang;
        let schedule = &self.stored.tender.schedule;
        let from = bidder
            .joining_at
            .unwrap_or(schedule.contract_start)
            .max(schedule.contract_start);
        doc.paragraph(tr!(lang, "letter-admitted", from = lang.date(from, schedule.timezone)));
        let mut rows = Vec::new();
        for lot in self
            .def()
            .lots
            .iter()
            .filter(|lot| lines.iter().any(|l| l.awarded && l.lot == lot.id))
        {
            for product in &lot.products {
                // The tariffs in force when the provider's contract starts.
                let tariff = tariff_at(self.amendments, &lot.id, product, None, from);
                rows.push(vec![
                    lot.name.clone(),
                    format!("{} {}", product.code, product.name),
                    product.unit.to_string(),
                    tariff.map_or(String::new(), |t| lang.money(t)),
                ]);
            }
        }
        doc.table(
            &[
                &tr!(lang, "letter-col-lot"),
                &tr!(lang, "letter-col-product"),
                &tr!(lang, "letter-col-unit"),
                &tr!(lang, "letter-col-tariff"),
            ],
            rows,
        );
        doc.paragraph(tr!(lang, "letter-admitted-next"));
    }

    /// An afwijzing at the admission check: the requirements not met and the reason.
    fn not_admitted(&self, doc: &mut Document, bidder: &Registration) {
        let lang = self.lang;
        doc.paragraph(tr!(lang, "letter-not-admitted"));
        let unmet: Vec<String> = self
            .def()
            .requirements
            .iter()
            .filter(|r| !bidder.meets.contains(&r.id))
            .map(|r| r.text.clone())
            .collect();
        if !unmet.is_empty() {
            doc.paragraph(tr!(lang, "letter-unmet"));
            doc.list(unmet);
        }
        if let Some(reason) = &bidder.reason {
            doc.paragraph(tr!(lang, "letter-reason", reason = reason.as_str()));
        }
        let open_house = self.def().kind == Kind::Raamovereenkomst && self.def().open_house.unwrap_or(true);
        if open_house {
            doc.paragraph(tr!(lang, "letter-join-again"));
        }
        doc.paragraph(tr!(lang, "letter-object-admission"));
    }

    fn signature(&self, doc: &mut Document) {
        let lang = self.lang;
        let def = self.def();
        doc.paragraph(match &def.authority.contact {
            Some(contact) => tr!(lang, "letter-questions-contact", contact = contact.as_str()),
            None => tr!(lang, "letter-questions"),
        });
        doc.paragraph(tr!(lang, "letter-regards"));
        doc.lines(vec![
            tr!(lang, "letter-signed-for", lead = def.authority.lead.as_str()),
            tr!(lang, "letter-signatory"),
        ]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_files_are_recognised() {
        assert!(is_letter("08234567-afwijzing.md"));
        assert!(is_letter("08234567-voornemen-tot-gunning.html"));
        assert!(!is_letter("notes.md"));
        assert!(!is_letter("08234567-brief.md"));
        assert!(!is_letter("0823456-afwijzing.md"));
    }
}
