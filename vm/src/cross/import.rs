//! Shareable form → values of this interpreter (the receiving side of a crossing).

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;
use std::sync::Arc;

use num_traits::ToPrimitive;
use weft_shareable::{Handle, Int, Shareable};

use super::{
    crossing, ClassDesc, Crossing, DictCross, FuncDesc, MirrorInfo, ModuleKey, ProxyDesc,
    ProxyKind, SpecialDesc, TypeCross,
};
use crate::interp::hashing::dict_set_str;
use crate::interp::{PyResult, Vm};
use crate::objects::typeobj::bump_type_epoch;
use crate::objects::{
    Payload, PyBuiltin, PyBytes, PyCell, PyDict, PyFunction, PyInstance, PyMethod, PyRange,
    PySlice, Special,
};
use crate::value::Value;

impl Vm {
    /// Converts a shareable value into a value of this interpreter.
    pub fn import(&mut self, s: &Shareable) -> PyResult<Value> {
        Ok(match s {
            Shareable::None => Value::None,
            Shareable::Ellipsis => Value::Ellipsis,
            Shareable::Bool(b) => Value::Bool(*b),
            Shareable::Int(Int::Small(i)) => Value::Int(*i),
            Shareable::Int(Int::Big(b)) => Value::from_bigint((**b).clone()),
            Shareable::Float(f) => Value::Float(*f),
            Shareable::Complex { re, im } => Value::complex(*re, *im),
            Shareable::Str(s) => Value::str(s),
            Shareable::Bytes(b) => Value::Bytes(Rc::new(PyBytes { data: b.to_vec() })),
            Shareable::Range(r) => {
                let conv = |i: &Int| i.to_bigint().to_i128();
                match (conv(r.start()), conv(r.stop()), conv(r.step())) {
                    (Some(start), Some(stop), Some(step)) => {
                        Value::Range(Rc::new(PyRange { start, stop, step }))
                    }
                    _ => return Err(self.new_error("OverflowError", "range too large")),
                }
            }
            Shareable::Slice(sl) => Value::Slice(Rc::new(PySlice {
                start: self.import(&sl.start)?,
                stop: self.import(&sl.stop)?,
                step: self.import(&sl.step)?,
            })),
            Shareable::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for it in items.iter() {
                    out.push(self.import(it)?);
                }
                Value::tuple(out)
            }
            Shareable::FrozenSet(fs) => {
                let mut out = Vec::with_capacity(fs.len());
                for it in fs.iter() {
                    out.push(self.import(it)?);
                }
                Value::FrozenSet(Rc::new(self.new_set_from(out)?))
            }
            Shareable::Code(c) => match c.downcast::<crate::bytecode::CodeObject>() {
                Some(code) => Value::Code(code),
                None => return Err(self.new_error("TypeError", "foreign code object")),
            },
            Shareable::Handle(h) => self.import_handle(h)?,
        })
    }

    /// Imports several values.
    pub fn import_all(&mut self, ss: &[Shareable]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(ss.len());
        for s in ss {
            out.push(self.import(s)?);
        }
        Ok(out)
    }

    fn import_handle(&mut self, h: &Handle) -> PyResult<Value> {
        if h.is_stale() {
            return Err(self.new_error(
                "RuntimeError",
                "the shared object no longer exists (stale handle)",
            ));
        }
        if let Some(c) = crossing(h) {
            return self.import_crossing(h, c);
        }
        if let Some(inst) = self.cross.imports.get(&h.id()).and_then(|w| w.upgrade()) {
            return Ok(Value::Instance(inst));
        }
        if !self.cross.handle_types.contains_key(&h.kind()) {
            // The module defining the type registers it when imported.
            let module = match h.kind() {
                weft_shareable::ObjectKind::Queue
                | weft_shareable::ObjectKind::LifoQueue
                | weft_shareable::ObjectKind::PriorityQueue
                | weft_shareable::ObjectKind::SimpleQueue => "queue",
                _ => "_thread",
            };
            if self.native_modules.contains_key(module) {
                self.import_full(module)?;
            }
        }
        let Some(t) = self.cross.handle_types.get(&h.kind()).cloned() else {
            return Err(self.new_error(
                "TypeError",
                format!(
                    "cannot use a shared '{}' object in this interpreter",
                    h.kind().python_name()
                ),
            ));
        };
        let inst = Rc::new(PyInstance {
            class: RefCell::new(t),
            dict: None,
            slots: RefCell::new(Vec::new()),
            payload: Payload::Shared(h.clone()),
            finalized: Cell::new(false),
        });
        self.cross.imports.insert(h.id(), Rc::downgrade(&inst));
        Ok(Value::Instance(inst))
    }

    /// A local object standing for a registry handle created here (so that importing the
    /// handle again gives back the same object).
    pub fn register_shared(&mut self, h: &Handle, inst: &Rc<PyInstance>) {
        self.cross.imports.insert(h.id(), Rc::downgrade(inst));
    }

    fn import_crossing(&mut self, h: &Handle, c: &Crossing) -> PyResult<Value> {
        match c {
            Crossing::Function(d) => self.import_function(d),
            Crossing::ByName { module, qualname } => self.resolve_by_name(module, qualname),
            Crossing::Builtin { func, name, owner } => Ok(Value::Builtin(Rc::new(PyBuiltin {
                name: Rc::from(&**name),
                func: *func,
                bound: None,
                owner: owner.as_ref().map(|o| Rc::from(&**o)),
            }))),
            Crossing::Method { func, self_ } => {
                let func = self.import(func)?;
                let self_ = self.import(self_)?;
                Ok(Value::Method(Rc::new(PyMethod { func, self_ })))
            }
            Crossing::Class(d) => self.import_class(h, d),
            Crossing::List(items) => Ok(Value::list(self.import_all(items)?)),
            Crossing::Dict(pairs) => {
                let d = Rc::new(PyDict::new());
                for (k, v) in pairs {
                    let k = self.import(k)?;
                    let v = self.import(v)?;
                    self.dict_set(&d, k, v)?;
                }
                Ok(Value::Dict(d))
            }
            Crossing::Set(items) => {
                let items = self.import_all(items)?;
                Ok(Value::Set(Rc::new(self.new_set_from(items)?)))
            }
            Crossing::ByteArray(b) => Ok(Value::ByteArray(Rc::new(crate::objects::PyByteArray {
                data: RefCell::new(b.clone()),
            }))),
            Crossing::Instance { class, dict } => {
                let Value::Type(t) = self.import(class)? else {
                    return Err(self.type_error("a copied instance's class is not a class"));
                };
                let obj = crate::builtins::classes::new_instance(self, &t, Payload::None);
                for (k, v) in dict {
                    let v = self.import(v)?;
                    let k = self.intern(k);
                    // Plain attributes go to the instance dict, slot members to their slot.
                    self.generic_setattr(&obj, &k, Some(v))?;
                }
                Ok(obj)
            }
            Crossing::Cell { .. } => {
                let c = self.import_cell(&Shareable::Handle(h.clone()))?;
                Ok(Value::Cell(c))
            }
            Crossing::Module(name) => self.import_full(name),
            Crossing::Proxy(d) => self.import_proxy(h, d),
            Crossing::Exception(d) => {
                let cls = self.import(&d.class)?;
                let args = self.import_all(&d.args)?;
                // Rebuilt like pickle does (`cls(*args)` plus the attributes); a class whose
                // `__init__` wants other arguments is made without running it.
                let made = match self.call(&cls, &args, &[]) {
                    Ok(v @ Value::Instance(_)) => Ok(v),
                    _ => {
                        let new = self.intern("__new__");
                        match self.getattr(&cls, &new) {
                            Ok(f) => {
                                let mut full = vec![cls.clone()];
                                full.extend(args.iter().cloned());
                                self.call(&f, &full, &[])
                            }
                            Err(e) => Err(e),
                        }
                    }
                };
                if let Ok(Value::Instance(inst)) = &made {
                    if let Some(dd) = &inst.dict {
                        for (k, v) in &d.dict {
                            if let Ok(v) = self.import(v) {
                                let k = self.intern(k);
                                dict_set_str(dd, k, v);
                            }
                        }
                    }
                }
                match made {
                    Ok(Value::Instance(inst)) => {
                        if let Some(st) = self.exc_state(&inst) {
                            st.borrow_mut().traceback = d
                                .frames
                                .iter()
                                .map(|(f, n, l, s)| crate::objects::TraceEntry {
                                    filename: Rc::from(&**f),
                                    name: Rc::from(&**n),
                                    line: *l,
                                    source: s.clone(),
                                })
                                .collect();
                        }
                        Ok(Value::Instance(inst))
                    }
                    _ => {
                        let msg = d.traceback.lines().last().unwrap_or("").to_string();
                        Ok(self.new_error("RuntimeError", msg).value())
                    }
                }
            }
            Crossing::Special(d) => {
                let s = match d {
                    SpecialDesc::Property {
                        fget,
                        fset,
                        fdel,
                        doc,
                        name,
                    } => Special::Property {
                        fget: self.import(fget)?,
                        fset: self.import(fset)?,
                        fdel: self.import(fdel)?,
                        doc: self.import(doc)?,
                        name: RefCell::new(name.as_ref().map(|n| self.intern(n))),
                    },
                    SpecialDesc::ClassMethod(f) => Special::ClassMethod(self.import(f)?),
                    SpecialDesc::StaticMethod(f) => Special::StaticMethod(self.import(f)?),
                };
                Ok(Value::Special(Rc::new(s)))
            }
            Crossing::Local {
                class,
                args,
                kwargs,
            } => {
                if let Some((_, v)) = self.cross.locals.get(&h.id()) {
                    return Ok(v.clone());
                }
                let cls = self.import(class)?;
                let Value::Type(t) = &cls else {
                    return Err(self.type_error("bad thread-local class"));
                };
                let inst = Rc::new(PyInstance {
                    class: RefCell::new(t.clone()),
                    dict: Some(Rc::new(PyDict::new())),
                    slots: RefCell::new(vec![None; t.nslots]),
                    payload: Payload::Shared(h.clone()),
                    finalized: Cell::new(false),
                });
                let v = Value::Instance(inst);
                self.cross.locals.insert(h.id(), (h.clone(), v.clone()));
                // Each thread sees a fresh namespace initialised by the class's __init__.
                let init = self.intern("__init__");
                if let Some(f @ Value::Function(_)) = t.lookup(&init) {
                    let args = match self.import(args)? {
                        Value::Tuple(t) => t.items.clone(),
                        _ => vec![],
                    };
                    let kw = self.import(kwargs)?;
                    let kw = self.kwargs_from_pairs(&kw);
                    let mut full = vec![v.clone()];
                    full.extend(args);
                    self.call(&f, &full, &kw)?;
                }
                Ok(v)
            }
        }
    }

    /// `((name, value), ...)` → keyword arguments.
    pub fn kwargs_from_pairs(&mut self, v: &Value) -> Vec<(Rc<crate::objects::PyStr>, Value)> {
        let mut out = Vec::new();
        if let Value::Tuple(t) = v {
            for p in &t.items {
                if let Value::Tuple(p) = p {
                    if let (Some(Value::Str(k)), Some(v)) = (p.items.first(), p.items.get(1)) {
                        out.push((k.clone(), v.clone()));
                    }
                }
            }
        }
        out
    }

    /// Imports `module` and walks `qualname` from it.
    pub fn resolve_by_name(&mut self, module: &str, qualname: &str) -> PyResult<Value> {
        let mut v = if module == "builtins" {
            Value::Module(self.builtins_module.clone())
        } else {
            self.import_full(module)?
        };
        for part in qualname.split('.') {
            let k = self.intern(part);
            v = self.getattr(&v, &k)?;
        }
        Ok(v)
    }

    fn import_function(&mut self, d: &FuncDesc) -> PyResult<Value> {
        let rt = self.code_rt(&d.code);
        let globals = self.mirror_for(&d.globals);
        let defaults = self.import_all(&d.defaults)?;
        let kwdefaults = if d.kwdefaults.is_empty() {
            None
        } else {
            let kd = Rc::new(PyDict::new());
            for (k, v) in &d.kwdefaults {
                let v = self.import(v)?;
                let k = self.intern(k);
                dict_set_str(&kd, k, v);
            }
            Some(kd)
        };
        let mut closure = Vec::with_capacity(d.closure.len());
        for c in &d.closure {
            closure.push(self.import_cell(c)?);
        }
        let module = self.import(&d.module)?;
        let doc = self.import(&d.doc)?;
        let name = self.intern(&d.name);
        let qualname = self.intern(&d.qualname);
        Ok(Value::Function(Rc::new(PyFunction {
            code: d.code.clone(),
            rt,
            globals,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            doc: RefCell::new(doc),
            annotations: RefCell::new(None),
            module: RefCell::new(module),
            dict: RefCell::new(None),
        })))
    }

    fn import_cell(&mut self, s: &Shareable) -> PyResult<Rc<PyCell>> {
        let Shareable::Handle(h) = s else {
            return Ok(Rc::new(PyCell::new(Some(self.import(s)?))));
        };
        let Some(Crossing::Cell {
            proxy,
            version,
            value,
            at,
        }) = crossing(h)
        else {
            return Ok(Rc::new(PyCell::new(Some(self.import(s)?))));
        };
        if proxy.owner == self.cross.id {
            if let Value::Cell(c) = self.exported(proxy.obj)? {
                return Ok(c);
            }
        }
        let v = match value {
            Some(v) => Some(self.import(v)?),
            None => None,
        };
        let c = Rc::new(PyCell::new(v));
        let _ = c.cross.set(Box::new(super::CellCross::Remote {
            owner: proxy.owner,
            obj: proxy.obj,
            version: version.clone(),
            seen: Cell::new(*at),
            _handle: h.clone(),
        }));
        Ok(c)
    }

    /// This interpreter's view of a module namespace: the namespace itself if it is ours,
    /// else a (cached) mirror of it.
    pub fn mirror_for(&mut self, key: &ModuleKey) -> Rc<PyDict> {
        if key.owner == self.cross.id {
            if let Some(d) = self.cross.modules.get(&key.id) {
                return d.clone();
            }
        }
        if let Some(d) = self.cross.mirrors.get(&(key.owner, key.id, key.copy)) {
            return d.clone();
        }
        let d = Rc::new(PyDict::new());
        let _ = d.cross.set(Box::new(DictCross::Mirror(MirrorInfo {
            key: key.clone(),
            seen: Cell::new(u64::MAX),
            absent: RefCell::new(HashSet::new()),
        })));
        self.cross
            .mirrors
            .insert((key.owner, key.id, key.copy), d.clone());
        d
    }

    fn import_class(&mut self, h: &Handle, d: &ClassDesc) -> PyResult<Value> {
        if d.owner == self.cross.id {
            if let Some(t) = self.cross.types.get(&d.id) {
                return Ok(Value::Type(t.clone()));
            }
        }
        if let Some(t) = self.cross.class_mirrors.get(&(d.owner, d.id)) {
            return Ok(Value::Type(t.clone()));
        }
        let mut bases = Vec::with_capacity(d.bases.len());
        for b in &d.bases {
            match self.import(b)? {
                Value::Type(t) => bases.push(t),
                _ => return Err(self.type_error("a mirrored class's base is not a class")),
            }
        }
        let mcs = match &d.metaclass {
            Some(m) => match self.import(m)? {
                Value::Type(t) => t,
                _ => self.types.type_.clone(),
            },
            None => self.types.type_.clone(),
        };
        let empty = (0, Vec::new());
        let (ns_version, ns_items) = d.ns.get().unwrap_or(&empty);
        // The parts of the namespace that shape the class are needed to create it.
        let ns = Rc::new(PyDict::new());
        for (k, v) in ns_items {
            if matches!(&**k, "__slots__" | "__module__" | "__qualname__") {
                let v = self.import(v)?;
                let k = self.intern(k);
                dict_set_str(&ns, k, v);
            }
        }
        let qk = self.intern("__qualname__");
        dict_set_str(&ns, qk, Value::str(&d.qualname));
        let name = self.intern(&d.name);
        let t = crate::builtins::classes::create_class_quiet(self, &mcs, name, bases, &ns)?;
        *t.cross.borrow_mut() = Some(Rc::new(TypeCross::Mirror {
            owner: d.owner,
            id: d.id,
            handle: h.clone(),
            version: d.version.clone(),
            seen: Cell::new(*ns_version),
        }));
        self.cross.class_mirrors.insert((d.owner, d.id), t.clone());
        // The rest of the namespace may refer to the class itself (now registered).
        let items: Vec<(Arc<str>, Shareable)> = ns_items.clone();
        self.fill_class_ns(&t, &items)?;
        Ok(Value::Type(t))
    }

    pub(super) fn fill_class_ns(
        &mut self,
        t: &crate::objects::TypeRef,
        items: &[(Arc<str>, Shareable)],
    ) -> PyResult<()> {
        for (k, v) in items {
            if matches!(&**k, "__slots__" | "__qualname__") {
                continue;
            }
            let v = self.import(v)?;
            let k = self.intern(k);
            dict_set_str(&t.dict, k, v);
        }
        bump_type_epoch();
        Ok(())
    }

    fn import_proxy(&mut self, h: &Handle, d: &ProxyDesc) -> PyResult<Value> {
        if d.owner == self.cross.id {
            return self.exported(d.obj);
        }
        if let Some(inst) = self.cross.imports.get(&h.id()).and_then(|w| w.upgrade()) {
            return Ok(Value::Instance(inst));
        }
        let cls = match &d.kind {
            ProxyKind::Builtin(name) => self.builtin_proxy_type(name),
            ProxyKind::Instance(c) => match self.import(c)? {
                Value::Type(t) => self.instance_proxy_type(&t)?,
                _ => return Err(self.type_error("a proxy's class is not a class")),
            },
        };
        let inst = Rc::new(PyInstance {
            class: RefCell::new(cls),
            dict: None,
            slots: RefCell::new(Vec::new()),
            payload: Payload::Proxy(h.clone()),
            finalized: Cell::new(true),
        });
        self.cross.imports.insert(h.id(), Rc::downgrade(&inst));
        Ok(Value::Instance(inst))
    }
}
