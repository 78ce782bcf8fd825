//! The milestones of a tender as `new`, `show` and `timeline` print them.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::i18n::{Lang, tr};
use super::output::Record;
use crate::domain::lifecycle::Facts;
use crate::domain::schedule::rfc3339;

/// One dated step of a tender, past or to come.
#[derive(Debug, Serialize)]
pub struct Milestone {
    pub what: String,
    pub at: String,
    #[serde(skip)]
    pub local: String,
    pub status: &'static str,
}

impl Record for Milestone {
    const HEADERS: &'static [&'static str] = &["what", "when", "status"];
    const COLUMNS: &'static [&'static str] = &["what", "at", "status"];
    fn cells(&self) -> Vec<String> {
        self.cells_in(Lang::En)
    }
    fn cells_in(&self, lang: Lang) -> Vec<String> {
        vec![
            tr!(lang, "milestone-what", what = self.what.replace(' ', "-")),
            self.local.clone(),
            tr!(lang, "milestone-status", status = self.status),
        ]
    }
}

/// The announcement (or publication) and every deadline, marked past, next or upcoming.
pub fn milestones(facts: &Facts, now: DateTime<Utc>) -> Vec<Milestone> {
    let s = facts.schedule;
    let h = facts.history;
    let mut steps: Vec<(String, DateTime<Utc>)> = vec![match h.published_at {
        Some(at) => ("published".to_string(), at),
        None => ("announce".to_string(), s.announce),
    }];
    steps.extend(h.decided_at.map(|at| ("award decision recorded".to_string(), at)));
    steps.extend(h.final_at.map(|at| ("final award recorded".to_string(), at)));
    steps.extend(h.cancelled_at.map(|at| ("cancelled".to_string(), at)));
    steps.extend(facts.deadlines(now).into_iter().map(|d| (d.kind.to_string(), d.at)));
    steps.sort_by_key(|(_, at)| *at);
    let next = steps.iter().position(|(_, at)| *at > now);
    steps
        .into_iter()
        .enumerate()
        .map(|(i, (what, at))| Milestone {
            what,
            at: rfc3339(at, s.timezone),
            local: s.local(at),
            status: match next {
                Some(n) if i < n => "past",
                Some(n) if i == n => "next",
                Some(_) => "upcoming",
                None => "past",
            },
        })
        .collect()
}
