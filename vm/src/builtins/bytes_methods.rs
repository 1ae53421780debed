//! Methods of `bytes` and `bytearray`.
//!
//! Every method is written once, generic over `const BA: bool` (false: `bytes`, true:
//! `bytearray`), and registered on each type with its own instantiation, so `self` is
//! checked exactly and results keep the type of `self`. Arguments are parsed (which may
//! run Python code through `__index__`) before a bytearray's buffer is borrowed.

use std::rc::Rc;

use crate::builtins::add_method;
use crate::builtins::str_methods::{
    add_staticmethod, adjust_indices, bad_repeat, check_pos, clinic_type_name, codec_arg,
    codec_name, defer_to_reflected, is_index_like, parse_kw, repeat_count, reserve_bytes,
    slice_index, slot_nargs, slot_self, slot_wrong_self, ssize_arg, str_of, Style,
};
use crate::format::chars::is_ascii_space;
use crate::interp::{PyResult, Vm};
use crate::objects::{KwArgs, NativeFn, PyByteArray, PyBytes};
use crate::value::Value;

// ---------------------------------------------------------------------------------------
// Registration

macro_rules! both {
    ($($name:ident),* $(,)?) => {
        &[$((stringify!($name), $name::<false> as NativeFn, $name::<true> as NativeFn)),*]
    };
}

pub fn init(vm: &mut Vm) {
    let bt = vm.types.bytes.clone();
    let at = vm.types.bytearray.clone();
    let methods: &[(&str, NativeFn, NativeFn)] = both!(
        capitalize,
        center,
        count,
        decode,
        endswith,
        expandtabs,
        find,
        hex,
        index,
        isalnum,
        isalpha,
        isascii,
        isdigit,
        islower,
        isspace,
        istitle,
        isupper,
        join,
        ljust,
        lower,
        lstrip,
        partition,
        removeprefix,
        removesuffix,
        replace,
        rfind,
        rindex,
        rjust,
        rpartition,
        rsplit,
        rstrip,
        split,
        splitlines,
        startswith,
        strip,
        swapcase,
        title,
        translate,
        upper,
        zfill,
    );
    for &(name, fb, fa) in methods {
        add_method(vm, &bt, name, fb);
        add_method(vm, &at, name, fa);
    }
    crate::builtins::add_classmethod(vm, &bt, "fromhex", fromhex::<false>);
    crate::builtins::add_classmethod(vm, &at, "fromhex", fromhex::<true>);
    add_staticmethod(vm, &bt, "maketrans", maketrans);
    add_staticmethod(vm, &at, "maketrans", maketrans);
    let mutators: &[(&str, NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("reverse", ba_reverse),
    ];
    for &(name, f) in mutators {
        add_method(vm, &at, name, f);
    }
    let dunders: &[(&str, NativeFn, NativeFn)] = &[
        ("__len__", d_len::<false>, d_len::<true>),
        ("__getitem__", d_getitem::<false>, d_getitem::<true>),
        ("__contains__", d_contains::<false>, d_contains::<true>),
        ("__iter__", d_iter::<false>, d_iter::<true>),
        ("__repr__", d_repr::<false>, d_repr::<true>),
        ("__add__", d_add::<false>, d_add::<true>),
        ("__mul__", d_mul::<false>, d_mul::<true>),
        ("__rmul__", d_mul::<false>, d_mul::<true>),
        ("__mod__", d_mod::<false>, d_mod::<true>),
        ("__rmod__", d_rmod::<false>, d_rmod::<true>),
        ("__eq__", d_eq::<false>, d_eq::<true>),
        ("__ne__", d_ne::<false>, d_ne::<true>),
        ("__lt__", d_lt::<false>, d_lt::<true>),
        ("__le__", d_le::<false>, d_le::<true>),
        ("__gt__", d_gt::<false>, d_gt::<true>),
        ("__ge__", d_ge::<false>, d_ge::<true>),
    ];
    for &(name, fb, fa) in dunders {
        add_method(vm, &bt, name, fb);
        add_method(vm, &at, name, fa);
    }
    add_method(vm, &bt, "__hash__", d_hash);
    add_method(vm, &bt, "__getnewargs__", d_getnewargs);
    add_method(vm, &bt, "__bytes__", d_bytes);
    add_method(vm, &at, "__setitem__", d_setitem);
    add_method(vm, &at, "__delitem__", d_delitem);
    add_method(vm, &at, "__iadd__", d_iadd);
    add_method(vm, &at, "__imul__", d_imul);
    let k = vm.intern("__hash__");
    crate::interp::hashing::dict_set_str(&at.dict, k, Value::None);
}

// ---------------------------------------------------------------------------------------
// Self, arguments, results

/// The `self` of a bytes or bytearray method.
enum Buf {
    B(Rc<PyBytes>),
    A(Rc<PyByteArray>),
}

impl Buf {
    /// Run `f` on the current contents (a bytearray stays borrowed for the call).
    fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            Buf::B(b) => f(&b.data),
            Buf::A(a) => f(&a.data.borrow()),
        }
    }

    fn len(&self) -> usize {
        self.with(|d| d.len())
    }

    fn value(&self) -> Value {
        match self {
            Buf::B(b) => Value::Bytes(b.clone()),
            Buf::A(a) => Value::ByteArray(a.clone()),
        }
    }
}

fn tname(ba: bool) -> &'static str {
    if ba {
        "bytearray"
    } else {
        "bytes"
    }
}

fn this<const BA: bool>(vm: &Vm, args: &[Value], name: &str) -> PyResult<Buf> {
    let Some(v) = args.first() else {
        return Err(vm.type_error(format!(
            "unbound method {}.{}() needs an argument",
            tname(BA),
            name
        )));
    };
    match vm.unwrap_builtin(v) {
        Value::Bytes(b) if !BA => Ok(Buf::B(b)),
        Value::ByteArray(a) if BA => Ok(Buf::A(a)),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            tname(BA),
            vm.type_name(v)
        ))),
    }
}

