//! Builtin functions (`print`, `len`, `sorted`, `isinstance`, ...).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::bytecode::CompareOp;
use crate::interp::import::SourceMode;
use crate::interp::iterate::new_iter;
use crate::interp::numbers::to_bigint;
use crate::interp::{PyResult, Vm};
use crate::objects::{IterState, KwArgs, PyDict, Special};
use crate::value::Value;

use super::{add_fn, check_args, no_kwargs, only_kwargs};

pub fn init(vm: &mut Vm) {
    let b = vm.builtins.clone();
    let fns: &[(&str, crate::objects::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("hasattr", hasattr),
        ("dir", dir),
        ("divmod", divmod),
        ("format", format),
        ("hash", hash),
        ("id", id),
        ("input", input),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("max", max),
        ("min", min),
        ("pow", pow),
        ("round", round),
        ("sorted", sorted),
        ("sum", sum),
        ("vars", vars),
        ("globals", globals),
        ("locals", locals),
        ("eval", eval),
        ("exec", exec),
        ("open", super::file::open),
        ("__import__", import),
        ("exit", exit),
        ("quit", exit),
        ("compile", compile),
        ("breakpoint", breakpoint),
        ("aiter", not_supported_async),
        ("anext", not_supported_async),
    ];
    for (name, f) in fns {
        add_fn(vm, &b, name, *f);
    }
}

fn not_supported_async(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(vm.new_error(
        "NotImplementedError",
        "async iteration is not supported by weft yet",
    ))
}

fn breakpoint(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(vm.new_error(
        "NotImplementedError",
        "breakpoint() is not supported by weft",
    ))
}

fn compile(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let src = match super::arg_or_kw(args, kw, 0, "source") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::Bytes(b)) => String::from_utf8_lossy(&b.data).to_string(),
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let filename = match super::arg_or_kw(args, kw, 1, "filename") {
        Some(v) => vm.str_string(&v)?,
        None => return Err(vm.type_error("compile() missing required argument 'filename' (pos 2)")),
    };
    let mode = match super::arg_or_kw(args, kw, 2, "mode") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(vm.type_error("compile() missing required argument 'mode' (pos 3)")),
    };
    let m = match mode.as_str() {
        "exec" => SourceMode::Exec,
        "eval" => SourceMode::Eval,
        "single" => SourceMode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let code = vm.compile_source(&src, &filename, m)?;
    Ok(Value::Code(code))
}

fn exit(vm: &mut Vm, args: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(vm.exc_with_args("SystemExit", args.to_vec()))
}

/// Write to `sys.stdout` (or `file=`), buffering our own stdout.
fn print(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    only_kwargs(vm, "print", kw, &["sep", "end", "file", "flush"])?;
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in kw {
        match k.as_str() {
            "sep" => match v {
                Value::None => {}
                Value::Str(s) => sep = s.as_str().to_string(),
                o => {
                    return Err(vm.type_error(format!(
                        "sep must be None or a string, not {}",
                        vm.type_name(o)
                    )))
                }
            },
            "end" => match v {
                Value::None => {}
                Value::Str(s) => end = s.as_str().to_string(),
                o => {
                    return Err(vm.type_error(format!(
                        "end must be None or a string, not {}",
                        vm.type_name(o)
                    )))
                }
            },
            "file" => file = v.clone(),
            _ => flush = vm.truthy(v)?,
        }
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a {
            Value::Str(s) => out.push_str(s.as_str()),
            Value::Int(n) => out.push_str(&n.to_string()),
            _ => out.push_str(vm.to_str(a)?.as_str()),
        }
    }
    out.push_str(&end);
    if file.is_none() {
        file = vm.sys_attr("stdout").unwrap_or(Value::None);
    }
    write_to(vm, &file, &out)?;
    if flush {
        vm.flush_stdout();
    }
    Ok(Value::None)
}

/// Write text to a file-like object.
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    match file {
        Value::None => {
            vm.write_stdout(s);
            Ok(())
        }
        Value::Special(sp) if matches!(&**sp, Special::File(_)) => {
            super::file::write_str(vm, file, s)?;
            Ok(())
        }
        _ => {
            vm.call_method(file, "write", &[Value::str(s)])?;
            Ok(())
        }
    }
}

