//! Provider intake (aanmelding) and the admission check (toelatingseisen):
//! what a valid registration is, and when a provider qualifies.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use super::definition::Definition;
use super::message::{Message, msg};
use super::text::{self, Lines};
use super::text_enum::text_enum;

text_enum! {
    /// Where a registration stands.
    pub enum Status {
        Registered = "registered",
        Withdrawn = "withdrawn",
        Qualified = "qualified",
        Rejected = "rejected",
        Awarded = "awarded",
        NotAwarded = "not-awarded",
        /// The signed contract was ended early (`tender terminate`).
        Terminated = "terminated",
    }
}

impl Status {
    /// Whether the registration still takes part in the tender; a terminated
    /// provider of an open house may apply to join again.
    pub fn is_active(self) -> bool {
        !matches!(self, Status::Withdrawn | Status::Terminated)
    }

    /// Whether the admission check let the offer into the award (before or after it).
    pub fn is_admitted(self) -> bool {
        matches!(self, Status::Qualified | Status::Awarded | Status::NotAwarded)
    }
}

/// A registration as the intake desk enters it, one provider for one tender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub name: String,
    pub kvk: String,
    pub agb: Option<String>,
    pub email: Option<String>,
    pub lots: Vec<String>,
    pub meets: Vec<String>,
    pub small: bool,
}

/// A stored registration with its provider.
#[derive(Debug, Clone, PartialEq)]
pub struct Registration {
    pub kvk: String,
    pub name: String,
    pub agb: Option<String>,
    pub email: Option<String>,
    pub lots: Vec<String>,
    pub meets: Vec<String>,
    pub small: bool,
    pub status: Status,
    pub reason: Option<String>,
    pub registered_at: DateTime<Utc>,
    /// An open-house newcomer applying while the framework runs.
    pub joining: bool,
    /// When an admitted newcomer joins the framework (toetredingsmoment).
    pub joining_at: Option<DateTime<Utc>>,
}

/// Whether `text` is `digits` ASCII digits.
fn is_digits(text: &str, digits: usize) -> bool {
    text.len() == digits && text.bytes().all(|b| b.is_ascii_digit())
}

/// A KvK number (Kamer van Koophandel) is 8 digits.
pub fn check_kvk(kvk: &str) -> Result<(), Message> {
    if is_digits(kvk, 8) {
        Ok(())
    } else if is_digits(kvk, 7) {
        // A spreadsheet reads 08765432 as the number 8765432.
        Err(msg!("kvk-lost-zero", kvk = kvk))
    } else {
        Err(msg!("kvk-invalid", kvk = kvk))
    }
}

/// An AGB code (Vektis) is 8 digits.
pub fn check_agb(agb: &str) -> Result<(), Message> {
    if is_digits(agb, 8) {
        Ok(())
    } else {
        Err(msg!("agb-invalid", agb = agb))
    }
}

/// A plausible e-mail address: one `@`, something before it, a dotted domain after it, no spaces.
pub fn check_email(email: &str) -> Result<(), Message> {
    let plausible = email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !email.chars().any(char::is_whitespace)
    });
    if plausible {
        Ok(())
    } else {
        Err(msg!("email-invalid", email = email))
    }
}

impl Application {
    /// Checks the application against the tender's lots and requirements.
    pub fn check(&self, def: &Definition) -> Result<(), Message> {
        if self.name.trim().is_empty() {
            return Err(msg!("provider-name-empty"));
        }
        text::check(msg!("field-provider-name"), &self.name, Lines::One)?;
        if let Some(email) = &self.email {
            text::check(msg!("field-email"), email, Lines::One)?;
        }
        check_kvk(&self.kvk)?;
        if let Some(agb) = &self.agb {
            check_agb(agb)?;
        }
        if let Some(email) = &self.email {
            check_email(email)?;
        }
        if self.lots.is_empty() {
            return Err(msg!("no-lots-given", lots = lot_ids(def)));
        }
        for lot in &self.lots {
            if def.lot(lot).is_none() {
                return Err(msg!("unknown-lot", lot = lot, tender = &def.id, lots = lot_ids(def)));
            }
        }
        check_requirements(def, &self.meets)
    }
}

/// Every named requirement must exist in the tender.
pub fn check_requirements(def: &Definition, meets: &[String]) -> Result<(), Message> {
    for requirement in meets {
        if !def.requirements.iter().any(|r| &r.id == requirement) {
            let known: Vec<&str> = def.requirements.iter().map(|r| r.id.as_str()).collect();
            return Err(msg!(
                "unknown-requirement",
                requirement = requirement,
                tender = &def.id,
                count = known.len(),
                requirements = known.join(", ")
            ));
        }
    }
    Ok(())
}

fn lot_ids(def: &Definition) -> String {
    def.lots.iter().map(|l| l.id.as_str()).collect::<Vec<_>>().join(", ")
}

