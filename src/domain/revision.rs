//! What changed between two versions of a definition, and whether a published
//! tender may take the change (only a later deadline: a rectificatie).

use toml::{Table, Value};

use super::message::{Message, msg};
use super::schedule::Schedule;

/// One changed field: its path, and its old and new values as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub path: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl std::fmt::Display for FieldChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".to_string());
        write!(f, "{}: {} → {}", self.path, show(&self.old), show(&self.new))
    }
}

/// The fields that differ between two definition sources (both valid TOML).
pub fn changes(old: &str, new: &str) -> Vec<FieldChange> {
    let parse = |s: &str| s.parse::<Table>().unwrap_or_default();
    let mut out = Vec::new();
    compare_tables("", &parse(old), &parse(new), &mut out);
    out
}

fn compare_tables(prefix: &str, old: &Table, new: &Table, out: &mut Vec<FieldChange>) {
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        compare(&path, old.get(key), new.get(key), out);
    }
}

fn compare(path: &str, old: Option<&Value>, new: Option<&Value>, out: &mut Vec<FieldChange>) {
    match (old, new) {
        (Some(Value::Table(a)), Some(Value::Table(b))) => compare_tables(path, a, b, out),
        (Some(Value::Array(a)), Some(Value::Array(b))) if a.iter().chain(b).all(Value::is_table) => {
            for i in 0..a.len().max(b.len()) {
                compare(&format!("{path}[{i}]"), a.get(i), b.get(i), out);
            }
        }
        (a, b) if a != b => out.push(FieldChange {
            path: path.to_string(),
            old: a.map(|v| v.to_string()),
            new: b.map(|v| v.to_string()),
        }),
        _ => {}
    }
}

/// Why a published tender cannot take these changes, if it cannot: after
/// publication only the questions deadline, the registration deadline and the
/// planned award decision may move, and only later.
pub fn rectification_problem(changes: &[FieldChange], old: &Schedule, new: &Schedule) -> Option<Message> {
    for change in changes {
        let moved = match change.path.as_str() {
            "timeline.questions_deadline" => old.questions_deadline.zip(new.questions_deadline),
            "timeline.registration_deadline" => Some((old.registration_deadline, new.registration_deadline)),
            "timeline.award_decision" => Some((old.award_decision, new.award_decision)),
            _ => {
                return Some(msg!("rectify-other-field", field = &change.path));
            }
        };
        match moved {
            Some((before, after)) if after > before => {}
            _ => {
                return Some(msg!("rectify-not-later", change = change.to_string()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_name_the_path_and_both_values() {
        let old = "title = \"A\"\n[timeline]\nannounce = 2027-01-01\n[[lots]]\nid = \"x\"\nbudget = 5\n";
        let new = "title = \"B\"\n[timeline]\nannounce = 2027-01-01\n[[lots]]\nid = \"x\"\nbudget = 6\n";
        let found: Vec<String> = changes(old, new).iter().map(ToString::to_string).collect();
        assert_eq!(found, ["lots[0].budget: 5 → 6", "title: \"A\" → \"B\""]);
    }

    #[test]
    fn a_rectificatie_only_moves_deadlines_later() {
        use crate::domain::tender::Tender;
        let source = include_str!("../templates/classic.toml");
        let (old, _) = Tender::from_source(source).unwrap();
        let later = source.replace(
            "registration_deadline = 2027-03-01T12:00:00",
            "registration_deadline = 2027-03-08T12:00:00",
        );
        let (new, _) = Tender::from_source(&later).unwrap();
        let found = changes(source, &later);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(rectification_problem(&found, &old.schedule, &new.schedule), None);
        let back = changes(&later, source);
        assert!(
            rectification_problem(&back, &new.schedule, &old.schedule)
                .unwrap()
                .contains("not later")
        );
        let retitled = source.replacen("title = ", "title = \"X\"\n#", 1);
        let found = changes(source, &retitled);
        assert!(
            rectification_problem(&found, &old.schedule, &old.schedule)
                .unwrap()
                .contains("`title` changed")
        );
    }
}