fn len(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "len", kw)?;
    check_args(vm, "len", args, 1, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "repr", args, 1, 1)?;
    Ok(Value::Str(vm.repr(&args[0])?))
}

fn ascii(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "ascii", args, 1, 1)?;
    let r = vm.repr(&args[0])?;
    Ok(Value::string(super::ascii_escape(r.as_str())))
}

fn abs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "abs", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Complex(c) => Value::Float(c.0.hypot(c.1)),
        v => match vm.call_dunder(v, "__abs__", &[])? {
            Some(r) => r,
            None => {
                return Err(
                    vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))
                )
            }
        },
    })
}

fn all(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "all", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "any", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn radix(vm: &mut Vm, args: &[Value], name: &str, base: u32) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let n = vm.to_bigint_index(&args[0])?;
    Ok(Value::string(crate::format::to_base_prefixed(&n, base)))
}

fn bin(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}
fn oct(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}
fn hex(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}

pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_) => true,
        Value::Instance(_) => {
            let t = vm.type_of(v);
            let n = vm.intern("__call__");
            t.lookup(&n).is_some()
        }
        Value::Special(s) => matches!(&**s, Special::StaticMethod(_)),
        _ => false,
    }
}

fn callable(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "callable", args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &args[0])))
}

fn chr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "chr", args, 1, 1)?;
    let n = match &args[0] {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        v => vm.to_bigint_index(v)?,
    };
    let c = n
        .to_u32()
        .filter(|n| *n < 0x110000)
        .and_then(char::from_u32);
    match c {
        Some(c) => Ok(Value::string(c.to_string())),
        None => {
            if n.to_u32().map(|n| n < 0x110000).unwrap_or(false) {
                Err(vm.value_error("surrogate code points are not supported by weft"))
            } else {
                Err(vm.value_error("chr() arg not in range(0x110000)"))
            }
        }
    }
}

fn ord(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "ord", args, 1, 1)?;
    let v = vm.unwrap_builtin(&args[0]);
    match &v {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.char_at(0).map(|c| c as i64).unwrap_or(0)))
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b = vm.bytes_like(&v)?;
            if b.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(b[0] as i64))
        }
        o => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(o)
        ))),
    }
}

fn attr_name(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Rc<crate::objects::PyStr>> {
    match v {
        Value::Str(s) => Ok(vm.intern(s.as_str())),
        o => {
            let _ = fname;
            Err(vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(o)
            )))
        }
    }
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, &args[1], "getattr")?;
    if let Some(d) = args.get(2) {
        return Ok(vm
            .getattr_opt(&args[0], &name)?
            .unwrap_or_else(|| d.clone()));
    }
    vm.getattr(&args[0], &name)
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, &args[1], "setattr")?;
    vm.setattr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1], "delattr")?;
    vm.delattr(&args[0], &name)?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1], "hasattr")?;
    Ok(Value::Bool(vm.getattr_opt(&args[0], &name)?.is_some()))
}

fn dir(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "dir", args, 0, 1)?;
    let Some(obj) = args.first() else {
        return Err(vm.new_error("SystemError", "dir() without arguments needs a frame"));
    };
    let names: Vec<Value> = match obj {
        Value::Module(m) => m.dict.data.borrow().keys(),
        Value::Type(t) => {
            let mut v = Vec::new();
            for c in t.mro.borrow().iter() {
                v.extend(c.dict.data.borrow().keys());
            }
            v
        }
        _ => {
            let r = vm.call_method(obj, "__dir__", &[])?;
            vm.iterate(&r)?
        }
    };
    let mut strs: Vec<String> = names
        .iter()
        .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
        .collect();
    strs.sort();
    strs.dedup();
    Ok(Value::list(strs.into_iter().map(Value::string).collect()))
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        if let Some(r) = vm.call_dunder(a, "__divmod__", &[b.clone()])? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(r) = vm.call_dunder(b, "__rdivmod__", &[a.clone()])? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    if matches!(a, Value::Complex(..)) || matches!(b, Value::Complex(..)) {
        return Err(
            vm.type_error("unsupported operand type(s) for divmod(): 'complex' and 'complex'")
        );
    }
    let q = vm.num_binop(a, b, crate::bytecode::BinaryOp::FloorDiv)?;
    let r = vm.num_binop(a, b, crate::bytecode::BinaryOp::Mod)?;
    match (q, r) {
        (Some(q), Some(r)) => Ok(Value::tuple(vec![q, r])),
        _ => Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        ))),
    }
}

