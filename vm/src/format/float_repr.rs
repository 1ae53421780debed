//! Float-to-text core: a port of CPython's `PyOS_double_to_string` /
//! `format_float_short` layout on top of exact digit generation, plus
//! `repr(float)` and `repr(complex)`.
//!
//! Digit generation: shortest round-trip digits come from `ryu`; a given
//! number of significant digits (`'e'`/`'g'`, dtoa mode 2) or of fractional
//! digits (`'f'`, dtoa mode 3) come from Rust's `{:.*e}` / `{:.*}` formatting,
//! which is exact (correct rounding, ties to even on the binary value) —
//! exactly what David Gay's dtoa does in CPython.

/// Flags of `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always emit a sign (`+` for non-negative values).
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral values in fixed notation get `.0`
    /// (and the `'g'` switch to exponent happens one digit earlier).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (`#`): keep the decimal point and, for
    /// `'g'`, trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option, a result that rounds to zero is
    /// printed without a minus sign.
    pub no_neg_0: bool,
}

/// Decimal digits of a non-negative finite double: `value ≈ 0.D1D2… × 10^decpt`.
/// `digits` has no leading or trailing zeros, except that zero is `"0"` with
/// `decpt == 1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i64,
}

/// Parses a plain decimal rendering (`"123.45"`, `"1.5e-7"`, `"1e16"`) into [`Digits`].
fn digits_from_decimal(s: &str) -> Digits {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (s, 0),
    };
    let mut digits = Vec::with_capacity(mant.len());
    let mut int_len: Option<i64> = None;
    for b in mant.bytes() {
        match b {
            b'0'..=b'9' => digits.push(b),
            b'.' => int_len = Some(digits.len() as i64),
            _ => {}
        }
    }
    let mut decpt = int_len.unwrap_or(digits.len() as i64) + exp;
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    if lead == digits.len() {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    digits.drain(..lead);
    decpt -= lead as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits { digits, decpt }
}

/// dtoa mode 0: shortest digits that round-trip (via `ryu`). `ax` finite, >= 0.
pub(crate) fn shortest_digits(ax: f64) -> Digits {
    let mut buf = ryu::Buffer::new();
    digits_from_decimal(buf.format_finite(ax))
}

/// dtoa mode 2: `n >= 1` significant digits, correctly rounded. `ax` finite, >= 0.
pub(crate) fn significant_digits(ax: f64, n: usize) -> Digits {
    // A double has at most 767 significant decimal digits; beyond that all
    // digits are zero, so asking for more changes nothing after stripping.
    let n = n.clamp(1, 800);
    digits_from_decimal(&format!("{:.*e}", n - 1, ax))
}

/// dtoa mode 3: rounded to `n` digits after the decimal point. `ax` finite, >= 0.
/// A result that rounds to zero is `"0"`, `decpt == 1`.
pub(crate) fn fixed_digits(ax: f64, n: usize) -> Digits {
    // A double has at most 1074 fractional binary (hence decimal) digits.
    let n = n.min(1100);
    digits_from_decimal(&format!("{:.*}", n, ax))
}

fn push_zeros(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

/// Port of CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (any other char is treated as `'r'`);
/// `precision` is ignored for `'r'`. Upper-case codes give `E`, `INF`, `NAN`.
/// NaN never shows a minus sign. `precision` is not capped here (the output
/// has about that many digits); callers enforce CPython's `i32::MAX` limit.
/// Examples: `(1.5,'f',2)` → `"1.50"`,
/// `(1e16,'r',0,add_dot_0)` → `"1e+16"`, `(0.5,'g',6,alt)` → `"0.500000"`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let (fcode, precision) = match code {
        'e' | 'E' => ('e', precision.saturating_add(1)),
        'f' | 'F' => ('f', precision),
        'g' | 'G' => ('g', precision.max(1)),
        _ => ('r', 0),
    };
    let mut out = String::new();
    if !x.is_finite() {
        let neg = x.is_sign_negative() && x.is_infinite();
        if neg {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let ax = x.abs();
    let Digits { digits, decpt } = match fcode {
        'r' => shortest_digits(ax),
        'f' => fixed_digits(ax, precision),
        _ => significant_digits(ax, precision),
    };
    let mut sign = x.is_sign_negative();
    if flags.no_neg_0 && sign && digits == b"0" {
        sign = false;
    }
    let precision = precision.min(i64::MAX as usize / 4) as i64;
    let digits_len = digits.len() as i64;
    let mut decpt = decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match fcode {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    out.reserve((vdigits_end - vdigits_start).max(0) as usize + 8);
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    let ascii = |d: &[u8]| d.iter().map(|&b| b as char).collect::<String>();
    if 0 < decpt && decpt <= digits_len {
        let k = decpt as usize;
        out.push_str(&ascii(&digits[..k]));
        out.push('.');
        out.push_str(&ascii(&digits[k..]));
    } else {
        out.push_str(&ascii(&digits));
    }
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{:+03}", exp));
    }
    out
}

/// `repr(x)` / `str(x)` for a Python float: shortest round-trip digits, fixed
/// notation for `1e-4 <= |x| < 1e16` (with `.0` when integral), otherwise
/// `d.ddde+XX`; `inf`, `-inf`, `nan`, `-0.0`.
pub fn repr_f64(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-1j)`, `(1+nanj)`, `infj`.
/// The parts use shortest digits without a forced `.0`; parentheses appear
/// unless the real part is `+0.0`.
pub fn repr_complex(re: f64, im: f64) -> String {
    let plain = DtoaFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        let mut s = double_to_string(im, 'r', 0, plain);
        s.push('j');
        s
    } else {
        let signed = DtoaFlags {
            sign: true,
            ..plain
        };
        format!(
            "({}{}j)",
            double_to_string(re, 'r', 0, plain),
            double_to_string(im, 'r', 0, signed)
        )
    }
}
