//! The rules of contracts (SPEC §2): when a contract may be signed and from
//! when it runs, when a provider may still withdraw, and how a signed contract
//! ends early (termination) and stops being in force.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::dossier::Signature;
use super::lifecycle::Facts;
use super::message::{Arg, Message, msg};

/// The early end of one provider's signed contract: bankruptcy, notice, ontbinding.
#[derive(Debug, Clone, PartialEq)]
pub struct Termination {
    pub kvk: String,
    pub name: String,
    /// The contract ends at the start of this day: from then the provider is out.
    pub on: DateTime<Utc>,
    pub reason: String,
    pub at: DateTime<Utc>,
}

/// The moment from which contracts can be signed: the final award, or the
/// decision itself when the tender has no standstill.
pub fn signable_from(facts: &Facts) -> Option<DateTime<Utc>> {
    let h = facts.history;
    if facts.schedule.standstill_days > 0 {
        h.final_at
    } else {
        h.decided_at
    }
}

/// `--on` of a signature: not before the award is final (a contract signed in
/// the standstill would defeat it, art. 2.127 Aw), and not in the future.
pub fn check_signed_on(facts: &Facts, signed_on: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), Message> {
    let moment = |at| Arg::moment(at, facts.schedule.timezone);
    if signed_on > now {
        return Err(msg!("signed-in-future", on = moment(signed_on)));
    }
    match signable_from(facts) {
        Some(from) if signed_on >= from => Ok(()),
        Some(from) => Err(msg!("signed-before-final", on = moment(signed_on), from = moment(from))),
        None => Err(msg!("sign-not-final")),
    }
}

/// From when a signed contract runs: the contract start, or the signing day of
/// a provider that signs late (after the start); a newcomer to an open house
/// from its joining moment.
pub fn effective_from(
    contract_start: DateTime<Utc>,
    signed_on: DateTime<Utc>,
    joining_at: Option<DateTime<Utc>>,
) -> DateTime<Utc> {
    joining_at.unwrap_or(contract_start.max(signed_on))
}

/// Whether the provider's latest signature has not been ended by a termination.
pub fn is_signed(kvk: &str, signatures: &[Signature], terminations: &[Termination]) -> bool {
    latest_signature(kvk, signatures).is_some_and(|s| terminated_on(s, terminations).is_none())
}

fn latest_signature<'a>(kvk: &str, signatures: &'a [Signature]) -> Option<&'a Signature> {
    signatures.iter().filter(|s| s.kvk == kvk).max_by_key(|s| s.signed_on)
}

/// When the contract of a signature was terminated, if it was.
pub fn terminated_on<'a>(
    signature: &Signature,
    terminations: impl IntoIterator<Item = &'a Termination>,
) -> Option<DateTime<Utc>> {
    terminations
        .into_iter()
        .filter(|t| t.kvk == signature.kvk && t.on >= signature.signed_on)
        .map(|t| t.on)
        .min()
}

/// Whether a provider's contract is in force at `at`: signed, effective, not
/// terminated by then and the contract not ended (`contract_end`, moved by extensions).
pub fn in_force(
    kvk: &str,
    signatures: &[Signature],
    terminations: &[Termination],
    contract_end: DateTime<Utc>,
    at: DateTime<Utc>,
) -> bool {
    signatures.iter().filter(|s| s.kvk == kvk).any(|s| {
        let ended = terminated_on(s, terminations).map_or(contract_end, |on| on.min(contract_end));
        s.effective_at <= at && at < ended
    })
}

/// `terminate --on`: a signed contract ends on a day from its signing to the contract end.
pub fn check_termination(
    kvk: &str,
    signatures: &[Signature],
    terminations: &[Termination],
    on: DateTime<Utc>,
    contract_end: DateTime<Utc>,
    timezone: Tz,
) -> Result<(), Message> {
    let moment = |at| Arg::moment(at, timezone);
    let Some(signature) = latest_signature(kvk, signatures).filter(|_| is_signed(kvk, signatures, terminations)) else {
        return Err(msg!("nothing-to-terminate", kvk = kvk));
    };
    if on < signature.signed_on {
        return Err(msg!(
            "terminated-before-signed",
            on = moment(on),
            signed = moment(signature.signed_on)
        ));
    }
    if on > contract_end {
        return Err(msg!(
            "terminated-after-end",
            on = moment(on),
            end = moment(contract_end)
        ));
    }
    Ok(())
}

