//! Money as whole euro cents, so that tariffs, budgets and prices never pick up
//! floating-point rounding on their way through the tool.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::message::{Message, msg};

/// An amount in euro cents. Never negative: every amount in a definition is a
/// budget, a tariff, a threshold or a price.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Cents(pub i64);

impl Cents {
    /// The largest amount anywhere (SPEC §3): EUR 10,000,000,000. Larger is a
    /// typo, and keeps every sum and product of amounts far from overflowing.
    pub const MAX: Cents = Cents(1_000_000_000_000);

    /// An amount within `MAX`, or why not.
    fn bounded(self, written: impl fmt::Display) -> Result<Cents, String> {
        if self <= Cents::MAX {
            Ok(self)
        } else {
            Err(format!(
                "{written} euros is out of bounds; an amount is at most EUR 10,000,000,000"
            ))
        }
    }

    /// Parses euros written by a person (`61.20`, `61,20`, `1500000`), at most two decimals.
    pub fn parse_euros(text: &str) -> Result<Cents, Message> {
        let text = text.trim().replace(',', ".");
        let invalid = || msg!("not-an-amount", text = &text);
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        if whole.is_empty()
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || fraction.len() > 2
            || !fraction.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(invalid());
        }
        let euros: i64 = whole.parse().map_err(|_| invalid())?;
        let cents: i64 = format!("{fraction:0<2}").parse().map_err(|_| invalid())?;
        let amount = euros
            .checked_mul(100)
            .and_then(|c| c.checked_add(cents))
            .map(Cents)
            .ok_or_else(invalid)?;
        if amount > Cents::MAX {
            return Err(msg!("amount-out-of-bounds", text = &text, max = Cents::MAX));
        }
        Ok(amount)
    }

    fn from_float(value: f64) -> Result<Cents, String> {
        let scaled = value * 100.0;
        let rounded = scaled.round();
        if !value.is_finite() || value < 0.0 {
            return Err(format!("{value} is not a valid amount; amounts are zero or more euros"));
        }
        if rounded > Cents::MAX.0 as f64 {
            return Cents(i64::MAX).bounded(value);
        }
        // 1e-6 of a cent absorbs the binary representation of decimal fractions
        // (61.2 * 100 = 6119.999999999999) but not a third decimal.
        if (scaled - rounded).abs() > 1e-6 {
            return Err(format!(
                "{value} has more than two decimals; amounts are whole cents, like 61.20"
            ));
        }
        Ok(Cents(rounded as i64))
    }

    /// The amount in euros, for JSON output.
    pub fn euros(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

/// Dutch notation, as officers write amounts: `€ 1.500.000,00`.
impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let euros = (self.0 / 100).to_string();
        let mut grouped = String::new();
        for (i, digit) in euros.chars().enumerate() {
            if i > 0 && (euros.len() - i) % 3 == 0 {
                grouped.push('.');
            }
            grouped.push(digit);
        }
        write!(f, "€ {grouped},{:02}", self.0 % 100)
    }
}

impl<'de> Deserialize<'de> for Cents {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CentsVisitor;
        impl Visitor<'_> for CentsVisitor {
            type Value = Cents;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an amount in euros with at most two decimals")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Cents, E> {
                if v < 0 {
                    return Err(E::custom(format!(
                        "{v} is not a valid amount; amounts are zero or more euros"
                    )));
                }
                Cents(v.saturating_mul(100)).bounded(v).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Cents, E> {
                Cents(i64::try_from(v).unwrap_or(i64::MAX).saturating_mul(100))
                    .bounded(v)
                    .map_err(E::custom)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Cents, E> {
                Cents::from_float(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_any(CentsVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_with_two_decimals_are_exact_cents() {
        assert_eq!(Cents::from_float(61.2), Ok(Cents(6120)));
        assert_eq!(Cents::from_float(0.29), Ok(Cents(29)));
        assert_eq!(Cents::from_float(1_234_567.89), Ok(Cents(123_456_789)));
    }

    #[test]
    fn a_third_decimal_or_a_negative_amount_is_refused() {
        assert!(Cents::from_float(61.205).is_err());
        assert!(Cents::from_float(-1.0).is_err());
        assert!(Cents::from_float(f64::NAN).is_err());
    }

    #[test]
    fn typed_amounts_parse_with_point_or_comma() {
        assert_eq!(Cents::parse_euros("61.20"), Ok(Cents(6120)));
        assert_eq!(Cents::parse_euros("61,2"), Ok(Cents(6120)));
        assert_eq!(Cents::parse_euros("1500000"), Ok(Cents(150_000_000)));
        assert!(Cents::parse_euros("61.205").is_err());
        assert!(Cents::parse_euros("-3").is_err());
        assert!(Cents::parse_euros("abc").is_err());
    }

    #[test]
    fn amounts_above_ten_billion_euros_are_refused_with_the_bound() {
        assert_eq!(Cents::parse_euros("10000000000"), Ok(Cents::MAX));
        let err = Cents::parse_euros("10000000000.01").unwrap_err();
        assert_eq!(
            err,
            msg!("amount-out-of-bounds", text = "10000000000.01", max = Cents::MAX)
        );
        assert!(Cents::parse_euros("99999999999999999999").is_err());
        assert_eq!(Cents::from_float(1e10), Ok(Cents::MAX));
        assert!(Cents::from_float(1e10 + 1.0).unwrap_err().contains("out of bounds"));
        let toml = |text: &str| toml::from_str::<std::collections::HashMap<String, Cents>>(text);
        assert!(toml("budget = 10_000_000_000").is_ok());
        let err = toml("budget = 10_000_000_001").unwrap_err().to_string();
        assert!(err.contains("10000000001 euros is out of bounds"), "{err}");
        assert!(toml("budget = 9223372036854775807").is_err());
    }

    #[test]
    fn display_is_dutch_notation() {
        assert_eq!(Cents(150_000_000).to_string(), "€ 1.500.000,00");
        assert_eq!(Cents(6120).to_string(), "€ 61,20");
        assert_eq!(Cents(5).to_string(), "€ 0,05");
    }
}
