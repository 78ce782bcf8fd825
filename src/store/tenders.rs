//! Tenders, their recorded decisions and their audit trail.

use std::str::FromStr;

use super::sql::{Backend, Db, Param, Row, Value, params};
use super::text::{from_time, to_optional_time, to_time};
use super::{Stamp, StoreError};
use crate::domain::audit::{Event, EventKind, Recorded};
use crate::domain::definition::{Definition, Kind};
use crate::domain::lifecycle::{Facts, History};
use crate::domain::reminders::Watch;
use crate::domain::schedule::Schedule;
use crate::domain::tender::Tender;
use chrono::{DateTime, Utc};

/// A tender as stored: its definition, schedule and decisions.
#[derive(Debug, Clone)]
pub struct StoredTender {
    pub tender: Tender,
    pub source: String,
    pub history: History,
}

impl StoredTender {
    pub fn facts(&self) -> Facts<'_> {
        Facts {
            kind: self.tender.definition.kind,
            open_house: self.tender.definition.is_open_house(),
            schedule: &self.tender.schedule,
            history: &self.history,
        }
    }
}

/// What a listing needs of a tender, without its full definition.
#[derive(Debug, Clone)]
pub struct TenderSummary {
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub open_house: bool,
    pub schedule: Schedule,
    pub history: History,
}

impl TenderSummary {
    pub fn facts(&self) -> Facts<'_> {
        Facts {
            kind: self.kind,
            open_house: self.open_house,
            schedule: &self.schedule,
            history: &self.history,
        }
    }
}

/// The recorded decisions of a tender, as the lifecycle's `History`.
const HISTORY_COLUMNS: &str = "published_at, cancelled_at, decided_at, final_at, first_signed_at, extensions_used, open_objections, redo_required";

fn history(row: &Row, first: usize) -> Result<History, StoreError> {
    let time = |i: usize| -> Result<_, StoreError> { to_optional_time(row.get(first + i)?) };
    Ok(History {
        published_at: time(0)?,
        cancelled_at: time(1)?,
        decided_at: time(2)?,
        final_at: time(3)?,
        first_signed_at: time(4)?,
        extensions_used: row.get(first + 5)?,
        open_objections: row.get(first + 6)?,
        redo_required: row.get(first + 7)?,
    })
}

fn schedule_json(schedule: &Schedule) -> String {
    serde_json::to_string(schedule).expect("a schedule serializes")
}

fn parse_schedule(text: &str) -> Result<Schedule, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Invalid(format!("stored schedule: {e}")))
}

fn stored_tender(id: &str, source: &str, schedule: &str) -> Result<Tender, StoreError> {
    let definition =
        Definition::parse(source).map_err(|e| StoreError::Invalid(format!("stored definition of `{id}`: {e}")))?;
    Ok(Tender {
        definition,
        schedule: parse_schedule(schedule)?,
    })
}

