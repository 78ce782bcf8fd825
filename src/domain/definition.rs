//! The tender definition as written in a TOML file (SPEC §3): its types and
//! parsing. Parsing only checks the shape; `checks` judges the content.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use toml::value::Datetime;

use super::evidence::EvidenceKind;
use super::message::{Message, msg};
use super::money::Cents;
use super::text_enum::text_enum;

text_enum! {
    /// The procedure, which decides how the award is made (SPEC §1).
    pub enum Kind {
        Classic = "classic",
        Bestuurlijk = "bestuurlijk",
        Raamovereenkomst = "raamovereenkomst",
    }
}

impl Kind {
    /// The Dutch name officers use.
    pub fn dutch(self) -> &'static str {
        match self {
            Kind::Classic => "klassieke aanbesteding",
            Kind::Bestuurlijk => "bestuurlijke aanbesteding",
            Kind::Raamovereenkomst => "raamovereenkomst",
        }
    }
}

text_enum! {
    /// The law the care falls under; it decides the valid product categories.
    pub enum Domain {
        Wmo = "wmo",
        Jeugd = "jeugd",
    }
}

impl Domain {
    /// The iStandaarden product categories of this domain (iWmo 01–18, iJw 40–50).
    pub fn categories(self) -> std::ops::RangeInclusive<u8> {
        match self {
            Domain::Wmo => 1..=18,
            Domain::Jeugd => 40..=50,
        }
    }
}

text_enum! {
    /// Which procurement rules bind the authority (SPEC §1). `2b`: a tender
    /// announced before 1 July 2016 under the old Aanbestedingswet 2012, when
    /// care was a "2B service" with no statutory standstill and no minimum period.
    pub enum Regime {
        Sas = "sas",
        Open = "open",
        National = "national",
        TwoB = "2b",
    }
}

text_enum! {
    /// The unit a product is delivered and paid in.
    pub enum Unit {
        Minuut = "minuut",
        Uur = "uur",
        Dagdeel = "dagdeel",
        Etmaal = "etmaal",
        Stuks = "stuks",
        Euro = "euro",
    }
}

text_enum! {
    /// The financing model of a product (iStandaarden: inspanningsgericht, outputgericht, taakgericht).
    pub enum Funding {
        Inspanning = "inspanning",
        Output = "output",
        Taak = "taak",
    }
}

text_enum! {
    /// How price and quality are combined in a classic award (SPEC §3).
    pub enum PriceFormula {
        Relative = "relative",
        Fictitious = "fictitious",
        None = "none",
    }
}

text_enum! {
    /// How often newcomers are admitted to an open-house framework.
    pub enum Frequency {
        Monthly = "monthly",
        Quarterly = "quarterly",
        Yearly = "yearly",
    }
}

/// The joining moments (toetredingsmomenten) of an open-house framework.
#[derive(Debug, Clone, PartialEq)]
pub enum Joining {
    Every(Frequency),
    Dates(Vec<Datetime>),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub domain: Vec<Domain>,
    #[serde(default = "default_regime")]
    pub regime: Regime,
    pub reference: Option<String>,
    pub estimated_value: Option<Cents>,
    #[serde(default = "yes")]
    pub electronic_submission: bool,
    pub open_house: Option<bool>,
    pub timezone: Option<String>,
    pub ocid_prefix: Option<String>,
    pub authority: Authority,
    pub timeline: TimelineSpec,
    #[serde(default)]
    pub lots: Vec<Lot>,
    #[serde(default)]
    pub requirements: Vec<Requirement>,
    #[serde(default)]
    pub criteria: Vec<Criterion>,
    pub award: Option<AwardRules>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    pub lead: String,
    pub members: Vec<String>,
    pub contact: Option<String>,
}

impl Authority {
    /// The member municipalities other than the lead (the lead may be listed
    /// among the members too), in the order of the definition.
    pub fn others(&self) -> impl Iterator<Item = &str> {
        self.members.iter().map(String::as_str).filter(|m| *m != self.lead)
    }
}

