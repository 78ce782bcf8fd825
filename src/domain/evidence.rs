//! Evidence (bewijsstukken, SPEC §4 `evidence`): the kinds, how long a piece
//! is valid, and whether a requirement that asks for one is met.

use chrono::{DateTime, Months, NaiveDate, Utc};
use chrono_tz::Tz;

use super::definition::Definition;
use super::message::{Message, msg};
use super::schedule::end_of_day;
use super::text_enum::text_enum;

text_enum! {
    /// What a piece of evidence is.
    pub enum EvidenceKind {
        /// Gedragsverklaring aanbesteden (Justis).
        Gva = "gva",
        /// Verklaring omtrent het gedrag.
        Vog = "vog",
        Hkz = "hkz",
        Iso9001 = "iso9001",
        /// Registration with the Stichting Kwaliteitsregister Jeugd.
        Skj = "skj",
        Big = "big",
        Insurance = "insurance",
        KvkExtract = "kvk-extract",
        Other = "other",
    }
}

/// A gedragsverklaring aanbesteden is valid this long from its issue, unless it says otherwise.
const GVA_VALID_YEARS: u32 = 2;

/// A recorded piece of evidence of one provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub kvk: String,
    pub name: String,
    pub kind: EvidenceKind,
    pub issued: NaiveDate,
    /// The last day it is valid; none: it does not expire.
    pub expires: Option<NaiveDate>,
    pub reference: Option<String>,
}

impl Evidence {
    /// The last day of validity as recorded: `--expires`, else for a GVA two
    /// years from issue (the day before the anniversary), else none.
    pub fn expiry(
        kind: EvidenceKind,
        issued: NaiveDate,
        expires: Option<NaiveDate>,
    ) -> Result<Option<NaiveDate>, Message> {
        match expires {
            Some(day) if day < issued => Err(msg!("expires-before-issued", expires = day, issued = issued)),
            Some(day) => Ok(Some(day)),
            None if kind == EvidenceKind::Gva => Ok(issued
                .checked_add_months(Months::new(12 * GVA_VALID_YEARS))
                .and_then(|d| d.pred_opt())),
            None => Ok(None),
        }
    }

    /// The moment it stops being valid: the end of its last day.
    pub fn expires_at(&self, timezone: Tz) -> Option<DateTime<Utc>> {
        self.expires.map(|day| end_of_day(day, timezone))
    }

    /// Valid at `now`: issued on or before its day, not expired.
    pub fn valid_at(&self, now: DateTime<Utc>, timezone: Tz) -> bool {
        let today = now.with_timezone(&timezone).date_naive();
        self.issued <= today && self.expires.is_none_or(|last| today <= last)
    }
}

/// Why a provider's evidence does not meet the requirements `confirmed`
/// names: the first requirement that asks for evidence with no valid piece.
pub fn unproven(
    def: &Definition,
    confirmed: &[String],
    pieces: &[Evidence],
    now: DateTime<Utc>,
    timezone: Tz,
) -> Option<Message> {
    def.requirements
        .iter()
        .filter(|r| confirmed.contains(&r.id))
        .find_map(|r| {
            let kind = r.evidence?;
            let of_kind: Vec<&Evidence> = pieces.iter().filter(|p| p.kind == kind).collect();
            if of_kind.iter().any(|p| p.valid_at(now, timezone)) {
                return None;
            }
            Some(match of_kind.iter().filter_map(|p| p.expires).max() {
                Some(last) => msg!(
                    "evidence-expired",
                    requirement = &r.id,
                    kind = kind.as_str(),
                    last = last
                ),
                None => msg!("evidence-missing", requirement = &r.id, kind = kind.as_str()),
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::utc;
    use crate::domain::schedule::DEFAULT_TIMEZONE;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn every_kind_round_trips_through_its_spelling() {
        for kind in EvidenceKind::ALL {
            assert_eq!(kind.as_str().parse::<EvidenceKind>(), Ok(*kind));
        }
        assert!("diploma".parse::<EvidenceKind>().unwrap_err().contains("`gva`"));
    }

    #[test]
    fn a_gva_is_valid_two_years_unless_it_says_otherwise() {
        let issued = day("2015-09-01");
        assert_eq!(
            Evidence::expiry(EvidenceKind::Gva, issued, None),
            Ok(Some(day("2017-08-31")))
        );
        assert_eq!(Evidence::expiry(EvidenceKind::Vog, issued, None), Ok(None));
        assert_eq!(
            Evidence::expiry(EvidenceKind::Gva, issued, Some(day("2016-01-01"))),
            Ok(Some(day("2016-01-01")))
        );
        assert!(Evidence::expiry(EvidenceKind::Hkz, issued, Some(day("2015-08-31"))).is_err());
    }

    #[test]
    fn a_requirement_asking_for_evidence_names_what_is_missing_or_expired() {
        let mut def = Definition::parse(crate::domain::templates::template(
            crate::domain::definition::Kind::Bestuurlijk,
        ))
        .unwrap();
        def.requirements[0].evidence = Some(EvidenceKind::Hkz);
        let id = def.requirements[0].id.clone();
        let now = utc("2027-03-01T10:00:00+01:00");
        let tz = DEFAULT_TIMEZONE;
        let none = unproven(&def, std::slice::from_ref(&id), &[], now, tz).unwrap();
        assert!(none.contains("kind `hkz`, and none is recorded"), "{none}");
        let old = Evidence {
            kvk: "12345678".to_string(),
            name: "Zorg".to_string(),
            kind: EvidenceKind::Hkz,
            issued: day("2024-01-01"),
            expires: Some(day("2026-12-31")),
            reference: None,
        };
        let expired = unproven(&def, std::slice::from_ref(&id), std::slice::from_ref(&old), now, tz).unwrap();
        assert_eq!(
            expired,
            msg!(
                "evidence-expired",
                requirement = &id,
                kind = "hkz",
                last = day("2026-12-31")
            )
        );
        let renewed = Evidence {
            expires: Some(day("2029-12-31")),
            ..old.clone()
        };
        assert_eq!(
            unproven(&def, std::slice::from_ref(&id), &[old, renewed], now, tz),
            None
        );
        assert_eq!(unproven(&def, &[], &[], now, tz), None, "not confirmed, not checked");
    }

    #[test]
    fn valid_from_the_issue_day_to_the_end_of_the_last_day() {
        let piece = Evidence {
            kvk: "12345678".to_string(),
            name: "Zorg".to_string(),
            kind: EvidenceKind::Gva,
            issued: day("2015-09-01"),
            expires: Some(day("2017-08-31")),
            reference: None,
        };
        let tz = DEFAULT_TIMEZONE;
        assert!(!piece.valid_at(utc("2015-08-31T23:59:59+02:00"), tz));
        assert!(piece.valid_at(utc("2015-09-01T00:00:00+02:00"), tz));
        assert!(piece.valid_at(utc("2017-08-31T23:59:59+02:00"), tz));
        assert!(!piece.valid_at(utc("2017-09-01T00:00:00+02:00"), tz));
        assert_eq!(piece.expires_at(tz), Some(utc("2017-08-31T23:59:59+02:00")));
    }
}