/// `self` plus the positional arguments of a method without keyword arguments.
fn this_pos<'a, const BA: bool>(
    vm: &Vm,
    args: &'a [Value],
    kwargs: &KwArgs,
    name: &str,
    style: Style,
    min: usize,
    max: usize,
) -> PyResult<(Buf, &'a [Value])> {
    let s = this::<BA>(vm, args, name)?;
    let pos = &args[1..];
    check_pos(vm, tname(BA), name, pos, kwargs, style, min, max)?;
    Ok((s, pos))
}

/// A result of the same type as `self`.
fn make<const BA: bool>(data: Vec<u8>) -> Value {
    if BA {
        Value::ByteArray(Rc::new(PyByteArray {
            data: std::cell::RefCell::new(data),
        }))
    } else {
        Value::Bytes(Rc::new(PyBytes { data }))
    }
}

fn new_bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes { data }))
}

/// The contents of a bytes-like object (bytes, bytearray or a subclass), copied.
fn buf_of(vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.data.clone()),
        Value::ByteArray(a) => Some(a.data.borrow().clone()),
        Value::Instance(_) => match vm.builtin_base(v) {
            Some(Value::Bytes(b)) => Some(b.data.clone()),
            Some(Value::ByteArray(a)) => Some(a.data.borrow().clone()),
            _ => None,
        },
        _ => None,
    }
}

fn buf_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    buf_of(vm, v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn byte_range_error(vm: &Vm) -> crate::interp::PyErr {
    vm.value_error("byte must be in range(0, 256)")
}

/// The sub-sequence argument of the find family: bytes-like or an int in range(256).
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buf_of(vm, v) {
        return Ok(b);
    }
    if !is_index_like(vm, v) {
        return Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        )));
    }
    let n = slice_index(vm, Some(v))?.unwrap_or(-1);
    u8::try_from(n)
        .map(|b| vec![b])
        .map_err(|_| byte_range_error(vm))
}

/// `_getbytevalue`: an int in range(256).
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::BigInt(_) => return Err(byte_range_error(vm)),
        _ => match vm.to_index(v) {
            Err(e) if vm.err_is(&e, "IndexError") => return Err(byte_range_error(vm)),
            r => r?,
        },
    };
    u8::try_from(n).map_err(|_| byte_range_error(vm))
}

// ---------------------------------------------------------------------------------------
// Byte-string search helpers

fn find_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    let first = n[0];
    if n.len() == 1 {
        return h.iter().position(|&b| b == first);
    }
    let last = h.len() - n.len();
    let mut i = 0;
    while i <= last {
        let p = h[i..=last].iter().position(|&b| b == first)?;
        i += p;
        if &h[i..i + n.len()] == n {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn rfind_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    if n.len() == 1 {
        return h.iter().rposition(|&b| b == n[0]);
    }
    (0..=h.len() - n.len())
        .rev()
        .find(|&i| &h[i..i + n.len()] == n)
}

fn count_bytes(h: &[u8], n: &[u8], limit: usize) -> usize {
    if n.is_empty() {
        return (h.len() + 1).min(limit);
    }
    if n.len() == 1 && limit == usize::MAX {
        return h.iter().filter(|&&b| b == n[0]).count();
    }
    let mut c = 0;
    let mut i = 0;
    while c < limit {
        match find_bytes(&h[i..], n) {
            Some(p) => {
                c += 1;
                i += p + n.len();
            }
            None => break,
        }
    }
    c
}

// ---------------------------------------------------------------------------------------
// Case conversion and predicates (ASCII semantics)

fn map_bytes<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let (s, _) = this_pos::<BA>(vm, args, kwargs, name, Style::NoArgs, 0, 0)?;
    Ok(make::<BA>(s.with(f)))
}

fn lower<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, kwargs, "lower", |d| d.to_ascii_lowercase())
}

fn upper<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, kwargs, "upper", |d| d.to_ascii_uppercase())
}

fn swapcase<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, kwargs, "swapcase", |d| {
        d.iter()
            .map(|b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn capitalize<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, kwargs, "capitalize", |d| {
        let mut v = d.to_ascii_lowercase();
        if let Some(b) = v.first_mut() {
            b.make_ascii_uppercase();
        }
        v
    })
}

fn title<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, kwargs, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let r = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn predicate<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let (s, _) = this_pos::<BA>(vm, args, kwargs, name, Style::NoArgs, 0, 0)?;
    Ok(Value::Bool(s.with(f)))
}

fn isalnum<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate::<BA>(vm, args, kwargs, "isalnum", |d| {
        !d.is_empty() && d.iter().all(|b| b.is_ascii_alphanumeric())
    })
}

fn isalpha<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate::<BA>(vm, args, kwargs, "isalpha", |d| {
        !d.is_empty() && d.iter().all(|b| b.is_ascii_alphabetic())
    })
}

fn isascii<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate::<BA>(vm, args, kwargs, "isascii", |d| d.is_ascii())
}

fn isdigit<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate::<BA>(vm, args, kwargs, "isdigit", |d| {
        !d.is_empty() && d.iter().all(|b| b.is_ascii_digit())
    })
}

fn isspace<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate::<BA>(vm, args, kwargs, "isspace", |d| {
        !d.is_empty() && d.iter().all(|&b| is_ascii_space(b))
    })
}

fn islower<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate::<BA>(vm, args, kwargs, "islower", |d| {
        !d.iter().any(|b| b.is_ascii_uppercase()) && d.iter().any(|b| b.is_ascii_lowercase())
    })
}

fn isupper<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate::<BA>(vm, args, kwargs, "isupper", |d| {
        !d.iter().any(|b| b.is_ascii_lowercase()) && d.iter().any(|b| b.is_ascii_uppercase())
    })
}

