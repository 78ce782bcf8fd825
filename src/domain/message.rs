//! A sentence for a person as the domain decides it: a catalogue key and the
//! facts it names. The domain knows no language; the command line renders a
//! `Message` in the reader's language through the catalogue (`cli/i18n`), and
//! writes its moments, days, money and points in that language's notation.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::money::Cents;
use super::ratio::Ratio;

/// A catalogue key (a message of `src/cli/i18n/{nl,en}.ftl`) and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// One fact of a message, kept typed so that each language writes it its own way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Written as it is: an id, a name, a KvK number, what the user typed.
    Text(String),
    /// A count, for plurals.
    Count(i64),
    /// A moment, in the tender's time zone.
    Moment(DateTime<Utc>, Tz),
    Day(NaiveDate),
    Money(Cents),
    /// A number with two decimals (a score, a percentage).
    Score(Ratio),
    /// A sentence within the sentence (a refusal's reason and next step).
    Message(Box<Message>),
}

/// `msg!(KEY, name = value, …)`: a `Message` whose KEY (a literal) is a catalogue key.
macro_rules! msg {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::domain::message::Message {
            key: $key,
            args: vec![$((stringify!($name), $crate::domain::message::Arg::from($value))),*],
        }
    };
}
pub(crate) use msg;

impl Arg {
    pub fn moment(at: DateTime<Utc>, timezone: Tz) -> Arg {
        Arg::Moment(at, timezone)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(i64, u32, u64, usize);

impl From<NaiveDate> for Arg {
    fn from(day: NaiveDate) -> Arg {
        Arg::Day(day)
    }
}

impl From<Cents> for Arg {
    fn from(amount: Cents) -> Arg {
        Arg::Money(amount)
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

/// The English sentence of a message, for tests that pin its words.
#[cfg(test)]
pub fn english(message: &Message) -> String {
    crate::cli::i18n::Lang::En.message(message)
}

/// Tests pin the English words of a message as they pinned its text before.
#[cfg(test)]
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&english(self))
    }
}

#[cfg(test)]
impl Message {
    pub fn contains(&self, words: &str) -> bool {
        english(self).contains(words)
    }

    pub fn starts_with(&self, words: &str) -> bool {
        english(self).starts_with(words)
    }
}

#[cfg(test)]
impl PartialEq<&str> for Message {
    fn eq(&self, english_text: &&str) -> bool {
        english(self) == *english_text
    }
}
