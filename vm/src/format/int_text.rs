//! Integer text conversions with CPython 3.11 semantics: `int(str, base)`
//! (`PyLong_FromUnicodeObject`) and radix rendering (`PyNumber_ToBase`).

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

use super::chars::{is_ascii_space, transform_decimal_and_space};

/// Why [`parse_int`] rejected its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntParseError {
    /// Not an integer literal: the caller raises
    /// `ValueError("invalid literal for int() with base {base}: {repr(s)}")`.
    Invalid,
    /// Base not 0 and not in 2..=36:
    /// `ValueError("int() base must be >= 2 and <= 36, or 0")`.
    InvalidBase,
    /// More decimal(-ish) digits than `sys.get_int_max_str_digits()` allows
    /// (only from [`parse_int_limited`], only for non-power-of-two bases).
    TooManyDigits { limit: usize, digits: usize },
}

impl IntParseError {
    /// The `ValueError` message; `literal_repr` is `repr()` of the argument.
    pub fn message(&self, literal_repr: &str, base: u32) -> String {
        match self {
            IntParseError::Invalid => {
                format!("invalid literal for int() with base {base}: {literal_repr}")
            }
            IntParseError::InvalidBase => "int() base must be >= 2 and <= 36, or 0".into(),
            IntParseError::TooManyDigits { limit, digits } => format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                 {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
        }
    }
}

/// `int(s, base)` for a `str` argument, without the digit-count limit.
/// See [`parse_int_limited`].
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, IntParseError> {
    parse_int_limited(s, base, 0)
}

/// `int(s, base)` for a `str` argument.
///
/// Rules: surrounding whitespace (ASCII or Unicode) is ignored; an optional
/// sign; base 0 auto-detects `0x`/`0o`/`0b` (any case) and otherwise means
/// decimal, where a nonzero literal must not start with `0` (`int('010', 0)`
/// fails, `int('00', 0) == 0`); a matching prefix is allowed for bases
/// 16/8/2 and may be followed by one `_`; single underscores may separate
/// digits; Unicode decimal digits count as ASCII digits.
/// `max_str_digits` (0 = unlimited) mirrors `sys.set_int_max_str_digits`:
/// for bases that are not powers of two, a digit run longer than it is
/// rejected before the rest of the string is checked, like CPython.
pub fn parse_int_limited(
    s: &str,
    base: u32,
    max_str_digits: usize,
) -> Result<BigInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::InvalidBase);
    }
    let t = transform_decimal_and_space(s);
    let b = t.as_bytes();
    let n = b.len();
    let at = |i: usize| if i < n { b[i] } else { 0 };
    let mut i = 0;
    while i < n && is_ascii_space(b[i]) {
        i += 1;
    }
    let mut neg = false;
    if at(i) == b'+' || at(i) == b'-' {
        neg = at(i) == b'-';
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(IntParseError::Invalid);
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < n {
        let c = b[i];
        if c == b'_' {
            if prev == b'_' {
                // Double underscore: stop; the trailing check below fails.
                break;
            }
        } else {
            match digit_value(c) {
                Some(d) if d < base => digits.push(d as u8),
                _ => break,
            }
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(IntParseError::Invalid);
    }
    if digits.is_empty() {
        return Err(IntParseError::Invalid);
    }
    if !base.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(IntParseError::TooManyDigits {
            limit: max_str_digits,
            digits: digits.len(),
        });
    }
    while i < n && is_ascii_space(b[i]) {
        i += 1;
    }
    if i != n {
        return Err(IntParseError::Invalid);
    }
    let mag = BigUint::from_radix_be(&digits, base).ok_or(IntParseError::Invalid)?;
    if error_if_nonzero && !mag.is_zero() {
        return Err(IntParseError::Invalid);
    }
    Ok(BigInt::from_biguint(
        if neg { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

fn digit_value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 10),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        _ => None,
    }
}

/// Digits of `v` in `radix` (2..=36, lower case, leading `-` when
/// negative, no prefix). Radix outside 2..=36 is treated as 10.
pub fn to_str_radix(v: &BigInt, radix: u32) -> String {
    let radix = if (2..=36).contains(&radix) { radix } else { 10 };
    v.to_str_radix(radix)
}

/// `bin()`/`oct()`/`hex()`/`str()` (`PyNumber_ToBase`): base 2, 8, 16 get a
/// `0b`/`0o`/`0x` prefix after the sign (`-0x1f`); other bases have none.
/// Base outside 2..=36 is treated as 10.
pub fn to_base_prefixed(v: &BigInt, base: u32) -> String {
    let base = if (2..=36).contains(&base) { base } else { 10 };
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if v.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{}", v.magnitude().to_str_radix(base))
}
