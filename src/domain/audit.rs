//! The audit trail: what happened to a tender, who did it and when.

use chrono::{DateTime, Utc};

use super::contracts::Termination;
use super::dossier::{Amendment, Decision, Signature};
use super::questions::PublishedAnswer;
use super::tender::Tender;
use super::text_enum::text_enum;

text_enum! {
    /// What an audit event records. Stored as TEXT under a CHECK constraint.
    pub enum EventKind {
        New = "new",
        Update = "update",
        Rectify = "rectify",
        Publish = "publish",
        Consult = "consult",
        Register = "register",
        Withdraw = "withdraw",
        Qualify = "qualify",
        Reject = "reject",
        Score = "score",
        Award = "award",
        Object = "object",
        Resolve = "resolve",
        FinalAward = "final-award",
        Sign = "sign",
        Amend = "amend",
        Extend = "extend",
        Cancel = "cancel",
        Terminate = "terminate",
        Ask = "ask",
        Answer = "answer",
        Nvi = "nvi",
        Evidence = "evidence",
        Notice = "notice",
        Letters = "letters",
    }
}

/// One recorded event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Unique in the database and increasing: the order in which events happened.
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub kind: EventKind,
    pub detail: String,
    /// Who was really connected (the operating-system user for a file, the
    /// database role on a server); none for events recorded before schema 6.
    pub account: Option<String>,
}

/// A fact together with the audit event that recorded it.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded<T> {
    pub event: i64,
    pub fact: T,
}

/// A tender's whole history: its audit trail, the definition after each
/// change, and every decision, signature, amendment and published answer with its event. What
/// was known after an event is what its id and the earlier ones recorded.
#[derive(Debug, Clone)]
pub struct Trail {
    pub events: Vec<Event>,
    pub revisions: Vec<Recorded<Tender>>,
    pub decisions: Vec<Recorded<Decision>>,
    pub signatures: Vec<Recorded<Signature>>,
    pub amendments: Vec<Recorded<Amendment>>,
    pub terminations: Vec<Recorded<Termination>>,
    /// Every answer a nota van inlichtingen published, with the event that published it.
    pub enquiries: Vec<Recorded<PublishedAnswer>>,
}
