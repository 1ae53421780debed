//! `str % args` (printf-style formatting), ported from CPython 3.11's
//! `PyUnicode_Format`: a parser for the format string and renderers for each
//! conversion. The object model evaluates the arguments (`%s`/`%r`/`%a` via
//! `str`/`repr`/`ascii`, `%c` to a one-char string, `%d` via `int()`...) and
//! passes plain values in.
//!
//! Error ordering: CPython interleaves parsing with argument fetching (e.g.
//! `'%y' % ()` is a `TypeError`, not enough arguments, and `'%(a)' % {}` a
//! `KeyError`). To reproduce that, iterate with [`PrintfParser`] (see its
//! doc for the order of steps); [`parse_printf`] is the strict variant that
//! reports every format error up front.

use num_bigint::BigInt;

use super::float_repr::{double_to_string, DtoaFlags};
use super::int_text::to_base_prefixed;
use super::{FmtError, MAX_OUTPUT_LEN};

/// Conversion flags: `-` (ljust), `+` (sign), space (blank), `#` (alt), `0` (zero).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PrintfFlags {
    pub ljust: bool,
    pub sign: bool,
    pub blank: bool,
    pub alt: bool,
    pub zero: bool,
}

/// A width or precision: `*` (taken from the arguments) or a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Star,
    Num(usize),
}

/// One `%` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvSpec {
    /// `%(key)s`: the mapping key (parentheses may nest).
    pub key: Option<String>,
    pub flags: PrintfFlags,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The conversion character (`h`, `l`, `L` length modifiers skipped).
    pub conv: char,
    /// Index (in code points) of `conv` in the format string.
    pub index: usize,
}

impl ConvSpec {
    /// `Some(ValueError message)` if `conv` is not one of
    /// `s r a c d i u o x X e E f F g G`:
    /// `unsupported format character 'y' (0x79) at index 3`.
    pub fn unsupported_error(&self) -> Option<FmtError> {
        if matches!(
            self.conv,
            's' | 'r'
                | 'a'
                | 'c'
                | 'd'
                | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
        ) {
            return None;
        }
        let v = self.conv as u32;
        let shown = if (31..=126).contains(&v) {
            self.conv
        } else {
            '?'
        };
        Some(FmtError::Value(format!(
            "unsupported format character '{shown}' (0x{v:x}) at index {}",
            self.index
        )))
    }
}

/// A piece of a parsed format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintfPiece {
    /// Literal text (with `%%` already turned into `%`).
    Literal(String),
    Conv(ConvSpec),
    /// A malformed conversion (`incomplete format`, `incomplete format key`,
    /// `width too big`, `precision too big`; always the last piece).
    /// `partial` holds what was parsed before the error (`conv == '\0'`):
    /// CPython looks up its key and fetches its `*` arguments (which can
    /// raise `KeyError`/`TypeError` first) before raising `error`.
    Invalid {
        partial: ConvSpec,
        error: FmtError,
    },
}

/// Lazy parser over a format string: yields literal runs and conversions in
/// order, ending after the first [`PrintfPiece::Invalid`]. Conversion
/// characters are not validated (see [`ConvSpec::unsupported_error`]).
///
/// To match CPython's error order, the caller handles each `Conv`/`Invalid`
/// piece as: look up `key` (if any) in the mapping, fetch `*` width then `*`
/// precision, raise an `Invalid` piece's error, fetch the value, raise
/// [`ConvSpec::unsupported_error`], convert.
pub struct PrintfParser {
    chars: Vec<char>,
    pos: usize,
    failed: bool,
}

impl PrintfParser {
    pub fn new(fmt: &str) -> Self {
        PrintfParser {
            chars: fmt.chars().collect(),
            pos: 0,
            failed: false,
        }
    }

    fn next_char(&mut self) -> Result<char, FmtError> {
        match self.chars.get(self.pos) {
            Some(&c) => {
                self.pos += 1;
                Ok(c)
            }
            None => Err(FmtError::Value("incomplete format".into())),
        }
    }