fn istitle<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    predicate::<BA>(vm, args, kwargs, "istitle", |d| {
        let mut cased = false;
        let mut prev_cased = false;
        for b in d {
            if b.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

// ---------------------------------------------------------------------------------------
// Searching

/// `self`, sub, start and end of the find family.
type FindArgs = (Buf, Vec<u8>, Option<i64>, Option<i64>);

/// `(sub[, start[, end]])` of the find family.
fn finds_args<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
) -> PyResult<FindArgs> {
    let (s, pos) = this_pos::<BA>(vm, args, kwargs, name, Style::Tuple, 1, 3)?;
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    let sub = sub_arg(vm, &pos[0])?;
    Ok((s, sub, start, end))
}

fn find_in(d: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, rev: bool) -> Option<usize> {
    let (a, b) = adjust_indices(start, end, d.len());
    if b < a || b - a < sub.len() {
        return None;
    }
    let hay = &d[a..b];
    let r = if rev {
        rfind_bytes(hay, sub)
    } else {
        find_bytes(hay, sub)
    };
    r.map(|i| i + a)
}

fn find_impl<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    rev: bool,
    raise: bool,
) -> PyResult<Value> {
    let (s, sub, start, end) = finds_args::<BA>(vm, args, kwargs, name)?;
    match s.with(|d| find_in(d, &sub, start, end, rev)) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn find<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    find_impl::<BA>(vm, args, kwargs, "find", false, false)
}

fn rfind<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    find_impl::<BA>(vm, args, kwargs, "rfind", true, false)
}

fn index<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    find_impl::<BA>(vm, args, kwargs, "index", false, true)
}

fn rindex<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    find_impl::<BA>(vm, args, kwargs, "rindex", true, true)
}

fn count<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, sub, start, end) = finds_args::<BA>(vm, args, kwargs, "count")?;
    let n = s.with(|d| {
        let (a, b) = adjust_indices(start, end, d.len());
        if b < a {
            0
        } else {
            count_bytes(&d[a..b], &sub, usize::MAX)
        }
    });
    Ok(Value::Int(n as i64))
}

fn tailmatch<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    at_end: bool,
) -> PyResult<Value> {
    let (s, pos) = this_pos::<BA>(vm, args, kwargs, name, Style::Tuple, 1, 3)?;
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    let matches = |d: &[u8], sub: &[u8]| {
        let (a, b) = adjust_indices(start, end, d.len());
        if b < a || b - a < sub.len() {
            return false;
        }
        let hay = &d[a..b];
        if at_end {
            hay.ends_with(sub)
        } else {
            hay.starts_with(sub)
        }
    };
    let arg = vm.unwrap_builtin(&pos[0]);
    if let Value::Tuple(t) = &arg {
        // Items are checked lazily: a match ends the scan before a bad item is seen.
        for item in &t.items {
            let sub = buf_arg(vm, item)?;
            if s.with(|d| matches(d, &sub)) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let Some(sub) = buf_of(vm, &arg) else {
        return Err(vm.type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            vm.type_name(&pos[0])
        )));
    };
    let r = s.with(|d| matches(d, &sub));
    Ok(Value::Bool(r))
}

fn startswith<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    tailmatch::<BA>(vm, args, kwargs, "startswith", false)
}

fn endswith<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    tailmatch::<BA>(vm, args, kwargs, "endswith", true)
}

// ---------------------------------------------------------------------------------------
// Padding

fn pad_impl<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
) -> PyResult<Value> {
    let (s, pos) = this_pos::<BA>(vm, args, kwargs, name, Style::Clinic, 1, 2)?;
    let width = ssize_arg(vm, &pos[0])?.max(0) as usize;
    let fill = match pos.get(1) {
        None => b' ',
        Some(v) => match buf_of(vm, v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    clinic_type_name(vm, v)
                )))
            }
        },
    };
    let len = s.len();
    let marg = width.saturating_sub(len);
    let left = match name {
        "center" => marg / 2 + (marg & width & 1),
        "ljust" => 0,
        _ => marg,
    };
    let mut out = reserve_bytes(vm, len.max(width))?;
    out.resize(left, fill);
    s.with(|d| out.extend_from_slice(d));
    out.resize(len.max(width), fill);
    Ok(make::<BA>(out))
}

fn center<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pad_impl::<BA>(vm, args, kwargs, "center")
}

fn ljust<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pad_impl::<BA>(vm, args, kwargs, "ljust")
}

fn rjust<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pad_impl::<BA>(vm, args, kwargs, "rjust")
}

fn zfill<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos::<BA>(vm, args, kwargs, "zfill", Style::One, 1, 1)?;
    let width = ssize_arg(vm, &pos[0])?.max(0) as usize;
    let len = s.len();
    let mut out = reserve_bytes(vm, len.max(width))?;
    s.with(|d| {
        let fill = width.saturating_sub(len);
        let rest = match d.first() {
            Some(&b @ (b'+' | b'-')) if fill > 0 => {
                out.push(b);
                &d[1..]
            }
            _ => d,
        };
        out.resize(out.len() + fill, b'0');
        out.extend_from_slice(rest);
    });
    Ok(make::<BA>(out))
}