/// Why a provider may not withdraw: once it has signed, its contract is ended
/// by `terminate`, not by withdrawing the registration.
pub fn withdrawal_refusal(kvk: &str, signatures: &[Signature], terminations: &[Termination]) -> Option<Message> {
    is_signed(kvk, signatures, terminations).then(|| msg!("withdraw-signed", kvk = kvk))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::{self, utc};
    use crate::domain::lifecycle::History;

    fn signature(kvk: &str, on: &str) -> Signature {
        Signature {
            kvk: kvk.into(),
            name: format!("Aanbieder {kvk}"),
            signed_on: utc(on),
            effective_at: utc(on).max(fixtures::schedule().contract_start),
        }
    }

    fn termination(kvk: &str, on: &str) -> Termination {
        Termination {
            kvk: kvk.into(),
            name: format!("Aanbieder {kvk}"),
            on: utc(on),
            reason: "faillissement".into(),
            at: utc(on),
        }
    }

    fn decided(final_at: Option<&str>) -> History {
        History {
            published_at: Some(utc("2027-01-04T09:00:00+01:00")),
            decided_at: Some(utc("2027-03-20T10:00:00+01:00")),
            final_at: final_at.map(utc),
            ..History::default()
        }
    }

    #[test]
    fn a_contract_is_signed_after_the_final_award_not_in_the_standstill_art_2_127() {
        let schedule = fixtures::schedule();
        let history = decided(Some("2027-04-15T10:00:00+02:00"));
        let facts = Facts {
            kind: crate::domain::definition::Kind::Classic,
            open_house: false,
            schedule: &schedule,
            history: &history,
        };
        let now = utc("2027-05-01T12:00:00+02:00");
        let during = check_signed_on(&facts, utc("2027-04-01T12:00:00+02:00"), now).unwrap_err();
        assert!(
            during.contains("before the award became final on 2027-04-15 10:00"),
            "{during}"
        );
        assert!(
            check_signed_on(&facts, utc("2027-03-01T12:00:00+01:00"), now).is_err(),
            "before the decision"
        );
        assert!(check_signed_on(&facts, utc("2027-04-15T10:00:00+02:00"), now).is_ok());
        assert!(
            check_signed_on(&facts, utc("2027-05-02T12:00:00+02:00"), now)
                .unwrap_err()
                .contains("future")
        );
    }

    #[test]
    fn without_a_standstill_a_contract_is_signed_from_the_decision_spec_2() {
        let schedule = crate::domain::schedule::Schedule {
            standstill_days: 0,
            ..fixtures::schedule()
        };
        let history = decided(None);
        let facts = Facts {
            kind: crate::domain::definition::Kind::Bestuurlijk,
            open_house: false,
            schedule: &schedule,
            history: &history,
        };
        let now = utc("2027-05-01T12:00:00+02:00");
        assert!(check_signed_on(&facts, utc("2027-03-20T10:00:00+01:00"), now).is_ok());
        assert!(check_signed_on(&facts, utc("2027-03-20T09:59:59+01:00"), now).is_err());
    }

    #[test]
    fn a_late_signature_runs_from_its_date_spec_2() {
        let start = fixtures::schedule().contract_start;
        let late = start + chrono::Duration::days(40);
        assert_eq!(effective_from(start, late, None), late);
        assert_eq!(effective_from(start, start - chrono::Duration::days(9), None), start);
        let joining = start + chrono::Duration::days(90);
        assert_eq!(effective_from(start, late, Some(joining)), joining);
    }

    #[test]
    fn a_terminated_contract_is_out_of_force_from_its_day_and_can_be_signed_again() {
        let end = utc("2029-06-30T23:59:59+02:00");
        let mut signatures = vec![signature("10000001", "2027-05-01T10:00:00+02:00")];
        let terminations = vec![termination("10000001", "2028-01-01T00:00:00+01:00")];
        assert!(in_force(
            "10000001",
            &signatures,
            &terminations,
            end,
            utc("2027-12-31T12:00:00+01:00")
        ));
        assert!(!in_force(
            "10000001",
            &signatures,
            &terminations,
            end,
            utc("2028-01-01T00:00:00+01:00")
        ));
        assert!(!is_signed("10000001", &signatures, &terminations));
        signatures.push(signature("10000001", "2028-04-01T10:00:00+02:00"));
        assert!(
            is_signed("10000001", &signatures, &terminations),
            "joined the open house again"
        );
        assert!(in_force(
            "10000001",
            &signatures,
            &terminations,
            end,
            utc("2028-05-01T00:00:00+02:00")
        ));
        assert!(
            !in_force(
                "10000001",
                &signatures,
                &terminations,
                end,
                utc("2029-07-01T00:00:00+02:00")
            ),
            "ended"
        );
    }

    #[test]
    fn a_termination_falls_between_the_signing_and_the_contract_end() {
        let end = utc("2029-06-30T23:59:59+02:00");
        let signatures = vec![signature("10000001", "2027-05-01T10:00:00+02:00")];
        let tz = chrono_tz::Europe::Amsterdam;
        let check = |on: &str, terminations: &[Termination]| {
            check_termination("10000001", &signatures, terminations, utc(on), end, tz)
        };
        assert!(check("2028-01-01T00:00:00+01:00", &[]).is_ok());
        assert!(
            check("2027-04-01T00:00:00+02:00", &[])
                .unwrap_err()
                .contains("before the contract was signed")
        );
        assert!(
            check("2030-01-01T00:00:00+01:00", &[])
                .unwrap_err()
                .contains("after the contract ends")
        );
        let done = [termination("10000001", "2028-01-01T00:00:00+01:00")];
        assert!(
            check("2028-02-01T00:00:00+01:00", &done)
                .unwrap_err()
                .contains("no signed contract in force")
        );
        assert!(check_termination("10000002", &signatures, &[], utc("2028-01-01T00:00:00+01:00"), end, tz).is_err());
    }

    #[test]
    fn a_signed_provider_cannot_withdraw_it_terminates_spec_2() {
        let signatures = vec![signature("10000001", "2027-05-01T10:00:00+02:00")];
        let refusal = withdrawal_refusal("10000001", &signatures, &[]).unwrap();
        assert!(refusal.contains("tender terminate --kvk 10000001"), "{refusal}");
        assert_eq!(withdrawal_refusal("10000002", &signatures, &[]), None);
    }
}
