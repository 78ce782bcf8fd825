//! What is recorded after intake, as plain data: award decisions, objections,
//! signatures, consultation rounds and amendments.

use chrono::{DateTime, Utc};

use super::definition::Lot;
use super::money::Cents;
use super::text_enum::text_enum;

/// One offer's line in a recorded award decision.
#[derive(Debug, Clone, PartialEq)]
pub struct AwardLine {
    pub lot: String,
    pub kvk: String,
    pub name: String,
    pub rank: Option<u32>,
    pub score: Option<String>,
    pub awarded: bool,
    pub excluded: Option<String>,
}

/// A recorded award decision (gunningsbeslissing).
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub number: u32,
    pub decided_at: DateTime<Utc>,
    pub draw: Vec<String>,
    pub lines: Vec<AwardLine>,
}

text_enum! {
    /// How an objection ended.
    pub enum Outcome {
        Upheld = "upheld",
        Rejected = "rejected",
    }
}

/// An objection (bezwaar, kort geding) against an award decision.
#[derive(Debug, Clone, PartialEq)]
pub struct Objection {
    pub number: u32,
    pub kvk: String,
    pub name: String,
    pub reason: String,
    pub filed_at: DateTime<Utc>,
    pub decision: u32,
    pub outcome: Option<Outcome>,
    pub resolved_at: Option<DateTime<Utc>>,
}

/// A signed contract, or an accession to a framework.
#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    pub kvk: String,
    pub name: String,
    pub signed_on: DateTime<Utc>,
    pub effective_at: DateTime<Utc>,
}

/// A consultation round (overlegtafel) of a bestuurlijke aanbesteding.
#[derive(Debug, Clone, PartialEq)]
pub struct Consultation {
    pub number: u32,
    pub held_on: DateTime<Utc>,
    pub summary: String,
}

text_enum! {
    /// What an amendment by agreement changes.
    pub enum AmendedField {
        Tariff = "tariff",
        Budget = "budget",
    }
}

/// A tariff or budget changed by agreement after the award.
#[derive(Debug, Clone, PartialEq)]
pub struct Amendment {
    pub number: u32,
    pub lot: String,
    pub product: Option<String>,
    /// The member whose share of the lot budget changes (`amend --budget --member`).
    pub member: Option<String>,
    pub field: AmendedField,
    pub old: Option<Cents>,
    pub new: Cents,
    pub reason: String,
    pub at: DateTime<Utc>,
}

/// The value in force after the amendments: the latest one for that lot,
/// product and field (of the whole lot, not of one member's share), else the definition's.
pub fn in_force(
    amendments: &[Amendment],
    lot: &str,
    product: Option<&str>,
    field: AmendedField,
    defined: Option<Cents>,
) -> Option<Cents> {
    amendments
        .iter()
        .rev()
        .find(|a| a.lot == lot && a.product.as_deref() == product && a.field == field && a.member.is_none())
        .map(|a| a.new)
        .or(defined)
}

/// Each member's share of a lot budget in force after the amendments, in
/// the order of the definition; empty when the lot has no shares.
pub fn member_budgets(amendments: &[Amendment], lot: &Lot) -> Vec<(String, Cents)> {
    let Some(shares) = &lot.budget_by_member else {
        return Vec::new();
    };
    shares
        .iter()
        .map(|(member, defined)| {
            let share = amendments
                .iter()
                .rev()
                .find(|a| a.lot == lot.id && a.field == AmendedField::Budget && a.member.as_ref() == Some(member))
                .map_or(*defined, |a| a.new);
            (member.clone(), share)
        })
        .collect()
}

/// The budget of a lot in force: the sum of its members' shares where it has
/// them, else its budget after the amendments.
pub fn lot_budget(amendments: &[Amendment], lot: &Lot) -> Option<Cents> {
    if lot.budget_by_member.is_some() {
        let shares = member_budgets(amendments, lot);
        return shares
            .iter()
            .try_fold(Cents(0), |sum, (_, share)| sum.0.checked_add(share.0).map(Cents));
    }
    in_force(amendments, &lot.id, None, AmendedField::Budget, lot.budget)
}
