//! The ranking of a lot as `award` prints it and `report` documents it: per
//! offer the rank, the points per quality criterion, the price, the score and
//! the result.

use crate::cli::i18n::{Lang, tr};
use crate::domain::award::{LotOutcome, Ranked};
use crate::domain::definition::Definition;
use crate::domain::dossier::AwardLine;
use crate::domain::ratio::Ratio;

/// The column headers: the quality criteria of the definition between the
/// provider and the price.
pub fn headers(def: &Definition, lang: Lang) -> Vec<String> {
    let mut headers = vec![
        tr!(lang, "ranking-lot"),
        tr!(lang, "ranking-rank"),
        tr!(lang, "ranking-kvk"),
        tr!(lang, "ranking-name"),
    ];
    headers.extend(def.criteria.iter().filter(|c| !c.price).map(|c| c.id.clone()));
    headers.extend([
        tr!(lang, "ranking-price"),
        tr!(lang, "ranking-score"),
        tr!(lang, "ranking-result"),
    ]);
    headers
}

/// The columns of free text among `headers`: the provider's name and the result
/// (an exclusion gives its reason).
pub fn free_text(headers: &[&str]) -> Vec<usize> {
    vec![3, headers.len() - 1]
}

/// One row per offer of the lot, in ranking order.
pub fn rows(lot: &LotOutcome, lang: Lang) -> impl Iterator<Item = Vec<String>> + '_ {
    lot.offers.iter().map(move |o| {
        let mut cells = vec![
            lot.lot.clone(),
            o.rank.map_or(String::new(), |r| r.to_string()),
            o.kvk.clone(),
            o.name.clone(),
        ];
        cells.extend(o.parts.iter().map(|p| {
            p.points
                .map_or(String::new(), |p| lang.points(Ratio::new(p.into(), 100)))
        }));
        cells.push(o.price.map_or(String::new(), |p| lang.money(p)));
        cells.push(o.score.map_or(String::new(), |s| lang.score(s)));
        let excluded = o.excluded.as_ref().map(ToString::to_string);
        cells.push(result(lang, excluded.as_deref(), o.awarded, lot.tie.contains(&o.kvk)));
        cells
    })
}

/// A line of a recorded decision in the same columns, where the points per
/// criterion and the price are no longer known (left empty).
pub fn recorded_row(line: &AwardLine, quality_criteria: usize, lang: Lang) -> Vec<String> {
    let mut cells = vec![
        line.lot.clone(),
        line.rank.map_or(String::new(), |r| r.to_string()),
        line.kvk.clone(),
        line.name.clone(),
    ];
    cells.extend(std::iter::repeat_n(String::new(), quality_criteria + 1));
    cells.push(line.score.as_deref().map_or(String::new(), |s| lang.decimal_text(s)));
    cells.push(result(lang, line.excluded.as_deref(), line.awarded, false));
    cells
}

/// The computed outcome of `lot` when it says exactly what the recorded
/// decision says (the scores have not changed since), with its points per
/// criterion and prices; none otherwise.
pub fn as_decided<'a>(outcomes: &'a [LotOutcome], recorded: &[&AwardLine], lot: &str) -> Option<&'a LotOutcome> {
    outcomes.iter().find(|o| o.lot == lot).filter(|computed| {
        computed.offers.len() == recorded.len() && computed.offers.iter().zip(recorded).all(|(o, l)| agrees(o, l))
    })
}

/// Whether a computed offer says what a recorded line says.
fn agrees(offer: &Ranked, line: &AwardLine) -> bool {
    offer.kvk == line.kvk
        && offer.rank == line.rank
        && offer.awarded == line.awarded
        && offer.excluded.as_ref().map(ToString::to_string) == line.excluded
        && offer.score.map(|s| s.to_string()) == line.score
}

fn result(lang: Lang, excluded: Option<&str>, awarded: bool, tied: bool) -> String {
    match (excluded, awarded, tied) {
        (Some(why), _, _) => tr!(lang, "ranking-excluded", reason = exclusion(lang, why)),
        (None, _, true) => tr!(lang, "ranking-tied"),
        (None, true, _) => tr!(lang, "ranking-awarded"),
        (None, false, _) => tr!(lang, "ranking-not-awarded"),
    }
}

/// An exclusion reason as the award records it (English), in the letter's language.
pub fn exclusion(lang: Lang, recorded: &str) -> String {
    if lang == Lang::En {
        return recorded.to_string();
    }
    if let Some(criteria) = recorded.strip_prefix("missing score: ") {
        return tr!(lang, "exclusion-missing-score", criteria = criteria);
    }
    if let Some(rest) = recorded.strip_prefix("quality ") {
        if let Some((share, min)) = rest.split_once("% is below the minimum of ") {
            return tr!(
                lang,
                "exclusion-min-quality",
                share = share.replace('.', ","),
                min = min.trim_end_matches('%')
            );
        }
    }
    if let Some(rest) = recorded.strip_prefix("price ") {
        if let Some((price, floor)) = rest.split_once(" is below the price floor of ") {
            return tr!(
                lang,
                "exclusion-price-floor",
                price = price,
                floor = floor.trim_end_matches(" (no realistic price)")
            );
        }
    }
    recorded.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recorded_exclusions_read_in_dutch() {
        assert_eq!(
            exclusion(Lang::Nl, "quality 50.00% is below the minimum of 55%"),
            "de kwaliteitsscore van 50,00% onder het minimum van 55% ligt"
        );
        assert_eq!(
            exclusion(
                Lang::Nl,
                "price € 50,00 is below the price floor of € 55,00 (no realistic price)"
            ),
            "de prijs van € 50,00 onder de minimumprijs van € 55,00 ligt (geen reële prijs)"
        );
        assert_eq!(exclusion(Lang::En, "anything"), "anything");
    }
}
