//! Float text conversions with CPython 3.11 semantics: `float(str)`,
//! `'%f'`-style helpers, `round(x, n)`, `float.hex()` / `float.fromhex()`,
//! `float.as_integer_ratio()`, and exact int <-> float conversions.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

use super::chars::{is_ascii_space, transform_decimal_and_space};
use super::float_repr::{double_to_string, repr_f64, DtoaFlags};
use super::FmtError;

/// `float(s)` for a `str` argument; `None` means
/// `ValueError: could not convert string to float: <repr(s)>`.
///
/// Accepts surrounding (ASCII or Unicode) whitespace, an optional sign, then
/// either `inf`/`infinity`/`nan` (any case) or a decimal literal
/// (`digits[.digits][e[+-]digits]`, `.5`, `5.`) where single underscores may
/// separate digits. Unicode decimal digits count as ASCII digits. The result
/// is correctly rounded; overflow gives `±inf`, underflow `±0.0`.
pub fn parse_f64(s: &str) -> Option<f64> {
    let t = transform_decimal_and_space(s);
    let mut b = t.as_bytes();
    while let [first, rest @ ..] = b {
        if !is_ascii_space(*first) {
            break;
        }
        b = rest;
    }
    while let [rest @ .., last] = b {
        if !is_ascii_space(*last) {
            break;
        }
        b = rest;
    }
    // Underscores: only between two digits; then dropped.
    let mut clean: Vec<u8> = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            clean.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    let (neg, body) = match clean.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, &clean[..]),
    };
    let special = if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    if !is_decimal_literal(body) {
        return None;
    }
    let text = std::str::from_utf8(&clean).ok()?;
    text.parse::<f64>().ok()
}

/// `digits [. digits] [e [+-] digits]` with at least one mantissa digit.
fn is_decimal_literal(b: &[u8]) -> bool {
    let mut i = 0;
    let n = b.len();
    let count_digits = |mut i: usize| {
        let start = i;
        while i < n && b[i].is_ascii_digit() {
            i += 1;
        }
        (i, i - start)
    };
    let (j, int_digits) = count_digits(i);
    i = j;
    let mut frac_digits = 0;
    if i < n && b[i] == b'.' {
        let (j, d) = count_digits(i + 1);
        i = j;
        frac_digits = d;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if i < n && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < n && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let (j, d) = count_digits(i);
        if d == 0 {
            return false;
        }
        i = j;
    }
    i == n
}

/// `'%.*f' % (precision, x)`: fixed notation, correctly rounded (ties to even
/// on the exact binary value: `format_float_fixed(2.675, 2) == "2.67"`).
pub fn format_float_fixed(x: f64, precision: usize) -> String {
    double_to_string(x, 'f', precision, DtoaFlags::default())
}

/// `'%.*e' % (precision, x)`: `d.ddde+XX` with `precision` fractional digits.
pub fn format_float_exp(x: f64, precision: usize) -> String {
    double_to_string(x, 'e', precision, DtoaFlags::default())
}

/// `'%.*g' % (precision, x)`: `precision` significant digits (0 means 1),
/// trailing zeros removed, exponent form when exp < -4 or exp >= precision.
pub fn format_float_general(x: f64, precision: usize) -> String {
    double_to_string(x, 'g', precision, DtoaFlags::default())
}

/// Splits a finite double into `(negative, m, e)` with `|x| == m * 2^e`.
fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let neg = bits >> 63 != 0;
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | (1u64 << 52), exp_bits - 1075)
    }
}

/// `x * 2^e`, exact whenever the result is representable.
fn ldexp(mut x: f64, e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    let mut e = e.clamp(-5000, 5000);
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

/// `round(x, ndigits)` for a float: the double nearest to `x` rounded to
/// `ndigits` decimal places (negative: tens, hundreds, ...), with ties
/// resolved to even on the exact binary value (`round(2.675, 2) == 2.67`).
/// NaN/inf are returned unchanged; zero results keep the sign of `x`.
/// Errors: `OverflowError("rounded value too large to represent")`.
pub fn round_f64(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if x == 0.0 || (ndigits >= 0 && x.fract() == 0.0) {
        return Ok(x);
    }
    let (neg, m, e) = decompose(x);
    // Round m * 2^e to a multiple of 10^k.
    let k = -ndigits;
    let mut num = BigUint::from(m);
    let mut den = BigUint::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let ten = BigUint::from(10u32);
    if k >= 0 {
        den *= ten.pow(k as u32);
    } else {
        num *= ten.pow((-k) as u32);
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigUint = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let text = format!("{}{}e{}", if neg { "-" } else { "" }, q, k);
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FmtError::Overflow(
            "rounded value too large to represent".into(),
        ));
    }
    Ok(rounded)
}

