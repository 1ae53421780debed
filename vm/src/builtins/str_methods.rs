//! Methods of `str`, plus the argument helpers and Unicode tables shared with
//! `bytes_methods`.
//!
//! Indices seen by Python code (`start`/`end`, `find` results) are code points; the
//! storage is UTF-8, so non-ASCII strings convert between code-point indices and byte
//! offsets once per call. ASCII strings take byte-level fast paths throughout.

use std::collections::HashMap;
use std::rc::Rc;

use num_traits::Signed;

use crate::builtins::add_method;
use crate::format::chars::{decimal_value, is_py_space};
use crate::interp::hashing::dict_set_str;
use crate::interp::{PyResult, Vm};
use crate::objects::{KwArgs, PyBuiltin, PyDict, PyStr, Special, TypeRef};
use crate::value::Value;

// ---------------------------------------------------------------------------------------
// Argument helpers (shared with bytes_methods)

/// Plural suffix for argument counts in messages.
fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// How CPython parses a method's arguments; each style words its errors differently.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// `METH_NOARGS`: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `str.join() takes exactly one argument (2 given)`.
    One,
    /// `PyArg_ParseTuple`: `find() takes at least 1 argument (0 given)`.
    Tuple,
    /// Argument Clinic, positional only: `center expected at least 1 argument, got 0`.
    Clinic,
}

/// Check the positional arguments (`pos`, without `self`) of a method that takes no
/// keyword arguments.
#[allow(clippy::too_many_arguments)]
pub(crate) fn check_pos(
    vm: &Vm,
    tname: &str,
    fname: &str,
    pos: &[Value],
    kwargs: &KwArgs,
    style: Style,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{}.{}() takes no keyword arguments", tname, fname)));
    }
    let n = pos.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = match style {
        Style::NoArgs => format!("{}.{}() takes no arguments ({} given)", tname, fname, n),
        Style::One => format!(
            "{}.{}() takes exactly one argument ({} given)",
            tname, fname, n
        ),
        Style::Tuple if n < min => format!(
            "{}() takes at least {} argument{} ({} given)",
            fname,
            min,
            plural(min),
            n
        ),
        Style::Tuple => format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            max,
            plural(max),
            n
        ),
        Style::Clinic if min == max => {
            format!(
                "{} expected {} argument{}, got {}",
                fname,
                min,
                plural(min),
                n
            )
        }
        Style::Clinic if n < min => format!(
            "{} expected at least {} argument{}, got {}",
            fname,
            min,
            plural(min),
            n
        ),
        Style::Clinic => format!(
            "{} expected at most {} argument{}, got {}",
            fname,
            max,
            plural(max),
            n
        ),
    };
    Err(vm.type_error(msg))
}

/// Argument Clinic parsing of optional positional-or-keyword parameters `names`.
pub(crate) fn parse_kw(
    vm: &Vm,
    fname: &str,
    pos: &[Value],
    kwargs: &KwArgs,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    if pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            names.len(),
            plural(names.len()),
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    k.as_str(),
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.as_str(),
                    fname
                )))
            }
        }
    }
    Ok(out)
}

/// `_PyEval_SliceIndex`: `None` or an index-like value, clamped to the i64 range.
pub(crate) fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(Value::BigInt(b)) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
        Some(v @ Value::Instance(_)) => {
            if let Some(b) = vm.builtin_base(v) {
                if matches!(b, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                    return slice_index(vm, Some(&b));
                }
            }
            match vm.call_dunder(v, "__index__", &[])? {
                Some(r @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                    slice_index(vm, Some(&r))
                }
                Some(r) => Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                ))),
                None => Err(slice_index_error(vm)),
            }
        }
        Some(_) => Err(slice_index_error(vm)),
    }
}

fn slice_index_error(vm: &Vm) -> crate::interp::PyErr {
    vm.type_error("slice indices must be integers or None or have an __index__ method")
}

/// `ADJUST_INDICES`: resolve optional start/end against `len`. The start may come back
/// larger than the end or than `len`; callers treat that as an empty range.
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    if s < 0 {
        s = (s + len).max(0);
    }
    (s as usize, e as usize)
}

/// A `Py_ssize_t` argument (`__index__`; too-large ints raise `OverflowError`).
pub(crate) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::BigInt(_) = v {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    match vm.to_index(v) {
        Err(e) if vm.err_is(&e, "IndexError") => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        r => r,
    }
}

/// Fail with `MemoryError` instead of aborting when a result cannot be allocated.
pub(crate) fn reserve_bytes(vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() || n > isize::MAX as usize / 2 {
        return Err(vm.new_error("MemoryError", ""));
    }
    Ok(v)
}

fn reserve_string(vm: &Vm, n: usize) -> PyResult<String> {
    let mut s = String::new();
    if s.try_reserve_exact(n).is_err() || n > isize::MAX as usize / 2 {
        return Err(vm.new_error("MemoryError", ""));
    }
    Ok(s)
}

/// Register `func` as a staticmethod named `name` on `t`.
pub(crate) fn add_staticmethod(
    vm: &mut Vm,
    t: &TypeRef,
    name: &str,
    func: crate::objects::NativeFn,
) {
    let f = Value::Builtin(Rc::new(PyBuiltin {
        name: Rc::from(name),
        func,
        bound: None,
        owner: Some(Rc::from(t.name_str().as_str())),
    }));
    let k = vm.intern(name);
    dict_set_str(
        &t.dict,
        k,
        Value::Special(Rc::new(Special::StaticMethod(f))),
    );
}

/// Normalise a codec name the way `encodings.normalize_encoding` + aliases do, for the
/// codecs weft supports.
pub(crate) fn codec_name(name: &str) -> Option<&'static str> {
    let n: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => "utf-8",
        "utf_8_sig" | "utf8_sig" => "utf-8-sig",
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" | "cp367"
        | "csascii" | "ibm367" | "iso_ir_6" | "ansi_x3_4_1968" => "ascii",
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "ibm819" | "iso_ir_100" | "iso_8859_1:1987" | "csisolatin1" => "latin-1",
        _ => return None,
    })
}

/// A `str` argument (str subclasses allowed); `None` for anything else.
pub(crate) fn str_of(vm: &Vm, v: &Value) -> Option<Rc<PyStr>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(_) => match vm.builtin_base(v) {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// The type name Argument Clinic shows in "must be X, not Y" (`None` for None).
pub(crate) fn clinic_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// A `str` argument or the `must be str, not int` error; `what` prefixes the message
/// (Argument Clinic's wording, which names `None` as "None", when non-empty).
fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    str_of(vm, v).ok_or_else(|| {
        let tn = if what.is_empty() {
            vm.type_name(v)
        } else {
            clinic_type_name(vm, v)
        };
        vm.type_error(format!("{}must be str, not {}", what, tn))
    })
}

/// The `self` of a str method (unwrapping str subclasses).
fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<Rc<PyStr>> {
    match args.first() {
        None => Err(vm.type_error(format!("unbound method str.{}() needs an argument", name))),
        Some(v) => str_of(vm, v).ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
                name,
                vm.type_name(v)
            ))
        }),
    }
}

/// `self` plus the positional arguments of a method without keyword arguments.
fn this_pos<'a>(
    vm: &Vm,
    args: &'a [Value],
    kwargs: &KwArgs,
    name: &str,
    style: Style,
    min: usize,
    max: usize,
) -> PyResult<(Rc<PyStr>, &'a [Value])> {
    let s = this(vm, args, name)?;
    let pos = &args[1..];
    check_pos(vm, "str", name, pos, kwargs, style, min, max)?;
    Ok((s, pos))
}

// ---------------------------------------------------------------------------------------
// Unicode properties and case mapping

const F_ALPHA: u16 = 1;
const F_DECIMAL: u16 = 2;
const F_DIGIT: u16 = 4;
const F_NUMERIC: u16 = 8;
const F_PRINTABLE: u16 = 16;
const F_ID_START: u16 = 32;
const F_ID_CONTINUE: u16 = 64;
const F_LOWER: u16 = 128;
const F_UPPER: u16 = 256;
const F_TITLE: u16 = 512;
const F_CASE_IGNORABLE: u16 = 1024;
const F_CASED: u16 = F_LOWER | F_UPPER | F_TITLE;

/// The property flags of `c` (CPython 3.11 / Unicode 14.0 semantics).
#[inline]
fn uflags(c: char) -> u16 {
    let cp = c as u32;
    if cp < 0x10000 {
        return bmp_flags()[cp as usize];
    }
    let i = UNI_RUNS.partition_point(|&(start, _)| start <= cp);
    UNI_RUNS[i - 1].1
}

/// `UNI_RUNS` expanded for the BMP (built on first use; 128 KiB).
fn bmp_flags() -> &'static [u16] {
    static BMP: std::sync::OnceLock<Box<[u16]>> = std::sync::OnceLock::new();
    BMP.get_or_init(|| {
        let mut t = vec![0u16; 0x10000];
        for (k, &(start, f)) in UNI_RUNS.iter().enumerate() {
            let end = UNI_RUNS.get(k + 1).map_or(0x110000, |r| r.0).min(0x10000);
            if start >= 0x10000 {
                break;
            }
            t[start as usize..end as usize].fill(f);
        }
        t.into_boxed_slice()
    })
}

/// `str.isprintable()` for one code point (CPython 3.11 / Unicode 14.0). `repr()` of a
/// str escapes exactly the code points for which this is false.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        has(c, F_PRINTABLE)
    }
}

#[inline]
fn has(c: char, f: u16) -> bool {
    uflags(c) & f != 0
}

/// Cased Unicode 14.0 characters that have no uppercase mapping there but gained one in
/// the newer Unicode tables of Rust's std (uncased characters are never mapped, which
/// covers everything assigned after 14.0). Recheck when the toolchain's Unicode moves.
const NO_UPPER_14: [char; 4] = ['\u{19b}', '\u{264}', '\u{a7d3}', '\u{a7d5}'];

/// `_PyUnicode_ToLowerFull`.
fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if has(c, F_CASED) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

/// `_PyUnicode_ToUpperFull`.
fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if has(c, F_CASED) && !NO_UPPER_14.contains(&c) {
        out.extend(c.to_uppercase());
    } else {
        out.push(c);
    }
}

/// `_PyUnicode_ToTitleFull`.
fn push_title(c: char, out: &mut String) {
    if !c.is_ascii() {
        if let Ok(i) = TITLE_SPECIAL.binary_search_by(|&(k, _)| k.cmp(&c)) {
            out.push_str(TITLE_SPECIAL[i].1);
            return;
        }
    }
    push_upper(c, out)
}

/// `_PyUnicode_ToFoldedFull`.
fn push_fold(c: char, out: &mut String) {
    if !c.is_ascii() {
        if let Ok(i) = FOLD_SPECIAL.binary_search_by(|&(k, _)| k.cmp(&c)) {
            out.push_str(FOLD_SPECIAL[i].1);
            return;
        }
    }
    push_lower(c, out)
}

/// Is the capital sigma at `i` in the Final_Sigma context?
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i]
        .iter()
        .rev()
        .find(|&&c| !has(c, F_CASE_IGNORABLE));
    match before {
        Some(&c) if has(c, F_CASED) => {}
        _ => return false,
    }
    match chars[i + 1..].iter().find(|&&c| !has(c, F_CASE_IGNORABLE)) {
        None => true,
        Some(&c) => !has(c, F_CASED),
    }
}

/// `lower_ucs4`: lowercase `chars[i]` with the final-sigma rule.
fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_lower(c, out);
    }
}

fn lower_string(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    if s.contains('\u{3a3}') {
        let chars: Vec<char> = s.chars().collect();
        for i in 0..chars.len() {
            push_lower_at(&chars, i, &mut out);
        }
    } else {
        for c in s.chars() {
            push_lower(c, &mut out);
        }
    }
    out
}

fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

// ---------------------------------------------------------------------------------------
// Code-point index helpers

/// Byte offsets of code-point indices `start <= end` (both clamped to the end).
fn byte_range(s: &PyStr, start: usize, end: usize) -> (usize, usize) {
    let text = s.as_str();
    if s.is_ascii() {
        return (start.min(text.len()), end.min(text.len()));
    }
    let mut bs = text.len();
    let mut be = text.len();
    for (n, (b, _)) in text.char_indices().enumerate() {
        if n == start {
            bs = b;
        }
        if n == end {
            be = b;
            break;
        }
    }
    (bs, be)
}

/// Code-point count of a UTF-8 prefix.
#[inline]
fn cp_count(s: &str, ascii: bool) -> usize {
    if ascii {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The part of `s` in code-point range `[start, end)` (from `adjust_indices`), with
/// its code-point start; `None` when the range is inverted (CPython then finds nothing,
/// not even the empty string).
fn sub_range(s: &PyStr, start: usize, end: usize) -> Option<(&str, usize)> {
    if end < start {
        return None;
    }
    let (a, b) = byte_range(s, start, end);
    Some((&s.as_str()[a..b], start))
}

fn str_value(s: &str) -> Value {
    Value::str(s)
}

/// The result `s` unchanged: the same object when `self` is an exact str.
fn same(s: &Rc<PyStr>) -> Value {
    Value::Str(s.clone())
}

// ---------------------------------------------------------------------------------------
// Registration

pub fn init(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    let methods: &[(&str, crate::objects::NativeFn)] = &[
        ("capitalize", capitalize),
        ("casefold", casefold),
        ("center", center),
        ("count", count),
        ("encode", encode),
        ("endswith", endswith),
        ("expandtabs", expandtabs),
        ("find", find),
        ("format", format),
        ("format_map", format_map),
        ("index", index),
        ("isalnum", isalnum),
        ("isalpha", isalpha),
        ("isascii", isascii),
        ("isdecimal", isdecimal),
        ("isdigit", isdigit),
        ("isidentifier", isidentifier),
        ("islower", islower),
        ("isnumeric", isnumeric),
        ("isprintable", isprintable),
        ("isspace", isspace),
        ("istitle", istitle),
        ("isupper", isupper),
        ("join", join),
        ("ljust", ljust),
        ("lower", lower),
        ("lstrip", lstrip),
        ("partition", partition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("replace", replace),
        ("rfind", rfind),
        ("rindex", rindex),
        ("rjust", rjust),
        ("rpartition", rpartition),
        ("rsplit", rsplit),
        ("rstrip", rstrip),
        ("split", split),
        ("splitlines", splitlines),
        ("startswith", startswith),
        ("strip", strip),
        ("swapcase", swapcase),
        ("title", title),
        ("translate", translate),
        ("upper", upper),
        ("zfill", zfill),
    ];
    for &(name, f) in methods {
        add_method(vm, &t, name, f);
    }
    add_staticmethod(vm, &t, "maketrans", maketrans);
    let dunders: &[(&str, crate::objects::NativeFn)] = &[
        ("__len__", d_len),
        ("__getitem__", d_getitem),
        ("__contains__", d_contains),
        ("__iter__", d_iter),
        ("__hash__", d_hash),
        ("__repr__", d_repr),
        ("__str__", d_str),
        ("__format__", d_format),
        ("__add__", d_add),
        ("__mul__", d_mul),
        ("__rmul__", d_mul),
        ("__mod__", d_mod),
        ("__rmod__", d_rmod),
        ("__eq__", d_eq),
        ("__ne__", d_ne),
        ("__lt__", d_lt),
        ("__le__", d_le),
        ("__gt__", d_gt),
        ("__ge__", d_ge),
        ("__getnewargs__", d_getnewargs),
    ];
    for &(name, f) in dunders {
        add_method(vm, &t, name, f);
    }
}

// ---------------------------------------------------------------------------------------
// Dunders: the evaluator handles exact strs itself; these serve instances of str
// subclasses (`class S(str)`) and explicit calls such as `str.__len__(s)`.

/// `self` of a slot wrapper (`descriptor '__len__' of 'str' object needs an argument`).
pub(crate) fn slot_self<'a>(
    vm: &Vm,
    args: &'a [Value],
    tname: &str,
    name: &str,
) -> PyResult<&'a Value> {
    args.first().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            name, tname
        ))
    })
}

/// `descriptor '__len__' requires a 'str' object but received a 'int'`.
pub(crate) fn slot_wrong_self(
    vm: &Vm,
    tname: &str,
    name: &str,
    got: &Value,
) -> crate::interp::PyErr {
    vm.type_error(format!(
        "descriptor '{}' requires a '{}' object but received a '{}'",
        name,
        tname,
        vm.type_name(got)
    ))
}

/// Positional count of a slot wrapper (`expected 1 argument, got 0`).
pub(crate) fn slot_nargs(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kwargs: &KwArgs,
    n: usize,
) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("wrapper {}() takes no keyword arguments", name)));
    }
    if args.len() == n {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "expected {} argument{}, got {}",
        n,
        plural(n),
        args.len()
    )))
}

/// `self` (as its str) and the arguments of a str slot wrapper taking `n` arguments.
fn dunder<'a>(
    vm: &Vm,
    args: &'a [Value],
    kwargs: &KwArgs,
    name: &str,
    n: usize,
) -> PyResult<(Rc<PyStr>, &'a [Value])> {
    let v = slot_self(vm, args, "str", name)?;
    let s = str_of(vm, v).ok_or_else(|| slot_wrong_self(vm, "str", name, v))?;
    slot_nargs(vm, name, &args[1..], kwargs, n)?;
    Ok((s, &args[1..]))
}

fn d_len(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = dunder(vm, args, kwargs, "__len__", 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

fn d_getitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder(vm, args, kwargs, "__getitem__", 1)?;
    vm.getitem(&Value::Str(s), &a[0])
}

fn d_contains(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder(vm, args, kwargs, "__contains__", 1)?;
    let Some(sub) = str_of(vm, &a[0]) else {
        return Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&a[0])
        )));
    };
    Ok(Value::Bool(s.as_str().contains(sub.as_str())))
}

fn d_iter(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = dunder(vm, args, kwargs, "__iter__", 0)?;
    vm.get_iter(&Value::Str(s))
}

fn d_hash(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = dunder(vm, args, kwargs, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&Value::Str(s))?))
}

fn d_repr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = dunder(vm, args, kwargs, "__repr__", 0)?;
    Ok(Value::string(vm.builtin_repr(&Value::Str(s))?))
}

fn d_str(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = dunder(vm, args, kwargs, "__str__", 0)?;
    Ok(Value::Str(s))
}

fn d_format(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos(vm, args, kwargs, "__format__", Style::One, 1, 1)?;
    let Some(spec) = str_of(vm, &pos[0]) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            clinic_type_name(vm, &pos[0])
        )));
    };
    let r = vm.builtin_format(&Value::Str(s), spec.as_str())?;
    Ok(Value::string(r))
}

/// Should a binary dunder given an unsupported `other` return NotImplemented rather
/// than raise? CPython tries `type(other).__r<op>__` before str/bytes concatenation or
/// repetition fails, so defer when that is Python code (builtin reflected methods
/// would decline anyway, and raising here gives CPython's exact message).
pub(crate) fn defer_to_reflected(vm: &mut Vm, other: &Value, rname: &str) -> bool {
    let t = vm.type_of(other);
    let n = vm.intern(rname);
    matches!(t.lookup(&n), Some(f) if !matches!(f, Value::Builtin(_)))
}

/// `can't multiply sequence by non-int of type 'X'` (or NotImplemented, see above).
pub(crate) fn bad_repeat(vm: &mut Vm, other: &Value) -> PyResult<Value> {
    if defer_to_reflected(vm, other, "__rmul__") {
        return Ok(Value::NotImplemented);
    }
    Err(vm.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        vm.type_name(other)
    )))
}

fn d_add(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder(vm, args, kwargs, "__add__", 1)?;
    let Some(o) = str_of(vm, &a[0]) else {
        if defer_to_reflected(vm, &a[0], "__radd__") {
            return Ok(Value::NotImplemented);
        }
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&a[0])
        )));
    };
    let mut out = reserve_string(vm, s.as_str().len() + o.as_str().len())?;
    out.push_str(s.as_str());
    out.push_str(o.as_str());
    Ok(Value::string(out))
}

/// Does `v` support `__index__`?
pub(crate) fn is_index_like(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(_) => {
            let t = vm.type_of(v);
            let n = vm.intern("__index__");
            t.lookup(&n).is_some()
                || matches!(vm.builtin_base(v), Some(Value::Int(_) | Value::BigInt(_)))
        }
        _ => false,
    }
}

/// A repeat count (`seq * n`): `__index__`, negative means zero.
pub(crate) fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Value::BigInt(b) = v {
        if b.is_negative() {
            return Ok(0);
        }
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    match vm.to_index(v) {
        Err(e) if vm.err_is(&e, "IndexError") => {
            Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        r => Ok(r?.max(0) as usize),
    }
}

fn d_mul(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder(vm, args, kwargs, "__mul__", 1)?;
    if !is_index_like(vm, &a[0]) {
        return bad_repeat(vm, &a[0]);
    }
    let n = repeat_count(vm, &a[0])?;
    let total = s
        .as_str()
        .len()
        .checked_mul(n)
        .ok_or_else(|| vm.overflow_error("repeated string is too long"))?;
    let mut out = reserve_string(vm, total)?;
    for _ in 0..n {
        out.push_str(s.as_str());
    }
    Ok(Value::string(out))
}

fn d_mod(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder(vm, args, kwargs, "__mod__", 1)?;
    let r = vm.builtin_binop(&Value::Str(s), &a[0], crate::bytecode::BinaryOp::Mod)?;
    Ok(r.unwrap_or(Value::NotImplemented))
}

fn d_rmod(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder(vm, args, kwargs, "__rmod__", 1)?;
    let Some(fmt) = str_of(vm, &a[0]) else {
        return Ok(Value::NotImplemented);
    };
    let r = vm.builtin_binop(
        &Value::Str(fmt),
        &Value::Str(s),
        crate::bytecode::BinaryOp::Mod,
    )?;
    Ok(r.unwrap_or(Value::NotImplemented))
}

fn compare(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    f: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let (s, a) = dunder(vm, args, kwargs, name, 1)?;
    Ok(match str_of(vm, &a[0]) {
        Some(o) => Value::Bool(f(s.as_str().cmp(o.as_str()))),
        None => Value::NotImplemented,
    })
}

fn d_eq(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    compare(vm, args, kwargs, "__eq__", |o| o.is_eq())
}

fn d_ne(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    compare(vm, args, kwargs, "__ne__", |o| o.is_ne())
}

fn d_lt(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    compare(vm, args, kwargs, "__lt__", |o| o.is_lt())
}

fn d_le(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    compare(vm, args, kwargs, "__le__", |o| o.is_le())
}

fn d_gt(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    compare(vm, args, kwargs, "__gt__", |o| o.is_gt())
}

fn d_ge(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    compare(vm, args, kwargs, "__ge__", |o| o.is_ge())
}

fn d_getnewargs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "__getnewargs__", Style::NoArgs, 0, 0)?;
    Ok(Value::tuple(vec![Value::str(s.as_str())]))
}