fn expandtabs<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this::<BA>(vm, args, "expandtabs")?;
    let a = parse_kw(vm, "expandtabs", &args[1..], kwargs, &["tabsize"])?;
    let tab = match &a[0] {
        Some(v) => ssize_arg(vm, v)?,
        None => 8,
    }
    .max(0) as usize;
    let total = s.with(|d| {
        let mut col = 0usize;
        let mut total = 0usize;
        for &b in d {
            if b == b'\t' {
                if tab > 0 {
                    let n = tab - col % tab;
                    col = col.checked_add(n)?;
                    total = total.checked_add(n)?;
                }
            } else {
                col += 1;
                total += 1;
                if b == b'\n' || b == b'\r' {
                    col = 0;
                }
            }
        }
        Some(total)
    });
    let total = total.ok_or_else(|| vm.overflow_error("result too long"))?;
    let mut out = reserve_bytes(vm, total)?;
    s.with(|d| {
        let mut col = 0usize;
        for &b in d {
            if b == b'\t' {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.resize(out.len() + n, b' ');
                    col += n;
                }
            } else {
                out.push(b);
                col += 1;
                if b == b'\n' || b == b'\r' {
                    col = 0;
                }
            }
        }
    });
    Ok(make::<BA>(out))
}

// ---------------------------------------------------------------------------------------
// Joining, stripping, splitting

fn join<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos::<BA>(vm, args, kwargs, "join", Style::One, 1, 1)?;
    let seq = vm.unwrap_builtin(&pos[0]);
    let items: Vec<Value> = match &seq {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.clone(),
        _ => {
            if !vm.is_iterable(&pos[0]) {
                return Err(vm.type_error("can only join an iterable"));
            }
            vm.iterate(&pos[0])?
        }
    };
    if !BA && items.len() == 1 {
        if let Value::Bytes(b) = &items[0] {
            return Ok(Value::Bytes(b.clone()));
        }
    }
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match buf_of(vm, item) {
            Some(b) => parts.push(b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_name(item)
                )))
            }
        }
    }
    let sep = s.with(|d| d.to_vec());
    let total: usize =
        parts.iter().map(|p| p.len()).sum::<usize>() + sep.len() * parts.len().saturating_sub(1);
    let mut out = reserve_bytes(vm, total)?;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(p);
    }
    Ok(make::<BA>(out))
}

fn strip_impl<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (s, pos) = this_pos::<BA>(vm, args, kwargs, name, Style::Clinic, 0, 1)?;
    let set = match pos.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(buf_arg(vm, v)?),
    };
    let strip = |b: u8| match &set {
        None => is_ascii_space(b),
        Some(set) => set.contains(&b),
    };
    let r = s.with(|d| {
        let mut a = 0;
        let mut e = d.len();
        if left {
            while a < e && strip(d[a]) {
                a += 1;
            }
        }
        if right {
            while e > a && strip(d[e - 1]) {
                e -= 1;
            }
        }
        d[a..e].to_vec()
    });
    Ok(make::<BA>(r))
}

fn strip<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    strip_impl::<BA>(vm, args, kwargs, "strip", true, true)
}

fn lstrip<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    strip_impl::<BA>(vm, args, kwargs, "lstrip", true, false)
}

fn rstrip<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    strip_impl::<BA>(vm, args, kwargs, "rstrip", false, true)
}

/// Split `d` at runs of ASCII whitespace (`bytes.split()` with no separator).
fn split_whitespace(d: &[u8], mut maxcount: usize) -> Vec<&[u8]> {
    let n = d.len();
    let mut out = Vec::new();
    let mut i = 0;
    while maxcount > 0 {
        while i < n && is_ascii_space(d[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        while i < n && !is_ascii_space(d[i]) {
            i += 1;
        }
        out.push(&d[j..i]);
        maxcount -= 1;
    }
    while i < n && is_ascii_space(d[i]) {
        i += 1;
    }
    if i < n {
        out.push(&d[i..]);
    }
    out
}

fn rsplit_whitespace(d: &[u8], mut maxcount: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = d.len();
    while maxcount > 0 {
        while i > 0 && is_ascii_space(d[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 && !is_ascii_space(d[i - 1]) {
            i -= 1;
        }
        out.push(&d[i..j]);
        maxcount -= 1;
    }
    while i > 0 && is_ascii_space(d[i - 1]) {
        i -= 1;
    }
    if i > 0 {
        out.push(&d[..i]);
    }
    out.reverse();
    out
}

fn split_sep<'a>(d: &'a [u8], sep: &[u8], mut maxcount: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    while maxcount > 0 {
        match find_bytes(&d[i..], sep) {
            Some(p) => {
                out.push(&d[i..i + p]);
                i += p + sep.len();
                maxcount -= 1;
            }
            None => break,
        }
    }
    out.push(&d[i..]);
    out
}

fn rsplit_sep<'a>(d: &'a [u8], sep: &[u8], mut maxcount: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut e = d.len();
    while maxcount > 0 {
        match rfind_bytes(&d[..e], sep) {
            Some(p) => {
                out.push(&d[p + sep.len()..e]);
                e = p;
                maxcount -= 1;
            }
            None => break,
        }
    }
    out.push(&d[..e]);
    out.reverse();
    out
}

fn split_impl<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
) -> PyResult<Value> {
    let reverse = name == "rsplit";
    let s = this::<BA>(vm, args, name)?;
    let a = parse_kw(vm, name, &args[1..], kwargs, &["sep", "maxsplit"])?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(buf_arg(vm, v)?),
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
    if matches!(&sep, Some(s) if s.is_empty()) {
        return Err(vm.value_error("empty separator"));
    }
    let parts: Vec<Value> = s.with(|d| {
        let pieces = match (&sep, reverse) {
            (None, false) => split_whitespace(d, maxcount),
            (None, true) => rsplit_whitespace(d, maxcount),
            (Some(sep), false) => split_sep(d, sep, maxcount),
            (Some(sep), true) => rsplit_sep(d, sep, maxcount),
        };
        pieces.into_iter().map(|p| make::<BA>(p.to_vec())).collect()
    });
    Ok(Value::list(parts))
}

fn split<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    split_impl::<BA>(vm, args, kwargs, "split")
}

fn rsplit<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    split_impl::<BA>(vm, args, kwargs, "rsplit")
}