/// `round(x)` without `ndigits`: nearest integral value, ties to even
/// (`0.5 -> 0.0`, `1.5 -> 2.0`, `-2.5 -> -2.0`). The caller converts to int
/// with [`f64_to_bigint`] (which rejects inf/nan).
pub fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - r).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

/// `float.as_integer_ratio()`: the reduced `(numerator, denominator)` with a
/// positive denominator. Errors: `OverflowError("cannot convert Infinity to
/// integer ratio")`, `ValueError("cannot convert NaN to integer ratio")`.
pub fn float_to_integer_ratio(x: f64) -> Result<(BigInt, BigInt), FmtError> {
    if x.is_nan() {
        return Err(FmtError::Value(
            "cannot convert NaN to integer ratio".into(),
        ));
    }
    if x.is_infinite() {
        return Err(FmtError::Overflow(
            "cannot convert Infinity to integer ratio".into(),
        ));
    }
    let (neg, mut m, mut e) = decompose(x);
    if m == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    if e < 0 {
        let s = (m.trailing_zeros() as i64).min(-e);
        m >>= s;
        e += s;
    }
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    let mag = BigUint::from(m);
    if e >= 0 {
        Ok((BigInt::from_biguint(sign, mag << e as usize), BigInt::one()))
    } else {
        Ok((
            BigInt::from_biguint(sign, mag),
            BigInt::one() << (-e) as usize,
        ))
    }
}

