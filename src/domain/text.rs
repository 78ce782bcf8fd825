//! Text that may reach a terminal or a spreadsheet (SPEC §4, §6): which
//! characters a text input may hold, and how stored text is made harmless.
//! A control character in a provider's name could otherwise move the cursor,
//! rewrite a line or retitle the window of whoever lists the providers.

use std::borrow::Cow;

use super::message::{Arg, Message, msg};

/// Whether a field may span lines: free texts (reasons, summaries, answers)
/// may hold newlines and tabs; names, ids, e-mail addresses and actors may not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    One,
    Many,
}

/// Whether `c` is allowed in a field of this kind; `char::is_control` is
/// C0 (with ESC), DEL and C1.
fn allowed(c: char, lines: Lines) -> bool {
    !c.is_control() || (lines == Lines::Many && matches!(c, '\n' | '\t'))
}

/// Refuses a text holding a control character, naming the field, the
/// character and its position (1-based, in characters).
pub fn check(field: impl Into<Arg>, text: &str, lines: Lines) -> Result<(), Message> {
    match text.chars().enumerate().find(|&(_, c)| !allowed(c, lines)) {
        None => Ok(()),
        Some((index, c)) => Err(msg!(
            "control-character",
            field = field.into(),
            character = code(c),
            position = index + 1,
            lines = match lines {
                Lines::One => "one",
                Lines::Many => "many",
            }
        )),
    }
}

/// `U+001B` for a character, as the message names it.
fn code(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// Stored text made safe to print: every control character but the newline
/// becomes `\u{1b}`-style text, so an older database (written before control
/// characters were refused) cannot steer the terminal.
pub fn escape(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| c == '\n' || !c.is_control()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '\n' || !c.is_control() {
            out.push(c);
        } else {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_passes_and_every_control_character_is_refused() {
        assert_eq!(check("name", "Zorggroep Ôns Thús", Lines::One), Ok(()));
        for c in [
            '\u{1b}', '\u{0}', '\u{7}', '\r', '\u{7f}', '\u{85}', '\u{9b}', '\n', '\t',
        ] {
            let text = format!("ab{c}c");
            let err = check("--name", &text, Lines::One).unwrap_err();
            assert!(err.starts_with("--name holds the control character U+"), "{err}");
            assert!(err.contains("at position 3"), "{err}");
        }
    }

    #[test]
    fn free_text_may_hold_newlines_and_tabs_but_no_escape() {
        assert_eq!(check("--reason", "regel 1\n\tregel 2", Lines::Many), Ok(()));
        let err = check("--reason", "rood \u{1b}[31m", Lines::Many).unwrap_err();
        assert!(err.contains("U+001B at position 6"), "{err}");
        assert!(check("--reason", "a\rb", Lines::Many).is_err());
    }

    #[test]
    fn escape_keeps_newlines_and_neutralises_the_rest() {
        assert!(matches!(escape("gewoon\ntekst"), Cow::Borrowed(_)));
        assert_eq!(
            escape("\u{1b}]0;pwned\u{7}x\ty\u{9b}"),
            "\\u{1b}]0;pwned\\u{7}x\\u{9}y\\u{9b}"
        );
    }
}