fn splitlines<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this::<BA>(vm, args, "splitlines")?;
    let a = parse_kw(vm, "splitlines", &args[1..], kwargs, &["keepends"])?;
    let keepends = match &a[0] {
        Some(v) => ssize_arg(vm, v)? != 0,
        None => false,
    };
    let lines: Vec<Value> = s.with(|d| {
        let n = d.len();
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            let start = i;
            while i < n && d[i] != b'\n' && d[i] != b'\r' {
                i += 1;
            }
            let eol = i;
            if i < n {
                if d[i] == b'\r' && i + 1 < n && d[i + 1] == b'\n' {
                    i += 2;
                } else {
                    i += 1;
                }
            }
            let end = if keepends { i } else { eol };
            out.push(make::<BA>(d[start..end].to_vec()));
        }
        out
    });
    Ok(Value::list(lines))
}

fn partition_impl<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
) -> PyResult<Value> {
    let (s, pos) = this_pos::<BA>(vm, args, kwargs, name, Style::One, 1, 1)?;
    let sep = buf_arg(vm, &pos[0])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let front = name == "partition";
    let parts = s.with(|d| {
        let found = if front {
            find_bytes(d, &sep)
        } else {
            rfind_bytes(d, &sep)
        };
        match found {
            Some(i) => [d[..i].to_vec(), sep.clone(), d[i + sep.len()..].to_vec()],
            None if front => [d.to_vec(), Vec::new(), Vec::new()],
            None => [Vec::new(), Vec::new(), d.to_vec()],
        }
    });
    Ok(Value::tuple(parts.into_iter().map(make::<BA>).collect()))
}

fn partition<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    partition_impl::<BA>(vm, args, kwargs, "partition")
}

fn rpartition<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    partition_impl::<BA>(vm, args, kwargs, "rpartition")
}

fn removeprefix<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos::<BA>(vm, args, kwargs, "removeprefix", Style::One, 1, 1)?;
    let p = buf_arg(vm, &pos[0])?;
    Ok(make::<BA>(
        s.with(|d| d.strip_prefix(&p[..]).unwrap_or(d).to_vec()),
    ))
}

fn removesuffix<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos::<BA>(vm, args, kwargs, "removesuffix", Style::One, 1, 1)?;
    let p = buf_arg(vm, &pos[0])?;
    Ok(make::<BA>(
        s.with(|d| d.strip_suffix(&p[..]).unwrap_or(d).to_vec()),
    ))
}

fn replace<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, pos) = this_pos::<BA>(vm, args, kwargs, "replace", Style::Clinic, 2, 3)?;
    let old = buf_arg(vm, &pos[0])?;
    let new = buf_arg(vm, &pos[1])?;
    let count = match pos.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    // Size the result first, so an absurd one is a MemoryError rather than an abort.
    let hits = s.with(|d| count_bytes(d, &old, limit));
    let len = s.len();
    let total = if new.len() >= old.len() {
        (new.len() - old.len())
            .checked_mul(hits)
            .and_then(|x| x.checked_add(len))
    } else {
        Some(len - (old.len() - new.len()) * hits)
    }
    .ok_or_else(|| vm.overflow_error("replace bytes is too long"))?;
    let mut out = reserve_bytes(vm, total)?;
    s.with(|d| {
        if old.is_empty() {
            for (i, &b) in d.iter().enumerate() {
                if i < hits {
                    out.extend_from_slice(&new);
                }
                out.push(b);
            }
            if hits > d.len() {
                out.extend_from_slice(&new);
            }
            return;
        }
        let mut i = 0;
        for _ in 0..hits {
            match find_bytes(&d[i..], &old) {
                Some(p) => {
                    out.extend_from_slice(&d[i..i + p]);
                    out.extend_from_slice(&new);
                    i += p + old.len();
                }
                None => break,
            }
        }
        out.extend_from_slice(&d[i..]);
    });
    Ok(make::<BA>(out))
}

// ---------------------------------------------------------------------------------------
// translate / maketrans / hex / fromhex

