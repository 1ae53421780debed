//! The `format()` mini-language (`format(x, spec)`, `str.format`, f-strings)
//! for int, float, complex and str, ported from CPython 3.11's
//! `Python/formatter_unicode.c` (with the C locale for the `n` type).
//!
//! Usage: `let spec = parse_spec(spec_str, type_name)?;` then one of
//! [`format_int`], [`format_float`], [`format_complex`], [`format_str`].
//! `type_name` is the Python type name used in error messages (it varies for
//! subclasses). Note CPython calls `str(x)` for an *empty* spec before any
//! of this (so `format(True, '') == 'True'`); these functions, given an empty
//! spec, produce `str()` of the plain int/float/str value.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use super::chars::decimal_value;
use super::float_repr::{double_to_string, DtoaFlags};
use super::float_text::bigint_to_f64;
use super::{FmtError, MAX_OUTPUT_LEN};

/// Alignment option: `<`, `>`, `^`, `=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

/// Sign option: `-` (explicit default), `+`, or space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `-`: sign only for negative numbers (same output as no option).
    Minus,
    /// `+`: always a sign.
    Plus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// A parsed format spec:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
/// `None`/`false` fields were not given; defaults depend on the value's type
/// and are applied by the `format_*` functions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only present together with `align`).
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero (after rounding) to positive zero.
    pub no_neg_0: bool,
    /// `#`
    pub alternate: bool,
    /// The `0` flag before the width (fill `'0'`; for numbers also `=` alignment).
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// Presentation type character, if any.
    pub ty: Option<char>,
}

fn value_err(msg: impl Into<String>) -> FmtError {
    FmtError::Value(msg.into())
}

/// `%.200s` in CPython's messages: at most 200 bytes of the type name.
fn clip_type_name(name: &str) -> &str {
    if name.len() <= 200 {
        return name;
    }
    let mut end = 200;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// Reads decimal digits (any Unicode Nd digits) starting at `*pos`.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let mut acc: usize = 0;
    let mut consumed = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(value_err("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        consumed = true;
        *pos += 1;
    }
    Ok(consumed.then_some(acc))
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Parses a format spec (syntax only; type-dependent checks happen in the
/// `format_*` functions). Errors (`ValueError`): `Invalid format specifier
/// '<spec>' for object of type '<type_name>'`, `Format specifier missing
/// precision`, `Cannot specify both ',' and '_'.`, `Too many decimal digits
/// in format string`.
pub fn parse_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();
    if end >= 2 {
        if let Some(a) = align_of(chars[1]) {
            out.fill = Some(chars[0]);
            out.align = Some(a);
            pos = 2;
        }
    }
    if out.align.is_none() && end >= 1 {
        if let Some(a) = align_of(chars[0]) {
            out.align = Some(a);
            pos = 1;
        }
    }
    if let Some(&c) = chars.get(pos) {
        let sign = match c {
            '-' => Some(Sign::Minus),
            '+' => Some(Sign::Plus),
            ' ' => Some(Sign::Space),
            _ => None,
        };
        if sign.is_some() {
            out.sign = sign;
            pos += 1;
        }
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(value_err("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err(value_err("Cannot specify both ',' and '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => out.precision = Some(p),
            None => return Err(value_err("Format specifier missing precision")),
        }
    }
    if end - pos > 1 {
        return Err(value_err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec,
            clip_type_name(type_name)
        )));
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    Ok(out)
}

/// Digit grouping to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grouping {
    None,
    /// `(separator, group length)`
    Every(char, usize),
}

/// A spec with the per-type defaults applied (CPython's `InternalFormatSpec`).
#[derive(Debug, Clone, Copy)]
struct Resolved {
    fill: char,
    align: Align,
    sign: Option<Sign>,
    no_neg_0: bool,
    alternate: bool,
    /// `None` when not given.
    width: Option<usize>,
    grouping: Grouping,
    precision: Option<usize>,
    ty: char,
}

fn code_repr(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{v:x}")
    }
}

fn unknown_type(ty: char, type_name: &str) -> FmtError {
    value_err(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(ty),
        clip_type_name(type_name)
    ))
}