// ---------------------------------------------------------------------------------------
// Case conversion

fn upper(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "upper", Style::NoArgs, 0, 0)?;
    let t = s.as_str();
    if s.is_ascii() {
        return Ok(Value::string(t.to_ascii_uppercase()));
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        push_upper(c, &mut out);
    }
    Ok(Value::string(out))
}

fn lower(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "lower", Style::NoArgs, 0, 0)?;
    Ok(Value::string(lower_string(s.as_str())))
}

fn casefold(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "casefold", Style::NoArgs, 0, 0)?;
    let t = s.as_str();
    if s.is_ascii() {
        return Ok(Value::string(t.to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        push_fold(c, &mut out);
    }
    Ok(Value::string(out))
}

fn swapcase(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "swapcase", Style::NoArgs, 0, 0)?;
    let t = s.as_str();
    if s.is_ascii() {
        let out: String = t
            .bytes()
            .map(|b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase() as char
                } else {
                    b.to_ascii_uppercase() as char
                }
            })
            .collect();
        return Ok(Value::string(out));
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for (i, &c) in chars.iter().enumerate() {
        let f = uflags(c);
        if f & F_UPPER != 0 {
            push_lower_at(&chars, i, &mut out);
        } else if f & F_LOWER != 0 {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Ok(Value::string(out))
}

fn title(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "title", Style::NoArgs, 0, 0)?;
    let t = s.as_str();
    if s.is_ascii() {
        let mut prev_cased = false;
        let out: String = t
            .bytes()
            .map(|b| {
                let r = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                r as char
            })
            .collect();
        return Ok(Value::string(out));
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        prev_cased = has(c, F_CASED);
    }
    Ok(Value::string(out))
}

fn capitalize(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "capitalize", Style::NoArgs, 0, 0)?;
    let t = s.as_str();
    if s.is_ascii() {
        let mut out = t.to_ascii_lowercase();
        if let Some(first) = out.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        return Ok(Value::string(out));
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(chars[0], &mut out);
        } else {
            push_lower_at(&chars, i, &mut out);
        }
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------------------------------
// Predicates

/// Shared body of the `is*` predicates that are false for the empty string.
fn predicate(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    ascii: fn(u8) -> bool,
    uni: fn(char) -> bool,
) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, name, Style::NoArgs, 0, 0)?;
    let t = s.as_str();
    let r = !t.is_empty()
        && if s.is_ascii() {
            t.bytes().all(ascii)
        } else {
            t.chars().all(uni)
        };
    Ok(Value::Bool(r))
}

fn isalpha(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(
        vm,
        args,
        kwargs,
        "isalpha",
        |b| b.is_ascii_alphabetic(),
        |c| has(c, F_ALPHA),
    )
}

fn isalnum(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(
        vm,
        args,
        kwargs,
        "isalnum",
        |b| b.is_ascii_alphanumeric(),
        |c| has(c, F_ALPHA | F_DECIMAL | F_DIGIT | F_NUMERIC),
    )
}

fn isdecimal(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(
        vm,
        args,
        kwargs,
        "isdecimal",
        |b| b.is_ascii_digit(),
        |c| decimal_value(c).is_some(),
    )
}

fn isdigit(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(
        vm,
        args,
        kwargs,
        "isdigit",
        |b| b.is_ascii_digit(),
        |c| has(c, F_DIGIT),
    )
}

fn isnumeric(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(
        vm,
        args,
        kwargs,
        "isnumeric",
        |b| b.is_ascii_digit(),
        |c| has(c, F_NUMERIC),
    )
}

fn isspace(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate(
        vm,
        args,
        kwargs,
        "isspace",
        |b| is_py_space(b as char),
        is_py_space,
    )
}

fn isprintable(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "isprintable", Style::NoArgs, 0, 0)?;
    let t = s.as_str();
    let r = if s.is_ascii() {
        t.bytes().all(|b| (0x20..0x7f).contains(&b))
    } else {
        t.chars().all(is_printable)
    };
    Ok(Value::Bool(r))
}

fn isascii(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "isascii", Style::NoArgs, 0, 0)?;
    Ok(Value::Bool(s.is_ascii()))
}

fn isidentifier(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "isidentifier", Style::NoArgs, 0, 0)?;
    let mut it = s.as_str().chars();
    let r = match it.next() {
        None => false,
        Some(c) => has(c, F_ID_START) && it.all(|c| has(c, F_ID_CONTINUE)),
    };
    Ok(Value::Bool(r))
}

fn islower(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "islower", Style::NoArgs, 0, 0)?;
    let t = s.as_str();
    let r = if s.is_ascii() {
        let b = t.as_bytes();
        !b.iter().any(|b| b.is_ascii_uppercase()) && b.iter().any(|b| b.is_ascii_lowercase())
    } else {
        let mut cased = false;
        let mut ok = true;
        for c in t.chars() {
            let f = uflags(c);
            if f & (F_UPPER | F_TITLE) != 0 {
                ok = false;
                break;
            }
            cased |= f & F_LOWER != 0;
        }
        ok && cased
    };
    Ok(Value::Bool(r))
}

fn isupper(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "isupper", Style::NoArgs, 0, 0)?;
    let t = s.as_str();
    let r = if s.is_ascii() {
        let b = t.as_bytes();
        !b.iter().any(|b| b.is_ascii_lowercase()) && b.iter().any(|b| b.is_ascii_uppercase())
    } else {
        let mut cased = false;
        let mut ok = true;
        for c in t.chars() {
            let f = uflags(c);
            if f & (F_LOWER | F_TITLE) != 0 {
                ok = false;
                break;
            }
            cased |= f & F_UPPER != 0;
        }
        ok && cased
    };
    Ok(Value::Bool(r))
}

fn istitle(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos(vm, args, kwargs, "istitle", Style::NoArgs, 0, 0)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.as_str().chars() {
        let f = if c.is_ascii() {
            if c.is_ascii_uppercase() {
                F_UPPER
            } else if c.is_ascii_lowercase() {
                F_LOWER
            } else {
                0
            }
        } else {
            uflags(c)
        };
        if f & (F_UPPER | F_TITLE) != 0 {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if f & F_LOWER != 0 {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ---------------------------------------------------------------------------------------
// Searching

/// `(sub[, start[, end]])` of the find family: self, sub and the adjusted range.
fn finds_args(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
) -> PyResult<(Rc<PyStr>, Rc<PyStr>, usize, usize)> {
    let (s, pos) = this_pos(vm, args, kwargs, name, Style::Tuple, 1, 3)?;
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    let sub = str_arg(vm, &pos[0], "")?;
    let (a, b) = adjust_indices(start, end, s.char_len());
    Ok((s, sub, a, b))
}

/// Code-point index of the first (or last) `sub` in `s[a:b]`.
fn find_in(s: &PyStr, sub: &PyStr, a: usize, b: usize, reverse: bool) -> Option<usize> {
    let (hay, off) = sub_range(s, a, b)?;
    let needle = sub.as_str();
    let pos = if sub.char_len() == 1 {
        let c = needle.chars().next().unwrap_or_default();
        if reverse {
            hay.rfind(c)
        } else {
            hay.find(c)
        }
    } else if reverse {
        hay.rfind(needle)
    } else {
        hay.find(needle)
    }?;
    Some(off + cp_count(&hay[..pos], s.is_ascii()))
}

fn find(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, sub, a, b) = finds_args(vm, args, kwargs, "find")?;
    Ok(Value::Int(
        find_in(&s, &sub, a, b, false).map_or(-1, |i| i as i64),
    ))
}

fn rfind(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, sub, a, b) = finds_args(vm, args, kwargs, "rfind")?;
    Ok(Value::Int(
        find_in(&s, &sub, a, b, true).map_or(-1, |i| i as i64),
    ))
}

fn index(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, sub, a, b) = finds_args(vm, args, kwargs, "index")?;
    match find_in(&s, &sub, a, b, false) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, sub, a, b) = finds_args(vm, args, kwargs, "rindex")?;
    match find_in(&s, &sub, a, b, true) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, sub, a, b) = finds_args(vm, args, kwargs, "count")?;
    let Some((hay, _)) = sub_range(&s, a, b) else {
        return Ok(Value::Int(0));
    };
    let needle = sub.as_str();
    let n = if needle.is_empty() {
        cp_count(hay, s.is_ascii()) + 1
    } else if needle.len() == 1 {
        let nb = needle.as_bytes()[0];
        hay.bytes().filter(|&b| b == nb).count()
    } else {
        hay.matches(needle).count()
    };
    Ok(Value::Int(n as i64))
}

fn tailmatch(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    at_end: bool,
) -> PyResult<Value> {
    let (s, pos) = this_pos(vm, args, kwargs, name, Style::Tuple, 1, 3)?;
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    let (a, b) = adjust_indices(start, end, s.char_len());
    let hay = sub_range(&s, a, b).map(|(h, _)| h);
    let matches = |sub: &PyStr| match hay {
        None => false,
        Some(h) if at_end => h.ends_with(sub.as_str()),
        Some(h) => h.starts_with(sub.as_str()),
    };
    let arg = vm.unwrap_builtin(&pos[0]);
    if let Value::Tuple(t) = &arg {
        for item in &t.items {
            let Some(sub) = str_of(vm, item) else {
                return Err(vm.type_error(format!(
                    "tuple for {} must only contain str, not {}",
                    name,
                    vm.type_name(item)
                )));
            };
            if matches(&sub) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match str_of(vm, &arg) {
        Some(sub) => Ok(Value::Bool(matches(&sub))),
        None => Err(vm.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            vm.type_name(&pos[0])
        ))),
    }
}

fn startswith(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    tailmatch(vm, args, kwargs, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    tailmatch(vm, args, kwargs, "endswith", true)
}

// ---------------------------------------------------------------------------------------
// Padding

fn pad_args(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
) -> PyResult<(Rc<PyStr>, usize, char)> {
    let (s, pos) = this_pos(vm, args, kwargs, name, Style::Clinic, 1, 2)?;
    let width = ssize_arg(vm, &pos[0])?;
    let fill = match pos.get(1) {
        None => ' ',
        Some(v) => match str_of(vm, v) {
            Some(f) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
            Some(_) => {
                return Err(vm.type_error("The fill character must be exactly one character long"))
            }
            None => {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    if width > (1 << 32) {
        return Err(vm.new_error("MemoryError", ""));
    }
    Ok((s, width.max(0) as usize, fill))
}

fn pad(vm: &Vm, s: &Rc<PyStr>, left: usize, right: usize, fill: char) -> PyResult<Value> {
    if left == 0 && right == 0 {
        return Ok(same(s));
    }
    let total = (left + right)
        .checked_mul(fill.len_utf8())
        .and_then(|n| n.checked_add(s.as_str().len()))
        .ok_or_else(|| vm.overflow_error("padded string is too long"))?;
    let mut out = reserve_string(vm, total)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::string(out))
}

fn center(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, kwargs, "center")?;
    let len = s.char_len();
    if width <= len {
        return Ok(same(&s));
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(vm, &s, left, marg - left, fill)
}

fn ljust(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, kwargs, "ljust")?;
    let len = s.char_len();
    pad(vm, &s, 0, width.saturating_sub(len), fill)
}

fn rjust(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, kwargs, "rjust")?;
    let len = s.char_len();
    pad(vm, &s, width.saturating_sub(len), 0, fill)
}

fn zfill(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos(vm, args, kwargs, "zfill", Style::One, 1, 1)?;
    let width = ssize_arg(vm, &pos[0])?.max(0) as usize;
    if width > (1 << 32) {
        return Err(vm.new_error("MemoryError", ""));
    }
    let len = s.char_len();
    if width <= len {
        return Ok(same(&s));
    }
    let fill = width - len;
    let t = s.as_str();
    let mut out = reserve_string(vm, t.len() + fill)?;
    let rest = match t.as_bytes().first() {
        Some(&b @ (b'+' | b'-')) => {
            out.push(b as char);
            &t[1..]
        }
        _ => t,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(Value::string(out))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "expandtabs")?;
    let a = parse_kw(vm, "expandtabs", &args[1..], kwargs, &["tabsize"])?;
    let tabsize = match &a[0] {
        Some(v) => ssize_arg(vm, v)?,
        None => 8,
    };
    let t = s.as_str();
    if !t.contains('\t') {
        return Ok(same(&s));
    }
    let tab = tabsize.max(0) as usize;
    // First pass: the result length (guarding against absurd sizes).
    let mut col = 0usize;
    let mut total = 0usize;
    let too_long = || vm.overflow_error("result too long");
    for c in t.chars() {
        if c == '\t' {
            if tab > 0 {
                let n = tab - col % tab;
                col = col.checked_add(n).ok_or_else(too_long)?;
                total = total.checked_add(n).ok_or_else(too_long)?;
            }
        } else {
            col += 1;
            total += c.len_utf8();
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    let mut out = reserve_string(vm, total)?;
    col = 0;
    for c in t.chars() {
        if c == '\t' {
            if tab > 0 {
                let n = tab - col % tab;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------------------------------
// Joining, stripping, splitting

fn join(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos(vm, args, kwargs, "join", Style::One, 1, 1)?;
    match vm.unwrap_builtin(&pos[0]) {
        // No Python code runs while joining, so a list can stay borrowed.
        Value::List(l) => join_items(vm, &s, &l.items.borrow()),
        Value::Tuple(t) => join_items(vm, &s, &t.items),
        _ => {
            if !vm.is_iterable(&pos[0]) {
                return Err(vm.type_error("can only join an iterable"));
            }
            let items = vm.iterate(&pos[0])?;
            join_items(vm, &s, &items)
        }
    }
}

/// The str inside `v` (a str or an instance of a str subclass).
#[inline]
fn str_ref<'a>(vm: &Vm, v: &'a Value, slot: &'a mut Option<Rc<PyStr>>) -> Option<&'a str> {
    match v {
        Value::Str(p) => Some(p.as_str()),
        Value::Instance(_) => {
            *slot = str_of(vm, v);
            slot.as_deref().map(PyStr::as_str)
        }
        _ => None,
    }
}

fn join_items(vm: &Vm, sep: &PyStr, items: &[Value]) -> PyResult<Value> {
    let mut total = 0usize;
    for (i, item) in items.iter().enumerate() {
        let mut slot = None;
        match str_ref(vm, item, &mut slot) {
            Some(p) => total += p.len(),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    vm.type_name(item)
                )))
            }
        }
    }
    if let [Value::Str(only)] = items {
        return Ok(Value::Str(only.clone()));
    }
    let sep = sep.as_str();
    total += sep.len() * items.len().saturating_sub(1);
    let mut out = reserve_string(vm, total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        let mut slot = None;
        out.push_str(str_ref(vm, item, &mut slot).unwrap_or(""));
    }
    Ok(Value::string(out))
}

fn strip_impl(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (s, pos) = this_pos(vm, args, kwargs, name, Style::Clinic, 0, 1)?;
    let t = s.as_str();
    let r = match pos.first() {
        None | Some(Value::None) => {
            let ws = |c: char| is_py_space(c);
            match (left, right) {
                (true, true) => t.trim_matches(ws),
                (true, false) => t.trim_start_matches(ws),
                _ => t.trim_end_matches(ws),
            }
        }
        Some(v) => match str_of(vm, v) {
            Some(chars) => {
                let set = chars.as_str();
                let m = |c: char| set.contains(c);
                match (left, right) {
                    (true, true) => t.trim_matches(m),
                    (true, false) => t.trim_start_matches(m),
                    _ => t.trim_end_matches(m),
                }
            }
            None => return Err(vm.type_error(format!("{} arg must be None or str", name))),
        },
    };
    if r.len() == t.len() {
        return Ok(same(&s));
    }
    Ok(str_value(r))
}

fn strip(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, kwargs, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, kwargs, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, kwargs, "rstrip", false, true)
}

/// The code point starting at byte `i` of `t`: (is whitespace, byte length).
#[inline(always)]
fn space_at(t: &str, i: usize) -> (bool, usize) {
    let b = t.as_bytes()[i];
    if b < 0x80 {
        (ASCII_SPACE[b as usize], 1)
    } else {
        let c = t[i..].chars().next().unwrap_or(' ');
        (is_py_space(c), c.len_utf8())
    }
}

/// The code point ending at byte `i` of `t`: (is whitespace, byte length).
#[inline(always)]
fn space_before(t: &str, i: usize) -> (bool, usize) {
    let b = t.as_bytes()[i - 1];
    if b < 0x80 {
        (ASCII_SPACE[b as usize], 1)
    } else {
        let c = t[..i].chars().next_back().unwrap_or(' ');
        (is_py_space(c), c.len_utf8())
    }
}

/// `Py_UNICODE_ISSPACE` for ASCII.
static ASCII_SPACE: [bool; 128] = {
    let mut t = [false; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = matches!(
            i as u8,
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | 0x1c..=0x1f | b' '
        );
        i += 1;
    }
    t
};

/// `str.split()` with no separator: runs of whitespace separate, ends are dropped.
fn split_whitespace(t: &str, mut maxcount: usize) -> Vec<&str> {
    let n = t.len();
    let mut out = Vec::new();
    let mut i = 0;
    while maxcount > 0 {
        while i < n {
            let (sp, l) = space_at(t, i);
            if !sp {
                break;
            }
            i += l;
        }
        if i == n {
            break;
        }
        let j = i;
        while i < n {
            let (sp, l) = space_at(t, i);
            if sp {
                break;
            }
            i += l;
        }
        out.push(&t[j..i]);
        maxcount -= 1;
    }
    if i < n {
        while i < n {
            let (sp, l) = space_at(t, i);
            if !sp {
                break;
            }
            i += l;
        }
        if i != n {
            out.push(&t[i..]);
        }
    }
    out
}

fn rsplit_whitespace(t: &str, mut maxcount: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut i = t.len();
    while maxcount > 0 {
        while i > 0 {
            let (sp, l) = space_before(t, i);
            if !sp {
                break;
            }
            i -= l;
        }
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 {
            let (sp, l) = space_before(t, i);
            if sp {
                break;
            }
            i -= l;
        }
        out.push(&t[i..j]);
        maxcount -= 1;
    }
    if i > 0 {
        while i > 0 {
            let (sp, l) = space_before(t, i);
            if !sp {
                break;
            }
            i -= l;
        }
        if i != 0 {
            out.push(&t[..i]);
        }
    }
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, args: &[Value], kwargs: &KwArgs, name: &str) -> PyResult<Value> {
    let reverse = name == "rsplit";
    let s = this(vm, args, name)?;
    let a = parse_kw(vm, name, &args[1..], kwargs, &["sep", "maxsplit"])?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(str_of(vm, v).ok_or_else(|| {
            vm.type_error(format!("must be str or None, not {}", vm.type_name(v)))
        })?),
    };
    let maxsplit = match &a[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let maxcount = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let t = s.as_str();
    let parts: Vec<&str> = match &sep {
        None if reverse => rsplit_whitespace(t, maxcount),
        None => split_whitespace(t, maxcount),
        Some(sep) => {
            let sep = sep.as_str();
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let single = (sep.len() == 1).then(|| sep.as_bytes()[0] as char);
            match (reverse, maxcount, single) {
                (false, usize::MAX, Some(c)) => t.split(c).collect(),
                (false, usize::MAX, None) => t.split(sep).collect(),
                (false, n, Some(c)) => t.splitn(n + 1, c).collect(),
                (false, n, None) => t.splitn(n + 1, sep).collect(),
                (true, n, _) => {
                    let mut v: Vec<&str> = if n == usize::MAX {
                        t.rsplit(sep).collect()
                    } else {
                        t.rsplitn(n + 1, sep).collect()
                    };
                    v.reverse();
                    v
                }
            }
        }
    };
    let items = parts
        .into_iter()
        .map(|p| {
            if p.len() == t.len() {
                same(&s)
            } else {
                str_value(p)
            }
        })
        .collect();
    Ok(Value::list(items))
}

fn split(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kwargs, "split")
}

fn rsplit(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kwargs, "rsplit")
}

fn splitlines(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "splitlines")?;
    let a = parse_kw(vm, "splitlines", &args[1..], kwargs, &["keepends"])?;
    let keepends = match &a[0] {
        Some(v) => ssize_arg(vm, v)? != 0,
        None => false,
    };
    let t = s.as_str();
    let n = t.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let start = i;
        let mut brk = None;
        for (off, c) in t[i..].char_indices() {
            if is_linebreak(c) {
                brk = Some((i + off, c));
                break;
            }
        }
        let (eol, next) = match brk {
            None => (n, n),
            Some((p, '\r')) if t.as_bytes().get(p + 1) == Some(&b'\n') => (p, p + 2),
            Some((p, c)) => (p, p + c.len_utf8()),
        };
        let end = if keepends { next } else { eol };
        out.push(if start == 0 && end == n {
            same(&s)
        } else {
            str_value(&t[start..end])
        });
        i = next;
    }
    Ok(Value::list(out))
}

