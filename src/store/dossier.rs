//! Scores, award decisions, objections, signatures, consultations and amendments.

use std::collections::BTreeMap;

use super::StoreError;
use super::sql::{Db, Param, Row, Value, params};
use super::text::{from_time, to_optional_time, to_time};
use crate::domain::audit::{EventKind, Recorded, Trail};
use crate::domain::award::{LotOutcome, ScoreValue, Scores};
use crate::domain::contracts::Termination;
use crate::domain::dossier::{Amendment, AwardLine, Consultation, Decision, Objection, Outcome, Signature};
use crate::domain::money::Cents;
use chrono::{DateTime, Utc};

fn parse<T: std::str::FromStr<Err = String>>(text: &str) -> Result<T, StoreError> {
    text.parse().map_err(StoreError::Invalid)
}

impl Db<'_> {
    pub fn scores(&self, tender_id: &str) -> Result<Scores, StoreError> {
        // In key order, straight from the primary key: the rows of one offer
        // come together, so each offer's key is made once, not per criterion.
        let mut scores = Scores::new();
        let mut offer: Option<((String, String), BTreeMap<String, ScoreValue>)> = None;
        self.each(
            "SELECT kvk, lot, criterion, points, price FROM score WHERE tender_id = ?1 ORDER BY kvk, lot, criterion",
            params![tender_id],
            |row| {
                let value = match (row.get::<Option<i64>>(3)?, row.get::<Option<i64>>(4)?) {
                    (Some(points), _) => ScoreValue::Points(points),
                    (None, price) => ScoreValue::Price(Cents(price.unwrap_or(0))),
                };
                let (Value::Text(kvk), Value::Text(lot)) = (row.value(0)?, row.value(1)?) else {
                    return Err(StoreError::Invalid("a score without its offer".to_string()));
                };
                if offer.as_ref().is_none_or(|((k, l), _)| *k != kvk || *l != lot) {
                    scores.extend(offer.take());
                    offer = Some(((kvk.into_owned(), lot.into_owned()), BTreeMap::new()));
                }
                if let Some((_, criteria)) = offer.as_mut() {
                    criteria.insert(row.get(2)?, value);
                }
                Ok(())
            },
        )?;
        scores.extend(offer);
        Ok(scores)
    }

    pub fn decision(&self, tender_id: &str) -> Result<Option<Decision>, StoreError> {
        let head = self.optional(
            "SELECT number, decided_at, draw FROM decision WHERE tender_id = ?1 ORDER BY number DESC LIMIT 1",
            params![tender_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?;
        head.map(|(number, decided_at, draw): (u32, String, String)| {
            self.decision_with_lines(tender_id, number, &decided_at, &draw)
        })
        .transpose()
    }

    fn decision_with_lines(
        &self,
        tender_id: &str,
        number: u32,
        decided_at: &str,
        draw: &str,
    ) -> Result<Decision, StoreError> {
        let lines = self.query(
            "SELECT a.lot, a.kvk, p.name, a.rank, a.score, a.awarded, a.excluded FROM award_result a
             JOIN provider p ON p.kvk = a.kvk WHERE a.tender_id = ?1 AND a.number = ?2 ORDER BY a.lot, a.position",
            params![tender_id, number],
            |row| {
                Ok(AwardLine {
                    lot: row.get(0)?,
                    kvk: row.get(1)?,
                    name: row.get(2)?,
                    rank: row.get(3)?,
                    score: row.get(4)?,
                    awarded: row.get(5)?,
                    excluded: row.get(6)?,
                })
            },
        )?;
        let draw = draw.split('|').filter(|d| !d.is_empty()).map(str::to_string).collect();
        Ok(Decision {
            number,
            decided_at: to_time(decided_at)?,
            draw,
            lines,
        })
    }

    pub fn objections(&self, tender_id: &str) -> Result<Vec<Objection>, StoreError> {
        self.query(
            "SELECT o.number, o.kvk, p.name, o.reason, o.filed_at, o.decision, o.outcome, o.resolved_at
             FROM objection o JOIN provider p ON p.kvk = o.kvk WHERE o.tender_id = ?1 ORDER BY o.number",
            params![tender_id],
            |row| {
                Ok(Objection {
                    number: row.get(0)?,
                    kvk: row.get(1)?,
                    name: row.get(2)?,
                    reason: row.get(3)?,
                    filed_at: to_time(&row.get::<String>(4)?)?,
                    decision: row.get(5)?,
                    outcome: row.get::<Option<String>>(6)?.as_deref().map(parse).transpose()?,
                    resolved_at: to_optional_time(row.get(7)?)?,
                })
            },
        )
    }

    pub fn signatures(&self, tender_id: &str) -> Result<Vec<Signature>, StoreError> {
        self.query(
            &format!("{SIGNATURE} WHERE s.tender_id = ?1 ORDER BY s.signed_on, s.kvk"),
            params![tender_id],
            signature,
        )
    }

    /// Every termination of a contract of the tender, in order.
    pub fn terminations(&self, tender_id: &str) -> Result<Vec<Termination>, StoreError> {
        self.query(
            &format!("{TERMINATION} WHERE t.tender_id = ?1 ORDER BY t.terminated_on, t.kvk"),
            params![tender_id],
            termination,
        )
    }

    pub fn consultations(&self, tender_id: &str) -> Result<Vec<Consultation>, StoreError> {
        self.query(
            "SELECT number, held_on, summary FROM consultation WHERE tender_id = ?1 ORDER BY number",
            params![tender_id],
            |row| {
                Ok(Consultation {
                    number: row.get(0)?,
                    held_on: to_time(&row.get::<String>(1)?)?,
                    summary: row.get(2)?,
                })
            },
        )
    }

    pub fn amendments(&self, tender_id: &str) -> Result<Vec<Amendment>, StoreError> {
        self.query(
            &format!("{AMENDMENT} WHERE tender_id = ?1 ORDER BY number"),
            params![tender_id],
            amendment,
        )
    }

    pub fn trail(&self, tender_id: &str) -> Result<Trail, StoreError> {
        let events = self.events(tender_id)?;
        // A fact that no event claims (recorded before schema 4 and not matched
        // to one) counts as known from the latest event on.
        let latest = events.last().map_or(0, |e| e.id);
        let heads: Vec<(i64, u32, String, String)> = self.query(
            "SELECT event_id, number, decided_at, draw FROM decision WHERE tender_id = ?1 ORDER BY number",
            params![tender_id],
            |row| {
                let event = row.get::<Option<i64>>(0)?.unwrap_or(latest);
                Ok((event, row.get(1)?, row.get(2)?, row.get(3)?))
            },
        )?;
        let decisions = heads
            .into_iter()
            .map(|(event, number, decided_at, draw)| {
                let fact = self.decision_with_lines(tender_id, number, &decided_at, &draw)?;
                Ok(Recorded { event, fact })
            })
            .collect::<Result<_, StoreError>>()?;
        let signatures = self.recorded(
            &format!("{SIGNATURE} WHERE s.tender_id = ?1 ORDER BY s.rowid"),
            tender_id,
            (SIGNATURE_EVENT, latest),
            signature,
        )?;
        let amendments = self.recorded(
            &format!("{AMENDMENT} WHERE tender_id = ?1 ORDER BY number"),
            tender_id,
            (AMENDMENT_EVENT, latest),
            amendment,
        )?;
        let terminations = self.recorded(
            &format!("{TERMINATION} WHERE t.tender_id = ?1 ORDER BY t.rowid"),
            tender_id,
            (TERMINATION_EVENT, latest),
            termination,
        )?;
        // Nota n was published by the n-th event of kind nvi.
        let published_by: Vec<i64> = events
            .iter()
            .filter(|e| e.kind == EventKind::Nvi)
            .map(|e| e.id)
            .collect();
        let enquiries = self
            .published_answers(tender_id)?
            .into_iter()
            .map(|fact| Recorded {
                event: published_by
                    .get(fact.nota.number as usize - 1)
                    .copied()
                    .unwrap_or(latest),
                fact,
            })
            .collect();
        Ok(Trail {
            revisions: self.revisions(tender_id)?,
            events,
            decisions,
            signatures,
            amendments,
            terminations,
            enquiries,
        })
    }

    /// The facts a query finds, each with the event in column `event.0` (`event.1` when none claimed it).
    fn recorded<T>(
        &self,
        sql: &str,
        tender_id: &str,
        event: (usize, i64),
        fact: fn(&Row) -> Result<T, StoreError>,
    ) -> Result<Vec<Recorded<T>>, StoreError> {
        self.query(sql, params![tender_id], |row| {
            Ok(Recorded {
                event: row.get::<Option<i64>>(event.0)?.unwrap_or(event.1),
                fact: fact(row)?,
            })
        })
    }
}

const SIGNATURE: &str =
    "SELECT s.kvk, p.name, s.signed_on, s.effective_at, s.event_id FROM signature s JOIN provider p ON p.kvk = s.kvk";
/// The column of `SIGNATURE` with the event that recorded the signature.
const SIGNATURE_EVENT: usize = 4;

fn signature(row: &Row) -> Result<Signature, StoreError> {
    Ok(Signature {
        kvk: row.get(0)?,
        name: row.get(1)?,
        signed_on: to_time(&row.get::<String>(2)?)?,
        effective_at: to_time(&row.get::<String>(3)?)?,
    })
}

const TERMINATION: &str = "SELECT t.kvk, p.name, t.terminated_on, t.reason, t.at, t.event_id FROM termination t JOIN provider p ON p.kvk = t.kvk";
/// The column of `TERMINATION` with the event that recorded it.
const TERMINATION_EVENT: usize = 5;

fn termination(row: &Row) -> Result<Termination, StoreError> {
    Ok(Termination {
        kvk: row.get(0)?,
        name: row.get(1)?,
        on: to_time(&row.get::<String>(2)?)?,
        reason: row.get(3)?,
        at: to_time(&row.get::<String>(4)?)?,
    })
}

const AMENDMENT: &str = "SELECT number, lot, product, field, old_cents, new_cents, reason, at, event_id, basis, effective_from, member FROM amendment";
/// The column of `AMENDMENT` with the event that recorded the amendment.
const AMENDMENT_EVENT: usize = 8;

fn amendment(row: &Row) -> Result<Amendment, StoreError> {
    Ok(Amendment {
        number: row.get(0)?,
        lot: row.get(1)?,
        product: row.get(2)?,
        member: row.get(11)?,
        field: parse(&row.get::<String>(3)?)?,
        old: row.get::<Option<i64>>(4)?.map(Cents),
        new: Cents(row.get(5)?),
        reason: row.get(6)?,
        at: to_time(&row.get::<String>(7)?)?,
        basis: parse(&row.get::<String>(9)?)?,
        from: to_time(&row.get::<String>(10)?)?,
    })
}

impl Db<'_> {
    pub fn save_score(
        &self,
        tender_id: &str,
        key: (&str, &str, &str),
        value: ScoreValue,
        at: DateTime<Utc>,
    ) -> Result<Option<ScoreValue>, StoreError> {
        let (kvk, lot, criterion) = key;
        // Cached statements: a bulk score file runs these once per row.
        let old = self
            .optional(
                "SELECT points, price FROM score WHERE tender_id = ?1 AND kvk = ?2 AND lot = ?3 AND criterion = ?4",
                params![tender_id, kvk, lot, criterion],
                |row| Ok((row.get::<Option<i64>>(0)?, row.get::<Option<i64>>(1)?)),
            )?
            .map(|(points, price)| points.map_or(ScoreValue::Price(Cents(price.unwrap_or(0))), ScoreValue::Points));
        let (points, price) = match value {
            ScoreValue::Points(p) => (Some(p), None),
            ScoreValue::Price(c) => (None, Some(c.0)),
        };
        self.execute(
            "INSERT INTO score (tender_id, kvk, lot, criterion, points, price, scored_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (tender_id, kvk, lot, criterion) DO UPDATE SET points = ?5, price = ?6, scored_at = ?7",
            params![tender_id, kvk, lot, criterion, points, price, from_time(at)],
        )?;
        Ok(old)
    }

    pub fn save_decision(
        &self,
        tender_id: &str,
        number: u32,
        event: i64,
        draw: &[String],
        lots: &[LotOutcome],
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.execute(
            "INSERT INTO decision (tender_id, number, decided_at, draw, event_id) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![tender_id, number, from_time(at), draw.join("|"), event],
        )?;
        // 5,000 offers in a handful of statements: on a server each
        // statement is a round trip.
        let offers: Vec<Vec<Value>> = lots
            .iter()
            .flat_map(|lot| lot.offers.iter().enumerate().map(move |offer| (lot, offer)))
            .map(|(lot, (position, offer))| {
                vec![
                    tender_id.value(),
                    number.value().into_owned(),
                    lot.lot.value(),
                    offer.kvk.value(),
                    Value::Integer(position as i64),
                    offer.rank.value().into_owned(),
                    offer
                        .score
                        .map(|s| Value::Text(s.to_string().into()))
                        .unwrap_or(Value::Null),
                    offer.awarded.value().into_owned(),
                    offer
                        .excluded
                        .as_ref()
                        .map_or(Value::Null, |e| Value::Text(e.to_string().into())),
                ]
            })
            .collect();
        self.insert_rows(
            "award_result",
            "tender_id, number, lot, kvk, position, rank, score, awarded, excluded",
            &offers,
            "",
        )?;
        Ok(())
    }

    pub fn add_objection(
        &self,
        tender_id: &str,
        kvk: &str,
        reason: &str,
        decision: u32,
        at: DateTime<Utc>,
    ) -> Result<u32, StoreError> {
        let number: u32 = self.one(
            "SELECT coalesce(max(number), 0) + 1 FROM objection WHERE tender_id = ?1",
            params![tender_id],
            |row| row.get(0),
        )?;
        self.execute(
            "INSERT INTO objection (tender_id, number, kvk, reason, filed_at, decision, outcome, resolved_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, NULL)",
            params![tender_id, number, kvk, reason, from_time(at), decision],
        )?;
        Ok(number)
    }

    pub fn resolve_objection(
        &self,
        tender_id: &str,
        number: u32,
        outcome: Outcome,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.execute(
            "UPDATE objection SET outcome = ?3, resolved_at = ?4 WHERE tender_id = ?1 AND number = ?2",
            params![tender_id, number, outcome.as_str(), from_time(at)],
        )?;
        Ok(())
    }

    /// Ends a provider's signed contract (recorded by `event`); its registration is `terminated`.
    pub fn add_termination(
        &self,
        tender_id: &str,
        event: i64,
        t: &Termination,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.execute(
            "INSERT INTO termination (tender_id, kvk, terminated_on, reason, at, event_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![tender_id, t.kvk, from_time(t.on), t.reason, from_time(at), event],
        )?;
        self.execute(
            "UPDATE registration SET status = 'terminated' WHERE tender_id = ?1 AND kvk = ?2",
            params![tender_id, t.kvk],
        )?;
        Ok(())
    }

    pub fn add_signature(&self, tender_id: &str, event: i64, signature: &Signature) -> Result<(), StoreError> {
        self.execute(
            "INSERT INTO signature (tender_id, kvk, signed_on, effective_at, event_id) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                tender_id,
                signature.kvk,
                from_time(signature.signed_on),
                from_time(signature.effective_at),
                event
            ],
        )?;
        Ok(())
    }

    pub fn add_consultation(&self, tender_id: &str, held_on: DateTime<Utc>, summary: &str) -> Result<u32, StoreError> {
        let number: u32 = self.one(
            "SELECT coalesce(max(number), 0) + 1 FROM consultation WHERE tender_id = ?1",
            params![tender_id],
            |row| row.get(0),
        )?;
        self.execute(
            "INSERT INTO consultation (tender_id, number, held_on, summary) VALUES (?1, ?2, ?3, ?4)",
            params![tender_id, number, from_time(held_on), summary],
        )?;
        Ok(number)
    }

    pub fn add_amendment(
        &self,
        tender_id: &str,
        event: i64,
        a: &Amendment,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.execute(
            "INSERT INTO amendment (tender_id, number, lot, product, field, old_cents, new_cents, reason, at, event_id, basis, effective_from, member)
             VALUES (?1, (SELECT coalesce(max(number), 0) + 1 FROM amendment WHERE tender_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                tender_id,
                a.lot,
                a.product,
                a.field.as_str(),
                a.old.map(|c| c.0),
                a.new.0,
                a.reason,
                from_time(at),
                event,
                a.basis.as_str(),
                from_time(a.from),
                a.member
            ],
        )?;
        Ok(())
    }
}
