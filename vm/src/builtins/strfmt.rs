//! `str % args` and `str.format(...)`.

use crate::format::{Count, PrintfPiece};
use crate::interp::{PyResult, Vm};
use crate::objects::KwArgs;
use crate::value::Value;

/// printf-style formatting: `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let items = match args {
        Value::Tuple(t) => &t.items[..],
        Value::Int(_) | Value::Str(_) => std::slice::from_ref(args),
        _ => &[],
    };
    if !items.is_empty() {
        if let Some(s) = percent_format_simple(fmt, items) {
            return Ok(s);
        }
    }
    percent_format_impl(vm, fmt, args, false)
}

/// The common `"k%d" % i` / `"%s-%05d" % (s, n)` shapes without parsing into pieces or
/// going through big integers: only `%%` and `%[0][width](d|i|s)` conversions of
/// machine ints and strs, with exactly as many arguments as conversions. Anything else
/// (including every error case) returns `None` and is left to the general path; nothing
/// here has side effects, so starting over is safe.
fn percent_format_simple(fmt: &str, items: &[Value]) -> Option<String> {
    let bytes = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 8 * items.len());
    let mut next = 0usize;
    let mut lit_start = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        if bytes[i] != b'%' {
            i += 1;
            continue;
        }
        out.push_str(&fmt[lit_start..i]);
        i += 1;
        if *bytes.get(i)? == b'%' {
            out.push('%');
            i += 1;
            lit_start = i;
            continue;
        }
        let mut zero = false;
        while bytes.get(i) == Some(&b'0') {
            zero = true;
            i += 1;
        }
        let mut width = 0usize;
        while let Some(d @ b'0'..=b'9') = bytes.get(i).copied() {
            width = width * 10 + usize::from(d - b'0');
            // Huge widths take the general path (and its MemoryError check).
            if width > 4096 {
                return None;
            }
            i += 1;
        }
        let conv = *bytes.get(i)?;
        i += 1;
        lit_start = i;
        let val = items.get(next)?;
        next += 1;
        let start = out.len();
        match (conv, val) {
            (b'd' | b'i' | b's', Value::Int(n)) => push_i64(&mut out, *n),
            (b's', Value::Str(s)) => out.push_str(s.as_str()),
            _ => return None,
        }
        let len = if matches!(val, Value::Str(_)) {
            out[start..].chars().count()
        } else {
            out.len() - start
        };
        if width > len {
            let pad = width - len;
            if zero && conv != b's' {
                // Zero padding goes between the sign and the digits.
                let at = if out.as_bytes()[start] == b'-' {
                    start + 1
                } else {
                    start
                };
                out.insert_str(at, &"0".repeat(pad));
            } else {
                out.insert_str(start, &" ".repeat(pad));
            }
        }
    }
    if next != items.len() {
        return None;
    }
    out.push_str(&fmt[lit_start..]);
    Some(out)
}

/// Appends the decimal digits of `n` (what `str(n)` gives) without going through
/// `fmt` machinery or big integers.
pub(crate) fn push_i64(out: &mut String, n: i64) {
    let mut buf = [0u8; 20];
    let mut pos = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        pos -= 1;
        // `m % 10` is below 10, so the cast cannot truncate.
        buf[pos] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        out.push('-');
    }
    out.extend(buf[pos..].iter().map(|&b| char::from(b)));
}

/// `bytes % args`: the format and result are bytes (carried as latin-1 text).
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let f: String = fmt.iter().map(|&b| b as char).collect();
    let s = percent_format_impl(vm, &f, args, true)?;
    Ok(s.chars().map(|c| c as u32 as u8).collect())
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&x| x as char).collect()
}