fn format(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.clone(),
        Some(o) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(o)
            )))
        }
        None => vm.intern(""),
    };
    Ok(Value::Str(vm.format(&args[0], &spec)?))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn id(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "id", args, 1, 1)?;
    Ok(Value::Int(match &args[0] {
        Value::None => 1,
        Value::Bool(b) => 2 + *b as i64,
        Value::Int(i) => 0x1000_0000_0000 + i.wrapping_mul(32),
        Value::Float(f) => f.to_bits() as i64 >> 1,
        v => v.ptr().unwrap_or(0) as i64,
    }))
}

fn input(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.str_string(p)?;
        vm.write_stdout(&s);
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(vm.new_error("OSError", e.to_string())),
    }
}

pub fn isinstance_impl(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Type(t) => {
            if vm.type_of(obj).is_subtype(t) {
                return Ok(true);
            }
            if crate::cross::is_proxy(obj) && vm.visible_type(obj).is_subtype(t) {
                return Ok(true);
            }
            // A metaclass __instancecheck__ (e.g. ABC-like classes).
            if let Some(meta) = t.metaclass.borrow().clone() {
                let n = vm.intern("__instancecheck__");
                if let Some(f) = meta.lookup(&n) {
                    if !matches!(&f, Value::Builtin(_)) {
                        let r = vm.call(&f, &[cls.clone(), obj.clone()], &[])?;
                        return vm.truthy(&r);
                    }
                }
            }
            Ok(false)
        }
        Value::Special(s) if matches!(&**s, Special::UnionType(_)) => {
            if let Special::UnionType(args) = &**s {
                for c in args.iter() {
                    if isinstance_impl(vm, obj, c)? {
                        return Ok(true);
                    }
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for c in t.items.iter() {
                if isinstance_impl(vm, obj, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "isinstance", args, 2, 2)?;
    Ok(Value::Bool(isinstance_impl(vm, &args[0], &args[1])?))
}

fn issubclass_impl(vm: &mut Vm, c: &Value, cls: &Value) -> PyResult<bool> {
    let Value::Type(sub) = c else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    match cls {
        Value::Type(t) => {
            if let Some(meta) = t.metaclass.borrow().clone() {
                let n = vm.intern("__subclasscheck__");
                if let Some(f) = meta.lookup(&n) {
                    if !matches!(&f, Value::Builtin(_)) {
                        let r = vm.call(&f, &[cls.clone(), c.clone()], &[])?;
                        return vm.truthy(&r);
                    }
                }
            }
            Ok(sub.is_subtype(t))
        }
        Value::Special(s) if matches!(&**s, Special::UnionType(_)) => {
            if let Special::UnionType(args) = &**s {
                for x in args.iter() {
                    if issubclass_impl(vm, c, x)? {
                        return Ok(true);
                    }
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for x in t.items.iter() {
                if issubclass_impl(vm, c, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "issubclass", args, 2, 2)?;
    Ok(Value::Bool(issubclass_impl(vm, &args[0], &args[1])?))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "iter", args, 1, 2)?;
    if let Some(sentinel) = args.get(1) {
        if !is_callable(vm, &args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(new_iter(IterState::Callable {
            func: args[0].clone(),
            sentinel: sentinel.clone(),
        }));
    }
    vm.get_iter(&args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "next", args, 1, 2)?;
    let it = &args[0];
    let is_iter = match it {
        Value::Iter(_) | Value::Generator(_) => true,
        Value::Special(s) => matches!(&**s, Special::File(_)),
        Value::Instance(_) => {
            let t = vm.type_of(it);
            let n = vm.intern("__next__");
            t.lookup(&n).is_some()
        }
        _ => false,
    };
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Value::Generator(g) = it {
        return match vm.gen_resume(g, Value::None, None)? {
            Ok(v) => Ok(v),
            Err(r) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(if r.is_none() { None } else { Some(r) })),
            },
        };
    }
    if let Value::Instance(_) = it {
        return match vm.call_dunder(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(v),
            Err(e) if vm.err_is(&e, "StopIteration") && args.len() == 2 => Ok(args[1].clone()),
            Err(e) => Err(e),
            Ok(None) => Err(vm.type_error("not an iterator")),
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(None)),
        },
    }
}

fn minmax(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str, op: CompareOp) -> PyResult<Value> {
    only_kwargs(vm, name, kw, &["key", "default"])?;
    let key = kw
        .iter()
        .find(|(k, _)| k.as_str() == "key")
        .map(|(_, v)| v.clone())
        .filter(|k| !k.is_none());
    let default = kw
        .iter()
        .find(|(k, _)| k.as_str() == "default")
        .map(|(_, v)| v.clone());
    let items = match args.len() {
        0 => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => vm.iterate(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, &[it.clone()], &[])?,
            None => it.clone(),
        };
        match &best {
            None => best = Some((k, it)),
            Some((bk, _)) => {
                let r = vm.compare(&k, bk, op)?;
                if vm.truthy(&r)? {
                    best = Some((k, it));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

fn max(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    minmax(vm, args, kw, "max", CompareOp::Gt)
}

fn min(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    minmax(vm, args, kw, "min", CompareOp::Lt)
}

fn pow(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let base = super::arg_or_kw(args, kw, 0, "base");
    let exp = super::arg_or_kw(args, kw, 1, "exp");
    let m = super::arg_or_kw(args, kw, 2, "mod");
    let (Some(b), Some(e)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match m {
        Some(m) if !m.is_none() => vm.pow_mod(&b, &e, &m),
        _ => vm.binary_op(&b, &e, crate::bytecode::BinaryOp::Pow),
    }
}

fn round(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = super::arg_or_kw(args, kw, 0, "number")
        .ok_or_else(|| vm.type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = super::arg_or_kw(args, kw, 1, "ndigits").filter(|v| !v.is_none());
    match &x {
        Value::Float(f) => match nd {
            None => {
                let r = crate::format::round_half_even(*f);
                if r.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if r.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                Ok(Value::from_bigint(vm.bigint_from_f64(r)?))
            }
            Some(n) => {
                let n = vm.to_index(&n)?;
                crate::format::round_f64(*f, n)
                    .map(Value::Float)
                    .map_err(|e| vm.fmt_err(e))
            }
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let v = to_bigint(&x).unwrap_or_default();
            match nd {
                None => Ok(Value::from_bigint(v)),
                Some(n) => {
                    let n = vm.to_index(&n)?;
                    if n >= 0 {
                        return Ok(Value::from_bigint(v));
                    }
                    let p = num_traits::pow(BigInt::from(10), (-n).min(4000) as usize);
                    Ok(Value::from_bigint(round_int_half_even(&v, &p)))
                }
            }
        }
        _ => {
            let mut a = vec![];
            if let Some(n) = nd {
                a.push(n);
            }
            match vm.call_dunder(&x, "__round__", &a)? {
                Some(r) => Ok(r),
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(&x)
                ))),
            }
        }
    }
}

/// Round `v` to a multiple of `p` with ties to even.
pub fn round_int_half_even(v: &BigInt, p: &BigInt) -> BigInt {
    use num_integer::Integer;
    let (q, r): (BigInt, BigInt) = v.div_mod_floor(p);
    let twice: BigInt = &r * BigInt::from(2);
    let q = match twice.cmp(p) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
    };
    q * p
}

fn sorted(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    only_kwargs(vm, "sorted", kw, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let mut items = vm.iterate(&args[0])?;
    let key = kw
        .iter()
        .find(|(k, _)| k.as_str() == "key")
        .map_or(Value::None, |(_, v)| v.clone());
    let reverse = match kw.iter().find(|(k, _)| k.as_str() == "reverse") {
        Some((_, v)) => vm.truthy(v)?,
        None => false,
    };
    // Shares list.sort's implementation (fast paths for homogeneous keys, one merge buffer).
    super::list_methods::sort_values(vm, &mut items, &key, reverse)?;
    Ok(Value::list(items))
}

fn sum(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "sum", args, 1, 2)?;
    let mut acc = super::arg_or_kw(args, kw, 1, "start").unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.get_iter(&args[0])?;
    // Float accumulation uses Neumaier compensation like CPython 3.12? No: 3.11 sums plainly.
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(&acc, &x, crate::bytecode::BinaryOp::Add)?,
        };
    }
    Ok(acc)
}

fn vars(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "vars", args, 0, 1)?;
    let Some(obj) = args.first() else {
        return Err(vm.new_error("SystemError", "vars() without arguments needs a frame"));
    };
    let dk = vm.intern("__dict__");
    match vm.getattr_opt(obj, &dk)? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn globals(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Err(vm.new_error("SystemError", "globals() needs a frame"))
}

fn locals(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Err(vm.new_error("SystemError", "locals() needs a frame"))
}

/// `eval`/`exec` given explicit namespaces (the evaluator fills in the caller's when omitted).
pub fn eval_exec(
    vm: &mut Vm,
    args: &[Value],
    is_eval: bool,
    globals: Rc<PyDict>,
    locals: Option<Value>,
) -> PyResult<Value> {
    let name = if is_eval { "eval" } else { "exec" };
    let src = match args.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::Bytes(b)) => String::from_utf8_lossy(&b.data).to_string(),
        Some(Value::Code(c)) => {
            let c = c.clone();
            return vm.run_code(&c, &globals, locals);
        }
        Some(o) => {
            return Err(vm
                .type_error(format!(
                    "{}() arg 1 must be a string, bytes or code object",
                    if is_eval { "eval" } else { "exec" }
                ))
                .with_type_hint(o))
        }
        None => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name))),
    };
    let src = if is_eval {
        src.trim_start_matches([' ', '\t']).to_string()
    } else {
        src
    };
    let code = vm.compile_source(
        &src,
        "<string>",
        if is_eval {
            SourceMode::Eval
        } else {
            SourceMode::Exec
        },
    )?;
    let r = vm.run_code(&code, &globals, locals)?;
    Ok(if is_eval { r } else { Value::None })
}

trait TypeHint {
    fn with_type_hint(self, v: &Value) -> Self;
}

impl TypeHint for crate::interp::PyErr {
    fn with_type_hint(self, _v: &Value) -> Self {
        self
    }
}

fn eval(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    eval_exec_args(vm, args, true)
}

fn exec(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    eval_exec_args(vm, args, false)
}

fn eval_exec_args(vm: &mut Vm, args: &[Value], is_eval: bool) -> PyResult<Value> {
    let name = if is_eval { "eval" } else { "exec" };
    check_args(vm, name, args, 1, 3)?;
    let globals = match args.get(1) {
        Some(Value::Dict(d)) => d.clone(),
        Some(Value::None) | None => {
            return Err(vm.new_error(
                "SystemError",
                format!("{}() without globals needs a frame", name),
            ))
        }
        Some(o) => {
            return Err(vm.type_error(format!(
                "{}() globals must be a dict, not {}",
                name,
                vm.type_name(o)
            )))
        }
    };
    let locals = args.get(2).filter(|v| !v.is_none()).cloned();
    eval_exec(vm, args, is_eval, globals, locals)
}

fn import(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let name = match super::arg_or_kw(args, kw, 0, "name") {
        Some(Value::Str(s)) => s,
        _ => return Err(vm.type_error("__import__() argument 1 must be str")),
    };
    let globals = match super::arg_or_kw(args, kw, 1, "globals") {
        Some(Value::Dict(d)) => d,
        _ => Rc::new(PyDict::new()),
    };
    let fromlist = super::arg_or_kw(args, kw, 3, "fromlist").unwrap_or(Value::None);
    let level = match super::arg_or_kw(args, kw, 4, "level") {
        Some(Value::Int(l)) => l,
        _ => 0,
    };
    vm.import_module_level(&name, &globals, &fromlist, level)
}

// ---------------------------------------------------------------- conversions used by constructors

pub fn int_from(vm: &mut Vm, x: Option<Value>, base: Option<Value>) -> PyResult<Value> {
    let Some(x) = x else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = vm.to_index(&b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s = match vm.unwrap_builtin(&x) {
            Value::Str(s) => s.as_str().to_string(),
            Value::Bytes(bb) => String::from_utf8_lossy(&bb.data).to_string(),
            Value::ByteArray(bb) => String::from_utf8_lossy(&bb.data.borrow()).to_string(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return parse_int_value(vm, &s, b as u32);
    }
    match &x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::from_bigint(vm.bigint_from_f64(*f)?)),
        Value::Str(s) => parse_int_value(vm, s.as_str(), 10),
        Value::Bytes(b) => parse_int_value(vm, &String::from_utf8_lossy(&b.data), 10),
        Value::ByteArray(b) => {
            let s = String::from_utf8_lossy(&b.data.borrow()).to_string();
            parse_int_value(vm, &s, 10)
        }
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = vm.call_dunder(&x, name, &[])? {
                    return match r {
                        Value::Int(_) | Value::BigInt(_) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(b as i64)),
                        other => {
                            if let Some(b) = vm.builtin_base(&other) {
                                return int_from(vm, Some(b), None);
                            }
                            Err(vm.type_error(format!(
                                "{} returned non-int (type {})",
                                name,
                                vm.type_name(&other)
                            )))
                        }
                    };
                }
            }
            if let Some(b) = vm.builtin_base(&x) {
                return int_from(vm, Some(b), None);
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(&x)
            )))
        }
    }
}

