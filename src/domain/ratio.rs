//! Exact fractions for award scores, so that two offers with the same score
//! compare equal and a tie is never hidden by floating-point noise.

use std::cmp::Ordering;
use std::fmt;

/// A fraction with a positive denominator, always in lowest terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ratio {
    num: i128,
    den: i128,
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.abs().max(1)
}

impl Ratio {
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };

    /// `num / den`; panics on a zero denominator, which the callers rule out.
    pub fn new(num: i128, den: i128) -> Ratio {
        assert!(den != 0, "a ratio needs a non-zero denominator");
        let sign = if den < 0 { -1 } else { 1 };
        let g = gcd(num, den);
        Ratio {
            num: sign * num / g,
            den: sign * den / g,
        }
    }

    pub fn integer(n: i128) -> Ratio {
        Ratio { num: n, den: 1 }
    }

    /// Rounded half away from zero to two decimals, for display.
    pub fn hundredths(self) -> i128 {
        let scaled = self.num * 100;
        let half = self.den / 2;
        if scaled >= 0 {
            (scaled + half) / self.den
        } else {
            (scaled - half) / self.den
        }
    }

    pub fn to_f64(self) -> f64 {
        self.hundredths() as f64 / 100.0
    }
}

impl std::ops::Add for Ratio {
    type Output = Ratio;
    fn add(self, other: Ratio) -> Ratio {
        let g = gcd(self.den, other.den);
        Ratio::new(
            self.num * (other.den / g) + other.num * (self.den / g),
            self.den / g * other.den,
        )
    }
}

impl std::ops::Sub for Ratio {
    type Output = Ratio;
    fn sub(self, other: Ratio) -> Ratio {
        self + Ratio {
            num: -other.num,
            den: other.den,
        }
    }
}

impl std::ops::Mul for Ratio {
    type Output = Ratio;
    fn mul(self, other: Ratio) -> Ratio {
        let (a, b) = (gcd(self.num, other.den), gcd(other.num, self.den));
        Ratio::new((self.num / a) * (other.num / b), (self.den / b) * (other.den / a))
    }
}

impl std::iter::Sum for Ratio {
    fn sum<I: Iterator<Item = Ratio>>(iter: I) -> Ratio {
        iter.fold(Ratio::ZERO, |a, b| a + b)
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Ratio) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Ratio) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Two decimals, `12.35` or `-3.10`.
impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let h = self.hundredths();
        let sign = if h < 0 { "-" } else { "" };
        write!(f, "{sign}{}.{:02}", h.abs() / 100, h.abs() % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirds_add_up_exactly() {
        let third = Ratio::new(1, 3);
        assert_eq!(third + third + third, Ratio::integer(1));
        assert_eq!(Ratio::new(2, 6), third);
        assert!(Ratio::new(1, 3) < Ratio::new(34, 100));
        assert_eq!(Ratio::new(2, 3) * Ratio::new(9, 4), Ratio::new(3, 2));
    }

    #[test]
    fn display_rounds_half_away_from_zero() {
        assert_eq!(Ratio::new(1, 3).to_string(), "0.33");
        assert_eq!(Ratio::new(2, 3).to_string(), "0.67");
        assert_eq!(Ratio::new(1, 200).to_string(), "0.01");
        assert_eq!(Ratio::new(-31, 10).to_string(), "-3.10");
    }
}