fn translate<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this::<BA>(vm, args, "translate")?;
    let pos = &args[1..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "translate() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut delete_arg = pos.get(1).cloned();
    for (k, v) in kwargs {
        if k.as_str() == "delete" && delete_arg.is_none() {
            delete_arg = Some(v.clone());
        } else if k.as_str() == "delete" {
            return Err(
                vm.type_error("argument for translate() given by name ('delete') and position (2)")
            );
        } else {
            return Err(vm.type_error(format!(
                "translate() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    let Some(table_arg) = pos.first() else {
        return Err(vm.type_error("translate() missing required argument 'table' (pos 1)"));
    };
    let table = match table_arg {
        Value::None => None,
        v => {
            let t = buf_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &delete_arg {
        Some(v) => buf_arg(vm, v)?,
        None => Vec::new(),
    };
    let mut del = [false; 256];
    for &b in &delete {
        del[b as usize] = true;
    }
    let out = s.with(|d| {
        d.iter()
            .filter(|&&b| !del[b as usize])
            .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
            .collect()
    });
    Ok(make::<BA>(out))
}

fn maketrans(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    check_pos(vm, "bytes", "maketrans", args, kwargs, Style::Clinic, 2, 2)?;
    let frm = buf_arg(vm, &args[0])?;
    let to = buf_arg(vm, &args[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in frm.iter().zip(to.iter()) {
        table[a as usize] = b;
    }
    Ok(new_bytes(table))
}

fn hex<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this::<BA>(vm, args, "hex")?;
    let a = parse_kw(vm, "hex", &args[1..], kwargs, &["sep", "bytes_per_sep"])?;
    let sep = match &a[0] {
        None => None,
        Some(v) => {
            // `_Py_strhex_impl`: length first, then type, then ASCII-ness.
            if vm.len(v)? != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            let c = if let Some(st) = str_of(vm, v) {
                st.as_str().chars().next().map_or(0, |c| c as u32)
            } else if let Value::Bytes(b) = vm.unwrap_builtin(v) {
                b.data[0] as u32
            } else {
                return Err(vm.type_error("sep must be str or bytes."));
            };
            if c > 127 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(c as u8 as char)
        }
    };
    let per = match &a[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let out = s.with(|d| {
        let n = d.len();
        let k = per.unsigned_abs() as usize;
        let mut out = String::with_capacity(n * 3);
        for (i, &b) in d.iter().enumerate() {
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
            if let Some(c) = sep {
                if k > 0 && i + 1 < n {
                    let boundary = if per > 0 {
                        (n - 1 - i) % k == 0
                    } else {
                        (i + 1) % k == 0
                    };
                    if boundary {
                        out.push(c);
                    }
                }
            }
        }
        out
    });
    Ok(Value::string(out))
}

fn fromhex<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let Some(cls) = args.first().cloned() else {
        return Err(vm.type_error("fromhex() needs a class"));
    };
    let pos = &args[1..];
    check_pos(vm, tname(BA), "fromhex", pos, kwargs, Style::One, 1, 1)?;
    let Some(s) = str_of(vm, &pos[0]) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            clinic_type_name(vm, &pos[0])
        )));
    };
    let bad = |vm: &Vm, i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            i
        ))
    };
    if !s.is_ascii() {
        let i = s.as_str().chars().position(|c| !c.is_ascii()).unwrap_or(0);
        return Err(bad(vm, i));
    }
    let t = s.as_str().as_bytes();
    let digit = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(t.len() / 2);
    let mut i = 0;
    while i < t.len() {
        if is_ascii_space(t[i]) {
            i += 1;
            continue;
        }
        let Some(hi) = digit(t[i]) else {
            return Err(bad(vm, i));
        };
        let Some(lo) = t.get(i + 1).and_then(|&b| digit(b)) else {
            return Err(bad(vm, i + 1));
        };
        out.push(hi << 4 | lo);
        i += 2;
    }
    let exact = match &cls {
        Value::Type(t) => {
            let base = if BA {
                &vm.types.bytearray
            } else {
                &vm.types.bytes
            };
            Rc::ptr_eq(t, base)
        }
        _ => true,
    };
    if exact {
        Ok(make::<BA>(out))
    } else {
        vm.call(&cls, &[make::<BA>(out)], &[])
    }
}

// ---------------------------------------------------------------------------------------
// decode

/// Is `b` impossible as the first byte of a UTF-8 sequence?
fn invalid_start(b: u8) -> bool {
    (0x80..0xc2).contains(&b) || b >= 0xf5
}

fn decode_error(
    vm: &Vm,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> crate::interp::PyErr {
    let msg = if end == start + 1 {
        format!(
            "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
            codec, data[start], start, reason
        )
    } else {
        format!(
            "'{}' codec can't decode bytes in position {}-{}: {}",
            codec,
            start,
            end - 1,
            reason
        )
    };
    vm.new_error("UnicodeDecodeError", msg)
}

/// Apply decode error handler `errors` to the undecodable `data[start..end]`.
fn decode_handle(
    vm: &Vm,
    codec: &str,
    errors: &str,
    data: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => {
            Err(decode_error(vm, codec, data, start, end, reason))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{:02x}", b));
            }
            Ok(())
        }
        other => Err(vm.new_error(
            "LookupError",
            format!("unknown error handler name '{}'", other),
        )),
    }
}

/// Decode UTF-8 with CPython's error positions and messages.
pub(crate) fn decode_utf8(vm: &Vm, data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::new();
    let mut i = 0;
    loop {
        match std::str::from_utf8(&data[i..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(&data[i..i + good]) {
                    out.push_str(s);
                }
                let start = i + good;
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(l) if invalid_start(data[start]) => (start + l, "invalid start byte"),
                    Some(l) => (start + l, "invalid continuation byte"),
                };
                decode_handle(vm, "utf-8", errors, data, (start, end), reason, &mut out)?;
                i = end;
            }
        }
    }
}

fn decode<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let s = this::<BA>(vm, args, "decode")?;
    let a = parse_kw(vm, "decode", &args[1..], kwargs, &["encoding", "errors"])?;
    let encoding = codec_arg(vm, "decode", "encoding", &a[0], "utf-8")?;
    let errors = codec_arg(vm, "decode", "errors", &a[1], "strict")?;
    let Some(codec) = codec_name(&encoding) else {
        return Err(vm.new_error("LookupError", format!("unknown encoding: {}", encoding)));
    };
    let text = s.with(|d| -> PyResult<String> {
        match codec {
            "utf-8" => decode_utf8(vm, d, &errors),
            "utf-8-sig" => {
                let body = d.strip_prefix(b"\xef\xbb\xbf").unwrap_or(d);
                decode_utf8(vm, body, &errors)
            }
            "latin-1" => Ok(d.iter().map(|&b| b as char).collect()),
            _ => {
                if d.is_ascii() {
                    return Ok(d.iter().map(|&b| b as char).collect());
                }
                let mut out = String::with_capacity(d.len());
                for (i, &b) in d.iter().enumerate() {
                    if b < 0x80 {
                        out.push(b as char);
                    } else {
                        let reason = "ordinal not in range(128)";
                        decode_handle(vm, "ascii", &errors, d, (i, i + 1), reason, &mut out)?;
                    }
                }
                Ok(out)
            }
        }
    })?;
    Ok(Value::string(text))
}

// ---------------------------------------------------------------------------------------
// bytearray mutators

fn this_ba(vm: &Vm, args: &[Value], name: &str) -> PyResult<Rc<PyByteArray>> {
    match this::<true>(vm, args, name)? {
        Buf::A(a) => Ok(a),
        Buf::B(_) => Err(vm.type_error("expected a bytearray")),
    }
}