fn percent_format_impl(vm: &mut Vm, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    let pieces = crate::format::parse_printf(fmt).map_err(|e| vm.fmt_err(e))?;
    let is_mapping = matches!(args, Value::Dict(_))
        || (matches!(args, Value::Instance(_)) && vm.is_mapping(args));
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.items.clone(),
        other => match vm.builtin_base(other) {
            Some(Value::Tuple(t)) => t.items.clone(),
            _ => vec![other.clone()],
        },
    };
    let mut next = 0usize;
    let mut out = String::new();
    let mut used_mapping = false;
    let take = |vm: &mut Vm, next: &mut usize| -> PyResult<Value> {
        let v = items.get(*next).cloned();
        *next += 1;
        v.ok_or_else(|| vm.type_error("not enough arguments for format string"))
    };
    for p in pieces {
        let c = match p {
            PrintfPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PrintfPiece::Invalid { error, .. } => return Err(vm.fmt_err(error)),
            PrintfPiece::Conv(c) => c,
        };
        if c.conv == '%' {
            out.push('%');
            continue;
        }
        let width = match c.width {
            Some(Count::Star) => {
                let w = take(vm, &mut next)?;
                let w = vm.to_index(&w).map_err(|_| vm.type_error("* wants int"))?;
                let (w, left) = crate::format::star_width(w);
                Some((w, left))
            }
            Some(Count::Num(n)) => Some((n, false)),
            None => None,
        };
        let prec = match c.precision {
            Some(Count::Star) => {
                let p = take(vm, &mut next)?;
                let p = vm.to_index(&p).map_err(|_| vm.type_error("* wants int"))?;
                Some(crate::format::star_precision(p))
            }
            Some(Count::Num(n)) => Some(n),
            None => None,
        };
        let mut flags = c.flags;
        if let Some((_, true)) = width {
            flags.ljust = true;
        }
        let width = width.map(|(w, _)| w);
        let val = match &c.key {
            Some(k) => {
                if !is_mapping {
                    return Err(vm.type_error("format requires a mapping"));
                }
                used_mapping = true;
                vm.getitem(args, &Value::str(k))?
            }
            None => take(vm, &mut next)?,
        };
        if let Some(e) = c.unsupported_error() {
            return Err(vm.fmt_err(e));
        }
        let s = match c.conv {
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n = match vm.unwrap_builtin(&val) {
                    Value::Float(f) if matches!(c.conv, 'd' | 'i' | 'u') => {
                        vm.bigint_from_f64(f)?
                    }
                    v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
                        crate::interp::numbers::to_bigint(&v).unwrap_or_default()
                    }
                    v => {
                        let msg = if matches!(c.conv, 'o' | 'x' | 'X') {
                            format!(
                                "%{} format: an integer is required, not {}",
                                c.conv,
                                vm.type_name(&v)
                            )
                        } else {
                            format!(
                                "%{} format: a real number is required, not {}",
                                c.conv,
                                vm.type_name(&v)
                            )
                        };
                        match vm.to_bigint_index(&v) {
                            Ok(b) => b,
                            Err(_) => return Err(vm.type_error(msg)),
                        }
                    }
                };
                crate::format::printf_int(&n, flags, width, prec, c.conv)
                    .map_err(|e| vm.fmt_err(e))?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match vm.unwrap_builtin(&val) {
                    Value::Str(_) => {
                        return Err(vm.type_error(format!(
                            "must be real number, not {}",
                            vm.type_name(&val)
                        )))
                    }
                    v => super::functions::float_from(vm, &v).map_err(|_| {
                        vm.type_error(format!("must be real number, not {}", vm.type_name(&v)))
                    })?,
                };
                crate::format::printf_float(f, flags, width, prec, c.conv)
                    .map_err(|e| vm.fmt_err(e))?
            }
            's' | 'r' | 'a' | 'c' | 'b' => {
                let s = match c.conv {
                    's' | 'b' if bytes_mode => match vm.unwrap_builtin(&val) {
                        v @ (Value::Bytes(_) | Value::ByteArray(_)) => latin1(&vm.bytes_like(&v)?),
                        v => match vm.call_dunder(&v, "__bytes__", &[])? {
                            Some(b) => latin1(&vm.bytes_like(&b)?),
                            None => {
                                return Err(vm.type_error(format!(
                                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                    vm.type_name(&v)
                                )))
                            }
                        },
                    },
                    'r' | 'a' if bytes_mode => super::ascii_escape(&vm.repr_string(&val)?),
                    's' => vm.str_string(&val)?,
                    'r' => vm.repr_string(&val)?,
                    'a' => super::ascii_escape(&vm.repr_string(&val)?),
                    _ => match vm.unwrap_builtin(&val) {
                        Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                        Value::Str(_) => return Err(vm.type_error("%c requires int or char")),
                        v => {
                            let n = vm
                                .to_index(&v)
                                .map_err(|_| vm.type_error("%c requires int or char"))?;
                            match u32::try_from(n).ok().and_then(char::from_u32) {
                                Some(ch) => ch.to_string(),
                                None => {
                                    return Err(vm.overflow_error("%c arg not in range(0x110000)"))
                                }
                            }
                        }
                    },
                };
                crate::format::printf_str_pad(&s, flags, width, prec, c.conv)
                    .map_err(|e| vm.fmt_err(e))?
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x})",
                    other, other as u32
                )))
            }
        };
        out.push_str(&s);
    }
    let single_mapping = is_mapping && !matches!(args, Value::Tuple(_));
    if !used_mapping && next < items.len() && !single_mapping {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &KwArgs) -> PyResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    format_impl(
        vm,
        fmt,
        &mut |vm: &mut Vm, field: &str| -> PyResult<Value> {
            lookup_field(vm, field, args, kwargs, None, &mut auto, &mut manual)
        },
        2,
    )
}

