//! Questions, their answers and the notas van inlichtingen that published them.

use super::StoreError;
use super::sql::{Db, Row, params};
use super::text::{from_time, to_optional_time, to_time};
use crate::domain::questions::{Answer, Asker, Published, PublishedAnswer, Question};
use chrono::{DateTime, Utc};

const SELECT: &str = "SELECT q.number, q.lot, q.kvk, coalesce(p.name, q.asker), q.question, q.asked_at, q.answer,
        q.answered_at, q.nota, n.published_at
    FROM question q LEFT JOIN provider p ON p.kvk = q.kvk
    LEFT JOIN nota n ON n.tender_id = q.tender_id AND n.number = q.nota
    WHERE q.tender_id = ?1";

fn question(row: &Row) -> Result<Question, StoreError> {
    let asker = match (row.get::<Option<String>>(2)?, row.get::<Option<String>>(3)?) {
        (Some(kvk), _) => Asker::Provider(kvk),
        (None, Some(name)) => Asker::Party(name),
        (None, None) => Asker::Unnamed,
    };
    let answer = match (row.get::<Option<String>>(6)?, to_optional_time(row.get(7)?)?) {
        (Some(text), Some(answered_at)) => Some(Answer {
            text,
            answered_at,
            nota: match (row.get::<Option<u32>>(8)?, to_optional_time(row.get(9)?)?) {
                (Some(number), Some(at)) => Some(Published { number, at }),
                _ => None,
            },
        }),
        _ => None,
    };
    Ok(Question {
        number: row.get(0)?,
        lot: row.get(1)?,
        asker,
        question: row.get(4)?,
        asked_at: to_time(&row.get::<String>(5)?)?,
        answer,
    })
}

impl Db<'_> {
    /// Every question of a tender, by number.
    pub fn questions(&self, tender_id: &str) -> Result<Vec<Question>, StoreError> {
        self.query(&format!("{SELECT} ORDER BY q.number"), params![tender_id], question)
    }

    /// How many notas a tender has published.
    pub fn notas(&self, tender_id: &str) -> Result<u32, StoreError> {
        self.one(
            "SELECT count(*) FROM nota WHERE tender_id = ?1",
            params![tender_id],
            |row| row.get(0),
        )
    }

    /// Every answer every nota published, with the nota's number and moment, in order.
    pub fn published_answers(&self, tender_id: &str) -> Result<Vec<PublishedAnswer>, StoreError> {
        self.query(
            "SELECT a.nota, n.published_at, a.number, a.lot, a.question, a.answer, a.answered_at
             FROM nota_answer a JOIN nota n ON n.tender_id = a.tender_id AND n.number = a.nota
             WHERE a.tender_id = ?1 ORDER BY a.nota, a.number",
            params![tender_id],
            |row| {
                Ok(PublishedAnswer {
                    nota: Published {
                        number: row.get(0)?,
                        at: to_time(&row.get::<String>(1)?)?,
                    },
                    number: row.get(2)?,
                    lot: row.get(3)?,
                    question: row.get(4)?,
                    answer: row.get(5)?,
                    answered_at: to_time(&row.get::<String>(6)?)?,
                })
            },
        )
    }

    /// Records a question; returns its number.
    pub fn add_question(&self, tender_id: &str, q: &Question) -> Result<u32, StoreError> {
        let (kvk, asker) = match &q.asker {
            Asker::Provider(kvk) => (Some(kvk.as_str()), None),
            Asker::Party(name) => (None, Some(name.as_str())),
            Asker::Unnamed => (None, None),
        };
        self.one(
            "INSERT INTO question (tender_id, number, lot, kvk, asker, question, asked_at)
             VALUES (?1, (SELECT coalesce(max(number), 0) + 1 FROM question WHERE tender_id = ?1), ?2, ?3, ?4, ?5, ?6)
             RETURNING number",
            params![tender_id, q.lot, kvk, asker, q.question, from_time(q.asked_at)],
            |row| row.get(0),
        )
    }

    /// Records the answer to a question at `at`, replacing an earlier one
    /// (which then waits for the next nota); returns the earlier answer.
    pub fn answer(
        &self,
        tender_id: &str,
        number: u32,
        text: &str,
        at: DateTime<Utc>,
    ) -> Result<Option<String>, StoreError> {
        let old: Option<String> = self
            .optional(
                "SELECT answer FROM question WHERE tender_id = ?1 AND number = ?2",
                params![tender_id, number],
                |row| row.get(0),
            )?
            .flatten();
        self.execute(
            "UPDATE question SET answer = ?3, answered_at = ?4, nota = NULL WHERE tender_id = ?1 AND number = ?2",
            params![tender_id, number, text, from_time(at)],
        )?;
        Ok(old)
    }

    /// Publishes every new answer as nota `number`; returns how many.
    pub fn publish_nota(&self, tender_id: &str, number: u32, at: DateTime<Utc>) -> Result<usize, StoreError> {
        self.execute(
            "INSERT INTO nota (tender_id, number, published_at) VALUES (?1, ?2, ?3)",
            params![tender_id, number, from_time(at)],
        )?;
        self.execute(
            "INSERT INTO nota_answer (tender_id, nota, number, lot, question, answer, answered_at)
             SELECT tender_id, ?2, number, lot, question, answer, answered_at FROM question
             WHERE tender_id = ?1 AND answer IS NOT NULL AND nota IS NULL",
            params![tender_id, number],
        )?;
        self.execute(
            "UPDATE question SET nota = ?2 WHERE tender_id = ?1 AND answer IS NOT NULL AND nota IS NULL",
            params![tender_id, number],
        )
    }
}
