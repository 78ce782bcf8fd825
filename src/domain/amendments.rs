//! The legal rules of changing a contract after the award (SPEC §2 `amend`):
//! which basis a kind of tender may use, from when, and when a change is so
//! large that the Aanbestedingswet calls it substantial.
//!
//! Art. 2.163a Aw: a contract is modified without a new procedure only as
//! art. 2.163b–2.163f allow. Art. 2.163b (the de-minimis rule): below the
//! threshold and below 10 % of the initial value for services. Art. 2.163c:
//! a clear, precise review clause (herzieningsclausule, an indexation clause
//! among them) in the original documents. Art. 2.163g: what is substantial.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::definition::{Definition, Kind};
use super::dossier::{AmendedField, Amendment, Basis, indexed};
use super::message::{Arg, Message, msg};
use super::money::Cents;
use super::ratio::Ratio;

/// `agreement` (at the overlegtafel) is the ground of a bestuurlijke
/// aanbesteding only; a classic contract or framework changes under an
/// indexation or a review clause of its documents.
pub fn check_basis(kind: Kind, basis: Basis) -> Result<(), Message> {
    if basis == Basis::Agreement && kind != Kind::Bestuurlijk {
        return Err(msg!("agreement-basis-bestuurlijk", kind = kind.dutch()));
    }
    Ok(())
}

/// `--from`: a change takes effect no earlier than the award decision it changes.
pub fn check_from(from: DateTime<Utc>, decided_at: Option<DateTime<Utc>>, timezone: Tz) -> Result<(), Message> {
    match decided_at {
        Some(decided) if from < decided => Err(msg!(
            "amended-before-decision",
            from = Arg::moment(from, timezone),
            decided = Arg::moment(decided, timezone)
        )),
        _ => Ok(()),
    }
}

/// Whether the tender is a public contract whose modification art. 2.163a–g
/// govern: a classic tender or a closed framework.
fn modification_rules_apply(def: &Definition) -> bool {
    def.kind == Kind::Classic || (def.kind == Kind::Raamovereenkomst && !def.is_open_house())
}

/// Over 10 %: more than a tenth of `original` away from it.
fn over_ten_percent(original: Cents, new: Cents) -> bool {
    original.0 > 0 && i128::from((new.0 - original.0).abs()) * 10 > i128::from(original.0)
}