fn parse_int_value(vm: &mut Vm, s: &str, base: u32) -> PyResult<Value> {
    match crate::format::parse_int_limited(s, base, 4300) {
        Ok(b) => Ok(Value::from_bigint(b)),
        Err(e) => {
            let r = crate::interp::convert::repr_str(s);
            Err(vm.value_error(e.message(&r, base)))
        }
    }
}

pub fn float_from(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => vm.float_from_bigint(b),
        Value::Str(s) => crate::format::parse_f64(s.as_str()).ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to float: {}",
                crate::interp::convert::repr_str(s.as_str())
            ))
        }),
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b = vm.bytes_like(x)?;
            let s = String::from_utf8_lossy(&b).to_string();
            crate::format::parse_f64(&s).ok_or_else(|| {
                vm.value_error(format!(
                    "could not convert string to float: {}",
                    crate::interp::convert::repr_bytes(&b)
                ))
            })
        }
        _ => {
            if let Some(r) = vm.call_dunder(x, "__float__", &[])? {
                return match r {
                    Value::Float(f) => Ok(f),
                    o => Err(vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(x),
                        vm.type_name(&o)
                    ))),
                };
            }
            if let Some(r) = vm.call_dunder(x, "__index__", &[])? {
                return float_from(vm, &r);
            }
            if let Some(b) = vm.builtin_base(x) {
                return float_from(vm, &b);
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

pub fn complex_from(vm: &mut Vm, real: Option<Value>, imag: Option<Value>) -> PyResult<Value> {
    let parts = |vm: &mut Vm, v: &Value| -> PyResult<(f64, f64)> {
        match v {
            Value::Complex(c) => Ok(**c),
            Value::Str(_) => Err(vm.type_error("complex() second arg can't be a string")),
            _ => Ok((float_from(vm, v)?, 0.0)),
        }
    };
    if let Some(rv @ Value::Instance(_)) = &real {
        if let Some(c) = vm.call_dunder(rv, "__complex__", &[])? {
            if let Value::Complex(..) = c {
                if imag.is_none() {
                    return Ok(c);
                }
                return complex_from(vm, Some(c), imag);
            }
            return Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&c)
            )));
        }
    }
    let (r, i) = match &real {
        None => (0.0, 0.0),
        Some(Value::Str(s)) => {
            if imag.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            return parse_complex(s.as_str())
                .map(|(r, i)| Value::complex(r, i))
                .ok_or_else(|| vm.value_error("complex() arg is a malformed string"));
        }
        Some(v) => parts(vm, v)?,
    };
    let real_is_complex = matches!(real, Some(Value::Complex(..)));
    let (ir, ii, imag_is_complex) = match &imag {
        None => (0.0, 0.0, false),
        Some(v) => {
            let (a, b) = parts(vm, v)?;
            (a, b, matches!(v, Value::Complex(..)))
        }
    };
    // CPython: imag part is imag.real (+ real.imag only when real is complex).
    let re = if imag_is_complex { r - ii } else { r };
    let im = if real_is_complex {
        i + ir
    } else if imag.is_some() {
        ir
    } else {
        i
    };
    Ok(Value::complex(re, im))
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let s = s.trim();
    let s = s
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(s)
        .trim();
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("", body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => crate::format::parse_f64(x)?,
        };
        let re = if re.is_empty() {
            0.0
        } else {
            crate::format::parse_f64(re)?
        };
        return Some((re, im));
    }
    crate::format::parse_f64(s).map(|r| (r, 0.0))
}