/// The timeline as written: local dates and date-times, resolved by `schedule`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineSpec {
    pub announce: Datetime,
    pub questions_deadline: Option<Datetime>,
    pub registration_deadline: Datetime,
    pub award_decision: Datetime,
    pub standstill_days: Option<u32>,
    pub contract_start: Datetime,
    pub contract_end: Datetime,
    #[serde(default)]
    pub extension_months: Vec<u32>,
    #[serde(default = "default_notice_days")]
    pub extension_notice_days: u32,
    pub joining: Option<Joining>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lot {
    pub id: String,
    pub name: String,
    pub budget: Option<Cents>,
    pub max_awards: Option<u32>,
    pub price_floor: Option<Cents>,
    /// The members this lot serves; none: every member.
    pub members: Option<Vec<String>>,
    /// Each member's share of the budget; the shares sum to `budget`.
    pub budget_by_member: Option<BTreeMap<String, Cents>>,
    #[serde(default)]
    pub products: Vec<Product>,
}

impl Lot {
    /// The members the lot serves: its own list, else every member of the authority.
    pub fn members<'a>(&'a self, authority: &'a Authority) -> &'a [String] {
        self.members.as_deref().unwrap_or(&authority.members)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    pub code: String,
    pub name: String,
    pub unit: Unit,
    pub funding: Funding,
    pub tariff: Option<Cents>,
    /// Classic: the product's share of the lot's price basket (default equal).
    pub weight: Option<u32>,
    /// Classic: the reële prijs per unit; an offer below it is excluded.
    pub price_floor: Option<Cents>,
}

impl Domain {
    /// The domain a product category belongs to.
    pub fn of_category(category: u8) -> Option<Domain> {
        Domain::ALL.iter().copied().find(|d| d.categories().contains(&category))
    }
}

impl Product {
    /// The iStandaarden product category: the first two digits of the code.
    pub fn category(&self) -> Option<u8> {
        self.code.get(..2)?.parse().ok()
    }

    /// Hulpmiddelen (Wmo categories 11–14) are supplies, not social services (SPEC §1).
    pub fn is_hulpmiddel(&self) -> bool {
        self.category().is_some_and(|c| (11..=14).contains(&c))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub id: String,
    pub text: String,
    /// The kind of evidence that proves it; it is met only while such a piece is valid.
    pub evidence: Option<EvidenceKind>,
    /// The lots it applies to; none: every lot.
    pub lots: Option<Vec<String>>,
}

impl Requirement {
    /// Whether it applies to a registration for `lots`.
    pub fn applies_to(&self, lots: &[String]) -> bool {
        self.lots
            .as_ref()
            .is_none_or(|own| own.iter().any(|l| lots.contains(l)))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    pub weight: u32,
    #[serde(default = "default_max_points")]
    pub max_points: u32,
    pub value: Option<Cents>,
    #[serde(default)]
    pub price: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwardRules {
    #[serde(default = "default_formula")]
    pub price_formula: PriceFormula,
    pub min_quality: Option<u32>,
}

fn default_regime() -> Regime {
    Regime::Sas
}
fn yes() -> bool {
    true
}
fn default_notice_days() -> u32 {
    90
}
fn default_max_points() -> u32 {
    10
}
fn default_formula() -> PriceFormula {
    PriceFormula::Relative
}

/// A definition file that is not valid TOML or does not have the shape of SPEC §3.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("line {line}, column {column}: {message}")]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl ParseError {
    /// The problem for a person: an unknown or missing field in words of the
    /// catalogue, any other one as the TOML reader describes it.
    pub fn explained(&self) -> Message {
        let text = self.message.as_str();
        let problem = if let Some(rest) = text.strip_prefix("unknown field `") {
            let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
            let expected = expected.trim_start_matches(", expected ").trim_start_matches("one of ");
            msg!("toml-unknown-field", field = field, expected = expected)
        } else if let Some(field) = text.strip_prefix("missing field `").and_then(|r| r.strip_suffix('`')) {
            msg!("toml-missing-field", field = field)
        } else {
            msg!("toml-problem", detail = text)
        };
        msg!(
            "definition-line",
            line = self.line,
            column = self.column,
            problem = problem
        )
    }
}

impl Definition {
    /// Parses a definition; an unknown field, a wrong type or malformed TOML is
    /// reported with its line and column (the first problem; `parse_all` finds every one).
    pub fn parse(source: &str) -> Result<Definition, ParseError> {
        Definition::parse_all(source).map_err(|mut errors| errors.swap_remove(0))
    }

