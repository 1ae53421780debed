//! Values → shareable form (the sending side of a crossing).

use std::rc::Rc;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, OnceLock};

use num_bigint::BigInt;
use weft_shareable::{Code, Int, ObjectKind, Range, Shareable};

use super::{
    crossing, foreign, ClassDesc, Crossing, DictCross, ExcDesc, FuncDesc, ModuleKey, ProxyDesc,
    ProxyKind, SpecialDesc, TypeCross,
};
use crate::interp::hashing::dict_get_str;
use crate::interp::{PyResult, Vm};
use crate::objects::{Payload, PyDict, PyFunction, Special, TypeRef};
use crate::value::Value;

fn int128(v: i128) -> Int {
    match i64::try_from(v) {
        Ok(i) => Int::Small(i),
        Err(_) => Int::from_bigint(BigInt::from(v)),
    }
}

/// Values whose export is not a proxy (so their builtin methods may run anywhere).
fn crosses_without_proxy(v: &Value) -> bool {
    match v {
        Value::None
        | Value::Ellipsis
        | Value::NotImplemented
        | Value::Bool(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Complex(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Range(_)
        | Value::Code(_)
        | Value::Type(_) => true,
        Value::Tuple(t) => t.items.iter().all(crosses_without_proxy),
        Value::Instance(i) => matches!(i.payload, Payload::Shared(_) | Payload::Proxy(_)),
        _ => false,
    }
}

fn by_name(module: &str, qualname: &str) -> Shareable {
    foreign(
        ObjectKind::Other,
        Crossing::ByName {
            module: Arc::from(module),
            qualname: Arc::from(qualname),
        },
    )
}

impl Vm {
    /// Converts a value for another interpreter (DESIGN.md §2–§3).
    pub fn export(&mut self, v: &Value) -> PyResult<Shareable> {
        Ok(match v {
            Value::None => Shareable::None,
            Value::Ellipsis => Shareable::Ellipsis,
            Value::Bool(b) => Shareable::Bool(*b),
            Value::Int(i) => Shareable::int(*i),
            Value::BigInt(b) => Shareable::bigint((**b).clone()),
            Value::Float(f) => Shareable::Float(*f),
            Value::Complex(c) => Shareable::Complex { re: c.0, im: c.1 },
            Value::Str(s) => Shareable::str(s.as_str()),
            Value::Bytes(b) => Shareable::bytes(&b.data),
            Value::Range(r) => {
                let r = Range::new(int128(r.start), int128(r.stop), int128(r.step))
                    .map_err(|e| self.new_error("ValueError", e.to_string()))?;
                Shareable::Range(Arc::new(r))
            }
            Value::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                Shareable::slice(self.export(&a)?, self.export(&b)?, self.export(&c)?)
            }
            Value::Tuple(t) => {
                let items = t.items.clone();
                let mut out = Vec::with_capacity(items.len());
                for it in &items {
                    out.push(self.export(it)?);
                }
                Shareable::tuple(out)
            }
            Value::FrozenSet(s) => {
                let items = s.data.borrow().keys();
                let mut out = Vec::with_capacity(items.len());
                for it in &items {
                    out.push(self.export(it)?);
                }
                Shareable::frozenset(out).map_err(|e| self.new_error("TypeError", e.to_string()))?
            }
            Value::Code(c) => Shareable::Code(Code::new(c.clone())),
            Value::NotImplemented => by_name("builtins", "NotImplemented"),
            Value::Function(f) => self.export_function(f)?,
            Value::Builtin(b) if b.bound.is_none() => foreign(
                ObjectKind::Other,
                Crossing::Builtin {
                    func: b.func,
                    name: Arc::from(&*b.name),
                    owner: b.owner.as_ref().map(|o| Arc::from(&**o)),
                },
            ),
            // A builtin method of an object that is not shareable runs in its owner: the
            // whole bound method is proxied. Bound to a shareable object, it runs here.
            Value::Method(m)
                if !matches!(m.func, Value::Function(_)) && !crosses_without_proxy(&m.self_) =>
            {
                self.export_proxy(v)?
            }
            Value::Method(m) => {
                let (f, s) = (m.func.clone(), m.self_.clone());
                let func = self.export(&f)?;
                let self_ = self.export(&s)?;
                foreign(ObjectKind::Other, Crossing::Method { func, self_ })
            }
            Value::Type(t) => self.export_type(t)?,
            Value::Module(m) => {
                let name = m.name.borrow().as_str().to_string();
                if name == "__main__" {
                    self.export_proxy(v)?
                } else {
                    foreign(
                        ObjectKind::Other,
                        Crossing::Module(Arc::from(name.as_str())),
                    )
                }
            }
            Value::Instance(inst) => match &inst.payload {
                Payload::Shared(h) | Payload::Proxy(h) => Shareable::Handle(h.clone()),
                Payload::Exception(_) => self.export_exception(v)?,
                _ => self.export_proxy(v)?,
            },
            Value::Special(s) => match &**s {
                Special::Property {
                    fget,
                    fset,
                    fdel,
                    doc,
                    name,
                } => {
                    let (fget, fset, fdel, doc) =
                        (fget.clone(), fset.clone(), fdel.clone(), doc.clone());
                    let name = name.borrow().as_ref().map(|n| Arc::from(n.as_str()));
                    let d = SpecialDesc::Property {
                        fget: self.export(&fget)?,
                        fset: self.export(&fset)?,
                        fdel: self.export(&fdel)?,
                        doc: self.export(&doc)?,
                        name,
                    };
                    foreign(ObjectKind::Other, Crossing::Special(d))
                }
                Special::ClassMethod(f) => {
                    let f = f.clone();
                    let d = SpecialDesc::ClassMethod(self.export(&f)?);
                    foreign(ObjectKind::Other, Crossing::Special(d))
                }
                Special::StaticMethod(f) => {
                    let f = f.clone();
                    let d = SpecialDesc::StaticMethod(self.export(&f)?);
                    foreign(ObjectKind::Other, Crossing::Special(d))
                }
                _ => self.export_proxy(v)?,
            },
            Value::Null => return Err(self.new_error("SystemError", "cannot export NULL")),
            _ => self.export_proxy(v)?,
        })
    }

    /// Exports several values.
    pub fn export_all(&mut self, vs: &[Value]) -> PyResult<Vec<Shareable>> {
        let mut out = Vec::with_capacity(vs.len());
        for v in vs {
            out.push(self.export(v)?);
        }
        Ok(out)
    }

    fn crosses_by_name(&self, module: &str, qualname: &str) -> bool {
        !qualname.contains('<') && self.cross.by_name.contains(module)
    }

    fn export_function(&mut self, f: &Rc<PyFunction>) -> PyResult<Shareable> {
        let module = f.module.borrow().clone();
        let qualname = f.qualname.borrow().clone();
        if let Value::Str(m) = &module {
            if self.crosses_by_name(m.as_str(), qualname.as_str()) {
                return Ok(by_name(m.as_str(), qualname.as_str()));
            }
        }
        let defaults = f.defaults.borrow().clone();
        let defaults = self.export_all(&defaults)?;
        let mut kwdefaults = Vec::new();
        let kwd = f.kwdefaults.borrow().clone();
        if let Some(d) = kwd {
            for (k, v) in d.data.borrow().items() {
                if let Value::Str(ks) = &k {
                    kwdefaults.push((Arc::from(ks.as_str()), v));
                }
            }
        }
        let mut kwd_out = Vec::with_capacity(kwdefaults.len());
        for (k, v) in kwdefaults {
            kwd_out.push((k, self.export(&v)?));
        }
        let mut closure = Vec::with_capacity(f.closure.len());
        for c in &f.closure {
            closure.push(self.export_cell(c)?);
        }
        let globals = self.export_globals(&f.globals);
        let doc = f.doc.borrow().clone();
        let desc = FuncDesc {
            code: f.code.clone(),
            name: Arc::from(f.name.borrow().as_str()),
            qualname: Arc::from(qualname.as_str()),
            defaults,
            kwdefaults: kwd_out,
            closure,
            globals,
            module: self.export(&module)?,
            doc: self.export(&doc)?,
        };
        Ok(foreign(ObjectKind::Other, Crossing::Function(desc)))
    }

    /// A closure cell: live (reads validated by a version, writes forwarded to the owner).
    fn export_cell(&mut self, c: &Rc<crate::objects::PyCell>) -> PyResult<Shareable> {
        if self.cross.copy_mode {
            // The explicit door shares no state: the closure gets the value as it is now.
            let v = c.value.borrow().clone();
            return match v {
                Some(v) => self.export(&v),
                None => Ok(Shareable::None),
            };
        }
        let (owner, version) = match c.cross.get().map(|b| &**b) {
            Some(super::CellCross::Remote { owner, version, .. }) => (*owner, version.clone()),
            Some(super::CellCross::Owned { version }) => (self.cross.id, version.clone()),
            None => {
                let version = Arc::new(AtomicU64::new(1));
                let _ = c.cross.set(Box::new(super::CellCross::Owned {
                    version: version.clone(),
                }));
                (self.cross.id, version)
            }
        };
        let at = version.load(std::sync::atomic::Ordering::Acquire);
        let v = c.value.borrow().clone();
        let value = match v {
            Some(v) => Some(self.export(&v)?),
            None => None,
        };
        if owner == self.cross.id {
            // The owner keeps the cell alive while the handle lives; while one does, the
            // same handle is given out again (replacing it would let the release of a
            // short-lived handle drop a cell other threads still use).
            let cv = Value::Cell(c.clone());
            let key = Rc::as_ptr(c) as u64;
            if let Some((_, w)) = self.cross.exports.get(&key) {
                if let Some(h) = w.upgrade() {
                    return Ok(Shareable::Handle(h));
                }
            }
            let release = self.cross.host.as_ref().map(|h| h.releases());
            let proxy = ProxyDesc {
                owner,
                obj: key,
                kind: ProxyKind::Builtin(Arc::from("cell")),
                release,
            };
            let s = foreign(
                ObjectKind::Proxy,
                Crossing::Cell {
                    proxy,
                    version,
                    value,
                    at,
                },
            );
            if let Shareable::Handle(h) = &s {
                self.cross.exports.insert(key, (cv, h.downgrade()));
            }
            return Ok(s);
        }
        // Re-exporting another interpreter's cell: the same handle (its snapshot may be
        // old; readers validate it against the version).
        match c.cross.get().map(|b| &**b) {
            Some(super::CellCross::Remote { _handle, .. }) => {
                Ok(Shareable::Handle(_handle.clone()))
            }
            _ => Err(self.new_error("SystemError", "inconsistent shared cell")),
        }
    }

    /// The key naming a module namespace for other interpreters (marking it as shared).
    pub fn export_globals(&mut self, d: &Rc<PyDict>) -> ModuleKey {
        if let Some(c) = d.cross.get() {
            match &**c {
                DictCross::Mirror(m) => {
                    let mut k = m.key.clone();
                    k.copy |= self.cross.copy_mode;
                    return k;
                }
                DictCross::Owned { name, version } => {
                    return ModuleKey {
                        owner: self.cross.id,
                        id: Rc::as_ptr(d) as u64,
                        name: name.clone(),
                        version: version.clone(),
                        copy: self.cross.copy_mode,
                    }
                }
            }
        }
        let name: Arc<str> = match dict_get_str(d, &self.intern("__name__")) {
            Some(Value::Str(s)) => Arc::from(s.as_str()),
            _ => Arc::from("?"),
        };
        let version = Arc::new(AtomicU64::new(1));
        let _ = d.cross.set(Box::new(DictCross::Owned {
            name: name.clone(),
            version: version.clone(),
        }));
        let id = Rc::as_ptr(d) as u64;
        self.cross.modules.insert(id, d.clone());
        ModuleKey {
            owner: self.cross.id,
            id,
            name,
            version,
            copy: self.cross.copy_mode,
        }
    }

    /// Exports a class: by name for builtin types and classes of modules every interpreter
    /// has, else as a class description mirrored by the receiver.
    pub fn export_type(&mut self, t: &TypeRef) -> PyResult<Shareable> {
        let module = match dict_get_str(&t.dict, &self.intern("__module__")) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "builtins".to_string(),
        };
        let qualname = t.qualname.borrow().as_str().to_string();
        if !t.heap {
            return Ok(by_name(&module, &t.name_str()));
        }
        if self.crosses_by_name(&module, &qualname) {
            return Ok(by_name(&module, &qualname));
        }
        let (existing, version) = match t.cross.borrow().as_deref() {
            Some(TypeCross::Mirror { handle, .. }) => {
                return Ok(Shareable::Handle(handle.clone()));
            }
            Some(TypeCross::Owned { handle, version }) => (handle.upgrade(), Some(version.clone())),
            Some(TypeCross::Proxy { of, .. }) => return self.export_type(&of.clone()),
            None => (None, None),
        };
        if let Some(h) = existing {
            return Ok(Shareable::Handle(h));
        }
        let version = version.unwrap_or_else(|| Arc::new(AtomicU64::new(1)));
        let bases = t.bases.borrow().clone();
        let mut bases_out = Vec::with_capacity(bases.len());
        for b in &bases {
            bases_out.push(self.export_type(b)?);
        }
        let metaclass = match t.metaclass.borrow().clone() {
            Some(m) => Some(self.export_type(&m)?),
            None => None,
        };
        let id = Rc::as_ptr(t) as u64;
        let desc = ClassDesc {
            owner: self.cross.id,
            id,
            name: Arc::from(t.name_str().as_str()),
            qualname: Arc::from(qualname.as_str()),
            bases: bases_out,
            metaclass,
            ns: OnceLock::new(),
            version: version.clone(),
        };
        let s = foreign(ObjectKind::Other, Crossing::Class(desc));
        let Shareable::Handle(h) = &s else {
            unreachable!("foreign() makes a handle")
        };
        *t.cross.borrow_mut() = Some(Rc::new(TypeCross::Owned {
            version: version.clone(),
            handle: h.downgrade(),
        }));
        self.cross.types.insert(id, t.clone());
        let at = version.load(std::sync::atomic::Ordering::Acquire);
        let ns = self.export_class_ns(t)?;
        if let Some(Crossing::Class(d)) = crossing(h) {
            let _ = d.ns.set((at, ns));
        }
        Ok(s)
    }

    /// A class namespace for a mirror (without the entries the mirror makes itself).
    pub(super) fn export_class_ns(&mut self, t: &TypeRef) -> PyResult<Vec<(Arc<str>, Shareable)>> {
        let items = t.dict.data.borrow().items();
        let mut ns = Vec::with_capacity(items.len());
        for (k, v) in items {
            let Value::Str(ks) = &k else { continue };
            if let Value::Special(s) = &v {
                if matches!(
                    &**s,
                    Special::SlotMember { .. } | Special::InstanceDictDescr { .. }
                ) {
                    continue;
                }
            }
            ns.push((Arc::from(ks.as_str()), self.export(&v)?));
        }
        Ok(ns)
    }

    /// Copies an exception: its type, args and formatted traceback.
    pub fn export_exception(&mut self, v: &Value) -> PyResult<Shareable> {
        let Value::Instance(inst) = v else {
            return self.export(v);
        };
        let cls = inst.class.borrow().clone();
        let class = self.export_type(&cls)?;
        let args = self.exc_args(inst);
        let mut out = Vec::with_capacity(args.len());
        for a in &args {
            out.push(match self.export(a) {
                Ok(s) => s,
                Err(_) => Shareable::str(&self.str_string(a).unwrap_or_default()),
            });
        }
        let traceback = self.format_exception(v);
        let frames = match self.exc_state(inst) {
            Some(st) => st
                .borrow()
                .traceback
                .iter()
                .map(|e| {
                    (
                        Arc::from(&*e.filename),
                        Arc::from(&*e.name),
                        e.line,
                        e.source.clone(),
                    )
                })
                .collect(),
            None => Vec::new(),
        };
        let mut dict = Vec::new();
        if let Some(d) = &inst.dict {
            let items = d.data.borrow().items();
            for (k, v) in items {
                if let Value::Str(ks) = &k {
                    if let Ok(s) = self.export(&v) {
                        dict.push((Arc::from(ks.as_str()), s));
                    }
                }
            }
        }
        Ok(foreign(
            ObjectKind::Other,
            Crossing::Exception(ExcDesc {
                class,
                args: out,
                traceback,
                frames,
                dict,
            }),
        ))
    }

    /// Hands out a proxy to `v` (the same handle while one lives).
    fn export_proxy(&mut self, v: &Value) -> PyResult<Shareable> {
        if self.cross.copy_mode {
            return self.export_copy(v);
        }
        let key = v.ptr().unwrap_or(0) as u64;
        if let Some((_, w)) = self.cross.exports.get(&key) {
            if let Some(h) = w.upgrade() {
                return Ok(Shareable::Handle(h));
            }
        }
        if self.cross.strict && !self.is_runtime_object(v) {
            let tn = self.type_name(v);
            let mut r = self.repr_string(v).unwrap_or_default();
            if r.chars().count() > 60 {
                r = r.chars().take(57).collect::<String>() + "...";
            }
            let from = match &self.cross.context {
                Some(c) => format!(", from {}", c),
                None => String::new(),
            };
            return Err(self.new_error(
                "IsolationError",
                format!(
                    "'{}' object {} would be shared with another thread by proxy{} (-X strict-sharing)",
                    tn, r, from
                ),
            ));
        }
        let kind = match v {
            Value::Instance(inst) if inst.class.borrow().heap => {
                let cls = inst.class.borrow().clone();
                ProxyKind::Instance(self.export_type(&cls)?)
            }
            _ => ProxyKind::Builtin(Arc::from(self.type_name(v).as_str())),
        };
        let release = self.cross.host.as_ref().map(|h| h.releases());
        let desc = ProxyDesc {
            owner: self.cross.id,
            obj: key,
            kind,
            release,
        };
        let s = foreign(ObjectKind::Proxy, Crossing::Proxy(desc));
        if let Shareable::Handle(h) = &s {
            self.cross.exports.insert(key, (v.clone(), h.downgrade()));
        }
        self.cross.stats.proxies_made += 1;
        Ok(s)
    }

    /// Objects of the runtime's own modules (e.g. `threading.Thread` instances, which the
    /// thread registry shares by proxy) are not the user's sharing: strict mode allows them.
    pub(super) fn is_runtime_object(&mut self, v: &Value) -> bool {
        let Value::Instance(inst) = v else {
            return false;
        };
        let mk = self.intern("__module__");
        let mro = inst.class.borrow().mro.borrow().clone();
        mro.iter().any(|t| match dict_get_str(&t.dict, &mk) {
            Some(Value::Str(m)) => t.heap && self.cross.by_name.contains(m.as_str()),
            _ => false,
        })
    }

    /// The explicit door's deep copy of plain data (what CPython 3.14 would pickle);
    /// `NotShareableError` for anything else.
    fn export_copy(&mut self, v: &Value) -> PyResult<Shareable> {
        if self.depth > self.recursion_limit {
            return Err(self.new_error(
                "RecursionError",
                "maximum recursion depth exceeded while copying an object for another interpreter",
            ));
        }
        self.depth += 1;
        let r = self.export_copy_inner(v);
        self.depth -= 1;
        r
    }

    fn export_copy_inner(&mut self, v: &Value) -> PyResult<Shareable> {
        let c = match v {
            Value::List(l) => {
                let items = l.items.borrow().clone();
                Crossing::List(self.export_all(&items)?)
            }
            Value::Dict(d) => {
                let items = d.data.borrow().items();
                let mut out = Vec::with_capacity(items.len());
                for (k, v) in items {
                    out.push((self.export(&k)?, self.export(&v)?));
                }
                Crossing::Dict(out)
            }
            Value::Set(s) => {
                let items = s.data.borrow().keys();
                Crossing::Set(self.export_all(&items)?)
            }
            Value::ByteArray(b) => Crossing::ByteArray(b.data.borrow().clone()),
            Value::Instance(inst)
                if inst.class.borrow().heap && matches!(inst.payload, Payload::None) =>
            {
                let cls = inst.class.borrow().clone();
                let class = self.export_type(&cls)?;
                let mut dict = Vec::new();
                if let Some(d) = &inst.dict {
                    for (k, v) in d.data.borrow().items() {
                        if let Value::Str(ks) = &k {
                            dict.push((Arc::from(ks.as_str()), v));
                        }
                    }
                }
                let mut out = Vec::with_capacity(dict.len());
                for (k, v) in dict {
                    out.push((k, self.export(&v)?));
                }
                // `__slots__` values, by member name.
                let mut slots = Vec::new();
                let mro = cls.mro.borrow().clone();
                for t in &mro {
                    for (_, d) in t.dict.data.borrow().items() {
                        if let Value::Special(s) = &d {
                            if let Special::SlotMember { name, index, .. } = &**s {
                                if let Some(Some(v)) = inst.slots.borrow().get(*index) {
                                    slots.push((Arc::from(name.as_str()), v.clone()));
                                }
                            }
                        }
                    }
                }
                for (k, v) in slots {
                    out.push((k, self.export(&v)?));
                }
                Crossing::Instance { class, dict: out }
            }
            _ => {
                let tn = self.type_name(v);
                let from = match &self.cross.context {
                    Some(c) => format!(" ({})", c),
                    None => String::new(),
                };
                return Err(self.new_error(
                    "NotShareableError",
                    format!("cannot share an object of type '{}'{}", tn, from),
                ));
            }
        };
        Ok(foreign(ObjectKind::Other, c))
    }

    /// The object behind an id this interpreter handed out.
    pub(super) fn exported(&self, id: u64) -> PyResult<Value> {
        match self.cross.exports.get(&id) {
            Some((v, _)) => Ok(v.clone()),
            None => Err(self.new_error(
                "RuntimeError",
                "the object behind this proxy no longer exists",
            )),
        }
    }
}