pub fn bytes_from(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Vec<u8>> {
    let src = super::arg_or_kw(args, kw, 0, "source");
    let encoding = super::arg_or_kw(args, kw, 1, "encoding");
    let Some(src) = src else { return Ok(vec![]) };
    if let Value::Instance(_) = &src {
        if let Some(b) = vm.call_dunder(&src, "__bytes__", &[])? {
            return match b {
                Value::Bytes(b) => Ok(b.data.clone()),
                o => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&o)
                ))),
            };
        }
    }
    match &src {
        Value::Str(s) => {
            let Some(enc) = encoding else {
                return Err(vm.type_error("string argument without an encoding"));
            };
            let enc = vm.str_string(&enc)?.to_lowercase().replace('_', "-");
            match enc.as_str() {
                "utf-8" | "utf8" => Ok(s.as_str().as_bytes().to_vec()),
                "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
                    let limit = if enc == "ascii" { 128 } else { 256 };
                    let mut out = Vec::new();
                    for (i, c) in s.as_str().chars().enumerate() {
                        if (c as u32) < limit {
                            out.push(c as u32 as u8);
                        } else {
                            return Err(vm.new_error(
                                "UnicodeEncodeError",
                                format!(
                                    "'{}' codec can't encode character '\\u{:04x}' in position {}: ordinal not in range({})",
                                    if limit == 128 { "ascii" } else { "latin-1" },
                                    c as u32,
                                    i,
                                    limit
                                ),
                            ));
                        }
                    }
                    Ok(out)
                }
                _ => Err(vm.new_error("LookupError", format!("unknown encoding: {}", enc))),
            }
        }
        Value::Int(n) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if *n > (1 << 34) {
                return Err(vm.new_error("MemoryError", ""));
            }
            Ok(vec![0; *n as usize])
        }
        Value::Bytes(b) => Ok(b.data.clone()),
        Value::ByteArray(b) => Ok(b.data.borrow().clone()),
        _ => {
            if !vm.is_iterable(&src) {
                return Err(vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    vm.type_name(&src)
                )));
            }
            let items = vm.iterate(&src)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                let n = vm.to_index(&it)?;
                if !(0..256).contains(&n) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            Ok(out)
        }
    }
}