/// Applies defaults and the grouping/type compatibility check
/// (`ty == '\0'` stands for "no type").
fn resolve(
    spec: &FormatSpec,
    default_ty: char,
    default_align: Align,
) -> Result<Resolved, FmtError> {
    let ty = spec.ty.unwrap_or(default_ty);
    let mut align = spec.align.unwrap_or(default_align);
    let mut fill = spec.fill.unwrap_or(' ');
    if spec.zero_pad {
        fill = '0';
        if spec.align.is_none() && default_align == Align::Right {
            align = Align::AfterSign;
        }
    }
    if let Some(width) = spec.width {
        if width > MAX_OUTPUT_LEN {
            return Err(FmtError::Memory);
        }
    }
    let grouping = match spec.grouping {
        None => Grouping::None,
        Some(sep) => match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Grouping::Every(sep, 3),
            'b' | 'o' | 'x' | 'X' if sep == '_' => Grouping::Every('_', 4),
            _ => {
                return Err(value_err(format!(
                    "Cannot specify '{}' with '{}'.",
                    sep,
                    code_repr(ty)
                )))
            }
        },
    };
    Ok(Resolved {
        fill,
        align,
        sign: spec.sign,
        no_neg_0: spec.no_neg_0,
        alternate: spec.alternate,
        width: spec.width,
        grouping,
        precision: spec.precision,
        ty,
    })
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` (ASCII) from the
/// right, padding with zeros (and separators) up to `min_width`.
fn group_digits(digits: &[u8], min_width: i64, grouping: Grouping) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(digits.len() + digits.len() / 3 + 1);
    // Built right-to-left, reversed at the end.
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let mut pos = digits.len();
    let mut emit = |out: &mut Vec<u8>, n_chars: i64, n_zeros: i64, sep: Option<char>| {
        if let Some(sep) = sep {
            out.push(sep as u8);
        }
        for _ in 0..n_chars {
            pos -= 1;
            out.push(digits[pos]);
        }
        for _ in 0..n_zeros {
            out.push(b'0');
        }
    };
    let mut use_sep = false;
    let mut loop_broken = false;
    if let Grouping::Every(sep, glen) = grouping {
        loop {
            let len = (glen as i64).min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut out, n_chars, n_zeros, use_sep.then_some(sep));
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !loop_broken {
        let sep = match grouping {
            Grouping::Every(sep, _) if use_sep => Some(sep),
            _ => None,
        };
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut out, n_chars, n_zeros, sep);
    }
    out.reverse();
    out
}

/// The pieces of a rendered number, as in CPython's `calc_number_widths`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// Leading ASCII digits (grouped and zero-padded); may be empty.
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the digits and the decimal point.
    remainder: &'a str,
}

/// Splits an unsigned rendering like `"123.45e+06"` or `"inf"` into digits,
/// decimal point and remainder (CPython's `parse_number`).
fn split_number(s: &str) -> (&str, bool, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = s.split_at(n);
    match rest.strip_prefix('.') {
        Some(r) => (digits, true, r),
        None => (digits, false, rest),
    }
}

struct LayoutFmt {
    fill: char,
    align: Align,
    sign: Option<Sign>,
    width: Option<usize>,
    grouping: Grouping,
}

/// `calc_number_widths` + `fill_number`.
fn fill_number(p: &NumberParts<'_>, f: &LayoutFmt, toupper: bool) -> Result<String, FmtError> {
    let sign_char = match f.sign {
        Some(Sign::Plus) => Some(if p.negative { '-' } else { '+' }),
        Some(Sign::Space) => Some(if p.negative { '-' } else { ' ' }),
        _ => p.negative.then_some('-'),
    };
    let n_remainder = p.remainder.chars().count() as i64;
    let n_non_digit = i64::from(sign_char.is_some())
        + p.prefix.len() as i64
        + i64::from(p.has_decimal)
        + n_remainder;
    let width = f.width.map_or(-1, |w| w as i64);
    let min_width = if f.fill == '0' && f.align == Align::AfterSign {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if p.digits.is_empty() {
        Vec::new()
    } else {
        group_digits(p.digits.as_bytes(), min_width, f.grouping)
    };
    let n_padding = width - (n_non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match f.align {
            Align::Left => rpad = n_padding,
            Align::Center => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            Align::AfterSign => spad = n_padding,
            Align::Right => lpad = n_padding,
        }
    }
    let total = (n_non_digit + grouped.len() as i64 + n_padding.max(0)) as usize;
    if total > MAX_OUTPUT_LEN {
        return Err(FmtError::Memory);
    }
    let mut out = String::with_capacity(total);
    let pad = |out: &mut String, n: i64| out.extend(std::iter::repeat_n(f.fill, n as usize));
    pad(&mut out, lpad);
    if let Some(c) = sign_char {
        out.push(c);
    }
    let push_ascii = |out: &mut String, s: &[u8]| {
        out.extend(s.iter().map(|&b| {
            let c = b as char;
            if toupper {
                c.to_ascii_uppercase()
            } else {
                c
            }
        }))
    };
    push_ascii(&mut out, p.prefix.as_bytes());
    pad(&mut out, spad);
    push_ascii(&mut out, &grouped);
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    pad(&mut out, rpad);
    Ok(out)
}

/// `calc_padding` + `fill_padding` around an already formatted body.
fn pad_body(
    body: &str,
    body_len: usize,
    width: Option<usize>,
    align: Align,
    fill: char,
) -> Result<String, FmtError> {
    let total = width.map_or(body_len, |w| w.max(body_len));
    if total > MAX_OUTPUT_LEN {
        return Err(FmtError::Memory);
    }
    let lpad = match align {
        Align::Right => total - body_len,
        Align::Center => (total - body_len) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let rpad = total - body_len - lpad;
    let mut out = String::with_capacity(total + body.len());
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}

/// `format(v, spec)` for an int. Types `b c d o x X n` (and none = `d`)
/// format the integer; `e E f F g G %` convert to float first (error
/// `OverflowError("int too large to convert to float")`). Errors include
/// `Unknown format code 'z' for object of type '<type_name>'`, `Precision
/// not allowed in integer format specifier`, `Negative zero coercion (z)
/// not allowed in integer format specifier`, `Sign not allowed with integer
/// format specifier 'c'`, `Alternate form (#) not allowed with integer
/// format specifier 'c'`, `OverflowError("%c arg not in range(0x110000)")`,
/// `Cannot specify ',' with 'c'.`. A `c` result that is a lone surrogate
/// (U+D800..U+DFFF) cannot be a Rust string and gives a `ValueError`.
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    let r = resolve(spec, 'd', Align::Right)?;
    match r.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(v, &r),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_internal(bigint_to_f64(v)?, &r),
        ty => Err(unknown_type(ty, type_name)),
    }
}

