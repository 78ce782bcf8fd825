//! The audit trail: what happened to a tender, who did it and when.

use chrono::{DateTime, Utc};

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
    }
}

/// One recorded event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub kind: EventKind,
    pub detail: String,
}
