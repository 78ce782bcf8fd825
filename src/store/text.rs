//! How values are written in TEXT columns.

use chrono::{DateTime, SecondsFormat, Utc};

use super::StoreError;

/// RFC 3339 in UTC with a `Z`, so that text order is time order.
pub fn from_time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub fn to_time(text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| StoreError::Invalid(format!("`{text}` is not an RFC 3339 time")))
}

pub fn to_optional_time(text: Option<String>) -> Result<Option<DateTime<Utc>>, StoreError> {
    text.as_deref().map(to_time).transpose()
}