    /// Parses one conversion into `spec`; `self.pos` is just past the `%`.
    fn parse_conv(&mut self, spec: &mut ConvSpec) -> Result<(), FmtError> {
        if self.chars.get(self.pos) == Some(&'(') {
            self.pos += 1;
            let start = self.pos;
            let mut depth = 1;
            while depth > 0 {
                match self.chars.get(self.pos) {
                    Some(')') => depth -= 1,
                    Some('(') => depth += 1,
                    Some(_) => {}
                    None => return Err(FmtError::Value("incomplete format key".into())),
                }
                self.pos += 1;
            }
            spec.key = Some(self.chars[start..self.pos - 1].iter().collect());
        }
        let mut ch;
        loop {
            ch = self.next_char()?;
            match ch {
                '-' => spec.flags.ljust = true,
                '+' => spec.flags.sign = true,
                ' ' => spec.flags.blank = true,
                '#' => spec.flags.alt = true,
                '0' => spec.flags.zero = true,
                _ => break,
            }
        }
        if ch == '*' {
            spec.width = Some(Count::Star);
            ch = self.next_char()?;
        } else if let Some(d) = ch.to_digit(10) {
            let mut w = d as usize;
            loop {
                ch = self.next_char()?;
                let Some(d) = ch.to_digit(10) else { break };
                if w > (isize::MAX as usize - d as usize) / 10 {
                    return Err(FmtError::Value("width too big".into()));
                }
                w = w * 10 + d as usize;
                spec.width = Some(Count::Num(w));
            }
            spec.width = Some(Count::Num(w));
        }
        if ch == '.' {
            spec.precision = Some(Count::Num(0));
            ch = self.next_char()?;
            if ch == '*' {
                spec.precision = Some(Count::Star);
                ch = self.next_char()?;
            } else if let Some(d) = ch.to_digit(10) {
                let mut p = d as usize;
                loop {
                    spec.precision = Some(Count::Num(p));
                    ch = self.next_char()?;
                    let Some(d) = ch.to_digit(10) else { break };
                    if p > (i32::MAX as usize - d as usize) / 10 {
                        return Err(FmtError::Value("precision too big".into()));
                    }
                    p = p * 10 + d as usize;
                }
            }
        }
        if matches!(ch, 'h' | 'l' | 'L') {
            ch = self.next_char()?;
        }
        spec.conv = ch;
        spec.index = self.pos - 1;
        Ok(())
    }
}

impl Iterator for PrintfParser {
    type Item = PrintfPiece;

    fn next(&mut self) -> Option<PrintfPiece> {
        if self.failed || self.pos >= self.chars.len() {
            return None;
        }
        let mut lit = String::new();
        while let Some(&c) = self.chars.get(self.pos) {
            if c != '%' {
                lit.push(c);
                self.pos += 1;
            } else if self.chars.get(self.pos + 1) == Some(&'%') {
                lit.push('%');
                self.pos += 2;
            } else if lit.is_empty() {
                self.pos += 1;
                let mut spec = ConvSpec {
                    key: None,
                    flags: PrintfFlags::default(),
                    width: None,
                    precision: None,
                    conv: '\0',
                    index: self.pos,
                };
                return Some(match self.parse_conv(&mut spec) {
                    Ok(()) => PrintfPiece::Conv(spec),
                    Err(error) => {
                        self.failed = true;
                        PrintfPiece::Invalid {
                            partial: spec,
                            error,
                        }
                    }
                });
            } else {
                break;
            }
        }
        Some(PrintfPiece::Literal(lit))
    }
}

/// Parses a whole format string, reporting the first error (all
/// `ValueError`s): `incomplete format`, `incomplete format key`, `width too
/// big`, `precision too big`, `unsupported format character 'y' (0x79) at
/// index 1`. See [`PrintfParser`] for CPython's exact error ordering.
pub fn parse_printf(fmt: &str) -> Result<Vec<PrintfPiece>, FmtError> {
    let mut out = Vec::new();
    for piece in PrintfParser::new(fmt) {
        match &piece {
            PrintfPiece::Invalid { error, .. } => return Err(error.clone()),
            PrintfPiece::Conv(c) => {
                if let Some(e) = c.unsupported_error() {
                    return Err(e);
                }
            }
            PrintfPiece::Literal(_) => {}
        }
        out.push(piece);
    }
    Ok(out)
}

/// Applies a `*` width taken from the arguments: a negative width means
/// left-justify. Returns `(width, ljust)`.
pub fn star_width(w: i64) -> (usize, bool) {
    (w.unsigned_abs() as usize, w < 0)
}

/// Applies a `*` precision taken from the arguments (negative means 0).
pub fn star_precision(p: i64) -> usize {
    p.max(0) as usize
}