pub fn decode_utf8(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<String> {
    match std::str::from_utf8(data) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => match errors {
            "replace" => Ok(String::from_utf8_lossy(data).to_string()),
            "ignore" => {
                let mut out = String::new();
                let mut rest = data;
                loop {
                    match std::str::from_utf8(rest) {
                        Ok(s) => {
                            out.push_str(s);
                            break;
                        }
                        Err(e) => {
                            let (good, bad) = rest.split_at(e.valid_up_to());
                            out.push_str(std::str::from_utf8(good).unwrap_or(""));
                            let skip = e.error_len().unwrap_or(bad.len()).max(1);
                            rest = &bad[skip.min(bad.len())..];
                        }
                    }
                }
                Ok(out)
            }
            _ => {
                let pos = e.valid_up_to();
                let b = data[pos];
                let reason = if e.error_len().is_none() {
                    "unexpected end of data"
                } else if (0x80..0xc2).contains(&b) || b >= 0xf5 {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                };
                Err(vm.new_error(
                    "UnicodeDecodeError",
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                        b, pos, reason
                    ),
                ))
            }
        },
    }
}

impl Vm {
    /// An attribute of the `sys` module, if set.
    pub fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let sys = self.sys_module.clone()?;
        let k = self.intern(name);
        crate::interp::hashing::dict_get_str(&sys.dict, &k)
    }
}