/// `int(x)` for a float: truncation toward zero. Errors:
/// `ValueError("cannot convert float NaN to integer")`,
/// `OverflowError("cannot convert float infinity to integer")`.
pub fn f64_to_bigint(x: f64) -> Result<BigInt, FmtError> {
    if x.is_nan() {
        return Err(FmtError::Value(
            "cannot convert float NaN to integer".into(),
        ));
    }
    if x.is_infinite() {
        return Err(FmtError::Overflow(
            "cannot convert float infinity to integer".into(),
        ));
    }
    if let Some(i) = (x.abs() < 9.0e18).then_some(x as i64) {
        return Ok(BigInt::from(i));
    }
    let (neg, m, e) = decompose(x);
    let mag = if e >= 0 {
        BigUint::from(m) << e as usize
    } else {
        BigUint::from(m >> (-e).min(63))
    };
    Ok(BigInt::from_biguint(
        if neg { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// `float(v)` for an int: correctly rounded (ties to even). Error:
/// `OverflowError("int too large to convert to float")`.
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, FmtError> {
    let overflow = || FmtError::Overflow("int too large to convert to float".into());
    let mag = v.magnitude();
    let bits = mag.bits();
    let f = if bits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else {
        if bits > 1025 {
            return Err(overflow());
        }
        let shift = bits - 64;
        let mut top = (mag >> shift as usize).to_u64().unwrap_or(0);
        if mag.trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        ldexp(top as f64, shift as i64)
    };
    if f.is_infinite() {
        return Err(overflow());
    }
    Ok(if v.sign() == Sign::Minus { -f } else { f })
}

/// `float.hex(x)`: `0x1.8000000000000p+0` (13 hex digits), subnormals as
/// `0x0.…p-1022`, zeros as `0x0.0p+0`/`-0x0.0p+0`, and `inf`/`-inf`/`nan`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return repr_f64(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{e:+}")
}

/// `_Py_parse_inf_or_nan`: optional sign then `inf`, `infinity` or `nan`
/// (any case) at the start of `b`; returns the value and bytes consumed.
fn parse_inf_or_nan_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let (neg, start) = match b.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = &b[start..];
    let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    let (v, len) = if starts(b"infinity") {
        (f64::INFINITY, 8)
    } else if starts(b"inf") {
        (f64::INFINITY, 3)
    } else if starts(b"nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if neg { -v } else { v }, start + len))
}

/// `float.fromhex(s)`: `[ws][sign][0x]hex[.hex][p[sign]dec][ws]` or
/// `inf`/`infinity`/`nan`, correctly rounded (ties to even). Errors:
/// `ValueError("invalid hexadecimal floating-point string")`,
/// `OverflowError("hexadecimal value too large to represent as a float")`,
/// `ValueError("hexadecimal string too long to convert")`.
pub fn float_fromhex(s: &str) -> Result<f64, FmtError> {
    let invalid = || FmtError::Value("invalid hexadecimal floating-point string".into());
    let overflow =
        || FmtError::Overflow("hexadecimal value too large to represent as a float".into());
    let b = s.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n && is_ascii_space(b[i]) {
        i += 1;
    }
    let value;
    if let Some((v, len)) = parse_inf_or_nan_prefix(&b[i..]) {
        value = v;
        i += len;
    } else {
        let mut negate = false;
        if i < n && (b[i] == b'-' || b[i] == b'+') {
            negate = b[i] == b'-';
            i += 1;
        }
        if i + 1 < n && b[i] == b'0' && (b[i + 1] == b'x' || b[i + 1] == b'X') {
            i += 2;
        }
        // Coefficient digits, most significant first.
        let mut coeff: Vec<u8> = Vec::new();
        while i < n && b[i].is_ascii_hexdigit() {
            coeff.push(hex_val(b[i]));
            i += 1;
        }
        let mut fdigits: i64 = 0;
        if i < n && b[i] == b'.' {
            i += 1;
            while i < n && b[i].is_ascii_hexdigit() {
                coeff.push(hex_val(b[i]));
                fdigits += 1;
                i += 1;
            }
        }
        if coeff.is_empty() {
            return Err(invalid());
        }
        if coeff.len() as u64 > ((1u64 << 62) - 1074) / 4 {
            return Err(FmtError::Value(
                "hexadecimal string too long to convert".into(),
            ));
        }
        let mut exp: i64 = 0;
        if i < n && (b[i] == b'p' || b[i] == b'P') {
            i += 1;
            let mut eneg = false;
            if i < n && (b[i] == b'-' || b[i] == b'+') {
                eneg = b[i] == b'-';
                i += 1;
            }
            if !(i < n && b[i].is_ascii_digit()) {
                return Err(invalid());
            }
            while i < n && b[i].is_ascii_digit() {
                let d = i64::from(b[i] - b'0');
                exp = if eneg {
                    exp.saturating_mul(10).saturating_sub(d)
                } else {
                    exp.saturating_mul(10).saturating_add(d)
                };
                i += 1;
            }
        }
        let x = hex_coeff_to_f64(&coeff, fdigits, exp).ok_or_else(overflow)?;
        value = if negate { -x } else { x };
    }
    while i < n && is_ascii_space(b[i]) {
        i += 1;
    }
    if i != n {
        return Err(invalid());
    }
    Ok(value)
}

fn hex_val(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        b'A'..=b'F' => c - b'A' + 10,
        _ => 0,
    }
}

/// The rounding core of CPython's `float_fromhex`; `None` means overflow.
fn hex_coeff_to_f64(coeff: &[u8], fdigits: i64, exp: i64) -> Option<f64> {
    const DBL_MIN_EXP: i64 = -1021;
    const DBL_MAX_EXP: i64 = 1024;
    const DBL_MANT_DIG: i64 = 53;
    let total = coeff.len() as i64;
    // j-th least significant hex digit.
    let hex_digit = |j: i64| -> u32 {
        if j < 0 || j >= total {
            0
        } else {
            u32::from(coeff[(total - 1 - j) as usize])
        }
    };
    let mut ndigits = total;
    while ndigits > 0 && hex_digit(ndigits - 1) == 0 {
        ndigits -= 1;
    }
    if ndigits == 0 || exp < i64::MIN / 2 {
        return Some(0.0);
    }
    if exp > i64::MAX / 2 {
        return None;
    }
    let exp = exp - 4 * fdigits;
    let mut top_exp = exp + 4 * (ndigits - 1);
    let mut digit = hex_digit(ndigits - 1);
    while digit != 0 {
        top_exp += 1;
        digit /= 2;
    }
    if top_exp < DBL_MIN_EXP - DBL_MANT_DIG {
        return Some(0.0);
    }
    if top_exp > DBL_MAX_EXP {
        return None;
    }
    let lsb = top_exp.max(DBL_MIN_EXP) - DBL_MANT_DIG;
    let mut x = 0.0f64;
    if exp >= lsb {
        for i in (0..ndigits).rev() {
            x = 16.0 * x + f64::from(hex_digit(i));
        }
        return Some(ldexp(x, exp));
    }
    let half_eps: u32 = 1 << ((lsb - exp - 1) % 4);
    let key_digit = (lsb - exp - 1) / 4;
    for i in ((key_digit + 1)..ndigits).rev() {
        x = 16.0 * x + f64::from(hex_digit(i));
    }
    let digit = hex_digit(key_digit);
    x = 16.0 * x + f64::from(digit & (16 - 2 * half_eps));
    if digit & half_eps != 0 {
        let mut round_up = (digit & (3 * half_eps - 1)) != 0
            || (half_eps == 8 && key_digit + 1 < ndigits && (hex_digit(key_digit + 1) & 1) != 0);
        if !round_up {
            round_up = (0..key_digit).any(|i| hex_digit(i) != 0);
        }
        if round_up {
            x += f64::from(2 * half_eps);
            if top_exp == DBL_MAX_EXP && x == ldexp(f64::from(2 * half_eps), DBL_MANT_DIG) {
                return None;
            }
        }
    }
    Some(ldexp(x, exp + 4 * key_digit))
}