/// `unicode_format_arg_output`: pads/truncates/signs an already converted
/// value. `numeric` is CPython's `arg->sign` (true for d i u o x X e f g).
fn format_arg_output(
    s: &str,
    conv: char,
    numeric: bool,
    flags: PrintfFlags,
    width: Option<usize>,
    prec: Option<usize>,
) -> Result<String, FmtError> {
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len();
    if width.is_some_and(|w| w > MAX_OUTPUT_LEN) {
        return Err(FmtError::Memory);
    }
    if width.is_none_or(|w| w <= len)
        && prec.is_none_or(|p| p >= len)
        && !(flags.sign || flags.blank)
    {
        return Ok(s.to_owned());
    }
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    if matches!(conv, 's' | 'r' | 'a') {
        if let Some(p) = prec {
            len = len.min(p);
        }
    }
    let mut pindex = 0;
    let mut sign = numeric;
    let mut signchar = ' ';
    if sign {
        match chars.first() {
            Some(&c) if (c == '-' || c == '+') && len > 0 => {
                signchar = c;
                len -= 1;
                pindex += 1;
            }
            _ if flags.sign => signchar = '+',
            _ if flags.blank => signchar = ' ',
            _ => sign = false,
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    let mut out = String::with_capacity(width + 2);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags.alt && matches!(conv, 'x' | 'X' | 'o') && len >= 2;
    if alt_prefix {
        if fill != ' ' {
            out.extend(chars.iter().skip(pindex).take(2));
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.ljust {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.extend(chars.iter().skip(pindex).take(2));
            pindex += 2;
        }
    }
    out.extend(chars.iter().skip(pindex).take(len));
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    Ok(out)
}

/// `'%d' % v` and friends: `conv` is one of `d i u o x X` (anything else is
/// treated as `d`). `width`/`prec` are already resolved (see [`star_width`]).
/// `#` adds `0o`/`0x`/`0X`; precision is a minimum digit count. Error:
/// `OverflowError("precision too large")` above `i32::MAX - 3`.
pub fn printf_int(
    v: &BigInt,
    flags: PrintfFlags,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
) -> Result<String, FmtError> {
    let conv = if matches!(conv, 'o' | 'x' | 'X') {
        conv
    } else {
        'd'
    };
    if prec.is_some_and(|p| p > (i32::MAX - 3) as usize) {
        return Err(FmtError::Overflow("precision too large".into()));
    }
    let base = match conv {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let s = to_base_prefixed(v, base);
    let negative = s.starts_with('-');
    let (sign, rest) = s.split_at(usize::from(negative));
    let (prefix, digits) = if base == 10 {
        ("", rest)
    } else {
        rest.split_at(2)
    };
    let prefix = if flags.alt { prefix } else { "" };
    let mut body = String::with_capacity(s.len() + prec.unwrap_or(0));
    body.push_str(sign);
    body.push_str(prefix);
    if let Some(p) = prec {
        body.extend(std::iter::repeat_n('0', p.saturating_sub(digits.len())));
    }
    body.push_str(digits);
    if conv == 'X' {
        body = body.to_ascii_uppercase();
    }
    format_arg_output(&body, conv, true, flags, width, prec)
}

/// `'%f' % v` and friends: `conv` is one of `e E f F g G` (anything else is
/// treated as `g`); precision defaults to 6; `#` keeps the point (and, for
/// `g`, trailing zeros). `INF`/`NAN` for the upper-case conversions.
/// Error: `ValueError("precision too big")` above `i32::MAX`.
pub fn printf_float(
    v: f64,
    flags: PrintfFlags,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
) -> Result<String, FmtError> {
    let conv = if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        conv
    } else {
        'g'
    };
    let p = prec.unwrap_or(6);
    if p > i32::MAX as usize {
        return Err(FmtError::Value("precision too big".into()));
    }
    let dtoa = DtoaFlags {
        alt: flags.alt,
        ..DtoaFlags::default()
    };
    let s = double_to_string(v, conv, p, dtoa);
    format_arg_output(&s, conv, true, flags, width, prec)
}

/// `%s`, `%r`, `%a` (given the already converted text) and `%c` (given the
/// one-character string): pads to `width` (left-justified with `-`; never
/// zero-filled) and, for `s`/`r`/`a`, truncates to `prec` code points.
pub fn printf_str_pad(
    s: &str,
    flags: PrintfFlags,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
) -> Result<String, FmtError> {
    format_arg_output(s, conv, false, flags, width, prec)
}