impl Db<'_> {
    pub fn tender(&self, id: &str) -> Result<StoredTender, StoreError> {
        let sql = format!("SELECT source, schedule, {HISTORY_COLUMNS} FROM tender WHERE id = ?1");
        let found = self.optional(&sql, params![id], |row| {
            Ok((row.get::<String>(0)?, row.get::<String>(1)?, history(row, 2)?))
        })?;
        let (source, schedule, history) = found.ok_or_else(|| StoreError::UnknownTender(id.to_string()))?;
        Ok(StoredTender {
            tender: stored_tender(id, &source, &schedule)?,
            source,
            history,
        })
    }

    pub fn revisions(&self, id: &str) -> Result<Vec<Recorded<Tender>>, StoreError> {
        self.query(
            "SELECT r.event_id, r.source, r.schedule FROM revision r JOIN event e ON e.id = r.event_id
             WHERE e.tender_id = ?1 ORDER BY r.event_id",
            params![id],
            |row| {
                Ok(Recorded {
                    event: row.get(0)?,
                    fact: stored_tender(id, &row.get::<String>(1)?, &row.get::<String>(2)?)?,
                })
            },
        )
    }

    pub fn tender_ids(&self) -> Result<Vec<String>, StoreError> {
        self.query("SELECT id FROM tender ORDER BY id", params![], |row| row.get(0))
    }

    pub fn database_id(&self) -> Result<String, StoreError> {
        self.one(
            "SELECT value FROM setting WHERE name = 'database_id'",
            params![],
            |row| row.get(0),
        )
    }

    pub fn tenders(&self) -> Result<Vec<TenderSummary>, StoreError> {
        self.summaries("", params![])
    }

    /// The tenders whose watch concerns a reminder run at `now` reaching to
    /// `horizon` (`Watch::concerns`, in SQL), and those without a watch: each
    /// term through its
    /// index, named, since statistics taken when many tenders share a moment
    /// would have the planner read the whole table instead.
    pub fn tenders_to_remind(
        &self,
        now: DateTime<Utc>,
        horizon: DateTime<Utc>,
    ) -> Result<Vec<TenderSummary>, StoreError> {
        let by = |index| self.indexed_by(index);
        self.summaries(
            &format!(
                "WHERE id IN (SELECT tender_id FROM reminder_moment {} WHERE at > ?1 AND at <= ?2
               UNION SELECT id FROM tender {}
                 WHERE overdue_from <= ?1 AND (overdue_until IS NULL OR overdue_until >= ?1)
               UNION SELECT id FROM tender {} WHERE watched_at > ?1
               UNION SELECT id FROM tender {} WHERE watched_at IS NULL)",
                by("reminder_moment_by_at"),
                by("tender_overdue"),
                by("tender_watched_at"),
                by("tender_watched_at")
            ),
            params![from_time(now), from_time(horizon)],
        )
    }

    /// Tenders without a watch yet: recorded before schema 9 (migration 0011).
    pub fn unwatched(&self) -> Result<Vec<String>, StoreError> {
        self.query(
            &format!(
                "SELECT id FROM tender {} WHERE watched_at IS NULL",
                self.indexed_by("tender_watched_at")
            ),
            params![],
            |row| row.get(0),
        )
    }

    /// What a listing needs of the tenders that `filter` selects, ordered by id.
    fn summaries(&self, filter: &str, params: &[&dyn Param]) -> Result<Vec<TenderSummary>, StoreError> {
        let sql =
            format!("SELECT id, title, kind, open_house, schedule, {HISTORY_COLUMNS} FROM tender {filter} ORDER BY id");
        self.query(&sql, params, |row| {
            let kind: String = row.get(2)?;
            let schedule: String = row.get(4)?;
            Ok(TenderSummary {
                id: row.get(0)?,
                title: row.get(1)?,
                kind: Kind::from_str(&kind).map_err(StoreError::Invalid)?,
                open_house: row.get(3)?,
                schedule: parse_schedule(&schedule)?,
                history: history(row, 5)?,
            })
        })
    }

    pub fn events(&self, id: &str) -> Result<Vec<Event>, StoreError> {
        self.query(&format!("{EVENT} WHERE tender_id = ?1 ORDER BY id"), params![id], event)
    }

    pub fn latest_event(&self, id: &str) -> Result<Option<Event>, StoreError> {
        self.optional(
            &format!("{EVENT} WHERE tender_id = ?1 ORDER BY id DESC LIMIT 1"),
            params![id],
            event,
        )
    }

    /// Appends an event, recorded by `account` (who is really connected); returns its id.
    pub fn record(
        &self,
        tender_id: &str,
        kind: EventKind,
        detail: &str,
        stamp: &Stamp,
        account: &str,
    ) -> Result<i64, StoreError> {
        self.one(
            "INSERT INTO event (tender_id, at, actor, action, detail, account) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             RETURNING id",
            params![
                tender_id,
                from_time(stamp.at),
                stamp.actor,
                kind.as_str(),
                detail,
                account
            ],
            |row| row.get(0),
        )
    }

    pub fn insert_tender(&self, tender: &Tender, source: &str, at: DateTime<Utc>) -> Result<(), StoreError> {
        let def = &tender.definition;
        let inserted = self.execute(
            "INSERT INTO tender (id, kind, title, open_house, source, schedule, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO NOTHING",
            params![
                def.id,
                def.kind.as_str(),
                def.title,
                def.is_open_house(),
                source,
                schedule_json(&tender.schedule),
                from_time(at)
            ],
        )?;
        if inserted == 0 {
            return Err(StoreError::DuplicateTender(def.id.clone()));
        }
        Ok(())
    }

    pub fn replace_definition(&self, tender: &Tender, source: &str) -> Result<(), StoreError> {
        let def = &tender.definition;
        self.execute(
            "UPDATE tender SET kind = ?2, title = ?3, open_house = ?4, source = ?5, schedule = ?6 WHERE id = ?1",
            params![
                def.id,
                def.kind.as_str(),
                def.title,
                def.is_open_house(),
                source,
                schedule_json(&tender.schedule)
            ],
        )?;
        Ok(())
    }

    pub fn add_revision(&self, event: i64, tender: &Tender, source: &str) -> Result<(), StoreError> {
        self.execute(
            "INSERT INTO revision (event_id, source, schedule) VALUES (?1, ?2, ?3)",
            params![event, source, schedule_json(&tender.schedule)],
        )?;
        Ok(())
    }

    /// Replaces the reminder watch of a tender.
    pub fn save_watch(&self, id: &str, watch: &Watch) -> Result<(), StoreError> {
        let (from, until) = watch.overdue.unzip();
        self.execute(
            "UPDATE tender SET watched_at = ?2, overdue_from = ?3, overdue_until = ?4 WHERE id = ?1",
            params![
                id,
                from_time(watch.at),
                from.map(from_time),
                until.flatten().map(from_time)
            ],
        )?;
        self.execute("DELETE FROM reminder_moment WHERE tender_id = ?1", params![id])?;
        let moments: Vec<Vec<Value>> = watch
            .moments
            .iter()
            .map(|at| vec![id.value(), Value::Text(from_time(*at).into())])
            .collect();
        self.insert_rows("reminder_moment", "tender_id, at", &moments, "ON CONFLICT DO NOTHING")?;
        Ok(())
    }

    pub fn save_history(&self, id: &str, h: &History) -> Result<(), StoreError> {
        let time = |t: Option<DateTime<Utc>>| t.map(from_time);
        self.execute(
            "UPDATE tender SET published_at = ?2, cancelled_at = ?3, decided_at = ?4, final_at = ?5,
             first_signed_at = ?6, extensions_used = ?7, open_objections = ?8, redo_required = ?9 WHERE id = ?1",
            params![
                id,
                time(h.published_at),
                time(h.cancelled_at),
                time(h.decided_at),
                time(h.final_at),
                time(h.first_signed_at),
                h.extensions_used,
                h.open_objections,
                h.redo_required
            ],
        )?;
        Ok(())
    }
}

const EVENT: &str = "SELECT at, actor, action, detail, id, account FROM event";

fn event(row: &Row) -> Result<Event, StoreError> {
    let action: String = row.get(2)?;
    Ok(Event {
        id: row.get(4)?,
        at: to_time(&row.get::<String>(0)?)?,
        actor: row.get(1)?,
        kind: EventKind::from_str(&action).map_err(StoreError::Invalid)?,
        detail: row.get(3)?,
        account: row.get(5)?,
    })
}

impl Db<'_> {
    /// SQLite's planner is told which index to use where statistics mislead
    /// it (see `tenders_to_remind`); PostgreSQL's needs no such hint.
    fn indexed_by(&self, index: &str) -> String {
        match self.backend() {
            Backend::Sqlite => format!("INDEXED BY {index}"),
            Backend::Postgres => String::new(),
        }
    }
}
