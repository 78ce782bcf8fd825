//! The message catalogue (SPEC §4 "Language"): every sentence a person reads
//! comes from `i18n/nl.ftl` or `i18n/en.ftl` (Project Fluent), and Dutch
//! documents write dates, money and points the Dutch way. What scripts read
//! (JSON, CSV headers, phase names, deadline kinds) never passes through here.

use std::sync::OnceLock;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::message::{Arg, Message};
use crate::domain::money::Cents;
use crate::domain::ratio::Ratio;
use crate::domain::schedule::local_text;

/// The language of messages, tables, documents and letters (`--lang`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Nl,
    En,
}

/// A message and its arguments: `tr!(lang, KEY, name = value, …)` with KEY a literal.
macro_rules! tr {
    ($lang:expr, $key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $lang.t($key, &[$((stringify!($name), fluent_bundle::FluentValue::from($value))),*])
    };
}
pub(crate) use tr;

const NL: &str = include_str!("i18n/nl.ftl");
const EN: &str = include_str!("i18n/en.ftl");

impl Lang {
    /// The language of the environment: the first of `LC_ALL`, `LC_MESSAGES`
    /// and `LANG` that is set decides; a value starting with `nl` is Dutch.
    pub fn from_env() -> Lang {
        let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty());
        Lang::from_locale(value.as_deref().unwrap_or(""))
    }

    fn from_locale(locale: &str) -> Lang {
        if locale.starts_with("nl") { Lang::Nl } else { Lang::En }
    }

    /// The BCP 47 code, for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The message `key` with its arguments. A key missing from the catalogue
    /// (which the completeness test forbids) prints as the key itself.
    pub fn t(self, key: &str, args: &[(&str, FluentValue)]) -> String {
        let bundle = bundle(self);
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            debug_assert!(false, "no message `{key}` in the {} catalogue", self.code());
            return key.to_string();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// A table heading: the message `heading-WORDS` for the English heading
    /// `words` (spaces as dashes), or the heading itself where the catalogue
    /// has none (a listing not yet translated stays readable).
    pub fn heading(self, english: &str) -> String {
        let key = heading_key(english);
        match bundle(self).get_message(&key).and_then(|m| m.value()) {
            Some(_) => self.t(&key, &[]),
            None => english.to_string(),
        }
    }

    /// `1 oktober 2021` / `1 October 2021`, in `timezone`.
    pub fn date(self, at: DateTime<Utc>, timezone: Tz) -> String {
        self.day(at.with_timezone(&timezone).date_naive())
    }

    /// A calendar day: `1 oktober 2021` / `1 October 2021`.
    pub fn day(self, day: NaiveDate) -> String {
        tr!(
            self,
            "date",
            day = day.day(),
            month = self.month(day.month()),
            year = day.year()
        )
    }

    /// A sentence the domain decided, in this language.
    pub fn message(self, message: &Message) -> String {
        let args: Vec<(&str, FluentValue)> = message.args.iter().map(|(name, arg)| (*name, self.arg(arg))).collect();
        self.t(message.key, &args)
    }

    fn arg(self, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Text(text) => FluentValue::from(text.clone()),
            Arg::Count(n) => FluentValue::from(*n),
            // English sentences keep the compact `2027-03-01 12:00` they always had.
            Arg::Moment(at, timezone) => FluentValue::from(match self {
                Lang::Nl => self.moment(*at, *timezone),
                Lang::En => local_text(*at, *timezone),
            }),
            Arg::Day(day) => FluentValue::from(match self {
                Lang::Nl => self.day(*day),
                Lang::En => day.to_string(),
            }),
            Arg::Money(amount) => FluentValue::from(self.money(*amount)),
            Arg::Score(score) => FluentValue::from(self.score(*score)),
            Arg::Message(message) => FluentValue::from(self.message(message)),
        }
    }

    /// `1 oktober 2021 om 12:00` / `1 October 2021 at 12:00`, in `timezone`.
    pub fn moment(self, at: DateTime<Utc>, timezone: Tz) -> String {
        let time = at.with_timezone(&timezone).format("%H:%M").to_string();
        tr!(self, "moment", date = self.date(at, timezone), time = time)
    }

    fn month(self, month: u32) -> String {
        const KEYS: [&str; 12] = [
            "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8", "month-9",
            "month-10", "month-11", "month-12",
        ];
        self.t(KEYS[(month as usize).clamp(1, 12) - 1], &[])
    }

    /// `€ 1.234,56` / `€1,234.56`.
    pub fn money(self, amount: Cents) -> String {
        let (group, decimal) = self.separators();
        let sign = if amount.0 < 0 { "-" } else { "" };
        let cents = amount.0.unsigned_abs();
        let whole = grouped(cents / 100, group);
        match self {
            Lang::Nl => format!("€ {sign}{whole}{decimal}{:02}", cents % 100),
            Lang::En => format!("{sign}€{whole}{decimal}{:02}", cents % 100),
        }
    }

    /// A score with two decimals: `64,35` / `64.35`.
    pub fn score(self, value: Ratio) -> String {
        let (_, decimal) = self.separators();
        value.to_string().replace('.', decimal)
    }

    /// A decimal number as recorded (`64.35`), with the language's decimal mark.
    pub fn decimal_text(self, recorded: &str) -> String {
        recorded.replace('.', self.separators().1)
    }

    /// Points as given, without trailing zeros: `8`, `7,5` / `7.5`.
    pub fn points(self, value: Ratio) -> String {
        let text = self.score(value);
        let (_, decimal) = self.separators();
        match text.split_once(decimal) {
            Some((whole, fraction)) if fraction.trim_end_matches('0').is_empty() => whole.to_string(),
            Some((whole, fraction)) => format!("{whole}{decimal}{}", fraction.trim_end_matches('0')),
            None => text,
        }
    }

    fn separators(self) -> (&'static str, &'static str) {
        match self {
            Lang::Nl => (".", ","),
            Lang::En => (",", "."),
        }
    }
}