/// The requirements that apply to a registration for `lots` and are not in
/// `meets`, in definition order.
pub fn missing_requirements<'a>(def: &'a Definition, lots: &[String], meets: &[String]) -> Vec<&'a str> {
    def.requirements
        .iter()
        .filter(|r| r.applies_to(lots))
        .map(|r| r.id.as_str())
        .filter(|id| !meets.iter().any(|m| m == id))
        .collect()
}

/// The requirements met after an admission check confirms `confirmed`, in definition order.
pub fn merge_requirements(def: &Definition, declared: &[String], confirmed: &[String]) -> Vec<String> {
    let met: BTreeSet<&String> = declared.iter().chain(confirmed).collect();
    def.requirements
        .iter()
        .map(|r| r.id.clone())
        .filter(|id| met.contains(id))
        .collect()
}

/// A yes/no cell as spreadsheets write it.
pub fn parse_flag(text: &str) -> Result<bool, Message> {
    match text.trim().to_lowercase().as_str() {
        "" | "false" | "nee" | "no" | "n" | "0" => Ok(false),
        "true" | "ja" | "yes" | "j" | "y" | "1" | "x" => Ok(true),
        other => Err(msg!("not-a-flag", value = other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::templates::template;

    fn definition() -> Definition {
        Definition::parse(template(crate::domain::definition::Kind::Bestuurlijk)).unwrap()
    }

    fn application() -> Application {
        let def = definition();
        Application {
            name: "Zorggroep Ôns Thús".into(),
            kvk: "06059045".into(),
            agb: Some("03914712".into()),
            email: Some("intake@example.nl".into()),
            lots: vec![def.lots[0].id.clone()],
            meets: vec![def.requirements[0].id.clone()],
            small: true,
        }
    }

    #[test]
    fn a_complete_application_passes() {
        assert_eq!(application().check(&definition()), Ok(()));
    }

    #[test]
    fn kvk_and_agb_are_eight_digits() {
        for bad in ["1234567", "123456789", "1234567a", ""] {
            assert!(check_kvk(bad).is_err(), "{bad}");
            assert!(check_agb(bad).is_err(), "{bad}");
        }
        assert!(check_kvk("00000001").is_ok());
    }

    #[test]
    fn a_kvk_number_that_lost_its_leading_zero_is_named_so() {
        let err = check_kvk("8765432").unwrap_err();
        assert!(
            err.contains("has 7 digits") && err.contains("leading zero") && err.contains("08765432"),
            "{err}"
        );
    }

    #[test]
    fn names_and_e_mail_addresses_hold_no_control_characters() {
        let def = definition();
        let name = Application {
            name: "Zorg \u{1b}[31mRood".into(),
            ..application()
        };
        assert!(
            name.check(&def)
                .unwrap_err()
                .contains("provider name holds the control character U+001B")
        );
        let email = Application {
            email: Some("a@b.nl\u{9b}".into()),
            ..application()
        };
        assert!(
            email
                .check(&def)
                .unwrap_err()
                .contains("e-mail address holds the control character U+009B")
        );
    }

    #[test]
    fn e_mail_addresses_must_be_plausible() {
        for bad in ["intake", "@example.nl", "a@b", "a@.nl", "a b@example.nl", "a@b@c.nl"] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
        assert!(check_email("j.de.vries@zorg-noord.example.nl").is_ok());
    }

    #[test]
    fn unknown_lots_and_requirements_are_named() {
        let def = definition();
        let bad_lot = Application {
            lots: vec!["nope".into()],
            ..application()
        };
        assert!(bad_lot.check(&def).unwrap_err().contains("lot `nope` does not exist"));
        let bad_requirement = Application {
            meets: vec!["nope".into()],
            ..application()
        };
        assert!(
            bad_requirement
                .check(&def)
                .unwrap_err()
                .contains("requirement `nope` does not exist")
        );
    }

    #[test]
    fn a_requirement_for_some_lots_is_missing_only_for_registrations_for_them() {
        let mut def = definition();
        let first_lot = def.lots[0].id.clone();
        let other_lot = def.lots[1].id.clone();
        def.requirements[0].lots = Some(vec![first_lot.clone()]);
        let scoped = def.requirements[0].id.clone();
        let missing = |lot: &str| missing_requirements(&def, &[lot.to_string()], &[]).contains(&scoped.as_str());
        assert!(missing(&first_lot));
        assert!(!missing(&other_lot));
    }

    #[test]
    fn qualification_needs_every_requirement() {
        let def = definition();
        let all: Vec<String> = def.requirements.iter().map(|r| r.id.clone()).collect();
        let first = vec![all[0].clone()];
        assert_eq!(missing_requirements(&def, &[], &first).len(), all.len() - 1);
        let merged = merge_requirements(&def, &first, &all[1..]);
        assert_eq!(merged, all);
        assert!(missing_requirements(&def, &[], &merged).is_empty());
    }

    #[test]
    fn spreadsheet_flags() {
        assert_eq!(parse_flag("Ja"), Ok(true));
        assert_eq!(parse_flag(""), Ok(false));
        assert!(parse_flag("misschien").is_err());
    }
}