fn ba_append(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let a = this_ba(vm, args, "append")?;
    check_pos(
        vm,
        "bytearray",
        "append",
        &args[1..],
        kwargs,
        Style::One,
        1,
        1,
    )?;
    let b = byte_value(vm, &args[1])?;
    a.data.borrow_mut().push(b);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let a = this_ba(vm, args, "extend")?;
    check_pos(
        vm,
        "bytearray",
        "extend",
        &args[1..],
        kwargs,
        Style::One,
        1,
        1,
    )?;
    let src = &args[1];
    let add = match buf_of(vm, src) {
        Some(b) => b,
        None => {
            if !vm.is_iterable(src) {
                return Err(
                    vm.type_error(format!("can't extend bytearray with {}", vm.type_name(src)))
                );
            }
            let items = vm.iterate(src)?;
            let mut v = Vec::with_capacity(items.len());
            for item in &items {
                v.push(byte_value(vm, item)?);
            }
            v
        }
    };
    a.data.borrow_mut().extend_from_slice(&add);
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let a = this_ba(vm, args, "insert")?;
    check_pos(
        vm,
        "bytearray",
        "insert",
        &args[1..],
        kwargs,
        Style::Clinic,
        2,
        2,
    )?;
    let idx = ssize_arg(vm, &args[1])?;
    let b = byte_value(vm, &args[2])?;
    let mut d = a.data.borrow_mut();
    let n = d.len() as i64;
    let i = if idx < 0 {
        (idx + n).max(0)
    } else {
        idx.min(n)
    };
    d.insert(i as usize, b);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let a = this_ba(vm, args, "pop")?;
    check_pos(
        vm,
        "bytearray",
        "pop",
        &args[1..],
        kwargs,
        Style::Clinic,
        0,
        1,
    )?;
    let idx = match args.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut d = a.data.borrow_mut();
    if d.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = d.len() as i64;
    let i = if idx < 0 { idx + n } else { idx };
    if i < 0 || i >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::Int(d.remove(i as usize) as i64))
}

fn ba_remove(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let a = this_ba(vm, args, "remove")?;
    check_pos(
        vm,
        "bytearray",
        "remove",
        &args[1..],
        kwargs,
        Style::One,
        1,
        1,
    )?;
    let b = byte_value(vm, &args[1])?;
    let mut d = a.data.borrow_mut();
    match d.iter().position(|&x| x == b) {
        Some(i) => {
            d.remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_clear(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let a = this_ba(vm, args, "clear")?;
    check_pos(
        vm,
        "bytearray",
        "clear",
        &args[1..],
        kwargs,
        Style::NoArgs,
        0,
        0,
    )?;
    a.data.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let a = this_ba(vm, args, "copy")?;
    check_pos(
        vm,
        "bytearray",
        "copy",
        &args[1..],
        kwargs,
        Style::NoArgs,
        0,
        0,
    )?;
    let d = a.data.borrow().clone();
    Ok(make::<true>(d))
}

fn ba_reverse(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let a = this_ba(vm, args, "reverse")?;
    check_pos(
        vm,
        "bytearray",
        "reverse",
        &args[1..],
        kwargs,
        Style::NoArgs,
        0,
        0,
    )?;
    a.data.borrow_mut().reverse();
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// Dunders: the evaluator handles exact values itself; these serve instances of
// subclasses and explicit calls such as `bytes.__len__(b)`.

/// `self` and the arguments of a bytes/bytearray slot wrapper taking `n` arguments.
fn dunder<'a, const BA: bool>(
    vm: &Vm,
    args: &'a [Value],
    kwargs: &KwArgs,
    name: &str,
    n: usize,
) -> PyResult<(Buf, &'a [Value])> {
    let v = slot_self(vm, args, tname(BA), name)?;
    let buf = match vm.unwrap_builtin(v) {
        Value::Bytes(b) if !BA => Buf::B(b),
        Value::ByteArray(a) if BA => Buf::A(a),
        _ => return Err(slot_wrong_self(vm, tname(BA), name, v)),
    };
    slot_nargs(vm, name, &args[1..], kwargs, n)?;
    Ok((buf, &args[1..]))
}

fn d_len<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = dunder::<BA>(vm, args, kwargs, "__len__", 0)?;
    Ok(Value::Int(s.len() as i64))
}

fn d_getitem<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder::<BA>(vm, args, kwargs, "__getitem__", 1)?;
    vm.getitem(&s.value(), &a[0])
}

fn d_contains<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder::<BA>(vm, args, kwargs, "__contains__", 1)?;
    let sub = match buf_of(vm, &a[0]) {
        Some(b) => b,
        None if is_index_like(vm, &a[0]) => vec![byte_value(vm, &a[0])?],
        None => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&a[0])
            )))
        }
    };
    Ok(Value::Bool(s.with(|d| find_bytes(d, &sub).is_some())))
}

fn d_iter<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = dunder::<BA>(vm, args, kwargs, "__iter__", 0)?;
    vm.get_iter(&s.value())
}

