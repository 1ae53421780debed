//! Tests against expectations produced by CPython 3.11 (`gen_testdata.py`
//! writes `testdata/*.txt`; see its docstring for the line format), plus a
//! few hand-written API tests.

use num_bigint::BigInt;

use crate::format::chars::{decimal_value, is_py_space};
use crate::format::float_text::bigint_to_f64;
use crate::format::printf::{star_precision, star_width};
use crate::format::*;

/// Decodes Python's `unicode_escape` encoding.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let hex = |it: &mut std::str::Chars<'_>, n: usize| {
            let h: String = it.take(n).collect();
            char::from_u32(u32::from_str_radix(&h, 16).expect("hex escape")).expect("char")
        };
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('x') => out.push(hex(&mut it, 2)),
            Some('u') => out.push(hex(&mut it, 4)),
            Some('U') => out.push(hex(&mut it, 8)),
            other => panic!("bad escape {other:?} in {s}"),
        }
    }
    out
}

fn lines(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').collect())
}

fn bits(h: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(h, 16).expect("bits"))
}

fn hexbits(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn same_float(got: f64, want_hex: &str) -> bool {
    let want = bits(want_hex);
    if want.is_nan() {
        got.is_nan() && got.is_sign_negative() == want.is_sign_negative()
    } else {
        got.to_bits() == want.to_bits()
    }
}

fn show_err(e: &FmtError) -> String {
    match e {
        FmtError::Value(m) => format!("!V:{m}"),
        FmtError::Overflow(m) => format!("!O:{m}"),
        FmtError::Memory => "!M:".into(),
    }
}

fn show(r: Result<String, FmtError>) -> String {
    r.unwrap_or_else(|e| show_err(&e))
}

/// Runs `check` on every line, collecting failures into one panic message.
fn check_all(name: &str, data: &'static str, mut check: impl FnMut(&[&str]) -> Option<String>) {
    let mut failures = Vec::new();
    let mut n = 0;
    for fields in lines(data) {
        n += 1;
        if let Some(msg) = check(&fields) {
            failures.push(format!("{fields:?}: {msg}"));
        }
    }
    assert!(n > 0, "{name}: no cases");
    assert!(
        failures.is_empty(),
        "{name}: {} of {n} failed:\n{}",
        failures.len(),
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn expect_eq(got: &str, want: &str) -> Option<String> {
    (got != want).then(|| format!("got {got:?}, want {want:?}"))
}

#[test]
fn repr_float() {
    check_all("repr", include_str!("testdata/repr.txt"), |f| {
        expect_eq(&repr_f64(bits(f[0])), f[1])
    });
}

#[test]
fn repr_float_examples() {
    assert_eq!(repr_f64(0.1 + 0.2), "0.30000000000000004");
    assert_eq!(repr_f64(1e16), "1e+16");
    assert_eq!(repr_f64(1e15), "1000000000000000.0");
    assert_eq!(repr_f64(1e-5), "1e-05");
    assert_eq!(repr_f64(-0.0), "-0.0");
    assert_eq!(repr_f64(f64::NEG_INFINITY), "-inf");
    assert_eq!(repr_f64(5e-324), "5e-324");
}

#[test]
fn repr_of_complex() {
    check_all("reprc", include_str!("testdata/reprc.txt"), |f| {
        expect_eq(&repr_complex(bits(f[0]), bits(f[1])), f[2])
    });
}

#[test]
fn format_float_spec() {
    check_all("fmtf", include_str!("testdata/fmtf.txt"), |f| {
        let spec = unescape(f[1]);
        let got =
            show(parse_spec(&spec, "float").and_then(|s| format_float(bits(f[0]), &s, "float")));
        expect_eq(&got, &unescape(f[2]))
    });
}

#[test]
fn format_complex_spec() {
    check_all("fmtc", include_str!("testdata/fmtc.txt"), |f| {
        let spec = unescape(f[2]);
        let got = show(
            parse_spec(&spec, "complex")
                .and_then(|s| format_complex(bits(f[0]), bits(f[1]), &s, "complex")),
        );
        expect_eq(&got, &unescape(f[3]))
    });
}

#[test]
fn format_int_spec() {
    check_all("fmti", include_str!("testdata/fmti.txt"), |f| {
        let v: BigInt = f[0].parse().expect("int");
        let spec = unescape(f[1]);
        let got = show(parse_spec(&spec, "int").and_then(|s| format_int(&v, &s, "int")));
        expect_eq(&got, &unescape(f[2]))
    });
}

#[test]
fn format_str_spec() {
    check_all("fmts", include_str!("testdata/fmts.txt"), |f| {
        let v = unescape(f[0]);
        let spec = unescape(f[1]);
        let got = show(parse_spec(&spec, "str").and_then(|s| format_str(&v, &s, "str")));
        expect_eq(&got, &unescape(f[2]))
    });
}

#[test]
fn format_spec_type_name_in_messages() {
    let s = parse_spec("q", "MyInt").unwrap();
    assert_eq!(
        format_int(&BigInt::from(1), &s, "MyInt"),
        Err(FmtError::Value(
            "Unknown format code 'q' for object of type 'MyInt'".into()
        ))
    );
    let spec = parse_spec("*^+#012_.3f", "float").unwrap();
    assert_eq!(
        spec,
        FormatSpec {
            fill: Some('*'),
            align: Some(Align::Center),
            sign: Some(Sign::Plus),
            no_neg_0: false,
            alternate: true,
            zero_pad: false,
            width: Some(12),
            grouping: Some('_'),
            precision: Some(3),
            ty: Some('f'),
        }
    );
    let huge = parse_spec("3000000000", "int").unwrap();
    assert_eq!(
        format_int(&BigInt::from(1), &huge, "int"),
        Err(FmtError::Memory)
    );
}

#[test]
fn int_to_float() {
    check_all("i2f", include_str!("testdata/i2f.txt"), |f| {
        let v: BigInt = f[0].parse().expect("int");
        match bigint_to_f64(&v) {
            Ok(x) => expect_eq(&hexbits(x), f[1]),
            Err(e) => expect_eq(&show_err(&e), f[1]),
        }
    });
}

#[test]
fn parse_float_text() {
    check_all("parsef", include_str!("testdata/parsef.txt"), |f| {
        let s = unescape(f[0]);
        match (parse_f64(&s), f[1].starts_with("!V:")) {
            (None, true) => None,
            (Some(x), false) => (!same_float(x, f[1])).then(|| format!("got {x:?}")),
            (got, _) => Some(format!("got {got:?}")),
        }
    });
}

#[test]
fn parse_int_text() {
    check_all("parsei", include_str!("testdata/parsei.txt"), |f| {
        let s = unescape(f[0]);
        let base: u32 = f[1].parse().expect("base");
        match parse_int(&s, base) {
            Ok(v) => expect_eq(&v.to_string(), f[2]),
            Err(IntParseError::Invalid) => {
                let prefix = format!("!V:invalid literal for int() with base {base}: ");
                (!f[2].starts_with(&prefix)).then(|| "got Invalid".to_string())
            }
            Err(e) => expect_eq(&format!("!V:{}", e.message("", base)), f[2]),
        }
    });
}

#[test]
fn parse_int_digit_limit() {
    check_all(
        "parsei_limited",
        include_str!("testdata/parsei_limited.txt"),
        |f| {
            let s = unescape(f[0]);
            let base: u32 = f[1].parse().expect("base");
            match parse_int_limited(&s, base, 4300) {
                Ok(v) => expect_eq(&to_base_prefixed(&v, 16), f[2]),
                Err(IntParseError::Invalid) => {
                    (!f[2].starts_with("!V:invalid literal")).then(|| "got Invalid".to_string())
                }
                Err(e) => expect_eq(&format!("!V:{}", e.message("", base)), f[2]),
            }
        },
    );
}

#[test]
fn int_radix_text() {
    let v: BigInt = "-255".parse().unwrap();
    assert_eq!(to_str_radix(&v, 16), "-ff");
    assert_eq!(to_base_prefixed(&v, 16), "-0xff");
    assert_eq!(to_base_prefixed(&v, 2), "-0b11111111");
    assert_eq!(to_base_prefixed(&BigInt::from(8), 8), "0o10");
    assert_eq!(to_base_prefixed(&BigInt::from(0), 10), "0");
    assert_eq!(to_str_radix(&BigInt::from(35), 36), "z");
}

#[test]
fn round_with_ndigits() {
    check_all("round", include_str!("testdata/round.txt"), |f| {
        let nd: i64 = f[1].parse().expect("ndigits");
        match round_f64(bits(f[0]), nd) {
            Ok(x) => (!same_float(x, f[2])).then(|| format!("got {x:?} ({})", hexbits(x))),
            Err(e) => expect_eq(&show_err(&e), f[2]),
        }
    });
}

#[test]
fn round_to_int() {
    check_all("roundint", include_str!("testdata/roundint.txt"), |f| {
        let r = f64_to_bigint(round_half_even(bits(f[0]))).expect("finite");
        expect_eq(&r.to_string(), f[1])
    });
}

#[test]
fn float_hex_text() {
    check_all("hex", include_str!("testdata/hex.txt"), |f| {
        expect_eq(&float_hex(bits(f[0])), f[1])
    });
}

#[test]
fn float_integer_ratio() {
    check_all(
        "ratio",
        include_str!("testdata/ratio.txt"),
        |f| match float_to_integer_ratio(bits(f[0])) {
            Ok((n, d)) => expect_eq(&format!("{n}\t{d}"), &format!("{}\t{}", f[1], f[2])),
            Err(e) => expect_eq(&show_err(&e), f[1]),
        },
    );
}

#[test]
fn float_to_int() {
    check_all("toint", include_str!("testdata/toint.txt"), |f| {
        expect_eq(
            &show(f64_to_bigint(bits(f[0])).map(|v| v.to_string())),
            f[1],
        )
    });
}

#[test]
fn float_from_hex_text() {
    check_all("fromhex", include_str!("testdata/fromhex.txt"), |f| {
        let s = unescape(f[0]);
        match float_fromhex(&s) {
            Ok(x) => (!same_float(x, f[1])).then(|| format!("got {x:?}")),
            Err(e) => expect_eq(&show_err(&e), f[1]),
        }
    });
}

#[test]
fn float_helpers() {
    assert_eq!(format_float_fixed(2.675, 2), "2.67");
    assert_eq!(format_float_fixed(0.5, 0), "0");
    assert_eq!(format_float_fixed(1.5, 0), "2");
    assert_eq!(format_float_exp(12345.678, 3), "1.235e+04");
    assert_eq!(format_float_general(0.0001234, 2), "0.00012");
    assert_eq!(format_float_general(1e-5, 0), "1e-05");
    assert_eq!(
        double_to_string(
            -0.0,
            'f',
            1,
            DtoaFlags {
                no_neg_0: true,
                ..Default::default()
            }
        ),
        "0.0"
    );
}

// ------------------------------------------------------------------ printf

#[derive(Clone)]
enum Arg {
    Float(f64),
    Int(BigInt),
    Str(String),
}

fn py_repr_str(s: &str, ascii: bool) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            c if ascii && !c.is_ascii() => {
                let v = c as u32;
                if v < 0x100 {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v < 0x10000 {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// The arguments of a `%` operation in the table tests.
enum Args<'a> {
    /// A tuple of positional arguments.
    Tuple(&'a [Arg]),
    /// A mapping answering every key with `.0` (non-key conversions are
    /// not modelled: the case is skipped).
    Map(&'a Arg),
}

/// A miniature `fmt % args` driver, as the object model would use this module.
/// Returns `None` for cases the driver does not model.
fn apply_printf(fmt: &str, args: Args<'_>) -> Option<String> {
    let mut out = String::new();
    let mut next = 0;
    let tuple: &[Arg] = match args {
        Args::Tuple(t) => t,
        Args::Map(_) => &[],
    };
    let mut take = || -> Result<Arg, String> {
        let a = tuple
            .get(next)
            .cloned()
            .ok_or_else(|| "!T:not enough arguments for format string".to_string())?;
        next += 1;
        Ok(a)
    };
    for piece in PrintfParser::new(fmt) {
        let (c, invalid) = match piece {
            PrintfPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PrintfPiece::Conv(c) => (c, None),
            PrintfPiece::Invalid { partial, error } => (partial, Some(error)),
        };
        if matches!(args, Args::Map(_)) && c.key.is_none() && invalid.is_none() {
            return None;
        }
        let mut flags = c.flags;
        let mut star = |n: Option<Count>, is_width: bool| -> Result<Option<usize>, String> {
            match n {
                Some(Count::Num(n)) => Ok(Some(n)),
                Some(Count::Star) => match take()? {
                    Arg::Int(v) => {
                        let v = i64::try_from(&v).expect("small");
                        if is_width {
                            let (w, lj) = star_width(v);
                            flags.ljust |= lj;
                            Ok(Some(w))
                        } else {
                            Ok(Some(star_precision(v)))
                        }
                    }
                    _ => Err("!T:* wants int".into()),
                },
                None => Ok(None),
            }
        };
        let w = match star(c.width, true) {
            Ok(w) => w,
            Err(e) => return Some(e),
        };
        let p = match star(c.precision, false) {
            Ok(p) => p,
            Err(e) => return Some(e),
        };
        if let Some(e) = invalid {
            return Some(show_err(&e));
        }
        let arg = match args {
            Args::Map(a) => a.clone(),
            Args::Tuple(_) => match take() {
                Ok(a) => a,
                Err(e) => return Some(e),
            },
        };
        if let Some(e) = c.unsupported_error() {
            return Some(show_err(&e));
        }
        let r = match (c.conv, &arg) {
            ('d' | 'i' | 'u' | 'o' | 'x' | 'X', Arg::Int(v)) => printf_int(v, flags, w, p, c.conv),
            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::Float(x)) => {
                printf_float(*x, flags, w, p, c.conv)
            }
            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::Int(v)) => {
                bigint_to_f64(v).and_then(|x| printf_float(x, flags, w, p, c.conv))
            }
            ('s' | 'r' | 'a', Arg::Int(v)) => printf_str_pad(&v.to_string(), flags, w, p, c.conv),
            ('s' | 'r' | 'a', Arg::Float(x)) => printf_str_pad(&repr_f64(*x), flags, w, p, c.conv),
            ('s', Arg::Str(s)) => printf_str_pad(s, flags, w, p, 's'),
            ('r' | 'a', Arg::Str(s)) => {
                printf_str_pad(&py_repr_str(s, c.conv == 'a'), flags, w, p, c.conv)
            }
            ('c', Arg::Str(s)) => printf_str_pad(s, flags, w, p, 'c'),
            ('c', Arg::Int(v)) => {
                match u32::try_from(v)
                    .ok()
                    .filter(|&u| u < 0x110000)
                    .and_then(char::from_u32)
                {
                    Some(ch) => printf_str_pad(&ch.to_string(), flags, w, p, 'c'),
                    None => Err(FmtError::Overflow("%c arg not in range(0x110000)".into())),
                }
            }
            _ => return None,
        };
        match r {
            Ok(s) => out.push_str(&s),
            Err(e) => return Some(show_err(&e)),
        }
    }
    if matches!(args, Args::Tuple(_)) && next < tuple.len() {
        return Some("!T:not all arguments converted during string formatting".into());
    }
    Some(out)
}

fn printf_case(fmt: &str, arg: Arg, want: &str) -> Option<String> {
    let args = [arg];
    let got = if fmt.contains("%(") {
        apply_printf(fmt, Args::Map(&args[0]))
    } else {
        apply_printf(fmt, Args::Tuple(&args))
    };
    expect_eq(&got.expect("modelled"), want)
}

#[test]
fn printf_float_table() {
    check_all("pctf", include_str!("testdata/pctf.txt"), |f| {
        printf_case(&unescape(f[0]), Arg::Float(bits(f[1])), &unescape(f[2]))
    });
}

#[test]
fn printf_int_table() {
    check_all("pcti", include_str!("testdata/pcti.txt"), |f| {
        printf_case(
            &unescape(f[0]),
            Arg::Int(f[1].parse().expect("int")),
            &unescape(f[2]),
        )
    });
}

#[test]
fn printf_str_table() {
    check_all("pcts", include_str!("testdata/pcts.txt"), |f| {
        printf_case(&unescape(f[0]), Arg::Str(unescape(f[1])), &unescape(f[2]))
    });
}

#[test]
fn printf_parse_errors() {
    check_all("pcterr", include_str!("testdata/pcterr.txt"), |f| {
        let fmt = unescape(f[0]);
        let got = match parse_printf(&fmt) {
            Ok(_) => "OK".to_string(),
            Err(e) => show_err(&e),
        };
        expect_eq(&got, &unescape(f[1]))
    });
}

#[test]
fn printf_pieces_and_stars() {
    let pieces = parse_printf("a%%b%(x(y))-*.*ld%%").unwrap();
    assert_eq!(
        pieces,
        vec![
            PrintfPiece::Literal("a%b".into()),
            PrintfPiece::Conv(ConvSpec {
                key: Some("x(y)".into()),
                flags: PrintfFlags {
                    ljust: true,
                    ..Default::default()
                },
                width: Some(Count::Star),
                precision: Some(Count::Star),
                conv: 'd',
                index: 16,
            }),
            PrintfPiece::Literal("%".into()),
        ]
    );
    // '%*d' % (-5, 1) == '1    '; '%.*f' % (-3, 1.5) == '2'
    let (w, ljust) = star_width(-5);
    let flags = PrintfFlags {
        ljust,
        ..Default::default()
    };
    assert_eq!(
        printf_int(&BigInt::from(1), flags, Some(w), None, 'd').unwrap(),
        "1    "
    );
    let p = star_precision(-3);
    assert_eq!(
        printf_float(1.5, PrintfFlags::default(), None, Some(p), 'f').unwrap(),
        "2"
    );
    // Unsupported characters are reported lazily by the iterator.
    let mut it = PrintfParser::new("%y");
    match it.next() {
        Some(PrintfPiece::Conv(c)) => assert!(c.unsupported_error().is_some()),
        other => panic!("{other:?}"),
    }
    // '%(k)*' % {...}: key lookup and the star fetch precede the error.
    let pieces: Vec<_> = PrintfParser::new("x%(k)-*").collect();
    assert_eq!(pieces.len(), 2);
    match &pieces[1] {
        PrintfPiece::Invalid { partial, error } => {
            assert_eq!(partial.key.as_deref(), Some("k"));
            assert_eq!(partial.width, Some(Count::Star));
            assert!(partial.flags.ljust);
            assert_eq!(error, &FmtError::Value("incomplete format".into()));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn char_tables() {
    assert_eq!(decimal_value('\u{661}'), Some(1));
    assert_eq!(decimal_value('\u{1fbf9}'), Some(9));
    assert_eq!(decimal_value('\u{1fbfa}'), None);
    assert_eq!(decimal_value('a'), None);
    assert!(is_py_space('\u{3000}'));
    assert!(is_py_space('\x1c'));
    assert!(!is_py_space('\u{200b}'));
}

#[test]
fn printf_random_formats() {
    let pool: Vec<Arg> = [7, -3, 65, 0, 12, -1, 3, 100, 5, 2]
        .iter()
        .map(|&v| Arg::Int(BigInt::from(v)))
        .collect();
    let mut skipped = 0;
    check_all("fuzzpct", include_str!("testdata/fuzzpct.txt"), |f| {
        let fmt = unescape(f[0]);
        let want = unescape(f[2]);
        let got = if f[1] == "map" {
            apply_printf(&fmt, Args::Map(&Arg::Int(BigInt::from(7))))
        } else {
            let n: usize = f[1].parse().expect("nargs");
            apply_printf(&fmt, Args::Tuple(&pool[..n]))
        };
        match got {
            // TypeErrors come from argument conversion, which the object
            // model (not this module) implements; only their presence matters.
            Some(g) if g.starts_with("!T:") && want.starts_with("!T:") => None,
            Some(g) => expect_eq(&g, &want),
            None => {
                skipped += 1;
                None
            }
        }
    });
    assert!(skipped < 400, "too many unmodelled cases: {skipped}");
}

#[test]
fn format_random_specs() {
    check_all("fuzzspec", include_str!("testdata/fuzzspec.txt"), |f| {
        let spec = unescape(f[2]);
        let (name, result) = match f[0] {
            "i" => {
                let v: BigInt = f[1].parse().expect("int");
                (
                    "int",
                    parse_spec(&spec, "int").and_then(|s| format_int(&v, &s, "int")),
                )
            }
            "f" => (
                "float",
                parse_spec(&spec, "float").and_then(|s| format_float(bits(f[1]), &s, "float")),
            ),
            "s" => {
                let v = unescape(f[1]);
                (
                    "str",
                    parse_spec(&spec, "str").and_then(|s| format_str(&v, &s, "str")),
                )
            }
            _ => {
                let (re, im) = f[1].split_once(',').expect("complex");
                (
                    "complex",
                    parse_spec(&spec, "complex")
                        .and_then(|s| format_complex(bits(re), bits(im), &s, "complex")),
                )
            }
        };
        expect_eq(&show(result), &unescape(f[3])).map(|m| format!("{name}: {m}"))
    });
}

/// Deterministic xorshift generator for the no-panic sweep.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn text(&mut self, alphabet: &[char], max_len: u64) -> String {
        let n = self.next() % (max_len + 1);
        (0..n)
            .map(|_| alphabet[(self.next() % alphabet.len() as u64) as usize])
            .collect()
    }
}

#[test]
fn never_panics_on_random_input() {
    let alphabet: Vec<char> = "0123456789_.eE+-pPxXoObB jJ%()*#<>=^,zsdfgcnra:\t\u{a0}\u{661}\u{3000}\u{ff11}\u{1f600}\0nanifINFabcdef"
        .chars()
        .collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let floats = [
        0.0,
        -0.0,
        1.5,
        -2.5e-300,
        1e300,
        f64::NAN,
        f64::INFINITY,
        5e-324,
        123456.789,
    ];
    let ints = [
        BigInt::from(0),
        BigInt::from(-42),
        BigInt::from(0x10ffff),
        BigInt::from(u64::MAX) * 1000,
    ];
    for _ in 0..20_000 {
        let s = rng.text(&alphabet, 10);
        let _ = parse_f64(&s);
        let _ = float_fromhex(&s);
        let _ = parse_int(&s, (rng.next() % 40) as u32);
        let _ = parse_int_limited(&s, 0, 5);
        let _ = parse_printf(&s);
        if let Ok(spec) = parse_spec(&s, "T") {
            for &x in &floats {
                let _ = format_float(x, &spec, "float");
                let _ = format_complex(x, -x, &spec, "complex");
            }
            for v in &ints {
                let _ = format_int(v, &spec, "int");
            }
            let _ = format_str(&s, &spec, "str");
        }
        let x = f64::from_bits(rng.next());
        let flags = PrintfFlags {
            ljust: rng.next() & 1 == 0,
            sign: rng.next() & 1 == 0,
            blank: rng.next() & 1 == 0,
            alt: rng.next() & 1 == 0,
            zero: rng.next() & 1 == 0,
        };
        let w = Some((rng.next() % 30) as usize);
        let p = Some((rng.next() % 30) as usize);
        for conv in ['e', 'E', 'f', 'F', 'g', 'G', 'q'] {
            let _ = printf_float(x, flags, w, p, conv);
        }
        for conv in ['d', 'o', 'x', 'X', 'q'] {
            let _ = printf_int(&BigInt::from(rng.next() as i64), flags, w, p, conv);
        }
        let _ = printf_str_pad(&s, flags, w, p, 's');
        let _ = round_f64(x, (rng.next() % 700) as i64 - 350);
        let _ = float_hex(x);
        let _ = repr_f64(x);
        let _ = float_to_integer_ratio(x);
        let _ = f64_to_bigint(x);
    }
}

#[test]
fn huge_precisions() {
    // Beyond the longest exact expansion of a double (767 significant /
    // 1074 fractional digits) the output is padded with zeros.
    check_all("bigprec", include_str!("testdata/bigprec.txt"), |f| {
        let spec = parse_spec(f[1], "float").expect("spec");
        expect_eq(&show(format_float(bits(f[0]), &spec, "float")), f[2])
    });
}
