//! `repr()`, `str()` and `format()` of values.

use std::rc::Rc;

use crate::format::FmtError;
use crate::objects::{PyStr, Special};
use crate::value::Value;

use super::{PyErr, PyResult, Vm};

/// Python's `repr` of a string.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !crate::builtins::str_methods::is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub fn repr_bytes(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b as char == quote => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{:02x}", b)),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    pub fn fmt_err(&self, e: FmtError) -> PyErr {
        match e {
            FmtError::Value(m) => self.value_error(m),
            FmtError::Overflow(m) => self.overflow_error(m),
            FmtError::Memory => self.new_error("MemoryError", ""),
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        let s = match v {
            Value::Str(s) => repr_str(s.as_str()),
            Value::Instance(_) | Value::Type(_)
                if !matches!(v, Value::Type(_)) || super::ops::is_meta_instance(v) =>
            {
                self.enter_call()?;
                let r = self.call_dunder(v, "__repr__", &[]);
                self.depth -= 1;
                return match r? {
                    Some(Value::Str(s)) => Ok(s),
                    Some(other) => {
                        if let Some(Value::Str(s)) = self.builtin_base(&other) {
                            return Ok(s);
                        }
                        Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        )))
                    }
                    None => Ok(Rc::new(PyStr::from_string(self.default_repr(v)))),
                };
            }
            _ => self.builtin_repr(v)?,
        };
        Ok(Rc::new(PyStr::from_string(s)))
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.repr(v)?.as_str().to_string())
    }

    /// `module.QualName` of a class (just `QualName` for builtins), as reprs show it.
    pub fn type_display_name(&self, t: &crate::objects::TypeRef) -> String {
        let module = super::hashing::dict_get_str(&t.dict, &PyStr::new("__module__"));
        let qual = t.qualname.borrow().as_str().to_string();
        match module {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.{}", m.as_str(), qual),
            _ => qual,
        }
    }

    pub fn default_repr(&self, v: &Value) -> String {
        let name = self.type_display_name(&self.type_of(v));
        format!("<{} object at {:#x}>", name, v.ptr().unwrap_or(0))
    }

    /// Guard against infinite recursion in container reprs: `Some(placeholder)` if `v` is
    /// already being repr'd.
    fn repr_enter(&mut self, v: &Value, placeholder: &str) -> Option<String> {
        let p = v.ptr().unwrap_or(0);
        if self.repr_guard.contains(&p) {
            return Some(placeholder.to_string());
        }
        self.repr_guard.push(p);
        None
    }

    fn repr_leave(&mut self) {
        self.repr_guard.pop();
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<Vec<String>> {
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(self.repr(it)?.as_str().to_string());
        }
        Ok(out)
    }

    /// repr of non-instance values (also what builtin `__repr__` methods use).
    pub fn builtin_repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => {
                if b.bits() > 4300 * 10 / 3 {
                    let digits = b.to_string().trim_start_matches('-').len();
                    if digits > 4300 {
                        return Err(self.value_error(
                            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                        ));
                    }
                }
                b.to_string()
            }
            Value::Float(f) => crate::format::repr_f64(*f),
            Value::Complex(c) => crate::format::repr_complex(c.0, c.1),
            Value::Str(s) => repr_str(s.as_str()),
            Value::Bytes(b) => repr_bytes(&b.data),
            Value::ByteArray(b) => {
                crate::builtins::bytes_methods::bytearray_repr("bytearray", &b.data.borrow())
            }
            Value::List(l) => {
                if let Some(p) = self.repr_enter(v, "[...]") {
                    return Ok(p);
                }
                let items = l.items.borrow().clone();
                if let Err(e) = self.enter_call() {
                    self.repr_leave();
                    return Err(e);
                }
                let r = self.repr_items(&items);
                self.depth -= 1;
                self.repr_leave();
                format!("[{}]", r?.join(", "))
            }
            Value::Tuple(t) => {
                if let Some(p) = self.repr_enter(v, "(...)") {
                    return Ok(p);
                }
                if let Err(e) = self.enter_call() {
                    self.repr_leave();
                    return Err(e);
                }
                let r = self.repr_items(&t.items);
                self.depth -= 1;
                self.repr_leave();
                let r = r?;
                if r.len() == 1 {
                    format!("({},)", r[0])
                } else {
                    format!("({})", r.join(", "))
                }
            }
            Value::Dict(d) => {
                if let Some(p) = self.repr_enter(v, "{...}") {
                    return Ok(p);
                }
                if let Err(e) = self.enter_call() {
                    self.repr_leave();
                    return Err(e);
                }
                let items = d.data.borrow().items();
                let mut parts = Vec::with_capacity(items.len());
                let mut res = Ok(());
                for (k, val) in items {
                    let ks = match self.repr(&k) {
                        Ok(s) => s,
                        Err(e) => {
                            res = Err(e);
                            break;
                        }
                    };
                    let vs = match self.repr(&val) {
                        Ok(s) => s,
                        Err(e) => {
                            res = Err(e);
                            break;
                        }
                    };
                    parts.push(format!("{}: {}", ks.as_str(), vs.as_str()));
                }
                self.depth -= 1;
                self.repr_leave();
                res?;
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let keys = s.data.borrow().keys();
                let frozen = matches!(v, Value::FrozenSet(_));
                if keys.is_empty() {
                    return Ok(if frozen { "frozenset()" } else { "set()" }.into());
                }
                if let Some(p) = self.repr_enter(v, "{...}") {
                    return Ok(p);
                }
                let r = self.repr_items(&keys);
                self.repr_leave();
                let inner = format!("{{{}}}", r?.join(", "));
                if frozen {
                    format!("frozenset({})", inner)
                } else {
                    inner
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let a = self.repr_string(&s.start)?;
                let b = self.repr_string(&s.stop)?;
                let c = self.repr_string(&s.step)?;
                format!("slice({}, {}, {})", a, b, c)
            }
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow().as_str(),
                v.ptr().unwrap_or(0)
            ),
            Value::Builtin(b) => match &b.bound {
                Some(s) if !matches!(s, Value::Module(_)) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    self.type_name(s),
                    s.ptr().unwrap_or(0)
                ),
                _ => match &b.owner {
                    Some(o) => format!("<method '{}' of '{}' objects>", b.name, o),
                    None => format!("<built-in function {}>", b.name),
                },
            },
            Value::Method(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().as_str().to_string(),
                    Value::Builtin(b) => b.name.to_string(),
                    _ => "?".into(),
                };
                if let Value::Builtin(b) = &m.func {
                    return Ok(format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.type_name(&m.self_),
                        m.self_.ptr().unwrap_or(0)
                    ));
                }
                let sr = self.repr_string(&m.self_)?;
                format!("<bound method {} of {}>", fname, sr)
            }
            Value::Type(t) => format!("<class '{}'>", self.type_display_name(t)),
            Value::Module(m) => {
                let name = m.name.borrow().clone();
                let f = self.intern("__file__");
                match super::hashing::dict_get_str(&m.dict, &f) {
                    Some(Value::Str(p)) => {
                        format!("<module '{}' from '{}'>", name.as_str(), p.as_str())
                    }
                    _ => format!("<module '{}' (built-in)>", name.as_str()),
                }
            }
            Value::Generator(g) => format!(
                "<generator object {} at {:#x}>",
                g.qualname.as_str(),
                v.ptr().unwrap_or(0)
            ),
            Value::Cell(_) => format!("<cell at {:#x}>", v.ptr().unwrap_or(0)),
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                v.ptr().unwrap_or(0),
                c.filename,
                c.first_line
            ),
            Value::Iter(_) => format!(
                "<{} object at {:#x}>",
                self.type_name(v),
                v.ptr().unwrap_or(0)
            ),
            Value::Special(s) => match &**s {
                Special::DictView { dict, kind } => {
                    let name = self.type_name(v);
                    let items: Vec<Value> = match kind {
                        crate::objects::DictViewKind::Keys => dict.data.borrow().keys(),
                        crate::objects::DictViewKind::Values => dict.data.borrow().values(),
                        crate::objects::DictViewKind::Items => dict
                            .data
                            .borrow()
                            .items()
                            .into_iter()
                            .map(|(k, v)| Value::tuple(vec![k, v]))
                            .collect(),
                    };
                    let r = self.repr_items(&items)?;
                    format!("{}([{}])", name, r.join(", "))
                }
                Special::MappingProxy(t) => {
                    let d = Value::Dict(t.dict.clone());
                    format!("mappingproxy({})", self.repr_string(&d)?)
                }
                Special::File(f) => {
                    let f = f.borrow();
                    if f.binary {
                        format!("<_io.BufferedReader name='{}'>", f.name)
                    } else {
                        format!(
                            "<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>",
                            f.name, f.mode
                        )
                    }
                }
                Special::Property { .. } => {
                    format!("<property object at {:#x}>", v.ptr().unwrap_or(0))
                }
                Special::ClassMethod(f) => {
                    format!("<classmethod({})>", self.repr_string(&f.clone())?)
                }
                Special::StaticMethod(f) => {
                    format!("<staticmethod({})>", self.repr_string(&f.clone())?)
                }
                Special::Super {
                    this_type,
                    obj_type,
                    ..
                } => format!(
                    "<super: <class '{}'>, <{} object>>",
                    this_type.name_str(),
                    obj_type.name_str()
                ),
                Special::SlotMember { name, owner, .. } => {
                    format!(
                        "<member '{}' of '{}' objects>",
                        name.as_str(),
                        owner.name_str()
                    )
                }
                Special::Traceback(_) => {
                    format!("<traceback object at {:#x}>", v.ptr().unwrap_or(0))
                }
                Special::GenericAlias { origin, args } => {
                    let (origin, args) = (origin.clone(), args.clone());
                    let mut parts = Vec::new();
                    for a in std::iter::once(&origin).chain(args.iter()) {
                        parts.push(match a {
                            Value::Type(t) => self.type_display_name(t),
                            Value::Ellipsis => "...".to_string(),
                            other => self.repr_string(other)?,
                        });
                    }
                    format!("{}[{}]", parts[0], parts[1..].join(", "))
                }
                Special::UnionType(args) => {
                    let args = args.clone();
                    let mut parts = Vec::new();
                    for a in &args {
                        parts.push(match a {
                            Value::Type(t) if Rc::ptr_eq(t, &self.types.none) => "None".to_string(),
                            Value::Type(t) => self.type_display_name(t),
                            other => self.repr_string(other)?,
                        });
                    }
                    parts.join(" | ")
                }
                Special::InstanceDictDescr { name, owner } => {
                    format!(
                        "<attribute '{}' of '{}' objects>",
                        name.as_str(),
                        owner.name_str()
                    )
                }
            },
            Value::Instance(_) => self.default_repr(v),
            Value::Null => "<NULL>".into(),
        })
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        if super::ops::is_meta_instance(v) {
            if let Some(r) = self.call_dunder(v, "__str__", &[])? {
                return match r {
                    Value::Str(s) => Ok(s),
                    other => Err(self.type_error(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(&other)
                    ))),
                };
            }
        }
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Instance(i) => {
                let t = i.class.borrow().clone();
                let n = self.intern("__str__");
                if let Some(f) = t.lookup(&n) {
                    let is_object = crate::objects::PyBuiltin::is_object_method(&f);
                    if !is_object {
                        let r = self.call(&f, &[v.clone()], &[])?;
                        return match r {
                            Value::Str(s) => Ok(s),
                            other => {
                                if let Some(Value::Str(s)) = self.builtin_base(&other) {
                                    return Ok(s);
                                }
                                Err(self.type_error(format!(
                                    "__str__ returned non-string (type {})",
                                    self.type_name(&other)
                                )))
                            }
                        };
                    }
                }
                self.repr(v)
            }
            _ => Ok(Rc::new(PyStr::from_string(self.builtin_str(v)?))),
        }
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.to_str(v)?.as_str().to_string())
    }

    fn builtin_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Instance(_) => Ok(self.to_str(v)?.as_str().to_string()),
            _ => self.builtin_repr(v),
        }
    }

    /// `str()` of an exception instance (`BaseException.__str__`).
    pub fn exception_str(&mut self, v: &Value) -> PyResult<String> {
        let Value::Instance(i) = v else {
            return self.str_string(v);
        };
        let args = self.exc_args(i);
        let t = i.class.borrow().clone();
        if t.is_subtype(&self.exc_type("KeyError")) && args.len() == 1 {
            return self.repr_string(&args[0]);
        }
        Ok(match args.len() {
            0 => String::new(),
            1 => self.str_string(&args[0])?,
            _ => self.repr_string(&Value::tuple(args))?,
        })
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &PyStr) -> PyResult<Rc<PyStr>> {
        match v {
            Value::Instance(_) => {
                let r = self.call_dunder(
                    v,
                    "__format__",
                    &[Value::Str(Rc::new(PyStr::new(spec.as_str())))],
                )?;
                match r {
                    Some(Value::Str(s)) => Ok(s),
                    Some(other) => Err(self.type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&other)
                    ))),
                    None => self.to_str(v),
                }
            }
            _ => {
                let s = self.builtin_format(v, spec.as_str())?;
                Ok(Rc::new(PyStr::from_string(s)))
            }
        }
    }

    pub fn builtin_format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let tname = self.type_name(v);
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                if spec.is_empty() {
                    return self.str_string(v);
                }
                let s = crate::format::parse_spec(spec, &tname).map_err(|e| self.fmt_err(e))?;
                let b = super::numbers::to_bigint(v).unwrap_or_default();
                if s.ty.is_none() && matches!(v, Value::Bool(_)) && spec.is_empty() {
                    return self.str_string(v);
                }
                crate::format::format_int(&b, &s, &tname).map_err(|e| self.fmt_err(e))
            }
            Value::Float(f) => {
                if spec.is_empty() {
                    return self.str_string(v);
                }
                let s = crate::format::parse_spec(spec, &tname).map_err(|e| self.fmt_err(e))?;
                crate::format::format_float(*f, &s, &tname).map_err(|e| self.fmt_err(e))
            }
            Value::Complex(c) => {
                let (r, i) = (&c.0, &c.1);
                if spec.is_empty() {
                    return self.str_string(v);
                }
                let s = crate::format::parse_spec(spec, &tname).map_err(|e| self.fmt_err(e))?;
                crate::format::format_complex(*r, *i, &s, &tname).map_err(|e| self.fmt_err(e))
            }
            Value::Str(st) => {
                if spec.is_empty() {
                    return Ok(st.as_str().to_string());
                }
                let s = crate::format::parse_spec(spec, &tname).map_err(|e| self.fmt_err(e))?;
                crate::format::format_str(st.as_str(), &s, &tname).map_err(|e| self.fmt_err(e))
            }
            _ => {
                if !spec.is_empty() {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        tname
                    )));
                }
                self.str_string(v)
            }
        }
    }

    pub fn write_stdout(&mut self, s: &str) {
        self.out.write(s.as_bytes());
    }
}
