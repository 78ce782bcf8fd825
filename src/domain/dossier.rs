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
    /// What an amendment changes: a product's tariff, a lot's budget, or
    /// every contracted price of a lot by a percentage (indexation).
    pub enum AmendedField {
        Tariff = "tariff",
        Budget = "budget",
        Index = "index",
    }
}

text_enum! {
    /// The legal ground of an amendment (SPEC §2): an indexation, a review
    /// clause (herzieningsclausule) in the documents, or an agreement at the
    /// overlegtafel (bestuurlijk only).
    pub enum Basis {
        Indexation = "indexation",
        ReviewClause = "review-clause",
        Agreement = "agreement",
    }
}

/// A tariff or budget changed after the award, in force from `from`.
#[derive(Debug, Clone, PartialEq)]
pub struct Amendment {
    pub number: u32,
    pub lot: String,
    pub product: Option<String>,
    /// The member whose share of the lot budget changes (`amend --budget --member`).
    pub member: Option<String>,
    pub field: AmendedField,
    pub old: Option<Cents>,
    /// The new tariff or budget; for an indexation the percentage in hundredths (250 is 2.5 %).
    pub new: Cents,
    pub reason: String,
    pub at: DateTime<Utc>,
    pub basis: Basis,
    pub from: DateTime<Utc>,
}

/// A price raised by an indexation of `hundredths` of a percent, rounded to the cent.
pub fn indexed(price: Cents, hundredths: i64) -> Cents {
    let raised = i128::from(price.0) * i128::from(10_000 + hundredths);
    Cents(i64::try_from((raised + 5_000) / 10_000).unwrap_or(i64::MAX))
}

/// The tariff or budget in force at `at`: `start` (the definition's, or for a
/// classic lot the offered price), then every amendment in force by then in
/// the order recorded. A new tariff or budget replaces the value; an
/// indexation of the lot raises a tariff by its percentage. A change of one
/// member's share of a lot budget is not the lot's budget (see `member_budgets`).
pub fn in_force(
    amendments: &[Amendment],
    lot: &str,
    product: Option<&str>,
    field: AmendedField,
    start: Option<Cents>,
    at: DateTime<Utc>,
) -> Option<Cents> {
    amendments
        .iter()
        .filter(|a| a.lot == lot && a.from <= at && a.member.is_none())
        .fold(start, |value, a| match (field, a.field) {
            (AmendedField::Tariff, AmendedField::Index) => value.map(|v| indexed(v, a.new.0)),
            _ if a.field == field && a.product.as_deref() == product => Some(a.new),
            _ => value,
        })
}

/// The tariff of one product of a lot in force at `at`: the one function the
/// contract register asks. `offered` is the provider's price from its offer in
/// a classic lot; otherwise the definition's tariff applies.
pub fn tariff_at(
    amendments: &[Amendment],
    lot: &str,
    product: &super::definition::Product,
    offered: Option<Cents>,
    at: DateTime<Utc>,
) -> Option<Cents> {
    in_force(
        amendments,
        lot,
        Some(&product.code),
        AmendedField::Tariff,
        offered.or(product.tariff),
        at,
    )
}

/// Each member's share of a lot budget in force at `at`, in the order of the
/// definition; empty when the lot has no shares.
pub fn member_budgets(amendments: &[Amendment], lot: &Lot, at: DateTime<Utc>) -> Vec<(String, Cents)> {
    let Some(shares) = &lot.budget_by_member else {
        return Vec::new();
    };
    shares
        .iter()
        .map(|(member, defined)| {
            let share = amendments
                .iter()
                .rev()
                .find(|a| {
                    a.lot == lot.id
                        && a.field == AmendedField::Budget
                        && a.member.as_ref() == Some(member)
                        && a.from <= at
                })
                .map_or(*defined, |a| a.new);
            (member.clone(), share)
        })
        .collect()
}

/// The budget of a lot in force at `at`: the sum of its members' shares where
/// it has them, else its budget after the amendments.
pub fn lot_budget(amendments: &[Amendment], lot: &Lot, at: DateTime<Utc>) -> Option<Cents> {
    if lot.budget_by_member.is_some() {
        let shares = member_budgets(amendments, lot, at);
        return shares
            .iter()
            .try_fold(Cents(0), |sum, (_, share)| sum.0.checked_add(share.0).map(Cents));
    }
    in_force(amendments, &lot.id, None, AmendedField::Budget, lot.budget, at)
}
