//! Options whose value is one word of a closed list of the domain (a kind, an
//! outcome): clap learns the words, so `--help`, the man page and the
//! completions list them, and the variant comes from the domain's spelling.

use clap::builder::{PossibleValuesParser, TypedValueParser};

/// A parser that accepts the spellings (`as_str`) of `all` and yields the variant.
pub fn one_of<T>(all: &'static [T], as_str: fn(T) -> &'static str) -> impl TypedValueParser<Value = T>
where
    T: Copy + Send + Sync + 'static,
{
    PossibleValuesParser::new(all.iter().map(|&value| as_str(value))).map(move |word| {
        *all.iter()
            .find(|&&value| as_str(value) == word)
            .expect("clap accepts only the listed words")
    })
}