/// A domain message on its way up as an error. It prints in English where it
/// is formatted on its own; `errors::sentence` prints it in the reader's language.
#[derive(Debug)]
pub struct Refused(pub Message);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.message(&self.0))
    }
}

impl std::error::Error for Refused {}

/// `?` on a `Result<_, Message>` in a command.
impl From<Message> for anyhow::Error {
    fn from(message: Message) -> anyhow::Error {
        anyhow::Error::new(Refused(message))
    }
}

fn heading_key(english: &str) -> String {
    let words = english.to_lowercase().replace([' ', '.'], "-");
    format!("heading-{}", words.trim_end_matches('-'))
}

fn grouped(number: u64, separator: &str) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// The catalogue of a language, parsed once per process.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static NL_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static EN_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let (cell, source) = match lang {
        Lang::Nl => (&NL_BUNDLE, NL),
        Lang::En => (&EN_BUNDLE, EN),
    };
    cell.get_or_init(|| {
        let resource = FluentResource::try_new(source.to_string()).expect("the catalogue parses (tested)");
        let mut bundle = FluentBundle::new_concurrent(vec![lang.code().parse().expect("a language code")]);
        // No Unicode isolation marks: the text goes to terminals and files, not to a bidi renderer.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .expect("no message defined twice (tested)");
        bundle
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use chrono::TimeZone;

    use super::*;

    fn keys(source: &str) -> BTreeSet<String> {
        let resource = FluentResource::try_new(source.to_string()).expect("the catalogue parses");
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    /// Every literal key passed to `tr!` or `.t(` in the source tree.
    fn used_keys(dir: &Path, found: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                used_keys(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                for start in ["tr!(", ".t(\"", "msg!("] {
                    for (at, _) in text.match_indices(start) {
                        let rest = &text[at + start.len()..];
                        let rest = if start == "tr!(" {
                            rest.split_once(',').map_or("", |(_, r)| r.trim_start())
                        } else {
                            rest
                        };
                        let rest = rest.trim_start();
                        let rest = rest.strip_prefix('"').unwrap_or(rest);
                        if let Some((key, _)) = rest.split_once('"') {
                            if !key.is_empty()
                                && key
                                    .bytes()
                                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                            {
                                found.insert(key.to_string());
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn both_catalogues_have_the_same_keys_and_every_used_key() {
        let nl = keys(NL);
        let en = keys(EN);
        let only_nl: Vec<_> = nl.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&nl).collect();
        assert!(
            only_nl.is_empty() && only_en.is_empty(),
            "only in nl: {only_nl:?}; only in en: {only_en:?}"
        );
        let mut used = BTreeSet::new();
        used_keys(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut used);
        assert!(used.len() > 20, "the scan finds the keys in use: {used:?}");
        let missing: Vec<_> = used.difference(&nl).collect();
        assert!(
            missing.is_empty(),
            "used in the code but not in the catalogue: {missing:?}"
        );
        for lang in [Lang::Nl, Lang::En] {
            bundle(lang);
        }
    }

    /// Every word of a `const HEADERS` list in the source tree.
    fn headings(dir: &Path, found: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                headings(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                // Joined here so that this file holds no such list itself.
                let pattern = ["const HEADERS: &'static [&'static str]", " = &["].concat();
                for (at, _) in text.match_indices(&pattern) {
                    let list = &text[at + pattern.len()..];
                    let list = &list[..list.find(']').unwrap_or(0)];
                    found.extend(
                        list.split(',')
                            .map(|w| w.trim().trim_matches('"').to_string())
                            .filter(|w| !w.is_empty()),
                    );
                }
            }
        }
    }

    #[test]
    fn every_table_heading_is_in_both_catalogues() {
        let mut found = BTreeSet::new();
        headings(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
        assert!(found.contains("kvk") && found.contains("next deadline"), "{found:?}");
        for heading in &found {
            for lang in [Lang::Nl, Lang::En] {
                let key = heading_key(heading);
                assert!(
                    bundle(lang).get_message(&key).is_some(),
                    "no {key} in the {} catalogue",
                    lang.code()
                );
            }
        }
        assert_eq!(Lang::Nl.heading("next deadline"), "volgende termijn");
        assert_eq!(Lang::En.heading("not in the catalogue"), "not in the catalogue");
    }

    #[test]
    fn the_environment_decides_the_language() {
        assert_eq!(Lang::from_locale("nl_NL.UTF-8"), Lang::Nl);
        assert_eq!(Lang::from_locale("nl_BE"), Lang::Nl);
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        assert_eq!(Lang::from_locale(""), Lang::En);
    }

    #[test]
    fn a_domain_message_is_told_in_each_language_with_its_notation() {
        use crate::domain::message::{Arg, msg};
        let tz = chrono_tz::Europe::Amsterdam;
        let at = Utc.with_ymd_and_hms(2021, 10, 1, 10, 0, 0).unwrap();
        let refusal = msg!(
            "lifecycle-refusal",
            action = msg!("action-final-award"),
            phase = "standstill",
            reason = msg!("refusal-standstill-runs", end = Arg::moment(at, tz)),
            next = msg!("next-standstill-wait", end = Arg::moment(at, tz))
        );
        assert_eq!(
            Lang::Nl.message(&refusal),
            "definitief gunnen kan nu niet: de aanbesteding is in fase `standstill` en de opschortende termijn loopt tot 1 oktober 2021 om 12:00; volgende stap: wacht tot de opschortende termijn eindigt op 1 oktober 2021 om 12:00, dan `tender award --final`"
        );
        assert_eq!(
            Lang::En.message(&refusal),
            "cannot make the award final: the tender is in phase `standstill`, and the standstill runs until 2021-10-01 12:00; next: wait for the standstill to end on 2021-10-01 12:00, then `tender award --final`"
        );
        let price = msg!("price-zero", amount = Cents(0));
        assert_eq!(
            Lang::Nl.message(&price),
            "een prijs van € 0,00 is geen inschrijving; geef de geboden prijs"
        );
        let count = |n: usize| msg!("award-undecided", tender = "t", count = n, providers = "A");
        assert!(Lang::En.message(&count(1)).contains("1 registration is still"));
        assert!(Lang::En.message(&count(2)).contains("2 registrations are still"));
        assert!(
            Lang::Nl
                .message(&count(2))
                .contains("2 aanmeldingen hebben nog geen toelatingsbesluit")
        );
    }

    #[test]
    fn dutch_dates_money_and_points() {
        let tz = chrono_tz::Europe::Amsterdam;
        let at = Utc.with_ymd_and_hms(2021, 10, 1, 10, 0, 0).unwrap();
        assert_eq!(Lang::Nl.moment(at, tz), "1 oktober 2021 om 12:00");
        assert_eq!(Lang::En.moment(at, tz), "1 October 2021 at 12:00");
        assert_eq!(Lang::Nl.date(at, tz), "1 oktober 2021");
        assert_eq!(Lang::Nl.money(Cents(123_456)), "€ 1.234,56");
        assert_eq!(Lang::En.money(Cents(123_456)), "€1,234.56");
        assert_eq!(Lang::Nl.money(Cents(5)), "€ 0,05");
        assert_eq!(Lang::Nl.money(Cents(150_000_000)), "€ 1.500.000,00");
        assert_eq!(Lang::Nl.points(Ratio::new(75, 10)), "7,5");
        assert_eq!(Lang::Nl.points(Ratio::integer(8)), "8");
        assert_eq!(Lang::En.points(Ratio::new(75, 10)), "7.5");
        assert_eq!(Lang::Nl.score(Ratio::new(6435, 100)), "64,35");
    }
}