/// `fmt.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    format_impl(
        vm,
        fmt,
        &mut |vm: &mut Vm, field: &str| -> PyResult<Value> {
            lookup_field(vm, field, &[], &[], Some(mapping), &mut auto, &mut manual)
        },
        2,
    )
}

fn lookup_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kwargs: &KwArgs,
    mapping: Option<&Value>,
    auto: &mut usize,
    manual: &mut bool,
) -> PyResult<Value> {
    // Split the first name from attribute/index accessors.
    let end = field.find(['.', '[']).unwrap_or(field.len());
    let (first, mut rest) = field.split_at(end);
    let mut v = if first.is_empty() {
        if *manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let i = *auto;
        *auto += 1;
        args.get(i).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                i
            ))
        })?
    } else if let Ok(i) = first.parse::<usize>() {
        if *auto > 0 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        args.get(i).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                i
            ))
        })?
    } else if let Some(m) = mapping {
        vm.getitem(m, &Value::str(first))?
    } else {
        match kwargs.iter().find(|(k, _)| k.as_str() == first) {
            Some((_, v)) => v.clone(),
            None => return Err(vm.key_error(Value::str(first))),
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let name = vm.intern(&r[..end]);
            v = vm.getattr(&v, &name)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(close) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..close];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => Value::str(key),
            };
            v = vm.getitem(&v, &k)?;
            rest = &r[close + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}

type FieldLookup<'a> = dyn FnMut(&mut Vm, &str) -> PyResult<Value> + 'a;

fn format_impl(
    vm: &mut Vm,
    fmt: &str,
    lookup: &mut FieldLookup<'_>,
    depth: u32,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nested {} in the spec.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                if chars[i + 1..].is_empty() {
                    return Err(vm.value_error("Single '{' encountered in format string"));
                }
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let inner: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            // field_name [! conversion] [: spec]
            let mut field_end = inner.len();
            let mut bracket = false;
            for (k, ch) in inner.char_indices() {
                match ch {
                    '[' => bracket = true,
                    ']' => bracket = false,
                    '!' | ':' if !bracket => {
                        field_end = k;
                        break;
                    }
                    _ => {}
                }
            }
            let field = &inner[..field_end];
            let mut rest = &inner[field_end..];
            let mut conv = None;
            if let Some(r) = rest.strip_prefix('!') {
                let mut cs = r.chars();
                conv = cs.next();
                rest = cs.as_str();
                if !rest.is_empty() && !rest.starts_with(':') {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
            let spec = rest.strip_prefix(':').unwrap_or("");
            let value = lookup(vm, field)?;
            let value = match conv {
                None => value,
                Some('r') => Value::Str(vm.repr(&value)?),
                Some('s') => Value::Str(vm.to_str(&value)?),
                Some('a') => Value::string(super::ascii_escape(&vm.repr_string(&value)?)),
                Some(ch) => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {}", ch)))
                }
            };
            let spec = if spec.contains('{') {
                if depth == 0 {
                    return Err(vm.value_error("Max string recursion exceeded"));
                }
                format_impl(vm, spec, lookup, depth - 1)?
            } else {
                spec.to_string()
            };
            let spec = crate::objects::PyStr::new(&spec);
            out.push_str(vm.format(&value, &spec)?.as_str());
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}
