//! The contract register (SPEC §4 `providers`): which signed contracts are in
//! force at a moment, and the tariffs in force then. What the care desk uses to
//! let a client choose a provider, so it must be right on the day.

use chrono::{DateTime, Utc};

use super::dossier::{AmendedField, Amendment, Signature};
use super::money::Cents;

/// The period a signed contract runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// The later of the signature and the moment it takes effect (the contract
    /// start, or the joining moment of a newcomer to an open house).
    pub from: DateTime<Utc>,
    /// The contract end, moved by the extensions exercised.
    pub until: DateTime<Utc>,
    /// When the contract was ended early (`terminate`): out of force from then on.
    pub terminated_at: Option<DateTime<Utc>>,
}

impl Term {
    pub fn new(signature: &Signature, contract_end: DateTime<Utc>, terminated_at: Option<DateTime<Utc>>) -> Term {
        Term {
            from: signature.signed_on.max(signature.effective_at),
            until: contract_end,
            terminated_at,
        }
    }

    /// In force at `at`: signed and effective, not ended, not terminated.
    pub fn in_force(&self, at: DateTime<Utc>) -> bool {
        self.from <= at && at <= self.until && self.terminated_at.is_none_or(|t| at < t)
    }

    /// The last moment it is in force as far as known: its end, or its termination.
    pub fn last(&self) -> DateTime<Utc> {
        self.terminated_at.map_or(self.until, |t| t.min(self.until))
    }
}

/// A tariff that applies from a moment on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TariffChange {
    pub lot: String,
    pub product: String,
    pub from: DateTime<Utc>,
    pub tariff: Cents,
}

impl TariffChange {
    /// The tariff changes of recorded amendments, each in force from when it
    /// was recorded. (Amendments with a `--from` date take effect from it.)
    pub fn from_amendments(amendments: &[Amendment]) -> Vec<TariffChange> {
        amendments
            .iter()
            .filter(|a| a.field == AmendedField::Tariff)
            .filter_map(|a| {
                Some(TariffChange {
                    lot: a.lot.clone(),
                    product: a.product.clone()?,
                    from: a.at,
                    tariff: a.new,
                })
            })
            .collect()
    }
}

/// The tariff of a product in force at `at`: the latest change that applies
/// by then (the later recorded one where two apply from the same moment),
/// else the contracted tariff.
pub fn tariff_at(
    changes: &[TariffChange],
    lot: &str,
    product: &str,
    contracted: Option<Cents>,
    at: DateTime<Utc>,
) -> Option<Cents> {
    changes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.lot == lot && c.product == product && c.from <= at)
        .max_by_key(|(order, c)| (c.from, *order))
        .map(|(_, c)| c.tariff)
        .or(contracted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::utc;

    fn signature(signed_on: &str, effective_at: &str) -> Signature {
        Signature {
            kvk: "12345678".to_string(),
            name: "Zorg".to_string(),
            signed_on: utc(signed_on),
            effective_at: utc(effective_at),
        }
    }

    #[test]
    fn a_contract_is_in_force_from_signature_and_start_until_its_end_or_termination() {
        let end = utc("2029-06-30T23:59:59+02:00");
        let early = Term::new(
            &signature("2027-05-01T00:00:00+02:00", "2027-07-01T00:00:00+02:00"),
            end,
            None,
        );
        assert!(!early.in_force(utc("2027-06-30T23:59:59+02:00")));
        assert!(early.in_force(utc("2027-07-01T00:00:00+02:00")));
        assert!(early.in_force(end));
        assert!(!early.in_force(utc("2029-07-01T00:00:00+02:00")));
        let late = Term::new(
            &signature("2027-09-15T00:00:00+02:00", "2027-07-01T00:00:00+02:00"),
            end,
            Some(utc("2028-01-01T00:00:00+01:00")),
        );
        assert!(!late.in_force(utc("2027-09-14T12:00:00+02:00")));
        assert!(late.in_force(utc("2027-09-15T00:00:00+02:00")));
        assert!(!late.in_force(utc("2028-01-01T00:00:00+01:00")), "terminated");
        assert_eq!(late.last(), utc("2028-01-01T00:00:00+01:00"));
    }

    #[test]
    fn the_tariff_in_force_is_the_latest_change_by_then() {
        let change = |from: &str, euros: i64| TariffChange {
            lot: "begeleiding".to_string(),
            product: "02A01".to_string(),
            from: utc(from),
            tariff: Cents(euros * 100),
        };
        let changes = [
            change("2028-01-01T00:00:00+01:00", 63),
            change("2027-10-01T00:00:00+02:00", 62),
            change("2028-01-01T00:00:00+01:00", 64),
        ];
        let at = |t: &str| tariff_at(&changes, "begeleiding", "02A01", Some(Cents(6120)), utc(t));
        assert_eq!(at("2027-09-30T12:00:00+02:00"), Some(Cents(6120)));
        assert_eq!(at("2027-10-01T00:00:00+02:00"), Some(Cents(6200)));
        assert_eq!(
            at("2028-01-01T00:00:00+01:00"),
            Some(Cents(6400)),
            "the later recorded wins"
        );
        assert_eq!(
            tariff_at(&changes, "begeleiding", "07A01", None, utc("2028-02-01T00:00:00+01:00")),
            None
        );
    }
}