fn partition_impl(vm: &mut Vm, args: &[Value], kwargs: &KwArgs, name: &str) -> PyResult<Value> {
    let (s, pos) = this_pos(vm, args, kwargs, name, Style::One, 1, 1)?;
    let sep = str_arg(vm, &pos[0], "")?;
    let sp = sep.as_str();
    if sp.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let t = s.as_str();
    let found = if name == "partition" {
        t.find(sp)
    } else {
        t.rfind(sp)
    };
    let empty = || Value::str("");
    Ok(Value::tuple(match found {
        Some(i) => vec![
            str_value(&t[..i]),
            Value::Str(sep.clone()),
            str_value(&t[i + sp.len()..]),
        ],
        None if name == "partition" => vec![same(&s), empty(), empty()],
        None => vec![empty(), empty(), same(&s)],
    }))
}

fn partition(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, kwargs, "partition")
}

fn rpartition(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, kwargs, "rpartition")
}

fn removeprefix(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos(vm, args, kwargs, "removeprefix", Style::One, 1, 1)?;
    let p = str_arg(vm, &pos[0], "removeprefix() argument ")?;
    match s.as_str().strip_prefix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => Ok(str_value(r)),
        _ => Ok(same(&s)),
    }
}

fn removesuffix(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos(vm, args, kwargs, "removesuffix", Style::One, 1, 1)?;
    let p = str_arg(vm, &pos[0], "removesuffix() argument ")?;
    match s.as_str().strip_suffix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => Ok(str_value(r)),
        _ => Ok(same(&s)),
    }
}

fn replace(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos(vm, args, kwargs, "replace", Style::Clinic, 2, 3)?;
    let old = str_arg(vm, &pos[0], "replace() argument 1 ")?;
    let new = str_arg(vm, &pos[1], "replace() argument 2 ")?;
    let count = match pos.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let (t, o, n) = (s.as_str(), old.as_str(), new.as_str());
    if count == 0 {
        return Ok(same(&s));
    }
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if o.is_empty() {
        // Insert `new` before every code point and at the end, up to `limit` times.
        let slots = s.char_len() + 1;
        let k = slots.min(limit);
        let total = n
            .len()
            .checked_mul(k)
            .and_then(|x| x.checked_add(t.len()))
            .ok_or_else(|| vm.overflow_error("replace string is too long"))?;
        let mut out = reserve_string(vm, total)?;
        for (i, c) in t.chars().enumerate() {
            if i < k {
                out.push_str(n);
            }
            out.push(c);
        }
        if k == slots {
            out.push_str(n);
        }
        return Ok(Value::string(out));
    }
    if n.len() > o.len() && (t.len() / o.len()).saturating_mul(n.len()) > (1 << 26) {
        // A potentially huge result: size it first so failure is a MemoryError.
        let hits = t.matches(o).take(limit).count();
        let total = (n.len() - o.len())
            .checked_mul(hits)
            .and_then(|x| x.checked_add(t.len()))
            .ok_or_else(|| vm.overflow_error("replace string is too long"))?;
        drop(reserve_string(vm, total)?);
    }
    let out = if count < 0 {
        if !t.contains(o) {
            return Ok(same(&s));
        }
        t.replace(o, n)
    } else {
        t.replacen(o, n, limit)
    };
    Ok(Value::string(out))
}

// ---------------------------------------------------------------------------------------
// translate / maketrans

enum Mapped {
    Keep,
    Delete,
    Char(char),
    Text(Rc<PyStr>),
}

/// Look up code point `c` in a `str.translate` table.
fn translate_lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let key = Value::Int(c as i64);
    let r = match table {
        Value::Dict(d) => vm.dict_get(d, &key)?,
        _ => match vm.getitem(table, &key) {
            Ok(v) => Some(v),
            Err(e) if vm.err_is(&e, "LookupError") => None,
            Err(e) => return Err(e),
        },
    };
    let Some(v) = r else {
        return Ok(Mapped::Keep);
    };
    if v.is_none() {
        return Ok(Mapped::Delete);
    }
    if let Some(st) = str_of(vm, &v) {
        return Ok(Mapped::Text(st));
    }
    let n = match vm.unwrap_builtin(&v) {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        Value::BigInt(_) => -1,
        _ => {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
    };
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(ch) => Ok(Mapped::Char(ch)),
        None => Err(vm.value_error("character mapping must be in range(0x110000)")),
    }
}

fn translate(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos(vm, args, kwargs, "translate", Style::One, 1, 1)?;
    let table = &pos[0];
    let mut cache: HashMap<char, Mapped> = HashMap::new();
    let t = s.as_str();
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        let m = match cache.get(&c) {
            Some(m) => m,
            None => {
                let m = translate_lookup(vm, table, c)?;
                cache.entry(c).or_insert(m)
            }
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(ch) => out.push(*ch),
            Mapped::Text(st) => out.push_str(st.as_str()),
        }
    }
    Ok(Value::string(out))
}

fn maketrans(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    check_pos(vm, "str", "maketrans", args, kwargs, Style::Clinic, 1, 3)?;
    let d = Rc::new(PyDict::new());
    if args.len() == 1 {
        let x = vm.unwrap_builtin(&args[0]);
        let Value::Dict(src) = &x else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let items = src.data.borrow().items();
        for (k, v) in items {
            let key = if let Some(ks) = str_of(vm, &k) {
                if ks.char_len() != 1 {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1")
                    );
                }
                Value::Int(ks.as_str().chars().next().map_or(0, |c| c as i64))
            } else if matches!(
                vm.unwrap_builtin(&k),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
            ) {
                vm.unwrap_builtin(&k)
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set(&d, key, v)?;
        }
        return Ok(Value::Dict(d));
    }
    let y = str_of(vm, &args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "maketrans() argument 2 must be str, not {}",
            clinic_type_name(vm, &args[1])
        ))
    })?;
    let z = match args.get(2) {
        Some(v) => Some(str_of(vm, v).ok_or_else(|| {
            vm.type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                clinic_type_name(vm, v)
            ))
        })?),
        None => None,
    };
    let x = str_of(vm, &args[0]).ok_or_else(|| {
        vm.type_error("first maketrans argument must be a string if there is a second argument")
    })?;
    if x.char_len() != y.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        vm.dict_set(&d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = z {
        for c in z.as_str().chars() {
            vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(d))
}

// ---------------------------------------------------------------------------------------
// Formatting and encoding

fn format(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "format")?;
    let r = crate::builtins::strfmt::str_format(vm, s.as_str(), &args[1..], kwargs)?;
    Ok(Value::string(r))
}

fn format_map(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos(vm, args, kwargs, "format_map", Style::One, 1, 1)?;
    let r = crate::builtins::strfmt::str_format_map(vm, s.as_str(), &pos[0])?;
    Ok(Value::string(r))
}

/// A codec argument (`encoding`/`errors`) of encode/decode.
pub(crate) fn codec_arg(
    vm: &Vm,
    fname: &str,
    what: &str,
    v: &Option<Value>,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => match str_of(vm, v) {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(vm.type_error(format!(
                "{}() argument '{}' must be str, not {}",
                fname,
                what,
                clinic_type_name(vm, v)
            ))),
        },
    }
}

/// How a code point is written in codec error messages (`'\xe9'`).
fn escape_cp(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{:02x}", n)
    } else if n <= 0xffff {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// Encode `t` with a one-byte codec (`ascii`: limit 128, `latin-1`: limit 256).
fn encode_limited(vm: &Vm, t: &str, codec: &str, limit: u32, errors: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = t.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = format!("ordinal not in range({})", limit);
                let msg = if j == i + 1 {
                    format!(
                        "'{}' codec can't encode character '{}' in position {}: {}",
                        codec,
                        escape_cp(c),
                        i,
                        reason
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {}-{}: {}",
                        codec,
                        i,
                        j - 1,
                        reason
                    )
                };
                return Err(vm.new_error("UnicodeEncodeError", msg));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(escape_cp(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => {
                return Err(vm.new_error(
                    "LookupError",
                    format!("unknown error handler name '{}'", other),
                ))
            }
        }
        i = j;
    }
    Ok(out)
}

fn encode(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "encode")?;
    let a = parse_kw(vm, "encode", &args[1..], kwargs, &["encoding", "errors"])?;
    let encoding = codec_arg(vm, "encode", "encoding", &a[0], "utf-8")?;
    let errors = codec_arg(vm, "encode", "errors", &a[1], "strict")?;
    let t = s.as_str();
    let data = match codec_name(&encoding) {
        Some("utf-8") => t.as_bytes().to_vec(),
        Some("utf-8-sig") => [&b"\xef\xbb\xbf"[..], t.as_bytes()].concat(),
        Some("ascii") if s.is_ascii() => t.as_bytes().to_vec(),
        Some("ascii") => encode_limited(vm, t, "ascii", 128, &errors)?,
        Some(_) => encode_limited(vm, t, "latin-1", 256, &errors)?,
        None => return Err(vm.new_error("LookupError", format!("unknown encoding: {}", encoding))),
    };
    Ok(Value::Bytes(Rc::new(crate::objects::PyBytes { data })))
}

// ---- Unicode tables: generated from CPython 3.11.7 (`unicodedata` 14.0.0); do not edit.

