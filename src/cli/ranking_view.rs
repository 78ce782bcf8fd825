//! The ranking of a lot as `award` prints it and `report` documents it: per
//! offer the rank, the points per quality criterion, the price, the score and
//! the result.

use crate::domain::award::{LotOutcome, Ranked};
use crate::domain::definition::Definition;
use crate::domain::dossier::AwardLine;
use crate::domain::ratio::Ratio;

/// The column headers: the quality criteria of the definition between the
/// provider and the price.
pub fn headers(def: &Definition) -> Vec<&str> {
    let mut headers = vec!["lot", "rank", "kvk", "name"];
    headers.extend(def.criteria.iter().filter(|c| !c.price).map(|c| c.id.as_str()));
    headers.extend(["price", "score", "result"]);
    headers
}

/// The columns of free text among `headers`: the provider's name and the result
/// (an exclusion gives its reason).
pub fn free_text(headers: &[&str]) -> Vec<usize> {
    vec![3, headers.len() - 1]
}

/// One row per offer of the lot, in ranking order.
pub fn rows(lot: &LotOutcome) -> impl Iterator<Item = Vec<String>> + '_ {
    lot.offers.iter().map(move |o| {
        let mut cells = vec![
            lot.lot.clone(),
            o.rank.map_or(String::new(), |r| r.to_string()),
            o.kvk.clone(),
            o.name.clone(),
        ];
        cells.extend(o.parts.iter().map(|p| {
            p.points
                .map_or(String::new(), |p| Ratio::new(p.into(), 100).to_string())
        }));
        cells.push(o.price.map_or(String::new(), |p| p.to_string()));
        cells.push(o.score.map_or(String::new(), |s| s.to_string()));
        cells.push(result(o.excluded.as_deref(), o.awarded, lot.tie.contains(&o.kvk)));
        cells
    })
}

/// A line of a recorded decision in the same columns, where the points per
/// criterion and the price are no longer known (left empty).
pub fn recorded_row(line: &AwardLine, quality_criteria: usize) -> Vec<String> {
    let mut cells = vec![
        line.lot.clone(),
        line.rank.map_or(String::new(), |r| r.to_string()),
        line.kvk.clone(),
        line.name.clone(),
    ];
    cells.extend(std::iter::repeat_n(String::new(), quality_criteria + 1));
    cells.push(line.score.clone().unwrap_or_default());
    cells.push(result(line.excluded.as_deref(), line.awarded, false));
    cells
}

/// Whether a computed offer says what a recorded line says.
pub fn agrees(offer: &Ranked, line: &AwardLine) -> bool {
    offer.kvk == line.kvk
        && offer.rank == line.rank
        && offer.awarded == line.awarded
        && offer.excluded == line.excluded
        && offer.score.map(|s| s.to_string()) == line.score
}

fn result(excluded: Option<&str>, awarded: bool, tied: bool) -> String {
    match (excluded, awarded, tied) {
        (Some(why), _, _) => format!("excluded: {why}"),
        (None, _, true) => "tied: draw needed".to_string(),
        (None, true, _) => "awarded".to_string(),
        (None, false, _) => "not awarded".to_string(),
    }
}
