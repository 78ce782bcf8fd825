//! Evidence (bewijsstukken) of registered providers, and the notice of the awarded contract.

use super::StoreError;
use super::sql::{Db, Row, params};
use super::text::{from_time, to_time};
use crate::domain::evidence::Evidence;
use crate::domain::notice::AwardNotice;
use chrono::{DateTime, NaiveDate, Utc};

const SELECT: &str = "SELECT e.kvk, p.name, e.kind, e.issued, e.expires, e.reference, e.tender_id
    FROM evidence e JOIN provider p ON p.kvk = e.kvk";

fn day(text: &str) -> Result<NaiveDate, StoreError> {
    text.parse()
        .map_err(|_| StoreError::Invalid(format!("`{text}` is not a date")))
}

fn evidence(row: &Row) -> Result<Evidence, StoreError> {
    Ok(Evidence {
        kvk: row.get(0)?,
        name: row.get(1)?,
        kind: row.get::<String>(2)?.parse().map_err(StoreError::Invalid)?,
        issued: day(&row.get::<String>(3)?)?,
        expires: row.get::<Option<String>>(4)?.as_deref().map(day).transpose()?,
        reference: row.get(5)?,
    })
}

impl Db<'_> {
    /// Every piece of evidence of a tender's providers, by KvK number and issue.
    pub fn evidence(&self, tender_id: &str) -> Result<Vec<Evidence>, StoreError> {
        self.query(
            &format!("{SELECT} WHERE e.tender_id = ?1 ORDER BY e.kvk, e.kind, e.issued, e.number"),
            params![tender_id],
            evidence,
        )
    }

    /// The evidence of the providers with a signed contract, of every tender, by tender.
    pub fn contracted_evidence(&self) -> Result<Vec<(String, Evidence)>, StoreError> {
        self.query(
            &format!(
                "{SELECT} JOIN signature s ON s.tender_id = e.tender_id AND s.kvk = e.kvk
                 WHERE NOT EXISTS (SELECT 1 FROM termination t
                     WHERE t.tender_id = s.tender_id AND t.kvk = s.kvk AND t.terminated_on >= s.signed_on)
                 ORDER BY e.tender_id, e.kvk, e.kind, e.issued, e.number"
            ),
            params![],
            |row| Ok((row.get(6)?, evidence(row)?)),
        )
    }

    pub fn award_notice(&self, tender_id: &str) -> Result<Option<AwardNotice>, StoreError> {
        let found: Option<(String, Option<String>)> = self.optional(
            "SELECT published_on, reference FROM award_notice WHERE tender_id = ?1",
            params![tender_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        found
            .map(|(on, reference)| {
                Ok(AwardNotice {
                    published_on: to_time(&on)?,
                    reference,
                })
            })
            .transpose()
    }

    pub fn add_evidence(&self, tender_id: &str, piece: &Evidence, at: DateTime<Utc>) -> Result<(), StoreError> {
        self.execute(
            "INSERT INTO evidence (tender_id, kvk, number, kind, issued, expires, reference, recorded_at)
             VALUES (?1, ?2, (SELECT coalesce(max(number), 0) + 1 FROM evidence WHERE tender_id = ?1), ?3, ?4, ?5, ?6, ?7)",
            params![
                tender_id,
                piece.kvk,
                piece.kind.as_str(),
                piece.issued.to_string(),
                piece.expires.map(|d| d.to_string()),
                piece.reference,
                from_time(at)
            ],
        )?;
        Ok(())
    }

    pub fn save_award_notice(
        &self,
        tender_id: &str,
        notice: &AwardNotice,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.execute(
            "INSERT INTO award_notice (tender_id, published_on, reference, recorded_at) VALUES (?1, ?2, ?3, ?4)",
            params![
                tender_id,
                from_time(notice.published_on),
                notice.reference,
                from_time(at)
            ],
        )?;
        Ok(())
    }
}