    /// Parses a definition and reports every problem of its shape, not only the
    /// first: the TOML reader stops at an error, so a `key = value` line that
    /// was wrong is left out (its line number kept) and the rest read again,
    /// until no error is left or one is not on such a line.
    pub fn parse_all(source: &str) -> Result<Definition, Vec<ParseError>> {
        let mut text = source.to_string();
        let mut errors = Vec::new();
        loop {
            let error = match parse_once(&text) {
                Ok(definition) if errors.is_empty() => return Ok(definition),
                Ok(_) => return Err(errors),
                Err(error) => error,
            };
            // A line left out, or a misspelt key (an unknown field), makes its
            // field missing: that is the same problem again, not a new one.
            if !errors.is_empty() && error.message.contains("missing field `") {
                return Err(errors);
            }
            let line = error.line;
            errors.push(error);
            if errors.len() >= MAX_PARSE_ERRORS || !stands_alone(&text, line) {
                return Err(errors);
            }
            text = leave_out_line(&text, line);
        }
    }

    /// Whether new providers can join during the contract.
    pub fn is_open_house(&self) -> bool {
        self.kind == Kind::Raamovereenkomst && self.open_house.unwrap_or(true)
    }

    /// The standstill period in calendar days: classic 20 unless set, others none.
    pub fn standstill_days(&self) -> u32 {
        let default = if self.kind == Kind::Classic { 20 } else { 0 };
        self.timeline.standstill_days.unwrap_or(default)
    }