/// Runs of code points sharing one set of `F_*` flags: (first code point, flags).
#[rustfmt::skip]
static UNI_RUNS: [(u32, u16); 3850] = [
    (0x0, 0), (0x20, 16), (0x27, 1040), (0x28, 16), (0x2e, 1040), (0x2f, 16), (0x30, 94),
    (0x3a, 1040), (0x3b, 16), (0x41, 369), (0x5b, 16), (0x5e, 1040), (0x5f, 112), (0x60, 1040),
    (0x61, 241), (0x7b, 16), (0x7f, 0), (0xa1, 16), (0xa8, 1040), (0xa9, 16), (0xaa, 241),
    (0xab, 16), (0xad, 1024), (0xae, 16), (0xaf, 1040), (0xb0, 16), (0xb2, 28), (0xb4, 1040),
    (0xb5, 241), (0xb6, 16), (0xb7, 1104), (0xb8, 1040), (0xb9, 28), (0xba, 241), (0xbb, 16),
    (0xbc, 24), (0xbf, 16), (0xc0, 369), (0xd7, 16), (0xd8, 369), (0xdf, 241), (0xf7, 16),
    (0xf8, 241), (0x100, 369), (0x101, 241), (0x102, 369), (0x103, 241), (0x104, 369),
    (0x105, 241), (0x106, 369), (0x107, 241), (0x108, 369), (0x109, 241), (0x10a, 369),
    (0x10b, 241), (0x10c, 369), (0x10d, 241), (0x10e, 369), (0x10f, 241), (0x110, 369),
    (0x111, 241), (0x112, 369), (0x113, 241), (0x114, 369), (0x115, 241), (0x116, 369),
    (0x117, 241), (0x118, 369), (0x119, 241), (0x11a, 369), (0x11b, 241), (0x11c, 369),
    (0x11d, 241), (0x11e, 369), (0x11f, 241), (0x120, 369), (0x121, 241), (0x122, 369),
    (0x123, 241), (0x124, 369), (0x125, 241), (0x126, 369), (0x127, 241), (0x128, 369),
    (0x129, 241), (0x12a, 369), (0x12b, 241), (0x12c, 369), (0x12d, 241), (0x12e, 369),
    (0x12f, 241), (0x130, 369), (0x131, 241), (0x132, 369), (0x133, 241), (0x134, 369),
    (0x135, 241), (0x136, 369), (0x137, 241), (0x139, 369), (0x13a, 241), (0x13b, 369),
    (0x13c, 241), (0x13d, 369), (0x13e, 241), (0x13f, 369), (0x140, 241), (0x141, 369),
    (0x142, 241), (0x143, 369), (0x144, 241), (0x145, 369), (0x146, 241), (0x147, 369),
    (0x148, 241), (0x14a, 369), (0x14b, 241), (0x14c, 369), (0x14d, 241), (0x14e, 369),
    (0x14f, 241), (0x150, 369), (0x151, 241), (0x152, 369), (0x153, 241), (0x154, 369),
    (0x155, 241), (0x156, 369), (0x157, 241), (0x158, 369), (0x159, 241), (0x15a, 369),
    (0x15b, 241), (0x15c, 369), (0x15d, 241), (0x15e, 369), (0x15f, 241), (0x160, 369),
    (0x161, 241), (0x162, 369), (0x163, 241), (0x164, 369), (0x165, 241), (0x166, 369),
    (0x167, 241), (0x168, 369), (0x169, 241), (0x16a, 369), (0x16b, 241), (0x16c, 369),
    (0x16d, 241), (0x16e, 369), (0x16f, 241), (0x170, 369), (0x171, 241), (0x172, 369),
    (0x173, 241), (0x174, 369), (0x175, 241), (0x176, 369), (0x177, 241), (0x178, 369),
    (0x17a, 241), (0x17b, 369), (0x17c, 241), (0x17d, 369), (0x17e, 241), (0x181, 369),
    (0x183, 241), (0x184, 369), (0x185, 241), (0x186, 369), (0x188, 241), (0x189, 369),
    (0x18c, 241), (0x18e, 369), (0x192, 241), (0x193, 369), (0x195, 241), (0x196, 369),
    (0x199, 241), (0x19c, 369), (0x19e, 241), (0x19f, 369), (0x1a1, 241), (0x1a2, 369),
    (0x1a3, 241), (0x1a4, 369), (0x1a5, 241), (0x1a6, 369), (0x1a8, 241), (0x1a9, 369),
    (0x1aa, 241), (0x1ac, 369), (0x1ad, 241), (0x1ae, 369), (0x1b0, 241), (0x1b1, 369),
    (0x1b4, 241), (0x1b5, 369), (0x1b6, 241), (0x1b7, 369), (0x1b9, 241), (0x1bb, 113),
    (0x1bc, 369), (0x1bd, 241), (0x1c0, 113), (0x1c4, 369), (0x1c5, 625), (0x1c6, 241),
    (0x1c7, 369), (0x1c8, 625), (0x1c9, 241), (0x1ca, 369), (0x1cb, 625), (0x1cc, 241),
    (0x1cd, 369), (0x1ce, 241), (0x1cf, 369), (0x1d0, 241), (0x1d1, 369), (0x1d2, 241),
    (0x1d3, 369), (0x1d4, 241), (0x1d5, 369), (0x1d6, 241), (0x1d7, 369), (0x1d8, 241),
    (0x1d9, 369), (0x1da, 241), (0x1db, 369), (0x1dc, 241), (0x1de, 369), (0x1df, 241),
    (0x1e0, 369), (0x1e1, 241), (0x1e2, 369), (0x1e3, 241), (0x1e4, 369), (0x1e5, 241),
    (0x1e6, 369), (0x1e7, 241), (0x1e8, 369), (0x1e9, 241), (0x1ea, 369), (0x1eb, 241),
    (0x1ec, 369), (0x1ed, 241), (0x1ee, 369), (0x1ef, 241), (0x1f1, 369), (0x1f2, 625),
    (0x1f3, 241), (0x1f4, 369), (0x1f5, 241), (0x1f6, 369), (0x1f9, 241), (0x1fa, 369),
    (0x1fb, 241), (0x1fc, 369), (0x1fd, 241), (0x1fe, 369), (0x1ff, 241), (0x200, 369),
    (0x201, 241), (0x202, 369), (0x203, 241), (0x204, 369), (0x205, 241), (0x206, 369),
    (0x207, 241), (0x208, 369), (0x209, 241), (0x20a, 369), (0x20b, 241), (0x20c, 369),
    (0x20d, 241), (0x20e, 369), (0x20f, 241), (0x210, 369), (0x211, 241), (0x212, 369),
    (0x213, 241), (0x214, 369), (0x215, 241), (0x216, 369), (0x217, 241), (0x218, 369),
    (0x219, 241), (0x21a, 369), (0x21b, 241), (0x21c, 369), (0x21d, 241), (0x21e, 369),
    (0x21f, 241), (0x220, 369), (0x221, 241), (0x222, 369), (0x223, 241), (0x224, 369),
    (0x225, 241), (0x226, 369), (0x227, 241), (0x228, 369), (0x229, 241), (0x22a, 369),
    (0x22b, 241), (0x22c, 369), (0x22d, 241), (0x22e, 369), (0x22f, 241), (0x230, 369),
    (0x231, 241), (0x232, 369), (0x233, 241), (0x23a, 369), (0x23c, 241), (0x23d, 369),
    (0x23f, 241), (0x241, 369), (0x242, 241), (0x243, 369), (0x247, 241), (0x248, 369),
    (0x249, 241), (0x24a, 369), (0x24b, 241), (0x24c, 369), (0x24d, 241), (0x24e, 369),
    (0x24f, 241), (0x294, 113), (0x295, 241), (0x2b0, 1265), (0x2b9, 1137), (0x2c0, 1265),
    (0x2c2, 1040), (0x2c6, 1137), (0x2d2, 1040), (0x2e0, 1265), (0x2e5, 1040), (0x2ec, 1137),
    (0x2ed, 1040), (0x2ee, 1137), (0x2ef, 1040), (0x300, 1104), (0x345, 1232), (0x346, 1104),
    (0x370, 369), (0x371, 241), (0x372, 369), (0x373, 241), (0x374, 1137), (0x375, 1040),
    (0x376, 369), (0x377, 241), (0x378, 0), (0x37a, 1169), (0x37b, 241), (0x37e, 16),
    (0x37f, 369), (0x380, 0), (0x384, 1040), (0x386, 369), (0x387, 1104), (0x388, 369),
    (0x38b, 0), (0x38c, 369), (0x38d, 0), (0x38e, 369), (0x390, 241), (0x391, 369), (0x3a2, 0),
    (0x3a3, 369), (0x3ac, 241), (0x3cf, 369), (0x3d0, 241), (0x3d2, 369), (0x3d5, 241),
    (0x3d8, 369), (0x3d9, 241), (0x3da, 369), (0x3db, 241), (0x3dc, 369), (0x3dd, 241),
    (0x3de, 369), (0x3df, 241), (0x3e0, 369), (0x3e1, 241), (0x3e2, 369), (0x3e3, 241),
    (0x3e4, 369), (0x3e5, 241), (0x3e6, 369), (0x3e7, 241), (0x3e8, 369), (0x3e9, 241),
    (0x3ea, 369), (0x3eb, 241), (0x3ec, 369), (0x3ed, 241), (0x3ee, 369), (0x3ef, 241),
    (0x3f4, 369), (0x3f5, 241), (0x3f6, 16), (0x3f7, 369), (0x3f8, 241), (0x3f9, 369),
    (0x3fb, 241), (0x3fd, 369), (0x430, 241), (0x460, 369), (0x461, 241), (0x462, 369),
    (0x463, 241), (0x464, 369), (0x465, 241), (0x466, 369), (0x467, 241), (0x468, 369),
    (0x469, 241), (0x46a, 369), (0x46b, 241), (0x46c, 369), (0x46d, 241), (0x46e, 369),
    (0x46f, 241), (0x470, 369), (0x471, 241), (0x472, 369), (0x473, 241), (0x474, 369),
    (0x475, 241), (0x476, 369), (0x477, 241), (0x478, 369), (0x479, 241), (0x47a, 369),
    (0x47b, 241), (0x47c, 369), (0x47d, 241), (0x47e, 369), (0x47f, 241), (0x480, 369),
    (0x481, 241), (0x482, 16), (0x483, 1104), (0x488, 1040), (0x48a, 369), (0x48b, 241),
    (0x48c, 369), (0x48d, 241), (0x48e, 369), (0x48f, 241), (0x490, 369), (0x491, 241),
    (0x492, 369), (0x493, 241), (0x494, 369), (0x495, 241), (0x496, 369), (0x497, 241),
    (0x498, 369), (0x499, 241), (0x49a, 369), (0x49b, 241), (0x49c, 369), (0x49d, 241),
    (0x49e, 369), (0x49f, 241), (0x4a0, 369), (0x4a1, 241), (0x4a2, 369), (0x4a3, 241),
    (0x4a4, 369), (0x4a5, 241), (0x4a6, 369), (0x4a7, 241), (0x4a8, 369), (0x4a9, 241),
    (0x4aa, 369), (0x4ab, 241), (0x4ac, 369), (0x4ad, 241), (0x4ae, 369), (0x4af, 241),
    (0x4b0, 369), (0x4b1, 241), (0x4b2, 369), (0x4b3, 241), (0x4b4, 369), (0x4b5, 241),
    (0x4b6, 369), (0x4b7, 241), (0x4b8, 369), (0x4b9, 241), (0x4ba, 369), (0x4bb, 241),
    (0x4bc, 369), (0x4bd, 241), (0x4be, 369), (0x4bf, 241), (0x4c0, 369), (0x4c2, 241),
    (0x4c3, 369), (0x4c4, 241), (0x4c5, 369), (0x4c6, 241), (0x4c7, 369), (0x4c8, 241),
    (0x4c9, 369), (0x4ca, 241), (0x4cb, 369), (0x4cc, 241), (0x4cd, 369), (0x4ce, 241),
    (0x4d0, 369), (0x4d1, 241), (0x4d2, 369), (0x4d3, 241), (0x4d4, 369), (0x4d5, 241),
    (0x4d6, 369), (0x4d7, 241), (0x4d8, 369), (0x4d9, 241), (0x4da, 369), (0x4db, 241),
    (0x4dc, 369), (0x4dd, 241), (0x4de, 369), (0x4df, 241), (0x4e0, 369), (0x4e1, 241),
    (0x4e2, 369), (0x4e3, 241), (0x4e4, 369), (0x4e5, 241), (0x4e6, 369), (0x4e7, 241),
    (0x4e8, 369), (0x4e9, 241), (0x4ea, 369), (0x4eb, 241), (0x4ec, 369), (0x4ed, 241),
    (0x4ee, 369), (0x4ef, 241), (0x4f0, 369), (0x4f1, 241), (0x4f2, 369), (0x4f3, 241),
    (0x4f4, 369), (0x4f5, 241), (0x4f6, 369), (0x4f7, 241), (0x4f8, 369), (0x4f9, 241),
    (0x4fa, 369), (0x4fb, 241), (0x4fc, 369), (0x4fd, 241), (0x4fe, 369), (0x4ff, 241),
    (0x500, 369), (0x501, 241), (0x502, 369), (0x503, 241), (0x504, 369), (0x505, 241),
    (0x506, 369), (0x507, 241), (0x508, 369), (0x509, 241), (0x50a, 369), (0x50b, 241),
    (0x50c, 369), (0x50d, 241), (0x50e, 369), (0x50f, 241), (0x510, 369), (0x511, 241),
    (0x512, 369), (0x513, 241), (0x514, 369), (0x515, 241), (0x516, 369), (0x517, 241),
    (0x518, 369), (0x519, 241), (0x51a, 369), (0x51b, 241), (0x51c, 369), (0x51d, 241),
    (0x51e, 369), (0x51f, 241), (0x520, 369), (0x521, 241), (0x522, 369), (0x523, 241),
    (0x524, 369), (0x525, 241), (0x526, 369), (0x527, 241), (0x528, 369), (0x529, 241),
    (0x52a, 369), (0x52b, 241), (0x52c, 369), (0x52d, 241), (0x52e, 369), (0x52f, 241),
    (0x530, 0), (0x531, 369), (0x557, 0), (0x559, 1137), (0x55a, 16), (0x55f, 1040), (0x560, 241),
    (0x589, 16), (0x58b, 0), (0x58d, 16), (0x590, 0), (0x591, 1104), (0x5be, 16), (0x5bf, 1104),
    (0x5c0, 16), (0x5c1, 1104), (0x5c3, 16), (0x5c4, 1104), (0x5c6, 16), (0x5c7, 1104),
    (0x5c8, 0), (0x5d0, 113), (0x5eb, 0), (0x5ef, 113), (0x5f3, 16), (0x5f4, 1040), (0x5f5, 0),
    (0x600, 1024), (0x606, 16), (0x610, 1104), (0x61b, 16), (0x61c, 1024), (0x61d, 16),
    (0x620, 113), (0x640, 1137), (0x641, 113), (0x64b, 1104), (0x660, 94), (0x66a, 16),
    (0x66e, 113), (0x670, 1104), (0x671, 113), (0x6d4, 16), (0x6d5, 113), (0x6d6, 1104),
    (0x6dd, 1024), (0x6de, 16), (0x6df, 1104), (0x6e5, 1137), (0x6e7, 1104), (0x6e9, 16),
    (0x6ea, 1104), (0x6ee, 113), (0x6f0, 94), (0x6fa, 113), (0x6fd, 16), (0x6ff, 113),
    (0x700, 16), (0x70e, 0), (0x70f, 1024), (0x710, 113), (0x711, 1104), (0x712, 113),
    (0x730, 1104), (0x74b, 0), (0x74d, 113), (0x7a6, 1104), (0x7b1, 113), (0x7b2, 0), (0x7c0, 94),
    (0x7ca, 113), (0x7eb, 1104), (0x7f4, 1137), (0x7f6, 16), (0x7fa, 1137), (0x7fb, 0),
    (0x7fd, 1104), (0x7fe, 16), (0x800, 113), (0x816, 1104), (0x81a, 1137), (0x81b, 1104),
    (0x824, 1137), (0x825, 1104), (0x828, 1137), (0x829, 1104), (0x82e, 0), (0x830, 16),
    (0x83f, 0), (0x840, 113), (0x859, 1104), (0x85c, 0), (0x85e, 16), (0x85f, 0), (0x860, 113),
    (0x86b, 0), (0x870, 113), (0x888, 1040), (0x889, 113), (0x88f, 0), (0x890, 1024), (0x892, 0),
    (0x898, 1104), (0x8a0, 113), (0x8c9, 1137), (0x8ca, 1104), (0x8e2, 1024), (0x8e3, 1104),
    (0x903, 80), (0x904, 113), (0x93a, 1104), (0x93b, 80), (0x93c, 1104), (0x93d, 113),
    (0x93e, 80), (0x941, 1104), (0x949, 80), (0x94d, 1104), (0x94e, 80), (0x950, 113),
    (0x951, 1104), (0x958, 113), (0x962, 1104), (0x964, 16), (0x966, 94), (0x970, 16),
    (0x971, 1137), (0x972, 113), (0x981, 1104), (0x982, 80), (0x984, 0), (0x985, 113), (0x98d, 0),
    (0x98f, 113), (0x991, 0), (0x993, 113), (0x9a9, 0), (0x9aa, 113), (0x9b1, 0), (0x9b2, 113),
    (0x9b3, 0), (0x9b6, 113), (0x9ba, 0), (0x9bc, 1104), (0x9bd, 113), (0x9be, 80), (0x9c1, 1104),
    (0x9c5, 0), (0x9c7, 80), (0x9c9, 0), (0x9cb, 80), (0x9cd, 1104), (0x9ce, 113), (0x9cf, 0),
    (0x9d7, 80), (0x9d8, 0), (0x9dc, 113), (0x9de, 0), (0x9df, 113), (0x9e2, 1104), (0x9e4, 0),
    (0x9e6, 94), (0x9f0, 113), (0x9f2, 16), (0x9f4, 24), (0x9fa, 16), (0x9fc, 113), (0x9fd, 16),
    (0x9fe, 1104), (0x9ff, 0), (0xa01, 1104), (0xa03, 80), (0xa04, 0), (0xa05, 113), (0xa0b, 0),
    (0xa0f, 113), (0xa11, 0), (0xa13, 113), (0xa29, 0), (0xa2a, 113), (0xa31, 0), (0xa32, 113),
    (0xa34, 0), (0xa35, 113), (0xa37, 0), (0xa38, 113), (0xa3a, 0), (0xa3c, 1104), (0xa3d, 0),
    (0xa3e, 80), (0xa41, 1104), (0xa43, 0), (0xa47, 1104), (0xa49, 0), (0xa4b, 1104), (0xa4e, 0),
    (0xa51, 1104), (0xa52, 0), (0xa59, 113), (0xa5d, 0), (0xa5e, 113), (0xa5f, 0), (0xa66, 94),
    (0xa70, 1104), (0xa72, 113), (0xa75, 1104), (0xa76, 16), (0xa77, 0), (0xa81, 1104),
    (0xa83, 80), (0xa84, 0), (0xa85, 113), (0xa8e, 0), (0xa8f, 113), (0xa92, 0), (0xa93, 113),
    (0xaa9, 0), (0xaaa, 113), (0xab1, 0), (0xab2, 113), (0xab4, 0), (0xab5, 113), (0xaba, 0),
    (0xabc, 1104), (0xabd, 113), (0xabe, 80), (0xac1, 1104), (0xac6, 0), (0xac7, 1104),
    (0xac9, 80), (0xaca, 0), (0xacb, 80), (0xacd, 1104), (0xace, 0), (0xad0, 113), (0xad1, 0),
    (0xae0, 113), (0xae2, 1104), (0xae4, 0), (0xae6, 94), (0xaf0, 16), (0xaf2, 0), (0xaf9, 113),
    (0xafa, 1104), (0xb00, 0), (0xb01, 1104), (0xb02, 80), (0xb04, 0), (0xb05, 113), (0xb0d, 0),
    (0xb0f, 113), (0xb11, 0), (0xb13, 113), (0xb29, 0), (0xb2a, 113), (0xb31, 0), (0xb32, 113),
    (0xb34, 0), (0xb35, 113), (0xb3a, 0), (0xb3c, 1104), (0xb3d, 113), (0xb3e, 80), (0xb3f, 1104),
    (0xb40, 80), (0xb41, 1104), (0xb45, 0), (0xb47, 80), (0xb49, 0), (0xb4b, 80), (0xb4d, 1104),
    (0xb4e, 0), (0xb55, 1104), (0xb57, 80), (0xb58, 0), (0xb5c, 113), (0xb5e, 0), (0xb5f, 113),
    (0xb62, 1104), (0xb64, 0), (0xb66, 94), (0xb70, 16), (0xb71, 113), (0xb72, 24), (0xb78, 0),
    (0xb82, 1104), (0xb83, 113), (0xb84, 0), (0xb85, 113), (0xb8b, 0), (0xb8e, 113), (0xb91, 0),
    (0xb92, 113), (0xb96, 0), (0xb99, 113), (0xb9b, 0), (0xb9c, 113), (0xb9d, 0), (0xb9e, 113),
    (0xba0, 0), (0xba3, 113), (0xba5, 0), (0xba8, 113), (0xbab, 0), (0xbae, 113), (0xbba, 0),
    (0xbbe, 80), (0xbc0, 1104), (0xbc1, 80), (0xbc3, 0), (0xbc6, 80), (0xbc9, 0), (0xbca, 80),
    (0xbcd, 1104), (0xbce, 0), (0xbd0, 113), (0xbd1, 0), (0xbd7, 80), (0xbd8, 0), (0xbe6, 94),
    (0xbf0, 24), (0xbf3, 16), (0xbfb, 0), (0xc00, 1104), (0xc01, 80), (0xc04, 1104), (0xc05, 113),
    (0xc0d, 0), (0xc0e, 113), (0xc11, 0), (0xc12, 113), (0xc29, 0), (0xc2a, 113), (0xc3a, 0),
    (0xc3c, 1104), (0xc3d, 113), (0xc3e, 1104), (0xc41, 80), (0xc45, 0), (0xc46, 1104),
    (0xc49, 0), (0xc4a, 1104), (0xc4e, 0), (0xc55, 1104), (0xc57, 0), (0xc58, 113), (0xc5b, 0),
    (0xc5d, 113), (0xc5e, 0), (0xc60, 113), (0xc62, 1104), (0xc64, 0), (0xc66, 94), (0xc70, 0),
    (0xc77, 16), (0xc78, 24), (0xc7f, 16), (0xc80, 113), (0xc81, 1104), (0xc82, 80), (0xc84, 16),
    (0xc85, 113), (0xc8d, 0), (0xc8e, 113), (0xc91, 0), (0xc92, 113), (0xca9, 0), (0xcaa, 113),
    (0xcb4, 0), (0xcb5, 113), (0xcba, 0), (0xcbc, 1104), (0xcbd, 113), (0xcbe, 80), (0xcbf, 1104),
    (0xcc0, 80), (0xcc5, 0), (0xcc6, 1104), (0xcc7, 80), (0xcc9, 0), (0xcca, 80), (0xccc, 1104),
    (0xcce, 0), (0xcd5, 80), (0xcd7, 0), (0xcdd, 113), (0xcdf, 0), (0xce0, 113), (0xce2, 1104),
    (0xce4, 0), (0xce6, 94), (0xcf0, 0), (0xcf1, 113), (0xcf3, 0), (0xd00, 1104), (0xd02, 80),
    (0xd04, 113), (0xd0d, 0), (0xd0e, 113), (0xd11, 0), (0xd12, 113), (0xd3b, 1104), (0xd3d, 113),
    (0xd3e, 80), (0xd41, 1104), (0xd45, 0), (0xd46, 80), (0xd49, 0), (0xd4a, 80), (0xd4d, 1104),
    (0xd4e, 113), (0xd4f, 16), (0xd50, 0), (0xd54, 113), (0xd57, 80), (0xd58, 24), (0xd5f, 113),
    (0xd62, 1104), (0xd64, 0), (0xd66, 94), (0xd70, 24), (0xd79, 16), (0xd7a, 113), (0xd80, 0),
    (0xd81, 1104), (0xd82, 80), (0xd84, 0), (0xd85, 113), (0xd97, 0), (0xd9a, 113), (0xdb2, 0),
    (0xdb3, 113), (0xdbc, 0), (0xdbd, 113), (0xdbe, 0), (0xdc0, 113), (0xdc7, 0), (0xdca, 1104),
    (0xdcb, 0), (0xdcf, 80), (0xdd2, 1104), (0xdd5, 0), (0xdd6, 1104), (0xdd7, 0), (0xdd8, 80),
    (0xde0, 0), (0xde6, 94), (0xdf0, 0), (0xdf2, 80), (0xdf4, 16), (0xdf5, 0), (0xe01, 113),
    (0xe31, 1104), (0xe32, 113), (0xe33, 81), (0xe34, 1104), (0xe3b, 0), (0xe3f, 16),
    (0xe40, 113), (0xe46, 1137), (0xe47, 1104), (0xe4f, 16), (0xe50, 94), (0xe5a, 16), (0xe5c, 0),
    (0xe81, 113), (0xe83, 0), (0xe84, 113), (0xe85, 0), (0xe86, 113), (0xe8b, 0), (0xe8c, 113),
    (0xea4, 0), (0xea5, 113), (0xea6, 0), (0xea7, 113), (0xeb1, 1104), (0xeb2, 113), (0xeb3, 81),
    (0xeb4, 1104), (0xebd, 113), (0xebe, 0), (0xec0, 113), (0xec5, 0), (0xec6, 1137), (0xec7, 0),
    (0xec8, 1104), (0xece, 0), (0xed0, 94), (0xeda, 0), (0xedc, 113), (0xee0, 0), (0xf00, 113),
    (0xf01, 16), (0xf18, 1104), (0xf1a, 16), (0xf20, 94), (0xf2a, 24), (0xf34, 16), (0xf35, 1104),
    (0xf36, 16), (0xf37, 1104), (0xf38, 16), (0xf39, 1104), (0xf3a, 16), (0xf3e, 80),
    (0xf40, 113), (0xf48, 0), (0xf49, 113), (0xf6d, 0), (0xf71, 1104), (0xf7f, 80), (0xf80, 1104),
    (0xf85, 16), (0xf86, 1104), (0xf88, 113), (0xf8d, 1104), (0xf98, 0), (0xf99, 1104),
    (0xfbd, 0), (0xfbe, 16), (0xfc6, 1104), (0xfc7, 16), (0xfcd, 0), (0xfce, 16), (0xfdb, 0),
    (0x1000, 113), (0x102b, 80), (0x102d, 1104), (0x1031, 80), (0x1032, 1104), (0x1038, 80),
    (0x1039, 1104), (0x103b, 80), (0x103d, 1104), (0x103f, 113), (0x1040, 94), (0x104a, 16),
    (0x1050, 113), (0x1056, 80), (0x1058, 1104), (0x105a, 113), (0x105e, 1104), (0x1061, 113),
    (0x1062, 80), (0x1065, 113), (0x1067, 80), (0x106e, 113), (0x1071, 1104), (0x1075, 113),
    (0x1082, 1104), (0x1083, 80), (0x1085, 1104), (0x1087, 80), (0x108d, 1104), (0x108e, 113),
    (0x108f, 80), (0x1090, 94), (0x109a, 80), (0x109d, 1104), (0x109e, 16), (0x10a0, 369),
    (0x10c6, 0), (0x10c7, 369), (0x10c8, 0), (0x10cd, 369), (0x10ce, 0), (0x10d0, 241),
    (0x10fb, 16), (0x10fc, 1137), (0x10fd, 241), (0x1100, 113), (0x1249, 0), (0x124a, 113),
    (0x124e, 0), (0x1250, 113), (0x1257, 0), (0x1258, 113), (0x1259, 0), (0x125a, 113),
    (0x125e, 0), (0x1260, 113), (0x1289, 0), (0x128a, 113), (0x128e, 0), (0x1290, 113),
    (0x12b1, 0), (0x12b2, 113), (0x12b6, 0), (0x12b8, 113), (0x12bf, 0), (0x12c0, 113),
    (0x12c1, 0), (0x12c2, 113), (0x12c6, 0), (0x12c8, 113), (0x12d7, 0), (0x12d8, 113),
    (0x1311, 0), (0x1312, 113), (0x1316, 0), (0x1318, 113), (0x135b, 0), (0x135d, 1104),
    (0x1360, 16), (0x1369, 92), (0x1372, 24), (0x137d, 0), (0x1380, 113), (0x1390, 16),
    (0x139a, 0), (0x13a0, 369), (0x13f6, 0), (0x13f8, 241), (0x13fe, 0), (0x1400, 16),
    (0x1401, 113), (0x166d, 16), (0x166f, 113), (0x1680, 0), (0x1681, 113), (0x169b, 16),
    (0x169d, 0), (0x16a0, 113), (0x16eb, 16), (0x16ee, 120), (0x16f1, 113), (0x16f9, 0),
    (0x1700, 113), (0x1712, 1104), (0x1715, 80), (0x1716, 0), (0x171f, 113), (0x1732, 1104),
    (0x1734, 80), (0x1735, 16), (0x1737, 0), (0x1740, 113), (0x1752, 1104), (0x1754, 0),
    (0x1760, 113), (0x176d, 0), (0x176e, 113), (0x1771, 0), (0x1772, 1104), (0x1774, 0),
    (0x1780, 113), (0x17b4, 1104), (0x17b6, 80), (0x17b7, 1104), (0x17be, 80), (0x17c6, 1104),
    (0x17c7, 80), (0x17c9, 1104), (0x17d4, 16), (0x17d7, 1137), (0x17d8, 16), (0x17dc, 113),
    (0x17dd, 1104), (0x17de, 0), (0x17e0, 94), (0x17ea, 0), (0x17f0, 24), (0x17fa, 0),
    (0x1800, 16), (0x180b, 1104), (0x180e, 1024), (0x180f, 1104), (0x1810, 94), (0x181a, 0),
    (0x1820, 113), (0x1843, 1137), (0x1844, 113), (0x1879, 0), (0x1880, 113), (0x1885, 1136),
    (0x1887, 113), (0x18a9, 1104), (0x18aa, 113), (0x18ab, 0), (0x18b0, 113), (0x18f6, 0),
    (0x1900, 113), (0x191f, 0), (0x1920, 1104), (0x1923, 80), (0x1927, 1104), (0x1929, 80),
    (0x192c, 0), (0x1930, 80), (0x1932, 1104), (0x1933, 80), (0x1939, 1104), (0x193c, 0),
    (0x1940, 16), (0x1941, 0), (0x1944, 16), (0x1946, 94), (0x1950, 113), (0x196e, 0),
    (0x1970, 113), (0x1975, 0), (0x1980, 113), (0x19ac, 0), (0x19b0, 113), (0x19ca, 0),
    (0x19d0, 94), (0x19da, 92), (0x19db, 0), (0x19de, 16), (0x1a00, 113), (0x1a17, 1104),
    (0x1a19, 80), (0x1a1b, 1104), (0x1a1c, 0), (0x1a1e, 16), (0x1a20, 113), (0x1a55, 80),
    (0x1a56, 1104), (0x1a57, 80), (0x1a58, 1104), (0x1a5f, 0), (0x1a60, 1104), (0x1a61, 80),
    (0x1a62, 1104), (0x1a63, 80), (0x1a65, 1104), (0x1a6d, 80), (0x1a73, 1104), (0x1a7d, 0),
    (0x1a7f, 1104), (0x1a80, 94), (0x1a8a, 0), (0x1a90, 94), (0x1a9a, 0), (0x1aa0, 16),
    (0x1aa7, 1137), (0x1aa8, 16), (0x1aae, 0), (0x1ab0, 1104), (0x1abe, 1040), (0x1abf, 1104),
    (0x1acf, 0), (0x1b00, 1104), (0x1b04, 80), (0x1b05, 113), (0x1b34, 1104), (0x1b35, 80),
    (0x1b36, 1104), (0x1b3b, 80), (0x1b3c, 1104), (0x1b3d, 80), (0x1b42, 1104), (0x1b43, 80),
    (0x1b45, 113), (0x1b4d, 0), (0x1b50, 94), (0x1b5a, 16), (0x1b6b, 1104), (0x1b74, 16),
    (0x1b7f, 0), (0x1b80, 1104), (0x1b82, 80), (0x1b83, 113), (0x1ba1, 80), (0x1ba2, 1104),
    (0x1ba6, 80), (0x1ba8, 1104), (0x1baa, 80), (0x1bab, 1104), (0x1bae, 113), (0x1bb0, 94),
    (0x1bba, 113), (0x1be6, 1104), (0x1be7, 80), (0x1be8, 1104), (0x1bea, 80), (0x1bed, 1104),
    (0x1bee, 80), (0x1bef, 1104), (0x1bf2, 80), (0x1bf4, 0), (0x1bfc, 16), (0x1c00, 113),
    (0x1c24, 80), (0x1c2c, 1104), (0x1c34, 80), (0x1c36, 1104), (0x1c38, 0), (0x1c3b, 16),
    (0x1c40, 94), (0x1c4a, 0), (0x1c4d, 113), (0x1c50, 94), (0x1c5a, 113), (0x1c78, 1137),
    (0x1c7e, 16), (0x1c80, 241), (0x1c89, 0), (0x1c90, 369), (0x1cbb, 0), (0x1cbd, 369),
    (0x1cc0, 16), (0x1cc8, 0), (0x1cd0, 1104), (0x1cd3, 16), (0x1cd4, 1104), (0x1ce1, 80),
    (0x1ce2, 1104), (0x1ce9, 113), (0x1ced, 1104), (0x1cee, 113), (0x1cf4, 1104), (0x1cf5, 113),
    (0x1cf7, 80), (0x1cf8, 1104), (0x1cfa, 113), (0x1cfb, 0), (0x1d00, 241), (0x1d2c, 1265),
    (0x1d6b, 241), (0x1d78, 1265), (0x1d79, 241), (0x1d9b, 1265), (0x1dc0, 1104), (0x1e00, 369),
    (0x1e01, 241), (0x1e02, 369), (0x1e03, 241), (0x1e04, 369), (0x1e05, 241), (0x1e06, 369),
    (0x1e07, 241), (0x1e08, 369), (0x1e09, 241), (0x1e0a, 369), (0x1e0b, 241), (0x1e0c, 369),
    (0x1e0d, 241), (0x1e0e, 369), (0x1e0f, 241), (0x1e10, 369), (0x1e11, 241), (0x1e12, 369),
    (0x1e13, 241), (0x1e14, 369), (0x1e15, 241), (0x1e16, 369), (0x1e17, 241), (0x1e18, 369),
    (0x1e19, 241), (0x1e1a, 369), (0x1e1b, 241), (0x1e1c, 369), (0x1e1d, 241), (0x1e1e, 369),
    (0x1e1f, 241), (0x1e20, 369), (0x1e21, 241), (0x1e22, 369), (0x1e23, 241), (0x1e24, 369),
    (0x1e25, 241), (0x1e26, 369), (0x1e27, 241), (0x1e28, 369), (0x1e29, 241), (0x1e2a, 369),
    (0x1e2b, 241), (0x1e2c, 369), (0x1e2d, 241), (0x1e2e, 369), (0x1e2f, 241), (0x1e30, 369),
    (0x1e31, 241), (0x1e32, 369), (0x1e33, 241), (0x1e34, 369), (0x1e35, 241), (0x1e36, 369),
    (0x1e37, 241), (0x1e38, 369), (0x1e39, 241), (0x1e3a, 369), (0x1e3b, 241), (0x1e3c, 369),
    (0x1e3d, 241), (0x1e3e, 369), (0x1e3f, 241), (0x1e40, 369), (0x1e41, 241), (0x1e42, 369),
    (0x1e43, 241), (0x1e44, 369), (0x1e45, 241), (0x1e46, 369), (0x1e47, 241), (0x1e48, 369),
    (0x1e49, 241), (0x1e4a, 369), (0x1e4b, 241), (0x1e4c, 369), (0x1e4d, 241), (0x1e4e, 369),
    (0x1e4f, 241), (0x1e50, 369), (0x1e51, 241), (0x1e52, 369), (0x1e53, 241), (0x1e54, 369),
    (0x1e55, 241), (0x1e56, 369), (0x1e57, 241), (0x1e58, 369), (0x1e59, 241), (0x1e5a, 369),
    (0x1e5b, 241), (0x1e5c, 369), (0x1e5d, 241), (0x1e5e, 369), (0x1e5f, 241), (0x1e60, 369),
    (0x1e61, 241), (0x1e62, 369), (0x1e63, 241), (0x1e64, 369), (0x1e65, 241), (0x1e66, 369),
    (0x1e67, 241), (0x1e68, 369), (0x1e69, 241), (0x1e6a, 369), (0x1e6b, 241), (0x1e6c, 369),
    (0x1e6d, 241), (0x1e6e, 369), (0x1e6f, 241), (0x1e70, 369), (0x1e71, 241), (0x1e72, 369),
    (0x1e73, 241), (0x1e74, 369), (0x1e75, 241), (0x1e76, 369), (0x1e77, 241), (0x1e78, 369),
    (0x1e79, 241), (0x1e7a, 369), (0x1e7b, 241), (0x1e7c, 369), (0x1e7d, 241), (0x1e7e, 369),
    (0x1e7f, 241), (0x1e80, 369), (0x1e81, 241), (0x1e82, 369), (0x1e83, 241), (0x1e84, 369),
    (0x1e85, 241), (0x1e86, 369), (0x1e87, 241), (0x1e88, 369), (0x1e89, 241), (0x1e8a, 369),
    (0x1e8b, 241), (0x1e8c, 369), (0x1e8d, 241), (0x1e8e, 369), (0x1e8f, 241), (0x1e90, 369),
    (0x1e91, 241), (0x1e92, 369), (0x1e93, 241), (0x1e94, 369), (0x1e95, 241), (0x1e9e, 369),
    (0x1e9f, 241), (0x1ea0, 369), (0x1ea1, 241), (0x1ea2, 369), (0x1ea3, 241), (0x1ea4, 369),
    (0x1ea5, 241), (0x1ea6, 369), (0x1ea7, 241), (0x1ea8, 369), (0x1ea9, 241), (0x1eaa, 369),
    (0x1eab, 241), (0x1eac, 369), (0x1ead, 241), (0x1eae, 369), (0x1eaf, 241), (0x1eb0, 369),
    (0x1eb1, 241), (0x1eb2, 369), (0x1eb3, 241), (0x1eb4, 369), (0x1eb5, 241), (0x1eb6, 369),
    (0x1eb7, 241), (0x1eb8, 369), (0x1eb9, 241), (0x1eba, 369), (0x1ebb, 241), (0x1ebc, 369),
    (0x1ebd, 241), (0x1ebe, 369), (0x1ebf, 241), (0x1ec0, 369), (0x1ec1, 241), (0x1ec2, 369),
    (0x1ec3, 241), (0x1ec4, 369), (0x1ec5, 241), (0x1ec6, 369), (0x1ec7, 241), (0x1ec8, 369),
    (0x1ec9, 241), (0x1eca, 369), (0x1ecb, 241), (0x1ecc, 369), (0x1ecd, 241), (0x1ece, 369),
    (0x1ecf, 241), (0x1ed0, 369), (0x1ed1, 241), (0x1ed2, 369), (0x1ed3, 241), (0x1ed4, 369),
    (0x1ed5, 241), (0x1ed6, 369), (0x1ed7, 241), (0x1ed8, 369), (0x1ed9, 241), (0x1eda, 369),
    (0x1edb, 241), (0x1edc, 369), (0x1edd, 241), (0x1ede, 369), (0x1edf, 241), (0x1ee0, 369),
    (0x1ee1, 241), (0x1ee2, 369), (0x1ee3, 241), (0x1ee4, 369), (0x1ee5, 241), (0x1ee6, 369),
    (0x1ee7, 241), (0x1ee8, 369), (0x1ee9, 241), (0x1eea, 369), (0x1eeb, 241), (0x1eec, 369),
    (0x1eed, 241), (0x1eee, 369), (0x1eef, 241), (0x1ef0, 369), (0x1ef1, 241), (0x1ef2, 369),
    (0x1ef3, 241), (0x1ef4, 369), (0x1ef5, 241), (0x1ef6, 369), (0x1ef7, 241), (0x1ef8, 369),
    (0x1ef9, 241), (0x1efa, 369), (0x1efb, 241), (0x1efc, 369), (0x1efd, 241), (0x1efe, 369),
    (0x1eff, 241), (0x1f08, 369), (0x1f10, 241), (0x1f16, 0), (0x1f18, 369), (0x1f1e, 0),
    (0x1f20, 241), (0x1f28, 369), (0x1f30, 241), (0x1f38, 369), (0x1f40, 241), (0x1f46, 0),
    (0x1f48, 369), (0x1f4e, 0), (0x1f50, 241), (0x1f58, 0), (0x1f59, 369), (0x1f5a, 0),
    (0x1f5b, 369), (0x1f5c, 0), (0x1f5d, 369), (0x1f5e, 0), (0x1f5f, 369), (0x1f60, 241),
    (0x1f68, 369), (0x1f70, 241), (0x1f7e, 0), (0x1f80, 241), (0x1f88, 625), (0x1f90, 241),
    (0x1f98, 625), (0x1fa0, 241), (0x1fa8, 625), (0x1fb0, 241), (0x1fb5, 0), (0x1fb6, 241),
    (0x1fb8, 369), (0x1fbc, 625), (0x1fbd, 1040), (0x1fbe, 241), (0x1fbf, 1040), (0x1fc2, 241),
    (0x1fc5, 0), (0x1fc6, 241), (0x1fc8, 369), (0x1fcc, 625), (0x1fcd, 1040), (0x1fd0, 241),
    (0x1fd4, 0), (0x1fd6, 241), (0x1fd8, 369), (0x1fdc, 0), (0x1fdd, 1040), (0x1fe0, 241),
    (0x1fe8, 369), (0x1fed, 1040), (0x1ff0, 0), (0x1ff2, 241), (0x1ff5, 0), (0x1ff6, 241),
    (0x1ff8, 369), (0x1ffc, 625), (0x1ffd, 1040), (0x1fff, 0), (0x200b, 1024), (0x2010, 16),
    (0x2018, 1040), (0x201a, 16), (0x2024, 1040), (0x2025, 16), (0x2027, 1040), (0x2028, 0),
    (0x202a, 1024), (0x202f, 0), (0x2030, 16), (0x203f, 80), (0x2041, 16), (0x2054, 80),
    (0x2055, 16), (0x205f, 0), (0x2060, 1024), (0x2065, 0), (0x2066, 1024), (0x2070, 28),
    (0x2071, 1265), (0x2072, 0), (0x2074, 28), (0x207a, 16), (0x207f, 1265), (0x2080, 28),
    (0x208a, 16), (0x208f, 0), (0x2090, 1265), (0x209d, 0), (0x20a0, 16), (0x20c1, 0),
    (0x20d0, 1104), (0x20dd, 1040), (0x20e1, 1104), (0x20e2, 1040), (0x20e5, 1104), (0x20f1, 0),
    (0x2100, 16), (0x2102, 369), (0x2103, 16), (0x2107, 369), (0x2108, 16), (0x210a, 241),
    (0x210b, 369), (0x210e, 241), (0x2110, 369), (0x2113, 241), (0x2114, 16), (0x2115, 369),
    (0x2116, 16), (0x2118, 112), (0x2119, 369), (0x211e, 16), (0x2124, 369), (0x2125, 16),
    (0x2126, 369), (0x2127, 16), (0x2128, 369), (0x2129, 16), (0x212a, 369), (0x212e, 112),
    (0x212f, 241), (0x2130, 369), (0x2134, 241), (0x2135, 113), (0x2139, 241), (0x213a, 16),
    (0x213c, 241), (0x213e, 369), (0x2140, 16), (0x2145, 369), (0x2146, 241), (0x214a, 16),
    (0x214e, 241), (0x214f, 16), (0x2150, 24), (0x2160, 376), (0x2170, 248), (0x2180, 120),
    (0x2183, 369), (0x2184, 241), (0x2185, 120), (0x2189, 24), (0x218a, 16), (0x218c, 0),
    (0x2190, 16), (0x2427, 0), (0x2440, 16), (0x244b, 0), (0x2460, 28), (0x2469, 24),
    (0x2474, 28), (0x247d, 24), (0x2488, 28), (0x2491, 24), (0x249c, 16), (0x24b6, 272),
    (0x24d0, 144), (0x24ea, 28), (0x24eb, 24), (0x24f5, 28), (0x24fe, 24), (0x24ff, 28),
    (0x2500, 16), (0x2776, 28), (0x277f, 24), (0x2780, 28), (0x2789, 24), (0x278a, 28),
    (0x2793, 24), (0x2794, 16), (0x2b74, 0), (0x2b76, 16), (0x2b96, 0), (0x2b97, 16),
    (0x2c00, 369), (0x2c30, 241), (0x2c60, 369), (0x2c61, 241), (0x2c62, 369), (0x2c65, 241),
    (0x2c67, 369), (0x2c68, 241), (0x2c69, 369), (0x2c6a, 241), (0x2c6b, 369), (0x2c6c, 241),
    (0x2c6d, 369), (0x2c71, 241), (0x2c72, 369), (0x2c73, 241), (0x2c75, 369), (0x2c76, 241),
    (0x2c7c, 1265), (0x2c7e, 369), (0x2c81, 241), (0x2c82, 369), (0x2c83, 241), (0x2c84, 369),
    (0x2c85, 241), (0x2c86, 369), (0x2c87, 241), (0x2c88, 369), (0x2c89, 241), (0x2c8a, 369),
    (0x2c8b, 241), (0x2c8c, 369), (0x2c8d, 241), (0x2c8e, 369), (0x2c8f, 241), (0x2c90, 369),
    (0x2c91, 241), (0x2c92, 369), (0x2c93, 241), (0x2c94, 369), (0x2c95, 241), (0x2c96, 369),
    (0x2c97, 241), (0x2c98, 369), (0x2c99, 241), (0x2c9a, 369), (0x2c9b, 241), (0x2c9c, 369),
    (0x2c9d, 241), (0x2c9e, 369), (0x2c9f, 241), (0x2ca0, 369), (0x2ca1, 241), (0x2ca2, 369),
    (0x2ca3, 241), (0x2ca4, 369), (0x2ca5, 241), (0x2ca6, 369), (0x2ca7, 241), (0x2ca8, 369),
    (0x2ca9, 241), (0x2caa, 369), (0x2cab, 241), (0x2cac, 369), (0x2cad, 241), (0x2cae, 369),
    (0x2caf, 241), (0x2cb0, 369), (0x2cb1, 241), (0x2cb2, 369), (0x2cb3, 241), (0x2cb4, 369),
    (0x2cb5, 241), (0x2cb6, 369), (0x2cb7, 241), (0x2cb8, 369), (0x2cb9, 241), (0x2cba, 369),
    (0x2cbb, 241), (0x2cbc, 369), (0x2cbd, 241), (0x2cbe, 369), (0x2cbf, 241), (0x2cc0, 369),
    (0x2cc1, 241), (0x2cc2, 369), (0x2cc3, 241), (0x2cc4, 369), (0x2cc5, 241), (0x2cc6, 369),
    (0x2cc7, 241), (0x2cc8, 369), (0x2cc9, 241), (0x2cca, 369), (0x2ccb, 241), (0x2ccc, 369),
    (0x2ccd, 241), (0x2cce, 369), (0x2ccf, 241), (0x2cd0, 369), (0x2cd1, 241), (0x2cd2, 369),
    (0x2cd3, 241), (0x2cd4, 369), (0x2cd5, 241), (0x2cd6, 369), (0x2cd7, 241), (0x2cd8, 369),
    (0x2cd9, 241), (0x2cda, 369), (0x2cdb, 241), (0x2cdc, 369), (0x2cdd, 241), (0x2cde, 369),
    (0x2cdf, 241), (0x2ce0, 369), (0x2ce1, 241), (0x2ce2, 369), (0x2ce3, 241), (0x2ce5, 16),
    (0x2ceb, 369), (0x2cec, 241), (0x2ced, 369), (0x2cee, 241), (0x2cef, 1104), (0x2cf2, 369),
    (0x2cf3, 241), (0x2cf4, 0), (0x2cf9, 16), (0x2cfd, 24), (0x2cfe, 16), (0x2d00, 241),
    (0x2d26, 0), (0x2d27, 241), (0x2d28, 0), (0x2d2d, 241), (0x2d2e, 0), (0x2d30, 113),
    (0x2d68, 0), (0x2d6f, 1137), (0x2d70, 16), (0x2d71, 0), (0x2d7f, 1104), (0x2d80, 113),
    (0x2d97, 0), (0x2da0, 113), (0x2da7, 0), (0x2da8, 113), (0x2daf, 0), (0x2db0, 113),
    (0x2db7, 0), (0x2db8, 113), (0x2dbf, 0), (0x2dc0, 113), (0x2dc7, 0), (0x2dc8, 113),
    (0x2dcf, 0), (0x2dd0, 113), (0x2dd7, 0), (0x2dd8, 113), (0x2ddf, 0), (0x2de0, 1104),
    (0x2e00, 16), (0x2e2f, 1041), (0x2e30, 16), (0x2e5e, 0), (0x2e80, 16), (0x2e9a, 0),
    (0x2e9b, 16), (0x2ef4, 0), (0x2f00, 16), (0x2fd6, 0), (0x2ff0, 16), (0x2ffc, 0), (0x3001, 16),
    (0x3005, 1137), (0x3006, 113), (0x3007, 120), (0x3008, 16), (0x3021, 120), (0x302a, 1104),
    (0x302e, 80), (0x3030, 16), (0x3031, 1137), (0x3036, 16), (0x3038, 120), (0x303b, 1137),
    (0x303c, 113), (0x303d, 16), (0x3040, 0), (0x3041, 113), (0x3097, 0), (0x3099, 1104),
    (0x309b, 1040), (0x309d, 1137), (0x309f, 113), (0x30a0, 16), (0x30a1, 113), (0x30fb, 16),
    (0x30fc, 1137), (0x30ff, 113), (0x3100, 0), (0x3105, 113), (0x3130, 0), (0x3131, 113),
    (0x318f, 0), (0x3190, 16), (0x3192, 24), (0x3196, 16), (0x31a0, 113), (0x31c0, 16),
    (0x31e4, 0), (0x31f0, 113), (0x3200, 16), (0x321f, 0), (0x3220, 24), (0x322a, 16),
    (0x3248, 24), (0x3250, 16), (0x3251, 24), (0x3260, 16), (0x3280, 24), (0x328a, 16),
    (0x32b1, 24), (0x32c0, 16), (0x3400, 113), (0x3405, 121), (0x3406, 113), (0x3483, 121),
    (0x3484, 113), (0x382a, 121), (0x382b, 113), (0x3b4d, 121), (0x3b4e, 113), (0x4dc0, 16),
    (0x4e00, 121), (0x4e01, 113), (0x4e03, 121), (0x4e04, 113), (0x4e07, 121), (0x4e08, 113),
    (0x4e09, 121), (0x4e0a, 113), (0x4e5d, 121), (0x4e5e, 113), (0x4e8c, 121), (0x4e8d, 113),
    (0x4e94, 121), (0x4e95, 113), (0x4e96, 121), (0x4e97, 113), (0x4ebf, 121), (0x4ec1, 113),
    (0x4edf, 121), (0x4ee0, 113), (0x4ee8, 121), (0x4ee9, 113), (0x4f0d, 121), (0x4f0e, 113),
    (0x4f70, 121), (0x4f71, 113), (0x5104, 121), (0x5105, 113), (0x5146, 121), (0x5147, 113),
    (0x5169, 121), (0x516a, 113), (0x516b, 121), (0x516c, 113), (0x516d, 121), (0x516e, 113),
    (0x5341, 121), (0x5342, 113), (0x5343, 121), (0x5346, 113), (0x534c, 121), (0x534d, 113),
    (0x53c1, 121), (0x53c5, 113), (0x56db, 121), (0x56dc, 113), (0x58f1, 121), (0x58f2, 113),
    (0x58f9, 121), (0x58fa, 113), (0x5e7a, 121), (0x5e7b, 113), (0x5efe, 121), (0x5f00, 113),
    (0x5f0c, 121), (0x5f0f, 113), (0x5f10, 121), (0x5f11, 113), (0x62fe, 121), (0x62ff, 113),
    (0x634c, 121), (0x634d, 113), (0x67d2, 121), (0x67d3, 113), (0x6f06, 121), (0x6f07, 113),
    (0x7396, 121), (0x7397, 113), (0x767e, 121), (0x767f, 113), (0x8086, 121), (0x8087, 113),
    (0x842c, 121), (0x842d, 113), (0x8cae, 121), (0x8caf, 113), (0x8cb3, 121), (0x8cb4, 113),
    (0x8d30, 121), (0x8d31, 113), (0x9621, 121), (0x9622, 113), (0x9646, 121), (0x9647, 113),
    (0x964c, 121), (0x964d, 113), (0x9678, 121), (0x9679, 113), (0x96f6, 121), (0x96f7, 113),
    (0xa015, 1137), (0xa016, 113), (0xa48d, 0), (0xa490, 16), (0xa4c7, 0), (0xa4d0, 113),
    (0xa4f8, 1137), (0xa4fe, 16), (0xa500, 113), (0xa60c, 1137), (0xa60d, 16), (0xa610, 113),
    (0xa620, 94), (0xa62a, 113), (0xa62c, 0), (0xa640, 369), (0xa641, 241), (0xa642, 369),
    (0xa643, 241), (0xa644, 369), (0xa645, 241), (0xa646, 369), (0xa647, 241), (0xa648, 369),
    (0xa649, 241), (0xa64a, 369), (0xa64b, 241), (0xa64c, 369), (0xa64d, 241), (0xa64e, 369),
    (0xa64f, 241), (0xa650, 369), (0xa651, 241), (0xa652, 369), (0xa653, 241), (0xa654, 369),
    (0xa655, 241), (0xa656, 369), (0xa657, 241), (0xa658, 369), (0xa659, 241), (0xa65a, 369),
    (0xa65b, 241), (0xa65c, 369), (0xa65d, 241), (0xa65e, 369), (0xa65f, 241), (0xa660, 369),
    (0xa661, 241), (0xa662, 369), (0xa663, 241), (0xa664, 369), (0xa665, 241), (0xa666, 369),
    (0xa667, 241), (0xa668, 369), (0xa669, 241), (0xa66a, 369), (0xa66b, 241), (0xa66c, 369),
    (0xa66d, 241), (0xa66e, 113), (0xa66f, 1104), (0xa670, 1040), (0xa673, 16), (0xa674, 1104),
    (0xa67e, 16), (0xa67f, 1137), (0xa680, 369), (0xa681, 241), (0xa682, 369), (0xa683, 241),
    (0xa684, 369), (0xa685, 241), (0xa686, 369), (0xa687, 241), (0xa688, 369), (0xa689, 241),
    (0xa68a, 369), (0xa68b, 241), (0xa68c, 369), (0xa68d, 241), (0xa68e, 369), (0xa68f, 241),
    (0xa690, 369), (0xa691, 241), (0xa692, 369), (0xa693, 241), (0xa694, 369), (0xa695, 241),
    (0xa696, 369), (0xa697, 241), (0xa698, 369), (0xa699, 241), (0xa69a, 369), (0xa69b, 241),
    (0xa69c, 1265), (0xa69e, 1104), (0xa6a0, 113), (0xa6e6, 120), (0xa6f0, 1104), (0xa6f2, 16),
    (0xa6f8, 0), (0xa700, 1040), (0xa717, 1137), (0xa720, 1040), (0xa722, 369), (0xa723, 241),
    (0xa724, 369), (0xa725, 241), (0xa726, 369), (0xa727, 241), (0xa728, 369), (0xa729, 241),
    (0xa72a, 369), (0xa72b, 241), (0xa72c, 369), (0xa72d, 241), (0xa72e, 369), (0xa72f, 241),
    (0xa732, 369), (0xa733, 241), (0xa734, 369), (0xa735, 241), (0xa736, 369), (0xa737, 241),
    (0xa738, 369), (0xa739, 241), (0xa73a, 369), (0xa73b, 241), (0xa73c, 369), (0xa73d, 241),
    (0xa73e, 369), (0xa73f, 241), (0xa740, 369), (0xa741, 241), (0xa742, 369), (0xa743, 241),
    (0xa744, 369), (0xa745, 241), (0xa746, 369), (0xa747, 241), (0xa748, 369), (0xa749, 241),
    (0xa74a, 369), (0xa74b, 241), (0xa74c, 369), (0xa74d, 241), (0xa74e, 369), (0xa74f, 241),
    (0xa750, 369), (0xa751, 241), (0xa752, 369), (0xa753, 241), (0xa754, 369), (0xa755, 241),
    (0xa756, 369), (0xa757, 241), (0xa758, 369), (0xa759, 241), (0xa75a, 369), (0xa75b, 241),
    (0xa75c, 369), (0xa75d, 241), (0xa75e, 369), (0xa75f, 241), (0xa760, 369), (0xa761, 241),
    (0xa762, 369), (0xa763, 241), (0xa764, 369), (0xa765, 241), (0xa766, 369), (0xa767, 241),
    (0xa768, 369), (0xa769, 241), (0xa76a, 369), (0xa76b, 241), (0xa76c, 369), (0xa76d, 241),
    (0xa76e, 369), (0xa76f, 241), (0xa770, 1265), (0xa771, 241), (0xa779, 369), (0xa77a, 241),
    (0xa77b, 369), (0xa77c, 241), (0xa77d, 369), (0xa77f, 241), (0xa780, 369), (0xa781, 241),
    (0xa782, 369), (0xa783, 241), (0xa784, 369), (0xa785, 241), (0xa786, 369), (0xa787, 241),
    (0xa788, 1137), (0xa789, 1040), (0xa78b, 369), (0xa78c, 241), (0xa78d, 369), (0xa78e, 241),
    (0xa78f, 113), (0xa790, 369), (0xa791, 241), (0xa792, 369), (0xa793, 241), (0xa796, 369),
    (0xa797, 241), (0xa798, 369), (0xa799, 241), (0xa79a, 369), (0xa79b, 241), (0xa79c, 369),
    (0xa79d, 241), (0xa79e, 369), (0xa79f, 241), (0xa7a0, 369), (0xa7a1, 241), (0xa7a2, 369),
    (0xa7a3, 241), (0xa7a4, 369), (0xa7a5, 241), (0xa7a6, 369), (0xa7a7, 241), (0xa7a8, 369),
    (0xa7a9, 241), (0xa7aa, 369), (0xa7af, 241), (0xa7b0, 369), (0xa7b5, 241), (0xa7b6, 369),
    (0xa7b7, 241), (0xa7b8, 369), (0xa7b9, 241), (0xa7ba, 369), (0xa7bb, 241), (0xa7bc, 369),
    (0xa7bd, 241), (0xa7be, 369), (0xa7bf, 241), (0xa7c0, 369), (0xa7c1, 241), (0xa7c2, 369),
    (0xa7c3, 241), (0xa7c4, 369), (0xa7c8, 241), (0xa7c9, 369), (0xa7ca, 241), (0xa7cb, 0),
    (0xa7d0, 369), (0xa7d1, 241), (0xa7d2, 0), (0xa7d3, 241), (0xa7d4, 0), (0xa7d5, 241),
    (0xa7d6, 369), (0xa7d7, 241), (0xa7d8, 369), (0xa7d9, 241), (0xa7da, 0), (0xa7f2, 1137),
    (0xa7f5, 369), (0xa7f6, 241), (0xa7f7, 113), (0xa7f8, 1265), (0xa7fa, 241), (0xa7fb, 113),
    (0xa802, 1104), (0xa803, 113), (0xa806, 1104), (0xa807, 113), (0xa80b, 1104), (0xa80c, 113),
    (0xa823, 80), (0xa825, 1104), (0xa827, 80), (0xa828, 16), (0xa82c, 1104), (0xa82d, 0),
    (0xa830, 24), (0xa836, 16), (0xa83a, 0), (0xa840, 113), (0xa874, 16), (0xa878, 0),
    (0xa880, 80), (0xa882, 113), (0xa8b4, 80), (0xa8c4, 1104), (0xa8c6, 0), (0xa8ce, 16),
    (0xa8d0, 94), (0xa8da, 0), (0xa8e0, 1104), (0xa8f2, 113), (0xa8f8, 16), (0xa8fb, 113),
    (0xa8fc, 16), (0xa8fd, 113), (0xa8ff, 1104), (0xa900, 94), (0xa90a, 113), (0xa926, 1104),
    (0xa92e, 16), (0xa930, 113), (0xa947, 1104), (0xa952, 80), (0xa954, 0), (0xa95f, 16),
    (0xa960, 113), (0xa97d, 0), (0xa980, 1104), (0xa983, 80), (0xa984, 113), (0xa9b3, 1104),
    (0xa9b4, 80), (0xa9b6, 1104), (0xa9ba, 80), (0xa9bc, 1104), (0xa9be, 80), (0xa9c1, 16),
    (0xa9ce, 0), (0xa9cf, 1137), (0xa9d0, 94), (0xa9da, 0), (0xa9de, 16), (0xa9e0, 113),
    (0xa9e5, 1104), (0xa9e6, 1137), (0xa9e7, 113), (0xa9f0, 94), (0xa9fa, 113), (0xa9ff, 0),
    (0xaa00, 113), (0xaa29, 1104), (0xaa2f, 80), (0xaa31, 1104), (0xaa33, 80), (0xaa35, 1104),
    (0xaa37, 0), (0xaa40, 113), (0xaa43, 1104), (0xaa44, 113), (0xaa4c, 1104), (0xaa4d, 80),
    (0xaa4e, 0), (0xaa50, 94), (0xaa5a, 0), (0xaa5c, 16), (0xaa60, 113), (0xaa70, 1137),
    (0xaa71, 113), (0xaa77, 16), (0xaa7a, 113), (0xaa7b, 80), (0xaa7c, 1104), (0xaa7d, 80),
    (0xaa7e, 113), (0xaab0, 1104), (0xaab1, 113), (0xaab2, 1104), (0xaab5, 113), (0xaab7, 1104),
    (0xaab9, 113), (0xaabe, 1104), (0xaac0, 113), (0xaac1, 1104), (0xaac2, 113), (0xaac3, 0),
    (0xaadb, 113), (0xaadd, 1137), (0xaade, 16), (0xaae0, 113), (0xaaeb, 80), (0xaaec, 1104),
    (0xaaee, 80), (0xaaf0, 16), (0xaaf2, 113), (0xaaf3, 1137), (0xaaf5, 80), (0xaaf6, 1104),
    (0xaaf7, 0), (0xab01, 113), (0xab07, 0), (0xab09, 113), (0xab0f, 0), (0xab11, 113),
    (0xab17, 0), (0xab20, 113), (0xab27, 0), (0xab28, 113), (0xab2f, 0), (0xab30, 241),
    (0xab5b, 1040), (0xab5c, 1265), (0xab60, 241), (0xab69, 1137), (0xab6a, 1040), (0xab6c, 0),
    (0xab70, 241), (0xabc0, 113), (0xabe3, 80), (0xabe5, 1104), (0xabe6, 80), (0xabe8, 1104),
    (0xabe9, 80), (0xabeb, 16), (0xabec, 80), (0xabed, 1104), (0xabee, 0), (0xabf0, 94),
    (0xabfa, 0), (0xac00, 113), (0xd7a4, 0), (0xd7b0, 113), (0xd7c7, 0), (0xd7cb, 113),
    (0xd7fc, 0), (0xf900, 113), (0xf96b, 121), (0xf96c, 113), (0xf973, 121), (0xf974, 113),
    (0xf978, 121), (0xf979, 113), (0xf9b2, 121), (0xf9b3, 113), (0xf9d1, 121), (0xf9d2, 113),
    (0xf9d3, 121), (0xf9d4, 113), (0xf9fd, 121), (0xf9fe, 113), (0xfa6e, 0), (0xfa70, 113),
    (0xfada, 0), (0xfb00, 241), (0xfb07, 0), (0xfb13, 241), (0xfb18, 0), (0xfb1d, 113),
    (0xfb1e, 1104), (0xfb1f, 113), (0xfb29, 16), (0xfb2a, 113), (0xfb37, 0), (0xfb38, 113),
    (0xfb3d, 0), (0xfb3e, 113), (0xfb3f, 0), (0xfb40, 113), (0xfb42, 0), (0xfb43, 113),
    (0xfb45, 0), (0xfb46, 113), (0xfbb2, 1040), (0xfbc3, 0), (0xfbd3, 113), (0xfc5e, 17),
    (0xfc64, 113), (0xfd3e, 16), (0xfd50, 113), (0xfd90, 0), (0xfd92, 113), (0xfdc8, 0),
    (0xfdcf, 16), (0xfdd0, 0), (0xfdf0, 113), (0xfdfa, 17), (0xfdfc, 16), (0xfe00, 1104),
    (0xfe10, 16), (0xfe13, 1040), (0xfe14, 16), (0xfe1a, 0), (0xfe20, 1104), (0xfe30, 16),
    (0xfe33, 80), (0xfe35, 16), (0xfe4d, 80), (0xfe50, 16), (0xfe52, 1040), (0xfe53, 0),
    (0xfe54, 16), (0xfe55, 1040), (0xfe56, 16), (0xfe67, 0), (0xfe68, 16), (0xfe6c, 0),
    (0xfe70, 17), (0xfe71, 113), (0xfe72, 17), (0xfe73, 113), (0xfe74, 17), (0xfe75, 0),
    (0xfe76, 17), (0xfe77, 113), (0xfe78, 17), (0xfe79, 113), (0xfe7a, 17), (0xfe7b, 113),
    (0xfe7c, 17), (0xfe7d, 113), (0xfe7e, 17), (0xfe7f, 113), (0xfefd, 0), (0xfeff, 1024),
    (0xff00, 0), (0xff01, 16), (0xff07, 1040), (0xff08, 16), (0xff0e, 1040), (0xff0f, 16),
    (0xff10, 94), (0xff1a, 1040), (0xff1b, 16), (0xff21, 369), (0xff3b, 16), (0xff3e, 1040),
    (0xff3f, 80), (0xff40, 1040), (0xff41, 241), (0xff5b, 16), (0xff66, 113), (0xff70, 1137),
    (0xff71, 113), (0xff9e, 1105), (0xffa0, 113), (0xffbf, 0), (0xffc2, 113), (0xffc8, 0),
    (0xffca, 113), (0xffd0, 0), (0xffd2, 113), (0xffd8, 0), (0xffda, 113), (0xffdd, 0),
    (0xffe0, 16), (0xffe3, 1040), (0xffe4, 16), (0xffe7, 0), (0xffe8, 16), (0xffef, 0),
    (0xfff9, 1024), (0xfffc, 16), (0xfffe, 0), (0x10000, 113), (0x1000c, 0), (0x1000d, 113),
    (0x10027, 0), (0x10028, 113), (0x1003b, 0), (0x1003c, 113), (0x1003e, 0), (0x1003f, 113),
    (0x1004e, 0), (0x10050, 113), (0x1005e, 0), (0x10080, 113), (0x100fb, 0), (0x10100, 16),
    (0x10103, 0), (0x10107, 24), (0x10134, 0), (0x10137, 16), (0x10140, 120), (0x10175, 24),
    (0x10179, 16), (0x1018a, 24), (0x1018c, 16), (0x1018f, 0), (0x10190, 16), (0x1019d, 0),
    (0x101a0, 16), (0x101a1, 0), (0x101d0, 16), (0x101fd, 1104), (0x101fe, 0), (0x10280, 113),
    (0x1029d, 0), (0x102a0, 113), (0x102d1, 0), (0x102e0, 1104), (0x102e1, 24), (0x102fc, 0),
    (0x10300, 113), (0x10320, 24), (0x10324, 0), (0x1032d, 113), (0x10341, 120), (0x10342, 113),
    (0x1034a, 120), (0x1034b, 0), (0x10350, 113), (0x10376, 1104), (0x1037b, 0), (0x10380, 113),
    (0x1039e, 0), (0x1039f, 16), (0x103a0, 113), (0x103c4, 0), (0x103c8, 113), (0x103d0, 16),
    (0x103d1, 120), (0x103d6, 0), (0x10400, 369), (0x10428, 241), (0x10450, 113), (0x1049e, 0),
    (0x104a0, 94), (0x104aa, 0), (0x104b0, 369), (0x104d4, 0), (0x104d8, 241), (0x104fc, 0),
    (0x10500, 113), (0x10528, 0), (0x10530, 113), (0x10564, 0), (0x1056f, 16), (0x10570, 369),
    (0x1057b, 0), (0x1057c, 369), (0x1058b, 0), (0x1058c, 369), (0x10593, 0), (0x10594, 369),
    (0x10596, 0), (0x10597, 241), (0x105a2, 0), (0x105a3, 241), (0x105b2, 0), (0x105b3, 241),
    (0x105ba, 0), (0x105bb, 241), (0x105bd, 0), (0x10600, 113), (0x10737, 0), (0x10740, 113),
    (0x10756, 0), (0x10760, 113), (0x10768, 0), (0x10780, 1265), (0x10781, 1137), (0x10783, 1265),
    (0x10786, 0), (0x10787, 1265), (0x107b1, 0), (0x107b2, 1265), (0x107bb, 0), (0x10800, 113),
    (0x10806, 0), (0x10808, 113), (0x10809, 0), (0x1080a, 113), (0x10836, 0), (0x10837, 113),
    (0x10839, 0), (0x1083c, 113), (0x1083d, 0), (0x1083f, 113), (0x10856, 0), (0x10857, 16),
    (0x10858, 24), (0x10860, 113), (0x10877, 16), (0x10879, 24), (0x10880, 113), (0x1089f, 0),
    (0x108a7, 24), (0x108b0, 0), (0x108e0, 113), (0x108f3, 0), (0x108f4, 113), (0x108f6, 0),
    (0x108fb, 24), (0x10900, 113), (0x10916, 24), (0x1091c, 0), (0x1091f, 16), (0x10920, 113),
    (0x1093a, 0), (0x1093f, 16), (0x10940, 0), (0x10980, 113), (0x109b8, 0), (0x109bc, 24),
    (0x109be, 113), (0x109c0, 24), (0x109d0, 0), (0x109d2, 24), (0x10a00, 113), (0x10a01, 1104),
    (0x10a04, 0), (0x10a05, 1104), (0x10a07, 0), (0x10a0c, 1104), (0x10a10, 113), (0x10a14, 0),
    (0x10a15, 113), (0x10a18, 0), (0x10a19, 113), (0x10a36, 0), (0x10a38, 1104), (0x10a3b, 0),
    (0x10a3f, 1104), (0x10a40, 28), (0x10a44, 24), (0x10a49, 0), (0x10a50, 16), (0x10a59, 0),
    (0x10a60, 113), (0x10a7d, 24), (0x10a7f, 16), (0x10a80, 113), (0x10a9d, 24), (0x10aa0, 0),
    (0x10ac0, 113), (0x10ac8, 16), (0x10ac9, 113), (0x10ae5, 1104), (0x10ae7, 0), (0x10aeb, 24),
    (0x10af0, 16), (0x10af7, 0), (0x10b00, 113), (0x10b36, 0), (0x10b39, 16), (0x10b40, 113),
    (0x10b56, 0), (0x10b58, 24), (0x10b60, 113), (0x10b73, 0), (0x10b78, 24), (0x10b80, 113),
    (0x10b92, 0), (0x10b99, 16), (0x10b9d, 0), (0x10ba9, 24), (0x10bb0, 0), (0x10c00, 113),
    (0x10c49, 0), (0x10c80, 369), (0x10cb3, 0), (0x10cc0, 241), (0x10cf3, 0), (0x10cfa, 24),
    (0x10d00, 113), (0x10d24, 1104), (0x10d28, 0), (0x10d30, 94), (0x10d3a, 0), (0x10e60, 28),
    (0x10e69, 24), (0x10e7f, 0), (0x10e80, 113), (0x10eaa, 0), (0x10eab, 1104), (0x10ead, 16),
    (0x10eae, 0), (0x10eb0, 113), (0x10eb2, 0), (0x10f00, 113), (0x10f1d, 24), (0x10f27, 113),
    (0x10f28, 0), (0x10f30, 113), (0x10f46, 1104), (0x10f51, 24), (0x10f55, 16), (0x10f5a, 0),
    (0x10f70, 113), (0x10f82, 1104), (0x10f86, 16), (0x10f8a, 0), (0x10fb0, 113), (0x10fc5, 24),
    (0x10fcc, 0), (0x10fe0, 113), (0x10ff7, 0), (0x11000, 80), (0x11001, 1104), (0x11002, 80),
    (0x11003, 113), (0x11038, 1104), (0x11047, 16), (0x1104e, 0), (0x11052, 28), (0x1105b, 24),
    (0x11066, 94), (0x11070, 1104), (0x11071, 113), (0x11073, 1104), (0x11075, 113), (0x11076, 0),
    (0x1107f, 1104), (0x11082, 80), (0x11083, 113), (0x110b0, 80), (0x110b3, 1104), (0x110b7, 80),
    (0x110b9, 1104), (0x110bb, 16), (0x110bd, 1024), (0x110be, 16), (0x110c2, 1104), (0x110c3, 0),
    (0x110cd, 1024), (0x110ce, 0), (0x110d0, 113), (0x110e9, 0), (0x110f0, 94), (0x110fa, 0),
    (0x11100, 1104), (0x11103, 113), (0x11127, 1104), (0x1112c, 80), (0x1112d, 1104),
    (0x11135, 0), (0x11136, 94), (0x11140, 16), (0x11144, 113), (0x11145, 80), (0x11147, 113),
    (0x11148, 0), (0x11150, 113), (0x11173, 1104), (0x11174, 16), (0x11176, 113), (0x11177, 0),
    (0x11180, 1104), (0x11182, 80), (0x11183, 113), (0x111b3, 80), (0x111b6, 1104), (0x111bf, 80),
    (0x111c1, 113), (0x111c5, 16), (0x111c9, 1104), (0x111cd, 16), (0x111ce, 80), (0x111cf, 1104),
    (0x111d0, 94), (0x111da, 113), (0x111db, 16), (0x111dc, 113), (0x111dd, 16), (0x111e0, 0),
    (0x111e1, 24), (0x111f5, 0), (0x11200, 113), (0x11212, 0), (0x11213, 113), (0x1122c, 80),
    (0x1122f, 1104), (0x11232, 80), (0x11234, 1104), (0x11235, 80), (0x11236, 1104),
    (0x11238, 16), (0x1123e, 1104), (0x1123f, 0), (0x11280, 113), (0x11287, 0), (0x11288, 113),
    (0x11289, 0), (0x1128a, 113), (0x1128e, 0), (0x1128f, 113), (0x1129e, 0), (0x1129f, 113),
    (0x112a9, 16), (0x112aa, 0), (0x112b0, 113), (0x112df, 1104), (0x112e0, 80), (0x112e3, 1104),
    (0x112eb, 0), (0x112f0, 94), (0x112fa, 0), (0x11300, 1104), (0x11302, 80), (0x11304, 0),
    (0x11305, 113), (0x1130d, 0), (0x1130f, 113), (0x11311, 0), (0x11313, 113), (0x11329, 0),
    (0x1132a, 113), (0x11331, 0), (0x11332, 113), (0x11334, 0), (0x11335, 113), (0x1133a, 0),
    (0x1133b, 1104), (0x1133d, 113), (0x1133e, 80), (0x11340, 1104), (0x11341, 80), (0x11345, 0),
    (0x11347, 80), (0x11349, 0), (0x1134b, 80), (0x1134e, 0), (0x11350, 113), (0x11351, 0),
    (0x11357, 80), (0x11358, 0), (0x1135d, 113), (0x11362, 80), (0x11364, 0), (0x11366, 1104),
    (0x1136d, 0), (0x11370, 1104), (0x11375, 0), (0x11400, 113), (0x11435, 80), (0x11438, 1104),
    (0x11440, 80), (0x11442, 1104), (0x11445, 80), (0x11446, 1104), (0x11447, 113), (0x1144b, 16),
    (0x11450, 94), (0x1145a, 16), (0x1145c, 0), (0x1145d, 16), (0x1145e, 1104), (0x1145f, 113),
    (0x11462, 0), (0x11480, 113), (0x114b0, 80), (0x114b3, 1104), (0x114b9, 80), (0x114ba, 1104),
    (0x114bb, 80), (0x114bf, 1104), (0x114c1, 80), (0x114c2, 1104), (0x114c4, 113), (0x114c6, 16),
    (0x114c7, 113), (0x114c8, 0), (0x114d0, 94), (0x114da, 0), (0x11580, 113), (0x115af, 80),
    (0x115b2, 1104), (0x115b6, 0), (0x115b8, 80), (0x115bc, 1104), (0x115be, 80), (0x115bf, 1104),
    (0x115c1, 16), (0x115d8, 113), (0x115dc, 1104), (0x115de, 0), (0x11600, 113), (0x11630, 80),
    (0x11633, 1104), (0x1163b, 80), (0x1163d, 1104), (0x1163e, 80), (0x1163f, 1104),
    (0x11641, 16), (0x11644, 113), (0x11645, 0), (0x11650, 94), (0x1165a, 0), (0x11660, 16),
    (0x1166d, 0), (0x11680, 113), (0x116ab, 1104), (0x116ac, 80), (0x116ad, 1104), (0x116ae, 80),
    (0x116b0, 1104), (0x116b6, 80), (0x116b7, 1104), (0x116b8, 113), (0x116b9, 16), (0x116ba, 0),
    (0x116c0, 94), (0x116ca, 0), (0x11700, 113), (0x1171b, 0), (0x1171d, 1104), (0x11720, 80),
    (0x11722, 1104), (0x11726, 80), (0x11727, 1104), (0x1172c, 0), (0x11730, 94), (0x1173a, 24),
    (0x1173c, 16), (0x11740, 113), (0x11747, 0), (0x11800, 113), (0x1182c, 80), (0x1182f, 1104),
    (0x11838, 80), (0x11839, 1104), (0x1183b, 16), (0x1183c, 0), (0x118a0, 369), (0x118c0, 241),
    (0x118e0, 94), (0x118ea, 24), (0x118f3, 0), (0x118ff, 113), (0x11907, 0), (0x11909, 113),
    (0x1190a, 0), (0x1190c, 113), (0x11914, 0), (0x11915, 113), (0x11917, 0), (0x11918, 113),
    (0x11930, 80), (0x11936, 0), (0x11937, 80), (0x11939, 0), (0x1193b, 1104), (0x1193d, 80),
    (0x1193e, 1104), (0x1193f, 113), (0x11940, 80), (0x11941, 113), (0x11942, 80),
    (0x11943, 1104), (0x11944, 16), (0x11947, 0), (0x11950, 94), (0x1195a, 0), (0x119a0, 113),
    (0x119a8, 0), (0x119aa, 113), (0x119d1, 80), (0x119d4, 1104), (0x119d8, 0), (0x119da, 1104),
    (0x119dc, 80), (0x119e0, 1104), (0x119e1, 113), (0x119e2, 16), (0x119e3, 113), (0x119e4, 80),
    (0x119e5, 0), (0x11a00, 113), (0x11a01, 1104), (0x11a0b, 113), (0x11a33, 1104), (0x11a39, 80),
    (0x11a3a, 113), (0x11a3b, 1104), (0x11a3f, 16), (0x11a47, 1104), (0x11a48, 0), (0x11a50, 113),
    (0x11a51, 1104), (0x11a57, 80), (0x11a59, 1104), (0x11a5c, 113), (0x11a8a, 1104),
    (0x11a97, 80), (0x11a98, 1104), (0x11a9a, 16), (0x11a9d, 113), (0x11a9e, 16), (0x11aa3, 0),
    (0x11ab0, 113), (0x11af9, 0), (0x11c00, 113), (0x11c09, 0), (0x11c0a, 113), (0x11c2f, 80),
    (0x11c30, 1104), (0x11c37, 0), (0x11c38, 1104), (0x11c3e, 80), (0x11c3f, 1104),
    (0x11c40, 113), (0x11c41, 16), (0x11c46, 0), (0x11c50, 94), (0x11c5a, 24), (0x11c6d, 0),
    (0x11c70, 16), (0x11c72, 113), (0x11c90, 0), (0x11c92, 1104), (0x11ca8, 0), (0x11ca9, 80),
    (0x11caa, 1104), (0x11cb1, 80), (0x11cb2, 1104), (0x11cb4, 80), (0x11cb5, 1104), (0x11cb7, 0),
    (0x11d00, 113), (0x11d07, 0), (0x11d08, 113), (0x11d0a, 0), (0x11d0b, 113), (0x11d31, 1104),
    (0x11d37, 0), (0x11d3a, 1104), (0x11d3b, 0), (0x11d3c, 1104), (0x11d3e, 0), (0x11d3f, 1104),
    (0x11d46, 113), (0x11d47, 1104), (0x11d48, 0), (0x11d50, 94), (0x11d5a, 0), (0x11d60, 113),
    (0x11d66, 0), (0x11d67, 113), (0x11d69, 0), (0x11d6a, 113), (0x11d8a, 80), (0x11d8f, 0),
    (0x11d90, 1104), (0x11d92, 0), (0x11d93, 80), (0x11d95, 1104), (0x11d96, 80), (0x11d97, 1104),
    (0x11d98, 113), (0x11d99, 0), (0x11da0, 94), (0x11daa, 0), (0x11ee0, 113), (0x11ef3, 1104),
    (0x11ef5, 80), (0x11ef7, 16), (0x11ef9, 0), (0x11fb0, 113), (0x11fb1, 0), (0x11fc0, 24),
    (0x11fd5, 16), (0x11ff2, 0), (0x11fff, 16), (0x12000, 113), (0x1239a, 0), (0x12400, 120),
    (0x1246f, 0), (0x12470, 16), (0x12475, 0), (0x12480, 113), (0x12544, 0), (0x12f90, 113),
    (0x12ff1, 16), (0x12ff3, 0), (0x13000, 113), (0x1342f, 0), (0x13430, 1024), (0x13439, 0),
    (0x14400, 113), (0x14647, 0), (0x16800, 113), (0x16a39, 0), (0x16a40, 113), (0x16a5f, 0),
    (0x16a60, 94), (0x16a6a, 0), (0x16a6e, 16), (0x16a70, 113), (0x16abf, 0), (0x16ac0, 94),
    (0x16aca, 0), (0x16ad0, 113), (0x16aee, 0), (0x16af0, 1104), (0x16af5, 16), (0x16af6, 0),
    (0x16b00, 113), (0x16b30, 1104), (0x16b37, 16), (0x16b40, 1137), (0x16b44, 16), (0x16b46, 0),
    (0x16b50, 94), (0x16b5a, 0), (0x16b5b, 24), (0x16b62, 0), (0x16b63, 113), (0x16b78, 0),
    (0x16b7d, 113), (0x16b90, 0), (0x16e40, 369), (0x16e60, 241), (0x16e80, 24), (0x16e97, 16),
    (0x16e9b, 0), (0x16f00, 113), (0x16f4b, 0), (0x16f4f, 1104), (0x16f50, 113), (0x16f51, 80),
    (0x16f88, 0), (0x16f8f, 1104), (0x16f93, 1137), (0x16fa0, 0), (0x16fe0, 1137), (0x16fe2, 16),
    (0x16fe3, 1137), (0x16fe4, 1104), (0x16fe5, 0), (0x16ff0, 80), (0x16ff2, 0), (0x17000, 113),
    (0x187f8, 0), (0x18800, 113), (0x18cd6, 0), (0x18d00, 113), (0x18d09, 0), (0x1aff0, 1137),
    (0x1aff4, 0), (0x1aff5, 1137), (0x1affc, 0), (0x1affd, 1137), (0x1afff, 0), (0x1b000, 113),
    (0x1b123, 0), (0x1b150, 113), (0x1b153, 0), (0x1b164, 113), (0x1b168, 0), (0x1b170, 113),
    (0x1b2fc, 0), (0x1bc00, 113), (0x1bc6b, 0), (0x1bc70, 113), (0x1bc7d, 0), (0x1bc80, 113),
    (0x1bc89, 0), (0x1bc90, 113), (0x1bc9a, 0), (0x1bc9c, 16), (0x1bc9d, 1104), (0x1bc9f, 16),
    (0x1bca0, 1024), (0x1bca4, 0), (0x1cf00, 1104), (0x1cf2e, 0), (0x1cf30, 1104), (0x1cf47, 0),
    (0x1cf50, 16), (0x1cfc4, 0), (0x1d000, 16), (0x1d0f6, 0), (0x1d100, 16), (0x1d127, 0),
    (0x1d129, 16), (0x1d165, 80), (0x1d167, 1104), (0x1d16a, 16), (0x1d16d, 80), (0x1d173, 1024),
    (0x1d17b, 1104), (0x1d183, 16), (0x1d185, 1104), (0x1d18c, 16), (0x1d1aa, 1104),
    (0x1d1ae, 16), (0x1d1eb, 0), (0x1d200, 16), (0x1d242, 1104), (0x1d245, 16), (0x1d246, 0),
    (0x1d2e0, 24), (0x1d2f4, 0), (0x1d300, 16), (0x1d357, 0), (0x1d360, 24), (0x1d379, 0),
    (0x1d400, 369), (0x1d41a, 241), (0x1d434, 369), (0x1d44e, 241), (0x1d455, 0), (0x1d456, 241),
    (0x1d468, 369), (0x1d482, 241), (0x1d49c, 369), (0x1d49d, 0), (0x1d49e, 369), (0x1d4a0, 0),
    (0x1d4a2, 369), (0x1d4a3, 0), (0x1d4a5, 369), (0x1d4a7, 0), (0x1d4a9, 369), (0x1d4ad, 0),
    (0x1d4ae, 369), (0x1d4b6, 241), (0x1d4ba, 0), (0x1d4bb, 241), (0x1d4bc, 0), (0x1d4bd, 241),
    (0x1d4c4, 0), (0x1d4c5, 241), (0x1d4d0, 369), (0x1d4ea, 241), (0x1d504, 369), (0x1d506, 0),
    (0x1d507, 369), (0x1d50b, 0), (0x1d50d, 369), (0x1d515, 0), (0x1d516, 369), (0x1d51d, 0),
    (0x1d51e, 241), (0x1d538, 369), (0x1d53a, 0), (0x1d53b, 369), (0x1d53f, 0), (0x1d540, 369),
    (0x1d545, 0), (0x1d546, 369), (0x1d547, 0), (0x1d54a, 369), (0x1d551, 0), (0x1d552, 241),
    (0x1d56c, 369), (0x1d586, 241), (0x1d5a0, 369), (0x1d5ba, 241), (0x1d5d4, 369),
    (0x1d5ee, 241), (0x1d608, 369), (0x1d622, 241), (0x1d63c, 369), (0x1d656, 241),
    (0x1d670, 369), (0x1d68a, 241), (0x1d6a6, 0), (0x1d6a8, 369), (0x1d6c1, 16), (0x1d6c2, 241),
    (0x1d6db, 16), (0x1d6dc, 241), (0x1d6e2, 369), (0x1d6fb, 16), (0x1d6fc, 241), (0x1d715, 16),
    (0x1d716, 241), (0x1d71c, 369), (0x1d735, 16), (0x1d736, 241), (0x1d74f, 16), (0x1d750, 241),
    (0x1d756, 369), (0x1d76f, 16), (0x1d770, 241), (0x1d789, 16), (0x1d78a, 241), (0x1d790, 369),
    (0x1d7a9, 16), (0x1d7aa, 241), (0x1d7c3, 16), (0x1d7c4, 241), (0x1d7ca, 369), (0x1d7cb, 241),
    (0x1d7cc, 0), (0x1d7ce, 94), (0x1d800, 16), (0x1da00, 1104), (0x1da37, 16), (0x1da3b, 1104),
    (0x1da6d, 16), (0x1da75, 1104), (0x1da76, 16), (0x1da84, 1104), (0x1da85, 16), (0x1da8c, 0),
    (0x1da9b, 1104), (0x1daa0, 0), (0x1daa1, 1104), (0x1dab0, 0), (0x1df00, 241), (0x1df0a, 113),
    (0x1df0b, 241), (0x1df1f, 0), (0x1e000, 1104), (0x1e007, 0), (0x1e008, 1104), (0x1e019, 0),
    (0x1e01b, 1104), (0x1e022, 0), (0x1e023, 1104), (0x1e025, 0), (0x1e026, 1104), (0x1e02b, 0),
    (0x1e100, 113), (0x1e12d, 0), (0x1e130, 1104), (0x1e137, 1137), (0x1e13e, 0), (0x1e140, 94),
    (0x1e14a, 0), (0x1e14e, 113), (0x1e14f, 16), (0x1e150, 0), (0x1e290, 113), (0x1e2ae, 1104),
    (0x1e2af, 0), (0x1e2c0, 113), (0x1e2ec, 1104), (0x1e2f0, 94), (0x1e2fa, 0), (0x1e2ff, 16),
    (0x1e300, 0), (0x1e7e0, 113), (0x1e7e7, 0), (0x1e7e8, 113), (0x1e7ec, 0), (0x1e7ed, 113),
    (0x1e7ef, 0), (0x1e7f0, 113), (0x1e7ff, 0), (0x1e800, 113), (0x1e8c5, 0), (0x1e8c7, 24),
    (0x1e8d0, 1104), (0x1e8d7, 0), (0x1e900, 369), (0x1e922, 241), (0x1e944, 1104),
    (0x1e94b, 1137), (0x1e94c, 0), (0x1e950, 94), (0x1e95a, 0), (0x1e95e, 16), (0x1e960, 0),
    (0x1ec71, 24), (0x1ecac, 16), (0x1ecad, 24), (0x1ecb0, 16), (0x1ecb1, 24), (0x1ecb5, 0),
    (0x1ed01, 24), (0x1ed2e, 16), (0x1ed2f, 24), (0x1ed3e, 0), (0x1ee00, 113), (0x1ee04, 0),
    (0x1ee05, 113), (0x1ee20, 0), (0x1ee21, 113), (0x1ee23, 0), (0x1ee24, 113), (0x1ee25, 0),
    (0x1ee27, 113), (0x1ee28, 0), (0x1ee29, 113), (0x1ee33, 0), (0x1ee34, 113), (0x1ee38, 0),
    (0x1ee39, 113), (0x1ee3a, 0), (0x1ee3b, 113), (0x1ee3c, 0), (0x1ee42, 113), (0x1ee43, 0),
    (0x1ee47, 113), (0x1ee48, 0), (0x1ee49, 113), (0x1ee4a, 0), (0x1ee4b, 113), (0x1ee4c, 0),
    (0x1ee4d, 113), (0x1ee50, 0), (0x1ee51, 113), (0x1ee53, 0), (0x1ee54, 113), (0x1ee55, 0),
    (0x1ee57, 113), (0x1ee58, 0), (0x1ee59, 113), (0x1ee5a, 0), (0x1ee5b, 113), (0x1ee5c, 0),
    (0x1ee5d, 113), (0x1ee5e, 0), (0x1ee5f, 113), (0x1ee60, 0), (0x1ee61, 113), (0x1ee63, 0),
    (0x1ee64, 113), (0x1ee65, 0), (0x1ee67, 113), (0x1ee6b, 0), (0x1ee6c, 113), (0x1ee73, 0),
    (0x1ee74, 113), (0x1ee78, 0), (0x1ee79, 113), (0x1ee7d, 0), (0x1ee7e, 113), (0x1ee7f, 0),
    (0x1ee80, 113), (0x1ee8a, 0), (0x1ee8b, 113), (0x1ee9c, 0), (0x1eea1, 113), (0x1eea4, 0),
    (0x1eea5, 113), (0x1eeaa, 0), (0x1eeab, 113), (0x1eebc, 0), (0x1eef0, 16), (0x1eef2, 0),
    (0x1f000, 16), (0x1f02c, 0), (0x1f030, 16), (0x1f094, 0), (0x1f0a0, 16), (0x1f0af, 0),
    (0x1f0b1, 16), (0x1f0c0, 0), (0x1f0c1, 16), (0x1f0d0, 0), (0x1f0d1, 16), (0x1f0f6, 0),
    (0x1f100, 28), (0x1f10b, 24), (0x1f10d, 16), (0x1f130, 272), (0x1f14a, 16), (0x1f150, 272),
    (0x1f16a, 16), (0x1f170, 272), (0x1f18a, 16), (0x1f1ae, 0), (0x1f1e6, 16), (0x1f203, 0),
    (0x1f210, 16), (0x1f23c, 0), (0x1f240, 16), (0x1f249, 0), (0x1f250, 16), (0x1f252, 0),
    (0x1f260, 16), (0x1f266, 0), (0x1f300, 16), (0x1f3fb, 1040), (0x1f400, 16), (0x1f6d8, 0),
    (0x1f6dd, 16), (0x1f6ed, 0), (0x1f6f0, 16), (0x1f6fd, 0), (0x1f700, 16), (0x1f774, 0),
    (0x1f780, 16), (0x1f7d9, 0), (0x1f7e0, 16), (0x1f7ec, 0), (0x1f7f0, 16), (0x1f7f1, 0),
    (0x1f800, 16), (0x1f80c, 0), (0x1f810, 16), (0x1f848, 0), (0x1f850, 16), (0x1f85a, 0),
    (0x1f860, 16), (0x1f888, 0), (0x1f890, 16), (0x1f8ae, 0), (0x1f8b0, 16), (0x1f8b2, 0),
    (0x1f900, 16), (0x1fa54, 0), (0x1fa60, 16), (0x1fa6e, 0), (0x1fa70, 16), (0x1fa75, 0),
    (0x1fa78, 16), (0x1fa7d, 0), (0x1fa80, 16), (0x1fa87, 0), (0x1fa90, 16), (0x1faad, 0),
    (0x1fab0, 16), (0x1fabb, 0), (0x1fac0, 16), (0x1fac6, 0), (0x1fad0, 16), (0x1fada, 0),
    (0x1fae0, 16), (0x1fae8, 0), (0x1faf0, 16), (0x1faf7, 0), (0x1fb00, 16), (0x1fb93, 0),
    (0x1fb94, 16), (0x1fbcb, 0), (0x1fbf0, 94), (0x1fbfa, 0), (0x20000, 113), (0x20001, 121),
    (0x20002, 113), (0x20064, 121), (0x20065, 113), (0x200e2, 121), (0x200e3, 113),
    (0x20121, 121), (0x20122, 113), (0x2092a, 121), (0x2092b, 113), (0x20983, 121),
    (0x20984, 113), (0x2098c, 121), (0x2098d, 113), (0x2099c, 121), (0x2099d, 113),
    (0x20aea, 121), (0x20aeb, 113), (0x20afd, 121), (0x20afe, 113), (0x20b19, 121),
    (0x20b1a, 113), (0x22390, 121), (0x22391, 113), (0x22998, 121), (0x22999, 113),
    (0x23b1b, 121), (0x23b1c, 113), (0x2626d, 121), (0x2626e, 113), (0x2a6e0, 0), (0x2a700, 113),
    (0x2b739, 0), (0x2b740, 113), (0x2b81e, 0), (0x2b820, 113), (0x2cea2, 0), (0x2ceb0, 113),
    (0x2ebe1, 0), (0x2f800, 113), (0x2f890, 121), (0x2f891, 113), (0x2fa1e, 0), (0x30000, 113),
    (0x3134b, 0), (0xe0001, 1024), (0xe0002, 0), (0xe0020, 1024), (0xe0080, 0), (0xe0100, 1104),
    (0xe01f0, 0),
];
/// Full titlecase mappings that differ from the uppercase mapping.
#[rustfmt::skip]
static TITLE_SPECIAL: [(char, &str); 135] = [
    ('\u{df}', "\u{53}\u{73}"), ('\u{1c4}', "\u{1c5}"), ('\u{1c5}', "\u{1c5}"),
    ('\u{1c6}', "\u{1c5}"), ('\u{1c7}', "\u{1c8}"), ('\u{1c8}', "\u{1c8}"),
    ('\u{1c9}', "\u{1c8}"), ('\u{1ca}', "\u{1cb}"), ('\u{1cb}', "\u{1cb}"),
    ('\u{1cc}', "\u{1cb}"), ('\u{1f1}', "\u{1f2}"), ('\u{1f2}', "\u{1f2}"),
    ('\u{1f3}', "\u{1f2}"), ('\u{587}', "\u{535}\u{582}"), ('\u{10d0}', "\u{10d0}"),
    ('\u{10d1}', "\u{10d1}"), ('\u{10d2}', "\u{10d2}"), ('\u{10d3}', "\u{10d3}"),
    ('\u{10d4}', "\u{10d4}"), ('\u{10d5}', "\u{10d5}"), ('\u{10d6}', "\u{10d6}"),
    ('\u{10d7}', "\u{10d7}"), ('\u{10d8}', "\u{10d8}"), ('\u{10d9}', "\u{10d9}"),
    ('\u{10da}', "\u{10da}"), ('\u{10db}', "\u{10db}"), ('\u{10dc}', "\u{10dc}"),
    ('\u{10dd}', "\u{10dd}"), ('\u{10de}', "\u{10de}"), ('\u{10df}', "\u{10df}"),
    ('\u{10e0}', "\u{10e0}"), ('\u{10e1}', "\u{10e1}"), ('\u{10e2}', "\u{10e2}"),
    ('\u{10e3}', "\u{10e3}"), ('\u{10e4}', "\u{10e4}"), ('\u{10e5}', "\u{10e5}"),
    ('\u{10e6}', "\u{10e6}"), ('\u{10e7}', "\u{10e7}"), ('\u{10e8}', "\u{10e8}"),
    ('\u{10e9}', "\u{10e9}"), ('\u{10ea}', "\u{10ea}"), ('\u{10eb}', "\u{10eb}"),
    ('\u{10ec}', "\u{10ec}"), ('\u{10ed}', "\u{10ed}"), ('\u{10ee}', "\u{10ee}"),
    ('\u{10ef}', "\u{10ef}"), ('\u{10f0}', "\u{10f0}"), ('\u{10f1}', "\u{10f1}"),
    ('\u{10f2}', "\u{10f2}"), ('\u{10f3}', "\u{10f3}"), ('\u{10f4}', "\u{10f4}"),
    ('\u{10f5}', "\u{10f5}"), ('\u{10f6}', "\u{10f6}"), ('\u{10f7}', "\u{10f7}"),
    ('\u{10f8}', "\u{10f8}"), ('\u{10f9}', "\u{10f9}"), ('\u{10fa}', "\u{10fa}"),
    ('\u{10fd}', "\u{10fd}"), ('\u{10fe}', "\u{10fe}"), ('\u{10ff}', "\u{10ff}"),
    ('\u{1f80}', "\u{1f88}"), ('\u{1f81}', "\u{1f89}"), ('\u{1f82}', "\u{1f8a}"),
    ('\u{1f83}', "\u{1f8b}"), ('\u{1f84}', "\u{1f8c}"), ('\u{1f85}', "\u{1f8d}"),
    ('\u{1f86}', "\u{1f8e}"), ('\u{1f87}', "\u{1f8f}"), ('\u{1f88}', "\u{1f88}"),
    ('\u{1f89}', "\u{1f89}"), ('\u{1f8a}', "\u{1f8a}"), ('\u{1f8b}', "\u{1f8b}"),
    ('\u{1f8c}', "\u{1f8c}"), ('\u{1f8d}', "\u{1f8d}"), ('\u{1f8e}', "\u{1f8e}"),
    ('\u{1f8f}', "\u{1f8f}"), ('\u{1f90}', "\u{1f98}"), ('\u{1f91}', "\u{1f99}"),
    ('\u{1f92}', "\u{1f9a}"), ('\u{1f93}', "\u{1f9b}"), ('\u{1f94}', "\u{1f9c}"),
    ('\u{1f95}', "\u{1f9d}"), ('\u{1f96}', "\u{1f9e}"), ('\u{1f97}', "\u{1f9f}"),
    ('\u{1f98}', "\u{1f98}"), ('\u{1f99}', "\u{1f99}"), ('\u{1f9a}', "\u{1f9a}"),
    ('\u{1f9b}', "\u{1f9b}"), ('\u{1f9c}', "\u{1f9c}"), ('\u{1f9d}', "\u{1f9d}"),
    ('\u{1f9e}', "\u{1f9e}"), ('\u{1f9f}', "\u{1f9f}"), ('\u{1fa0}', "\u{1fa8}"),
    ('\u{1fa1}', "\u{1fa9}"), ('\u{1fa2}', "\u{1faa}"), ('\u{1fa3}', "\u{1fab}"),
    ('\u{1fa4}', "\u{1fac}"), ('\u{1fa5}', "\u{1fad}"), ('\u{1fa6}', "\u{1fae}"),
    ('\u{1fa7}', "\u{1faf}"), ('\u{1fa8}', "\u{1fa8}"), ('\u{1fa9}', "\u{1fa9}"),
    ('\u{1faa}', "\u{1faa}"), ('\u{1fab}', "\u{1fab}"), ('\u{1fac}', "\u{1fac}"),
    ('\u{1fad}', "\u{1fad}"), ('\u{1fae}', "\u{1fae}"), ('\u{1faf}', "\u{1faf}"),
    ('\u{1fb2}', "\u{1fba}\u{345}"), ('\u{1fb3}', "\u{1fbc}"), ('\u{1fb4}', "\u{386}\u{345}"),
    ('\u{1fb7}', "\u{391}\u{342}\u{345}"), ('\u{1fbc}', "\u{1fbc}"),
    ('\u{1fc2}', "\u{1fca}\u{345}"), ('\u{1fc3}', "\u{1fcc}"), ('\u{1fc4}', "\u{389}\u{345}"),
    ('\u{1fc7}', "\u{397}\u{342}\u{345}"), ('\u{1fcc}', "\u{1fcc}"),
    ('\u{1ff2}', "\u{1ffa}\u{345}"), ('\u{1ff3}', "\u{1ffc}"), ('\u{1ff4}', "\u{38f}\u{345}"),
    ('\u{1ff7}', "\u{3a9}\u{342}\u{345}"), ('\u{1ffc}', "\u{1ffc}"), ('\u{fb00}', "\u{46}\u{66}"),
    ('\u{fb01}', "\u{46}\u{69}"), ('\u{fb02}', "\u{46}\u{6c}"),
    ('\u{fb03}', "\u{46}\u{66}\u{69}"), ('\u{fb04}', "\u{46}\u{66}\u{6c}"),
    ('\u{fb05}', "\u{53}\u{74}"), ('\u{fb06}', "\u{53}\u{74}"), ('\u{fb13}', "\u{544}\u{576}"),
    ('\u{fb14}', "\u{544}\u{565}"), ('\u{fb15}', "\u{544}\u{56b}"),
    ('\u{fb16}', "\u{54e}\u{576}"), ('\u{fb17}', "\u{544}\u{56d}"),
];
/// Full case foldings that differ from the lowercase mapping.
#[rustfmt::skip]
static FOLD_SPECIAL: [(char, &str); 297] = [
    ('\u{b5}', "\u{3bc}"), ('\u{df}', "\u{73}\u{73}"), ('\u{149}', "\u{2bc}\u{6e}"),
    ('\u{17f}', "\u{73}"), ('\u{1f0}', "\u{6a}\u{30c}"), ('\u{345}', "\u{3b9}"),
    ('\u{390}', "\u{3b9}\u{308}\u{301}"), ('\u{3b0}', "\u{3c5}\u{308}\u{301}"),
    ('\u{3c2}', "\u{3c3}"), ('\u{3d0}', "\u{3b2}"), ('\u{3d1}', "\u{3b8}"),
    ('\u{3d5}', "\u{3c6}"), ('\u{3d6}', "\u{3c0}"), ('\u{3f0}', "\u{3ba}"),
    ('\u{3f1}', "\u{3c1}"), ('\u{3f5}', "\u{3b5}"), ('\u{587}', "\u{565}\u{582}"),
    ('\u{13a0}', "\u{13a0}"), ('\u{13a1}', "\u{13a1}"), ('\u{13a2}', "\u{13a2}"),
    ('\u{13a3}', "\u{13a3}"), ('\u{13a4}', "\u{13a4}"), ('\u{13a5}', "\u{13a5}"),
    ('\u{13a6}', "\u{13a6}"), ('\u{13a7}', "\u{13a7}"), ('\u{13a8}', "\u{13a8}"),
    ('\u{13a9}', "\u{13a9}"), ('\u{13aa}', "\u{13aa}"), ('\u{13ab}', "\u{13ab}"),
    ('\u{13ac}', "\u{13ac}"), ('\u{13ad}', "\u{13ad}"), ('\u{13ae}', "\u{13ae}"),
    ('\u{13af}', "\u{13af}"), ('\u{13b0}', "\u{13b0}"), ('\u{13b1}', "\u{13b1}"),
    ('\u{13b2}', "\u{13b2}"), ('\u{13b3}', "\u{13b3}"), ('\u{13b4}', "\u{13b4}"),
    ('\u{13b5}', "\u{13b5}"), ('\u{13b6}', "\u{13b6}"), ('\u{13b7}', "\u{13b7}"),
    ('\u{13b8}', "\u{13b8}"), ('\u{13b9}', "\u{13b9}"), ('\u{13ba}', "\u{13ba}"),
    ('\u{13bb}', "\u{13bb}"), ('\u{13bc}', "\u{13bc}"), ('\u{13bd}', "\u{13bd}"),
    ('\u{13be}', "\u{13be}"), ('\u{13bf}', "\u{13bf}"), ('\u{13c0}', "\u{13c0}"),
    ('\u{13c1}', "\u{13c1}"), ('\u{13c2}', "\u{13c2}"), ('\u{13c3}', "\u{13c3}"),
    ('\u{13c4}', "\u{13c4}"), ('\u{13c5}', "\u{13c5}"), ('\u{13c6}', "\u{13c6}"),
    ('\u{13c7}', "\u{13c7}"), ('\u{13c8}', "\u{13c8}"), ('\u{13c9}', "\u{13c9}"),
    ('\u{13ca}', "\u{13ca}"), ('\u{13cb}', "\u{13cb}"), ('\u{13cc}', "\u{13cc}"),
    ('\u{13cd}', "\u{13cd}"), ('\u{13ce}', "\u{13ce}"), ('\u{13cf}', "\u{13cf}"),
    ('\u{13d0}', "\u{13d0}"), ('\u{13d1}', "\u{13d1}"), ('\u{13d2}', "\u{13d2}"),
    ('\u{13d3}', "\u{13d3}"), ('\u{13d4}', "\u{13d4}"), ('\u{13d5}', "\u{13d5}"),
    ('\u{13d6}', "\u{13d6}"), ('\u{13d7}', "\u{13d7}"), ('\u{13d8}', "\u{13d8}"),
    ('\u{13d9}', "\u{13d9}"), ('\u{13da}', "\u{13da}"), ('\u{13db}', "\u{13db}"),
    ('\u{13dc}', "\u{13dc}"), ('\u{13dd}', "\u{13dd}"), ('\u{13de}', "\u{13de}"),
    ('\u{13df}', "\u{13df}"), ('\u{13e0}', "\u{13e0}"), ('\u{13e1}', "\u{13e1}"),
    ('\u{13e2}', "\u{13e2}"), ('\u{13e3}', "\u{13e3}"), ('\u{13e4}', "\u{13e4}"),
    ('\u{13e5}', "\u{13e5}"), ('\u{13e6}', "\u{13e6}"), ('\u{13e7}', "\u{13e7}"),
    ('\u{13e8}', "\u{13e8}"), ('\u{13e9}', "\u{13e9}"), ('\u{13ea}', "\u{13ea}"),
    ('\u{13eb}', "\u{13eb}"), ('\u{13ec}', "\u{13ec}"), ('\u{13ed}', "\u{13ed}"),
    ('\u{13ee}', "\u{13ee}"), ('\u{13ef}', "\u{13ef}"), ('\u{13f0}', "\u{13f0}"),
    ('\u{13f1}', "\u{13f1}"), ('\u{13f2}', "\u{13f2}"), ('\u{13f3}', "\u{13f3}"),
    ('\u{13f4}', "\u{13f4}"), ('\u{13f5}', "\u{13f5}"), ('\u{13f8}', "\u{13f0}"),
    ('\u{13f9}', "\u{13f1}"), ('\u{13fa}', "\u{13f2}"), ('\u{13fb}', "\u{13f3}"),
    ('\u{13fc}', "\u{13f4}"), ('\u{13fd}', "\u{13f5}"), ('\u{1c80}', "\u{432}"),
    ('\u{1c81}', "\u{434}"), ('\u{1c82}', "\u{43e}"), ('\u{1c83}', "\u{441}"),
    ('\u{1c84}', "\u{442}"), ('\u{1c85}', "\u{442}"), ('\u{1c86}', "\u{44a}"),
    ('\u{1c87}', "\u{463}"), ('\u{1c88}', "\u{a64b}"), ('\u{1e96}', "\u{68}\u{331}"),
    ('\u{1e97}', "\u{74}\u{308}"), ('\u{1e98}', "\u{77}\u{30a}"), ('\u{1e99}', "\u{79}\u{30a}"),
    ('\u{1e9a}', "\u{61}\u{2be}"), ('\u{1e9b}', "\u{1e61}"), ('\u{1e9e}', "\u{73}\u{73}"),
    ('\u{1f50}', "\u{3c5}\u{313}"), ('\u{1f52}', "\u{3c5}\u{313}\u{300}"),
    ('\u{1f54}', "\u{3c5}\u{313}\u{301}"), ('\u{1f56}', "\u{3c5}\u{313}\u{342}"),
    ('\u{1f80}', "\u{1f00}\u{3b9}"), ('\u{1f81}', "\u{1f01}\u{3b9}"),
    ('\u{1f82}', "\u{1f02}\u{3b9}"), ('\u{1f83}', "\u{1f03}\u{3b9}"),
    ('\u{1f84}', "\u{1f04}\u{3b9}"), ('\u{1f85}', "\u{1f05}\u{3b9}"),
    ('\u{1f86}', "\u{1f06}\u{3b9}"), ('\u{1f87}', "\u{1f07}\u{3b9}"),
    ('\u{1f88}', "\u{1f00}\u{3b9}"), ('\u{1f89}', "\u{1f01}\u{3b9}"),
    ('\u{1f8a}', "\u{1f02}\u{3b9}"), ('\u{1f8b}', "\u{1f03}\u{3b9}"),
    ('\u{1f8c}', "\u{1f04}\u{3b9}"), ('\u{1f8d}', "\u{1f05}\u{3b9}"),
    ('\u{1f8e}', "\u{1f06}\u{3b9}"), ('\u{1f8f}', "\u{1f07}\u{3b9}"),
    ('\u{1f90}', "\u{1f20}\u{3b9}"), ('\u{1f91}', "\u{1f21}\u{3b9}"),
    ('\u{1f92}', "\u{1f22}\u{3b9}"), ('\u{1f93}', "\u{1f23}\u{3b9}"),
    ('\u{1f94}', "\u{1f24}\u{3b9}"), ('\u{1f95}', "\u{1f25}\u{3b9}"),
    ('\u{1f96}', "\u{1f26}\u{3b9}"), ('\u{1f97}', "\u{1f27}\u{3b9}"),
    ('\u{1f98}', "\u{1f20}\u{3b9}"), ('\u{1f99}', "\u{1f21}\u{3b9}"),
    ('\u{1f9a}', "\u{1f22}\u{3b9}"), ('\u{1f9b}', "\u{1f23}\u{3b9}"),
    ('\u{1f9c}', "\u{1f24}\u{3b9}"), ('\u{1f9d}', "\u{1f25}\u{3b9}"),
    ('\u{1f9e}', "\u{1f26}\u{3b9}"), ('\u{1f9f}', "\u{1f27}\u{3b9}"),
    ('\u{1fa0}', "\u{1f60}\u{3b9}"), ('\u{1fa1}', "\u{1f61}\u{3b9}"),
    ('\u{1fa2}', "\u{1f62}\u{3b9}"), ('\u{1fa3}', "\u{1f63}\u{3b9}"),
    ('\u{1fa4}', "\u{1f64}\u{3b9}"), ('\u{1fa5}', "\u{1f65}\u{3b9}"),
    ('\u{1fa6}', "\u{1f66}\u{3b9}"), ('\u{1fa7}', "\u{1f67}\u{3b9}"),
    ('\u{1fa8}', "\u{1f60}\u{3b9}"), ('\u{1fa9}', "\u{1f61}\u{3b9}"),
    ('\u{1faa}', "\u{1f62}\u{3b9}"), ('\u{1fab}', "\u{1f63}\u{3b9}"),
    ('\u{1fac}', "\u{1f64}\u{3b9}"), ('\u{1fad}', "\u{1f65}\u{3b9}"),
    ('\u{1fae}', "\u{1f66}\u{3b9}"), ('\u{1faf}', "\u{1f67}\u{3b9}"),
    ('\u{1fb2}', "\u{1f70}\u{3b9}"), ('\u{1fb3}', "\u{3b1}\u{3b9}"),
    ('\u{1fb4}', "\u{3ac}\u{3b9}"), ('\u{1fb6}', "\u{3b1}\u{342}"),
    ('\u{1fb7}', "\u{3b1}\u{342}\u{3b9}"), ('\u{1fbc}', "\u{3b1}\u{3b9}"),
    ('\u{1fbe}', "\u{3b9}"), ('\u{1fc2}', "\u{1f74}\u{3b9}"), ('\u{1fc3}', "\u{3b7}\u{3b9}"),
    ('\u{1fc4}', "\u{3ae}\u{3b9}"), ('\u{1fc6}', "\u{3b7}\u{342}"),
    ('\u{1fc7}', "\u{3b7}\u{342}\u{3b9}"), ('\u{1fcc}', "\u{3b7}\u{3b9}"),
    ('\u{1fd2}', "\u{3b9}\u{308}\u{300}"), ('\u{1fd3}', "\u{3b9}\u{308}\u{301}"),
    ('\u{1fd6}', "\u{3b9}\u{342}"), ('\u{1fd7}', "\u{3b9}\u{308}\u{342}"),
    ('\u{1fe2}', "\u{3c5}\u{308}\u{300}"), ('\u{1fe3}', "\u{3c5}\u{308}\u{301}"),
    ('\u{1fe4}', "\u{3c1}\u{313}"), ('\u{1fe6}', "\u{3c5}\u{342}"),
    ('\u{1fe7}', "\u{3c5}\u{308}\u{342}"), ('\u{1ff2}', "\u{1f7c}\u{3b9}"),
    ('\u{1ff3}', "\u{3c9}\u{3b9}"), ('\u{1ff4}', "\u{3ce}\u{3b9}"),
    ('\u{1ff6}', "\u{3c9}\u{342}"), ('\u{1ff7}', "\u{3c9}\u{342}\u{3b9}"),
    ('\u{1ffc}', "\u{3c9}\u{3b9}"), ('\u{ab70}', "\u{13a0}"), ('\u{ab71}', "\u{13a1}"),
    ('\u{ab72}', "\u{13a2}"), ('\u{ab73}', "\u{13a3}"), ('\u{ab74}', "\u{13a4}"),
    ('\u{ab75}', "\u{13a5}"), ('\u{ab76}', "\u{13a6}"), ('\u{ab77}', "\u{13a7}"),
    ('\u{ab78}', "\u{13a8}"), ('\u{ab79}', "\u{13a9}"), ('\u{ab7a}', "\u{13aa}"),
    ('\u{ab7b}', "\u{13ab}"), ('\u{ab7c}', "\u{13ac}"), ('\u{ab7d}', "\u{13ad}"),
    ('\u{ab7e}', "\u{13ae}"), ('\u{ab7f}', "\u{13af}"), ('\u{ab80}', "\u{13b0}"),
    ('\u{ab81}', "\u{13b1}"), ('\u{ab82}', "\u{13b2}"), ('\u{ab83}', "\u{13b3}"),
    ('\u{ab84}', "\u{13b4}"), ('\u{ab85}', "\u{13b5}"), ('\u{ab86}', "\u{13b6}"),
    ('\u{ab87}', "\u{13b7}"), ('\u{ab88}', "\u{13b8}"), ('\u{ab89}', "\u{13b9}"),
    ('\u{ab8a}', "\u{13ba}"), ('\u{ab8b}', "\u{13bb}"), ('\u{ab8c}', "\u{13bc}"),
    ('\u{ab8d}', "\u{13bd}"), ('\u{ab8e}', "\u{13be}"), ('\u{ab8f}', "\u{13bf}"),
    ('\u{ab90}', "\u{13c0}"), ('\u{ab91}', "\u{13c1}"), ('\u{ab92}', "\u{13c2}"),
    ('\u{ab93}', "\u{13c3}"), ('\u{ab94}', "\u{13c4}"), ('\u{ab95}', "\u{13c5}"),
    ('\u{ab96}', "\u{13c6}"), ('\u{ab97}', "\u{13c7}"), ('\u{ab98}', "\u{13c8}"),
    ('\u{ab99}', "\u{13c9}"), ('\u{ab9a}', "\u{13ca}"), ('\u{ab9b}', "\u{13cb}"),
    ('\u{ab9c}', "\u{13cc}"), ('\u{ab9d}', "\u{13cd}"), ('\u{ab9e}', "\u{13ce}"),
    ('\u{ab9f}', "\u{13cf}"), ('\u{aba0}', "\u{13d0}"), ('\u{aba1}', "\u{13d1}"),
    ('\u{aba2}', "\u{13d2}"), ('\u{aba3}', "\u{13d3}"), ('\u{aba4}', "\u{13d4}"),
    ('\u{aba5}', "\u{13d5}"), ('\u{aba6}', "\u{13d6}"), ('\u{aba7}', "\u{13d7}"),
    ('\u{aba8}', "\u{13d8}"), ('\u{aba9}', "\u{13d9}"), ('\u{abaa}', "\u{13da}"),
    ('\u{abab}', "\u{13db}"), ('\u{abac}', "\u{13dc}"), ('\u{abad}', "\u{13dd}"),
    ('\u{abae}', "\u{13de}"), ('\u{abaf}', "\u{13df}"), ('\u{abb0}', "\u{13e0}"),
    ('\u{abb1}', "\u{13e1}"), ('\u{abb2}', "\u{13e2}"), ('\u{abb3}', "\u{13e3}"),
    ('\u{abb4}', "\u{13e4}"), ('\u{abb5}', "\u{13e5}"), ('\u{abb6}', "\u{13e6}"),
    ('\u{abb7}', "\u{13e7}"), ('\u{abb8}', "\u{13e8}"), ('\u{abb9}', "\u{13e9}"),
    ('\u{abba}', "\u{13ea}"), ('\u{abbb}', "\u{13eb}"), ('\u{abbc}', "\u{13ec}"),
    ('\u{abbd}', "\u{13ed}"), ('\u{abbe}', "\u{13ee}"), ('\u{abbf}', "\u{13ef}"),
    ('\u{fb00}', "\u{66}\u{66}"), ('\u{fb01}', "\u{66}\u{69}"), ('\u{fb02}', "\u{66}\u{6c}"),
    ('\u{fb03}', "\u{66}\u{66}\u{69}"), ('\u{fb04}', "\u{66}\u{66}\u{6c}"),
    ('\u{fb05}', "\u{73}\u{74}"), ('\u{fb06}', "\u{73}\u{74}"), ('\u{fb13}', "\u{574}\u{576}"),
    ('\u{fb14}', "\u{574}\u{565}"), ('\u{fb15}', "\u{574}\u{56b}"),
    ('\u{fb16}', "\u{57e}\u{576}"), ('\u{fb17}', "\u{574}\u{56d}"),
];