/// CPython's `bytearray.__repr__`: `TypeName(b'...')`, always escaping `'`.
pub fn bytearray_repr(type_name: &str, data: &[u8]) -> String {
    let mut quote = '\'';
    for &b in data {
        if b == b'"' {
            quote = '\'';
            break;
        } else if b == b'\'' {
            quote = '"';
        }
    }
    let mut out = String::with_capacity(data.len() + type_name.len() + 5);
    out.push_str(type_name);
    out.push_str("(b");
    out.push(quote);
    for &b in data {
        match b {
            b'\'' | b'\\' => {
                out.push('\\');
                out.push(b as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{:02x}", b)),
        }
    }
    out.push(quote);
    out.push(')');
    out
}

fn d_repr<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = dunder::<BA>(vm, args, kwargs, "__repr__", 0)?;
    if BA {
        let name = vm.type_of(&args[0]).name_str();
        return Ok(Value::string(s.with(|d| bytearray_repr(&name, d))));
    }
    Ok(Value::string(vm.builtin_repr(&s.value())?))
}

/// `can't concat int to bytes` (or NotImplemented: see `defer_to_reflected`).
fn bad_concat(vm: &mut Vm, this: &Value, other: &Value, rname: &str) -> PyResult<Value> {
    if defer_to_reflected(vm, other, rname) {
        return Ok(Value::NotImplemented);
    }
    Err(vm.type_error(format!(
        "can't concat {} to {}",
        vm.type_name(other),
        vm.type_name(this)
    )))
}

fn d_add<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder::<BA>(vm, args, kwargs, "__add__", 1)?;
    let Some(o) = buf_of(vm, &a[0]) else {
        return bad_concat(vm, &args[0], &a[0], "__radd__");
    };
    let mut out = reserve_bytes(vm, s.len() + o.len())?;
    s.with(|d| out.extend_from_slice(d));
    out.extend_from_slice(&o);
    Ok(make::<BA>(out))
}

fn repeated(vm: &Vm, d: &[u8], n: usize) -> PyResult<Vec<u8>> {
    let total = d
        .len()
        .checked_mul(n)
        .ok_or_else(|| vm.overflow_error("repeated bytes are too long"))?;
    let mut out = reserve_bytes(vm, total)?;
    for _ in 0..n {
        out.extend_from_slice(d);
    }
    Ok(out)
}

fn d_mul<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder::<BA>(vm, args, kwargs, "__mul__", 1)?;
    if !is_index_like(vm, &a[0]) {
        return bad_repeat(vm, &a[0]);
    }
    let n = repeat_count(vm, &a[0])?;
    let out = s.with(|d| repeated(vm, d, n))?;
    Ok(make::<BA>(out))
}

/// `fmt % args` through the core's bytes formatting, keeping the type of `fmt`.
fn bytes_mod<const BA: bool>(vm: &mut Vm, fmt: Vec<u8>, args: &Value) -> PyResult<Value> {
    let r = vm.builtin_binop(&new_bytes(fmt), args, crate::bytecode::BinaryOp::Mod)?;
    Ok(match r {
        Some(Value::Bytes(b)) if BA => make::<true>(b.data.clone()),
        Some(v) => v,
        None => Value::NotImplemented,
    })
}

fn d_mod<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder::<BA>(vm, args, kwargs, "__mod__", 1)?;
    let fmt = s.with(|d| d.to_vec());
    bytes_mod::<BA>(vm, fmt, &a[0])
}

fn d_rmod<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder::<BA>(vm, args, kwargs, "__rmod__", 1)?;
    let fmt = match vm.unwrap_builtin(&a[0]) {
        Value::Bytes(b) if !BA => b.data.clone(),
        Value::ByteArray(b) if BA => b.data.borrow().clone(),
        _ => return Ok(Value::NotImplemented),
    };
    bytes_mod::<BA>(vm, fmt, &s.value())
}

fn compare<const BA: bool>(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    f: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let (s, a) = dunder::<BA>(vm, args, kwargs, name, 1)?;
    // bytes compares only with bytes; bytearray with any bytes-like object.
    let other = match vm.unwrap_builtin(&a[0]) {
        Value::Bytes(b) => b.data.clone(),
        Value::ByteArray(b) if BA => b.data.borrow().clone(),
        _ => return Ok(Value::NotImplemented),
    };
    Ok(Value::Bool(s.with(|d| f(d.cmp(&other[..])))))
}

fn d_eq<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    compare::<BA>(vm, args, kwargs, "__eq__", |o| o.is_eq())
}

fn d_ne<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    compare::<BA>(vm, args, kwargs, "__ne__", |o| o.is_ne())
}

fn d_lt<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    compare::<BA>(vm, args, kwargs, "__lt__", |o| o.is_lt())
}

fn d_le<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    compare::<BA>(vm, args, kwargs, "__le__", |o| o.is_le())
}

fn d_gt<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    compare::<BA>(vm, args, kwargs, "__gt__", |o| o.is_gt())
}

fn d_ge<const BA: bool>(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    compare::<BA>(vm, args, kwargs, "__ge__", |o| o.is_ge())
}

fn d_hash(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = dunder::<false>(vm, args, kwargs, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&s.value())?))
}

fn d_getnewargs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos::<false>(vm, args, kwargs, "__getnewargs__", Style::NoArgs, 0, 0)?;
    Ok(Value::tuple(vec![new_bytes(s.with(|d| d.to_vec()))]))
}

fn d_bytes(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, _) = this_pos::<false>(vm, args, kwargs, "__bytes__", Style::NoArgs, 0, 0)?;
    Ok(s.value())
}

fn d_setitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder::<true>(vm, args, kwargs, "__setitem__", 2)?;
    vm.setitem(&s.value(), a[0].clone(), a[1].clone())?;
    Ok(Value::None)
}

fn d_delitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder::<true>(vm, args, kwargs, "__delitem__", 1)?;
    vm.delitem(&s.value(), &a[0])?;
    Ok(Value::None)
}

fn d_iadd(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder::<true>(vm, args, kwargs, "__iadd__", 1)?;
    let Some(o) = buf_of(vm, &a[0]) else {
        return Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(&a[0]))));
    };
    if let Buf::A(arr) = &s {
        arr.data.borrow_mut().extend_from_slice(&o);
    }
    Ok(args[0].clone())
}

fn d_imul(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (s, a) = dunder::<true>(vm, args, kwargs, "__imul__", 1)?;
    if !is_index_like(vm, &a[0]) {
        return bad_repeat(vm, &a[0]);
    }
    let n = repeat_count(vm, &a[0])?;
    if let Buf::A(arr) = &s {
        let new = repeated(vm, &arr.data.borrow(), n)?;
        *arr.data.borrow_mut() = new;
    }
    Ok(args[0].clone())
}