    pub fn lot(&self, id: &str) -> Option<&Lot> {
        self.lots.iter().find(|lot| lot.id == id)
    }
}

/// Enough problems to fix in one go; a file with more is probably not a definition.
const MAX_PARSE_ERRORS: usize = 20;

fn parse_once(source: &str) -> Result<Definition, ParseError> {
    toml::from_str(source).map_err(|e| {
        let offset = e.span().map_or(0, |span| span.start);
        let (line, column) = line_and_column(source, offset);
        let mut message = plain_types(e.message().trim_end()).replace('\n', " ");
        // A missing field is missing from its table, not from the line the reader stopped at.
        let named = |key: &&str| message.contains(&format!("`{key}`")) || message.starts_with("missing field");
        if let Some(key) = key_of_line(source, line).filter(|key| !named(key)) {
            message = format!("`{key}`: {message}");
        }
        ParseError { line, column, message }
    })
}

/// Whether line `line` is a whole `key = value` on its own, so that leaving
/// it out leaves valid TOML.
fn stands_alone(source: &str, line: usize) -> bool {
    key_of_line(source, line).is_some()
        && source
            .lines()
            .nth(line - 1)
            .is_some_and(|text| text.parse::<toml::Table>().is_ok())
}

/// The source with line `line` emptied, every other line where it was.
fn leave_out_line(source: &str, line: usize) -> String {
    let lines: Vec<&str> = source.split('\n').collect();
    lines
        .iter()
        .enumerate()
        .map(|(i, text)| if i + 1 == line { "" } else { text })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The key assigned on a `key = value` line, to name the field of an error there.
fn key_of_line(source: &str, line: usize) -> Option<&str> {
    let (key, _) = source.lines().nth(line - 1)?.split_once('=')?;
    let key = key.trim();
    let bare = !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    bare.then_some(key)
}

/// serde's names for the number types in words an officer knows.
fn plain_types(message: &str) -> String {
    ["u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64"]
        .iter()
        .fold(message.to_string(), |m, t| {
            m.replace(&format!("expected {t}"), "expected a whole number")
        })
}

fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

impl<'de> Deserialize<'de> for Joining {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct JoiningVisitor;
        impl<'de> Visitor<'de> for JoiningVisitor {
            type Value = Joining;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "{} or a list of dates", Frequency::choices())
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Joining, E> {
                text.parse()
                    .map(Joining::Every)
                    .map_err(|e| E::custom(format!("joining {e} or a list of dates")))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Joining, A::Error> {
                let mut dates = Vec::new();
                while let Some(date) = seq.next_element::<Datetime>()? {
                    dates.push(date);
                }
                Ok(Joining::Dates(dates))
            }
        }
        deserializer.deserialize_any(JoiningVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_closed_list_round_trips_through_its_spelling() {
        fn round_trip<T: Copy + PartialEq + fmt::Debug + std::str::FromStr>(all: &[T], text: fn(T) -> &'static str) {
            for &v in all {
                assert_eq!(text(v).parse::<T>().ok(), Some(v));
            }
        }
        round_trip(Kind::ALL, Kind::as_str);
        round_trip(Domain::ALL, Domain::as_str);
        round_trip(Regime::ALL, Regime::as_str);
        round_trip(Unit::ALL, Unit::as_str);
        round_trip(Funding::ALL, Funding::as_str);
        round_trip(PriceFormula::ALL, PriceFormula::as_str);
        round_trip(Frequency::ALL, Frequency::as_str);
    }

    #[test]
    fn an_unknown_field_is_reported_with_line_and_column() {
        let err = Definition::parse("id = \"x\"\ncolour = \"red\"\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 1));
        assert!(err.message.contains("unknown field `colour`"), "{}", err.message);
    }

    #[test]
    fn a_wrong_value_names_its_field_in_plain_words() {
        let err = Definition::parse("id = \"x\"\n[timeline]\nstandstill_days = \"twintig\"\n").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.starts_with("`standstill_days`: "), "{}", err.message);
        assert!(err.message.contains("expected a whole number"), "{}", err.message);
        let err = Definition::parse("title = \"a\"\ntitle = \"b\"\n").unwrap_err();
        assert!(err.message.contains("`title`"), "{}", err.message);
    }

    #[test]
    fn every_problem_of_the_shape_is_reported_not_only_the_first() {
        let template = include_str!("../templates/classic.toml");
        let source = template
            .replacen("electronic_submission = true", "electronic_submission = \"ja\"", 1)
            .replacen("[timeline]", "[timeline]\ncolour = \"red\"", 1)
            .replacen("standstill_days = 20", "standstill_days = \"twintig\"", 1);
        let errors = Definition::parse_all(&source).unwrap_err();
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(errors.len(), 3, "{messages:?}");
        assert!(messages[0].contains("`electronic_submission`"), "{messages:?}");
        assert!(messages[1].contains("unknown field `colour`"), "{messages:?}");
        assert!(messages[2].contains("`standstill_days`"), "{messages:?}");
        assert!(
            errors.windows(2).all(|pair| pair[0].line < pair[1].line),
            "in file order"
        );
        assert_eq!(Definition::parse(&source).unwrap_err(), errors[0]);
    }

    #[test]
    fn a_field_left_out_after_its_error_is_not_reported_missing_too() {
        let template = include_str!("../templates/classic.toml");
        let source = template.replacen("kind = \"classic\"", "kind = 3", 1);
        let errors = Definition::parse_all(&source).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        let misspelt = template.replacen("\ntitle = ", "\ntitel = ", 1);
        let errors = Definition::parse_all(&misspelt).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].message.contains("unknown field `titel`"), "{errors:?}");
        let broken = "id = \"x\"\ntitle = [\n";
        assert_eq!(
            Definition::parse_all(broken).unwrap_err().len(),
            1,
            "a syntax error ends the reading"
        );
    }

    #[test]
    fn a_wrong_kind_names_the_valid_kinds() {
        let err = Definition::parse("kind = \"open\"\n").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(
            err.message.contains("`classic`, `bestuurlijk` or `raamovereenkomst`"),
            "{}",
            err.message
        );
    }
}
