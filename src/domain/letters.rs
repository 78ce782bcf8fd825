//! Which letter a bidder gets on an award decision (art. 2.130 Aw), and what
//! it may show of the others: of a competitor only what was awarded, never
//! anything of another bidder that was not.

use super::award::{LotOutcome, Ranked};
use super::definition::Kind;
use super::dossier::AwardLine;
use super::intake::{Registration, Status};
use super::text_enum::text_enum;

text_enum! {
    /// The kind of a letter, which is also the second part of its file name.
    pub enum LetterKind {
        /// Voornemen tot gunning: awarded at least one lot of a classic tender.
        Award = "voornemen-tot-gunning",
        /// Toelating: admitted to a bestuurlijke aanbesteding or a raamovereenkomst.
        Admission = "toelating",
        /// Afwijzing: nothing awarded or admitted.
        Rejection = "afwijzing",
    }
}

/// The letter for a bidder with these lines in the decision (none when it was
/// rejected at the admission check).
pub fn letter_kind(kind: Kind, lines: &[&AwardLine]) -> LetterKind {
    match (kind, lines.iter().any(|l| l.awarded)) {
        (_, false) => LetterKind::Rejection,
        (Kind::Classic, true) => LetterKind::Award,
        (Kind::Bestuurlijk | Kind::Raamovereenkomst, true) => LetterKind::Admission,
    }
}

/// The bidders on a decision: every provider with a line in it, and every
/// provider rejected at the admission check before it (withdrawn offers get
/// no letter), in registration order.
pub fn bidders<'a>(lines: &[AwardLine], registrations: &'a [Registration]) -> Vec<&'a Registration> {
    registrations
        .iter()
        .filter(|r| r.status == Status::Rejected || lines.iter().any(|l| l.kvk == r.kvk))
        .collect()
}

/// The awarded offers of a lot that a letter to `kvk` may show besides its own.
pub fn shown_competitors<'a>(lot: &'a LotOutcome, kvk: &str) -> Vec<&'a Ranked> {
    lot.offers.iter().filter(|o| o.awarded && o.kvk != kvk).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(kvk: &str, awarded: bool) -> AwardLine {
        AwardLine {
            lot: "a".into(),
            kvk: kvk.into(),
            name: kvk.into(),
            rank: Some(1),
            score: None,
            awarded,
            excluded: None,
        }
    }

    fn ranked(kvk: &str, awarded: bool) -> Ranked {
        Ranked {
            kvk: kvk.into(),
            name: kvk.into(),
            rank: None,
            score: None,
            parts: Vec::new(),
            price: None,
            awarded,
            excluded: None,
        }
    }

    #[test]
    fn the_kind_of_letter_follows_the_kind_of_tender_and_the_award() {
        let (yes, no) = (line("1", true), line("1", false));
        assert_eq!(letter_kind(Kind::Classic, &[&no, &yes]), LetterKind::Award);
        assert_eq!(letter_kind(Kind::Classic, &[&no]), LetterKind::Rejection);
        assert_eq!(letter_kind(Kind::Bestuurlijk, &[&yes]), LetterKind::Admission);
        assert_eq!(letter_kind(Kind::Raamovereenkomst, &[]), LetterKind::Rejection);
    }

    #[test]
    fn a_letter_shows_only_the_awarded_competitors() {
        let lot = LotOutcome {
            lot: "a".into(),
            offers: vec![ranked("1", true), ranked("2", true), ranked("3", false)],
            tie: Vec::new(),
        };
        let kvks = |kvk| {
            shown_competitors(&lot, kvk)
                .iter()
                .map(|o| o.kvk.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(kvks("3"), ["1", "2"]);
        assert_eq!(kvks("1"), ["2"]);
    }
}
