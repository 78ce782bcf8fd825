//! The contract register (SPEC §4 `providers`): which signed contracts are in
//! force at a moment (the tariffs in force then are `dossier::tariff_at`). What the care desk uses to
//! let a client choose a provider, so it must be right on the day.

use chrono::{DateTime, Utc};

use super::dossier::Signature;

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
}
