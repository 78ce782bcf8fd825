//! Counted nouns in messages: `1 provider`, `2 providers`, never `1 providers`.

/// `n` and the noun, in the plural (a trailing `s`) unless `n` is one.
pub fn count<N: std::fmt::Display + PartialEq + From<u8>>(n: N, noun: &str) -> String {
    if n == N::from(1) {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_is_singular_and_every_other_number_plural() {
        assert_eq!(count(1usize, "provider"), "1 provider");
        assert_eq!(count(0usize, "provider"), "0 providers");
        assert_eq!(count(2u64, "score"), "2 scores");
        assert_eq!(count(1i64, "day"), "1 day");
        assert_eq!(count(-1i64, "day"), "-1 days");
    }
}