fn format_long_internal(v: &BigInt, r: &Resolved) -> Result<String, FmtError> {
    if r.precision.is_some() {
        return Err(value_err(
            "Precision not allowed in integer format specifier",
        ));
    }
    if r.no_neg_0 {
        return Err(value_err(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let layout = LayoutFmt {
        fill: r.fill,
        align: r.align,
        sign: r.sign,
        width: r.width,
        grouping: if r.ty == 'n' {
            Grouping::None
        } else {
            r.grouping
        },
    };
    if r.ty == 'c' {
        if r.sign.is_some() {
            return Err(value_err(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if r.alternate {
            return Err(value_err(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = v.to_i64().ok_or_else(|| {
            FmtError::Overflow("Python int too large to convert to C long".into())
        })?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(FmtError::Overflow("%c arg not in range(0x110000)".into()));
        }
        let ch = char::from_u32(x as u32)
            .ok_or_else(|| value_err("%c arg is a lone surrogate, which is not supported"))?;
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: ch.encode_utf8(&mut buf),
        };
        return fill_number(&parts, &layout, false);
    }
    let (base, prefix) = match r.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.magnitude().to_str_radix(base);
    let parts = NumberParts {
        negative: v.sign() == BigSign::Minus,
        prefix: if r.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    fill_number(&parts, &layout, r.ty == 'X')
}

fn check_float_precision(r: &Resolved) -> Result<(), FmtError> {
    match r.precision {
        Some(p) if p > i32::MAX as usize => Err(value_err("precision too big")),
        _ => Ok(()),
    }
}

/// `format(v, spec)` for a float. Types `e E f F g G n %` and none (like
/// `repr` without a precision; with one, like `g` but never dropping to an
/// integer-looking result: `format(123.0, '.4') == '123.0'`,
/// `format(1234.0, '.4') == '1.234e+03'`). Supports fill/align (`=`), sign,
/// `z`, `#`, `0`, width, `,`/`_` grouping of the integer digits.
/// Errors: `Unknown format code 'x' for object of type '<type_name>'`,
/// `precision too big`, grouping/type conflicts.
pub fn format_float(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    let r = resolve(spec, '\0', Align::Right)?;
    match r.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_internal(v, &r),
        ty => Err(unknown_type(ty, type_name)),
    }
}

fn float_flags(r: &Resolved) -> DtoaFlags {
    DtoaFlags {
        alt: r.alternate,
        no_neg_0: r.no_neg_0,
        ..DtoaFlags::default()
    }
}

/// Returns `(code, precision, add_dot_0)` for `double_to_string`.
fn float_code(ty: char, precision: Option<usize>, add_dot_0_if_none: bool) -> (char, usize, bool) {
    let (mut code, default_precision, add_dot_0) = match ty {
        '\0' => ('r', 0, add_dot_0_if_none),
        'n' => ('g', 6, false),
        '%' => ('f', 6, false),
        c => (c, 6, false),
    };
    let precision = match precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    (code, precision, add_dot_0)
}

fn format_float_internal(v: f64, r: &Resolved) -> Result<String, FmtError> {
    check_float_precision(r)?;
    let mut flags = float_flags(r);
    let (code, precision, add_dot_0) = float_code(r.ty, r.precision, true);
    flags.add_dot_0 = add_dot_0;
    let val = if r.ty == '%' { v * 100.0 } else { v };
    let mut buf = double_to_string(val, code, precision, flags);
    if r.ty == '%' {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, &buf[..]),
    };
    let (digits, has_decimal, remainder) = split_number(body);
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    let layout = LayoutFmt {
        fill: r.fill,
        align: r.align,
        sign: r.sign,
        width: r.width,
        grouping: if r.ty == 'n' {
            Grouping::None
        } else {
            r.grouping
        },
    };
    fill_number(&parts, &layout, false)
}

/// `format(complex(re, im), spec)`. Types `e E f F g G n` and none (like
/// `str()`: parentheses unless the real part is `+0.0`, which is then
/// omitted). The imaginary part always carries a sign when the real part
/// is shown. Errors: `Zero padding is not allowed in complex format
/// specifier`, `'=' alignment flag is not allowed in complex format
/// specifier`, `Unknown format code '%' for object of type '<type_name>'`.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FmtError> {
    let r = resolve(spec, '\0', Align::Right)?;
    if !matches!(r.ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_type(r.ty, type_name));
    }
    check_float_precision(&r)?;
    if r.fill == '0' {
        return Err(value_err(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if r.align == Align::AfterSign {
        return Err(value_err(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let mut skip_re = false;
    let mut add_parens = false;
    if r.ty == '\0' {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    let flags = float_flags(&r);
    let (code, precision, _) = float_code(r.ty, r.precision, false);
    let re_buf = double_to_string(re, code, precision, flags);
    let im_buf = double_to_string(im, code, precision, flags);
    let grouping = if r.ty == 'n' {
        Grouping::None
    } else {
        r.grouping
    };
    let render = |buf: &str, sign: Option<Sign>| -> Result<String, FmtError> {
        let (negative, body) = match buf.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, buf),
        };
        let (digits, has_decimal, remainder) = split_number(body);
        let parts = NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        };
        let layout = LayoutFmt {
            fill: ' ',
            align: Align::Left,
            sign,
            width: None,
            grouping,
        };
        fill_number(&parts, &layout, false)
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&render(&re_buf, r.sign)?);
    }
    let im_sign = if skip_re { r.sign } else { Some(Sign::Plus) };
    body.push_str(&render(&im_buf, im_sign)?);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let n = body.chars().count();
    pad_body(&body, n, r.width, r.align, r.fill)
}

/// `format(s, spec)` for a str: type `s` or none; precision truncates (in
/// code points); default alignment is left. Errors: `Sign not allowed in
/// string format specifier`, `Space not allowed in string format
/// specifier`, `Negative zero coercion (z) not allowed in string format
/// specifier`, `Alternate form (#) not allowed in string format specifier`,
/// `'=' alignment not allowed in string format specifier`, `Cannot specify
/// ',' with 's'.`, `Unknown format code 'd' for object of type '<type_name>'`.
pub fn format_str(v: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    let r = resolve(spec, 's', Align::Left)?;
    if r.ty != 's' {
        return Err(unknown_type(r.ty, type_name));
    }
    match r.sign {
        Some(Sign::Space) => return Err(value_err("Space not allowed in string format specifier")),
        Some(_) => return Err(value_err("Sign not allowed in string format specifier")),
        None => {}
    }
    if r.no_neg_0 {
        return Err(value_err(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if r.alternate {
        return Err(value_err(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if r.align == Align::AfterSign {
        return Err(value_err(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut body = v;
    let mut len = v.chars().count();
    if let Some(p) = r.precision {
        if len > p {
            let cut = v.char_indices().nth(p).map_or(v.len(), |(i, _)| i);
            body = &v[..cut];
            len = p;
        }
    }
    pad_body(body, len, r.width, r.align, r.fill)
}