/// The warning for a change of more than 10 % in a classic contract or a
/// closed framework, counted cumulatively from the original value: for a
/// tariff against the definition's (or the value in force before), for an
/// indexation every indexation of the lot together.
pub fn substantial_warning(def: &Definition, earlier: &[Amendment], change: &Amendment) -> Option<Message> {
    if !modification_rules_apply(def) {
        return None;
    }
    let lot = def.lot(&change.lot)?;
    match change.field {
        AmendedField::Index => {
            let base = Cents(1_000_000);
            let raised = earlier
                .iter()
                .chain([change])
                .filter(|a| a.lot == change.lot && a.field == AmendedField::Index)
                .fold(base, |price, a| indexed(price, a.new.0));
            // The base is 10,000 euros, so the raise in cents over 10,000 is the percentage.
            over_ten_percent(base, raised).then(|| {
                msg!(
                    "substantial-indexation",
                    lot = &lot.id,
                    percent = Arg::Score(Ratio::new(i128::from(raised.0 - base.0), 10_000))
                )
            })
        }
        AmendedField::Tariff => {
            let product = lot.products.iter().find(|p| Some(&p.code) == change.product.as_ref())?;
            let original = product.tariff.or(change.old)?;
            over_ten_percent(original, change.new).then(|| {
                msg!(
                    "substantial-tariff",
                    product = &product.code,
                    lot = &lot.id,
                    old = original,
                    new = change.new
                )
            })
        }
        AmendedField::Budget => {
            let original = lot.budget.or(change.old)?;
            over_ten_percent(original, change.new)
                .then(|| msg!("substantial-budget", lot = &lot.id, old = original, new = change.new))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dossier::{in_force, tariff_at};
    use crate::domain::fixtures::utc;

    const CLASSIC: &str = r#"
id = "regio-2027"
title = "Regio Wmo 2027"
kind = "classic"
domain = ["wmo"]
[authority]
lead = "Alkmaar"
members = ["Alkmaar"]
[timeline]
announce = 2027-01-04T09:00:00
registration_deadline = 2027-03-01T12:00:00
award_decision = 2027-04-01
contract_start = 2027-07-01
contract_end = 2029-06-30
[[lots]]
id = "begeleiding"
name = "Begeleiding"
budget = 1_000_000
[[lots.products]]
code = "02A01"
name = "Individuele begeleiding"
unit = "uur"
funding = "inspanning"
tariff = 60.00
[[criteria]]
id = "prijs"
name = "Prijs"
weight = 100
price = true
"#;

    fn amendment(field: AmendedField, new: i64, from: &str) -> Amendment {
        Amendment {
            number: 0,
            lot: "begeleiding".into(),
            product: (field == AmendedField::Tariff).then(|| "02A01".to_string()),
            member: None,
            field,
            old: None,
            new: Cents(new),
            reason: "OVA 2028".into(),
            at: utc(from),
            basis: Basis::Indexation,
            from: utc(from),
        }
    }

    #[test]
    fn agreement_is_the_basis_of_a_bestuurlijke_aanbesteding_only_art_2_163a() {
        assert!(check_basis(Kind::Bestuurlijk, Basis::Agreement).is_ok());
        for kind in [Kind::Classic, Kind::Raamovereenkomst] {
            let refusal = check_basis(kind, Basis::Agreement).unwrap_err();
            assert!(refusal.contains("--basis indexation"), "{refusal}");
            assert!(check_basis(kind, Basis::Indexation).is_ok());
            assert!(check_basis(kind, Basis::ReviewClause).is_ok());
        }
    }

    #[test]
    fn an_amendment_takes_effect_from_the_decision_on() {
        let decided = Some(utc("2027-04-01T10:00:00+02:00"));
        let tz = chrono_tz::Europe::Amsterdam;
        assert!(check_from(utc("2027-03-31T10:00:00+02:00"), decided, tz).is_err());
        assert!(check_from(utc("2027-04-01T10:00:00+02:00"), decided, tz).is_ok());
    }

    #[test]
    fn tariffs_in_force_by_date_keep_their_history() {
        let product = crate::domain::definition::Definition::parse(CLASSIC).unwrap().lots[0].products[0].clone();
        // Offered at € 58,00; indexed 3 % from 1 January 2028, then fixed at € 65,00 from 1 July 2028.
        let amendments = vec![
            amendment(AmendedField::Index, 300, "2028-01-01T00:00:00+01:00"),
            amendment(AmendedField::Tariff, 6_500, "2028-07-01T00:00:00+02:00"),
        ];
        let at = |t: &str| tariff_at(&amendments, "begeleiding", &product, Some(Cents(5_800)), utc(t));
        assert_eq!(at("2027-12-31T23:59:59+01:00"), Some(Cents(5_800)));
        assert_eq!(at("2028-01-01T00:00:00+01:00"), Some(Cents(5_974)));
        assert_eq!(at("2028-07-01T00:00:00+02:00"), Some(Cents(6_500)));
        // Without an offer, the definition's tariff is indexed.
        assert_eq!(
            tariff_at(
                &amendments,
                "begeleiding",
                &product,
                None,
                utc("2028-02-01T00:00:00+01:00")
            ),
            Some(Cents(6_180))
        );
        // A budget is not indexed.
        let budget = in_force(
            &amendments,
            "begeleiding",
            None,
            AmendedField::Budget,
            Some(Cents(100)),
            utc("2029-01-01T00:00:00+01:00"),
        );
        assert_eq!(budget, Some(Cents(100)));
        // One member's share of the budget is not the budget of the lot.
        let share = Amendment {
            member: Some("Veere".into()),
            ..amendment(AmendedField::Budget, 50, "2028-01-01T00:00:00+01:00")
        };
        let at = utc("2029-01-01T00:00:00+01:00");
        let lot_budget =
            |list: &[Amendment]| in_force(list, "begeleiding", None, AmendedField::Budget, Some(Cents(100)), at);
        assert_eq!(lot_budget(std::slice::from_ref(&share)), Some(Cents(100)));
        let whole = amendment(AmendedField::Budget, 120, "2028-06-01T00:00:00+02:00");
        assert_eq!(lot_budget(&[share, whole]), Some(Cents(120)));
    }

    #[test]
    fn a_change_over_ten_percent_in_a_classic_contract_warns_art_2_163b() {
        let def = crate::domain::definition::Definition::parse(CLASSIC).unwrap();
        let small = amendment(AmendedField::Tariff, 6_600, "2028-01-01T00:00:00+01:00");
        assert_eq!(
            substantial_warning(&def, &[], &small),
            None,
            "exactly 10 % is within the rule"
        );
        let large = amendment(AmendedField::Tariff, 6_601, "2028-01-01T00:00:00+01:00");
        let warning = substantial_warning(&def, &[], &large).unwrap();
        assert!(
            warning.contains("art. 2.163b Aw") && warning.contains("2.163g"),
            "{warning}"
        );
        // Indexations count together: 6 % and 5 % make 11.3 %.
        let first = amendment(AmendedField::Index, 600, "2028-01-01T00:00:00+01:00");
        let second = amendment(AmendedField::Index, 500, "2029-01-01T00:00:00+01:00");
        assert_eq!(substantial_warning(&def, &[], &first), None);
        let warning = substantial_warning(&def, &[first], &second).unwrap();
        assert!(warning.contains("11.30 %"), "{warning}");
        let budget = amendment(AmendedField::Budget, 120_000_000, "2028-01-01T00:00:00+01:00");
        assert!(substantial_warning(&def, &[], &budget).is_some());
    }

    #[test]
    fn a_bestuurlijke_aanbesteding_or_open_house_is_not_held_to_the_ten_percent_rule() {
        let bestuurlijk = CLASSIC.replace("kind = \"classic\"", "kind = \"bestuurlijk\"");
        let def = crate::domain::definition::Definition::parse(&bestuurlijk).unwrap();
        let large = amendment(AmendedField::Tariff, 9_000, "2028-01-01T00:00:00+01:00");
        assert_eq!(substantial_warning(&def, &[], &large), None);
        let open_house = CLASSIC.replace("kind = \"classic\"", "kind = \"raamovereenkomst\"");
        let def = crate::domain::definition::Definition::parse(&open_house).unwrap();
        assert_eq!(substantial_warning(&def, &[], &large), None);
        let closed = CLASSIC.replace("kind = \"classic\"", "kind = \"raamovereenkomst\"\nopen_house = false");
        let def = crate::domain::definition::Definition::parse(&closed).unwrap();
        assert!(
            substantial_warning(&def, &[], &large).is_some(),
            "a closed framework is"
        );
    }
}
