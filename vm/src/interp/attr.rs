//! Attribute access: `getattr`/`setattr`/`delattr`, descriptors, and method loading.

use std::rc::Rc;

use crate::objects::typeobj::{bump_type_epoch, type_flags};
use crate::objects::{Payload, PyMethod, PyStr, Special, TypeRef};
use crate::value::Value;

use super::hashing::{dict_del_str, dict_get_str, dict_set_str};
use super::{PyErr, PyResult, Vm};

/// Is `v` a data descriptor (takes priority over the instance dict)?
pub(super) fn is_data_descriptor(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Special(s) => matches!(
            &**s,
            Special::Property { .. }
                | Special::SlotMember { .. }
                | Special::InstanceDictDescr { .. }
        ),
        Value::Instance(_) => {
            let t = vm.type_of(v);
            let set = vm.intern("__set__");
            let del = vm.intern("__delete__");
            t.lookup(&set).is_some() || t.lookup(&del).is_some()
        }
        _ => false,
    }
}

impl Vm {
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// `getattr(obj, name)` with a default on AttributeError.
    pub fn getattr_opt(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_is(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.getattr_inner(obj, name) {
            Ok(v) => Ok(v),
            Err(e) => {
                if let Some(st) = self.exc_state(&e.exc) {
                    let mut s = st.borrow_mut();
                    if s.suggest.is_none()
                        && e.exc.class.borrow().name.borrow().as_str() == "AttributeError"
                    {
                        s.suggest = Some(crate::objects::SuggestCtx::Attr {
                            name: name.clone(),
                            obj: obj.clone(),
                        });
                    }
                }
                Err(e)
            }
        }
    }

    fn getattr_inner(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                let t = inst.class.borrow().clone();
                if t.flags() & type_flags::CUSTOM_GETATTRIBUTE != 0 {
                    let ga = self.intern("__getattribute__");
                    if let Some(f) = t.lookup(&ga) {
                        // The type flags say this hook is overridden.
                        let r = self.call(&f, &[obj.clone(), Value::Str(name.clone())], &[]);
                        return match r {
                            Err(e) if self.err_is(&e, "AttributeError") => {
                                self.try_getattr_hook(obj, &t, name, e)
                            }
                            r => r,
                        };
                    }
                }
                match self.generic_getattr(obj, name) {
                    Ok(Some(v)) => Ok(v),
                    Ok(None) => {
                        let e = self.no_attr(obj, name);
                        self.try_getattr_hook(obj, &t, name, e)
                    }
                    // An AttributeError from a descriptor also falls back to __getattr__.
                    Err(e) if self.err_is(&e, "AttributeError") => {
                        self.try_getattr_hook(obj, &t, name, e)
                    }
                    Err(e) => Err(e),
                }
            }
            Value::Type(t) => self.type_getattr(t, name),
            Value::Module(m) => {
                if let Some(v) = dict_get_str(&m.dict, name) {
                    return Ok(v);
                }
                if name.as_str() == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                let ga = self.intern("__getattr__");
                if let Some(f) = dict_get_str(&m.dict, &ga) {
                    return self.call(&f, &[Value::Str(name.clone())], &[]);
                }
                if name.as_str() == "__class__" {
                    return Ok(Value::Type(self.types.module.clone()));
                }
                let mname = m.name.borrow().clone();
                Err(self.attribute_error(format!(
                    "module '{}' has no attribute '{}'",
                    mname.as_str(),
                    name.as_str()
                )))
            }
            Value::Special(s) if matches!(&**s, Special::Super { .. }) => {
                if let Special::Super {
                    this_type,
                    obj: o,
                    obj_type,
                } = &**s
                {
                    if let Some(v) =
                        crate::builtins::classes::super_getattr(self, this_type, o, obj_type, name)?
                    {
                        return Ok(v);
                    }
                    if name.as_str() == "__class__" {
                        return Ok(Value::Type(self.types.super_.clone()));
                    }
                }
                Err(self.attribute_error(format!(
                    "'super' object has no attribute '{}'",
                    name.as_str()
                )))
            }
            _ => match self.generic_getattr(obj, name)? {
                Some(v) => Ok(v),
                None => Err(self.no_attr(obj, name)),
            },
        }
    }

    fn try_getattr_hook(
        &mut self,
        obj: &Value,
        t: &TypeRef,
        name: &Rc<PyStr>,
        e: PyErr,
    ) -> PyResult<Value> {
        let gname = self.intern("__getattr__");
        if let Some(f) = t.lookup(&gname) {
            return self.call(&f, &[obj.clone(), Value::Str(name.clone())], &[]);
        }
        Err(e)
    }

    pub fn no_attr(&self, obj: &Value, name: &PyStr) -> PyErr {
        self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            name.as_str()
        ))
    }

    /// `object.__getattribute__` (returns `None` when not found).
    pub fn generic_getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        if let Value::Instance(inst) = obj {
            if let Payload::Proxy(_) = &inst.payload {
                return self.proxy_getattr(obj, inst, name);
            }
        }
        let t = self.type_of(obj);
        let descr = t.lookup(name);
        if let Some(d) = &descr {
            if is_data_descriptor(self, d) {
                return self.descr_get(d, obj, &t).map(Some);
            }
        }
        if let Value::Instance(inst) = obj {
            if let Some(dict) = &inst.dict {
                if let Some(v) = dict_get_str(dict, name) {
                    return Ok(Some(v));
                }
            }
            if matches!(inst.payload, Payload::Exception(_)) {
                if let Some(v) = self.exception_attr(inst, name) {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(v) = self.native_attr(obj, name)? {
            return Ok(Some(v));
        }
        // Instances of property/classmethod/staticmethod subclasses expose the base's fields.
        if let Some(b @ Value::Special(_)) = self.builtin_base(obj) {
            if let Some(v) = self.native_attr(&b, name)? {
                return Ok(Some(v));
            }
        }
        match descr {
            Some(d) => self.descr_get(&d, obj, &t).map(Some),
            None => Ok(None),
        }
    }

    /// Apply the descriptor protocol to a class attribute found for `obj`.
    pub fn descr_get(&mut self, d: &Value, obj: &Value, t: &TypeRef) -> PyResult<Value> {
        match d {
            Value::Function(_) | Value::Builtin(_) => Ok(Value::Method(Rc::new(PyMethod {
                func: d.clone(),
                self_: obj.clone(),
            }))),
            Value::Special(s) => match &**s {
                Special::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(self.attribute_error("property has no getter".to_string()));
                    }
                    let fget = fget.clone();
                    self.call(&fget, &[obj.clone()], &[])
                }
                Special::ClassMethod(f) => Ok(Value::Method(Rc::new(PyMethod {
                    func: f.clone(),
                    self_: Value::Type(t.clone()),
                }))),
                Special::StaticMethod(f) => Ok(f.clone()),
                Special::InstanceDictDescr { name, .. } => {
                    if name.as_str() == "__dict__" {
                        if let Value::Instance(inst) = obj {
                            if let Some(d) = &inst.dict {
                                return Ok(Value::Dict(d.clone()));
                            }
                        }
                        return Err(self.no_attr(obj, name));
                    }
                    Ok(Value::None)
                }
                Special::SlotMember { name, index, .. } => {
                    if let Value::Instance(inst) = obj {
                        if let Some(Some(v)) = inst.slots.borrow().get(*index) {
                            return Ok(v.clone());
                        }
                    }
                    Err(self.attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        t.name_str(),
                        name.as_str()
                    )))
                }
                _ => Ok(d.clone()),
            },
            Value::Instance(_) => {
                let dt = self.type_of(d);
                let get = self.intern("__get__");
                match dt.lookup(&get) {
                    Some(g) => {
                        self.call(&g, &[d.clone(), obj.clone(), Value::Type(t.clone())], &[])
                    }
                    None => Ok(d.clone()),
                }
            }
            _ => Ok(d.clone()),
        }
    }

    /// Bind a class attribute to an instance (used for special-method calls).
    pub fn bind_descriptor(&mut self, d: &Value, obj: &Value, t: &TypeRef) -> PyResult<Value> {
        self.descr_get(d, obj, t)
    }

    /// Attribute lookup on a class object (`type.__getattribute__`).
    pub fn type_getattr(&mut self, t: &TypeRef, name: &Rc<PyStr>) -> PyResult<Value> {
        if t.cross.borrow().is_some() {
            self.refresh_mirror_class(t)?;
        }
        let meta = self.type_of(&Value::Type(t.clone()));
        let meta_attr = if Rc::ptr_eq(&meta, &self.types.type_) {
            None
        } else {
            meta.lookup(name)
        };
        if let Some(d) = &meta_attr {
            if is_data_descriptor(self, d) {
                return self.descr_get(d, &Value::Type(t.clone()), &meta);
            }
        }
        if let Some(v) = self.type_special_attr(t, name) {
            return Ok(v);
        }
        if let Some(v) = t.lookup(name) {
            return match &v {
                Value::Special(s) => match &**s {
                    Special::ClassMethod(f) => Ok(Value::Method(Rc::new(PyMethod {
                        func: f.clone(),
                        self_: Value::Type(t.clone()),
                    }))),
                    Special::StaticMethod(f) => Ok(f.clone()),
                    _ => Ok(v.clone()),
                },
                Value::Instance(_) => {
                    let dt = self.type_of(&v);
                    let get = self.intern("__get__");
                    match dt.lookup(&get) {
                        Some(g) => {
                            self.call(&g, &[v.clone(), Value::None, Value::Type(t.clone())], &[])
                        }
                        None => Ok(v.clone()),
                    }
                }
                _ => Ok(v),
            };
        }
        if let Some(d) = meta_attr {
            return self.descr_get(&d, &Value::Type(t.clone()), &meta);
        }
        // Methods of `type` itself (mro, __subclasses__, ...).
        if let Some(d) = self.types.type_.lookup(name) {
            if !matches!(
                name.as_str(),
                "__init__" | "__new__" | "__call__" | "__repr__"
            ) || Rc::ptr_eq(&meta, &self.types.type_)
            {
                return self.descr_get(&d, &Value::Type(t.clone()), &meta);
            }
        }
        if !Rc::ptr_eq(&meta, &self.types.type_) {
            let gname = self.intern("__getattr__");
            if let Some(f) = meta.lookup(&gname) {
                return self.call(&f, &[Value::Type(t.clone()), Value::Str(name.clone())], &[]);
            }
        }
        Err(self.attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            t.name_str(),
            name.as_str()
        )))
    }

    fn type_special_attr(&mut self, t: &TypeRef, name: &PyStr) -> Option<Value> {
        Some(match name.as_str() {
            "__name__" => Value::Str(t.name()),
            "__qualname__" => Value::Str(t.qualname.borrow().clone()),
            "__mro__" => Value::tuple(
                t.mro
                    .borrow()
                    .iter()
                    .map(|t| Value::Type(t.clone()))
                    .collect(),
            ),
            "__bases__" => Value::tuple(
                t.bases
                    .borrow()
                    .iter()
                    .map(|t| Value::Type(t.clone()))
                    .collect(),
            ),
            "__base__" => t
                .bases
                .borrow()
                .first()
                .map(|b| Value::Type(b.clone()))
                .unwrap_or(Value::None),
            "__dict__" => Value::Special(Rc::new(Special::MappingProxy(t.clone()))),
            "__class__" => Value::Type(self.type_of(&Value::Type(t.clone()))),
            "__module__" => {
                let m = self.intern("__module__");
                match dict_get_str(&t.dict, &m) {
                    Some(v) => v,
                    None => Value::str("builtins"),
                }
            }
            "__doc__" => {
                let d = self.intern("__doc__");
                dict_get_str(&t.dict, &d).unwrap_or(Value::None)
            }
            _ => return None,
        })
    }

    /// Attributes of builtin objects that are not stored in a dict.
    fn native_attr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
        let n = name.as_str();
        if n == "__class__" {
            return Ok(Some(Value::Type(self.type_of(obj))));
        }
        Ok(match obj {
            Value::Instance(inst) => match n {
                "__dict__" => inst.dict.as_ref().map(|d| Value::Dict(d.clone())),
                _ => None,
            },
            Value::Function(f) => match n {
                "__name__" => Some(Value::Str(f.name.borrow().clone())),
                "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.borrow().clone()),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    Some(if d.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(d.clone())
                    })
                }
                "__kwdefaults__" => Some(
                    f.kwdefaults
                        .borrow()
                        .clone()
                        .map(Value::Dict)
                        .unwrap_or(Value::None),
                ),
                "__code__" => Some(Value::Code(f.code.clone())),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                }),
                "__annotations__" => {
                    let mut a = f.annotations.borrow_mut();
                    let d = a.get_or_insert_with(|| Rc::new(crate::objects::PyDict::new()));
                    Some(Value::Dict(d.clone()))
                }
                "__dict__" => {
                    let mut d = f.dict.borrow_mut();
                    let d = d.get_or_insert_with(|| Rc::new(crate::objects::PyDict::new()));
                    Some(Value::Dict(d.clone()))
                }
                _ => f.dict.borrow().as_ref().and_then(|d| dict_get_str(d, name)),
            },
            Value::Method(m) => match n {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let f = m.func.clone();
                    let nm = self.intern(n);
                    Some(self.getattr(&f, &nm)?)
                }
                _ => None,
            },
            Value::Builtin(b) => match n {
                "__name__" => Some(Value::str(&b.name)),
                "__qualname__" => Some(Value::string(match &b.owner {
                    Some(o) => format!("{}.{}", o, b.name),
                    None => b.name.to_string(),
                })),
                "__self__" => Some(b.bound.clone().unwrap_or(Value::None)),
                "__doc__" => Some(Value::None),
                "__module__" => Some(if b.owner.is_none() {
                    Value::str("builtins")
                } else {
                    Value::None
                }),
                _ => None,
            },
            Value::Generator(g) => match n {
                "__name__" => Some(Value::Str(g.name.clone())),
                "__qualname__" => Some(Value::Str(g.qualname.clone())),
                "gi_running" => Some(Value::Bool(g.running.get())),
                _ => None,
            },
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match n {
                "real" | "numerator" => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    o => o.clone(),
                }),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Value::Float(f) => match n {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            Value::Complex(c) => match n {
                "real" => Some(Value::Float(c.0)),
                "imag" => Some(Value::Float(c.1)),
                _ => None,
            },
            Value::Slice(s) => match n {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            },
            Value::Range(r) => match n {
                "start" => Some(Value::from_i128(r.start)),
                "stop" => Some(Value::from_i128(r.stop)),
                "step" => Some(Value::from_i128(r.step)),
                _ => None,
            },
            Value::Cell(c) => match n {
                "cell_contents" => match c.value.borrow().clone() {
                    Some(v) => Some(v),
                    None => return Err(self.value_error("Cell is empty")),
                },
                _ => None,
            },
            Value::Code(c) => match n {
                "co_name" => Some(Value::str(&c.name)),
                "co_qualname" => Some(Value::str(&c.qualname)),
                "co_filename" => Some(Value::str(&c.filename)),
                "co_firstlineno" => Some(Value::Int(c.first_line as i64)),
                "co_argcount" => Some(Value::Int(c.argcount as i64)),
                "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
                "co_flags" => Some(Value::Int(c.flags as i64)),
                "co_varnames" => Some(Value::tuple(
                    c.varnames.iter().map(|s| Value::str(s)).collect(),
                )),
                "co_cellvars" => Some(Value::tuple(
                    c.cellvars.iter().map(|s| Value::str(s)).collect(),
                )),
                "co_freevars" => Some(Value::tuple(
                    c.freevars.iter().map(|s| Value::str(s)).collect(),
                )),
                "co_names" => Some(Value::tuple(
                    c.names.iter().map(|s| Value::str(s)).collect(),
                )),
                "co_nlocals" => Some(Value::Int(c.varnames.len() as i64)),
                _ => None,
            },
            Value::Special(s) => match &**s {
                Special::Property {
                    fget,
                    fset,
                    fdel,
                    doc,
                    ..
                } => match n {
                    "fget" => Some(fget.clone()),
                    "fset" => Some(fset.clone()),
                    "fdel" => Some(fdel.clone()),
                    "__doc__" => Some(doc.clone()),
                    _ => None,
                },
                Special::ClassMethod(f) | Special::StaticMethod(f) => match n {
                    "__func__" | "__wrapped__" => Some(f.clone()),
                    "__doc__" | "__name__" | "__qualname__" => {
                        let f = f.clone();
                        let nm = self.intern(n);
                        self.getattr_opt(&f, &nm)?
                    }
                    _ => None,
                },
                Special::Super { .. } => None,
                Special::File(f) => {
                    let f = f.borrow();
                    match n {
                        "closed" => Some(Value::Bool(f.closed)),
                        "name" => Some(Value::str(&f.name)),
                        "mode" => Some(Value::str(&f.mode)),
                        "encoding" if !f.binary => Some(Value::str(match f.kind {
                            crate::interp::file::FileKind::Stdout
                            | crate::interp::file::FileKind::Stderr
                            | crate::interp::file::FileKind::Stdin => "utf-8",
                            _ => "UTF-8",
                        })),
                        _ => None,
                    }
                }
                Special::UnionType(args) => match n {
                    "__args__" => Some(Value::tuple(args.clone())),
                    _ => None,
                },
                Special::GenericAlias { origin, args } => match n {
                    "__origin__" => Some(origin.clone()),
                    "__args__" => Some(Value::tuple(args.clone())),
                    _ => None,
                },
                Special::Traceback(tb) => match n {
                    "tb_lineno" => tb.last().map(|e| Value::Int(e.line as i64)),
                    "tb_next" => Some(if tb.len() > 1 {
                        Value::Special(Rc::new(Special::Traceback(Rc::new(
                            tb[..tb.len() - 1].to_vec(),
                        ))))
                    } else {
                        Value::None
                    }),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
    }

    fn exception_attr(
        &mut self,
        inst: &Rc<crate::objects::PyInstance>,
        name: &PyStr,
    ) -> Option<Value> {
        let st = self.exc_state(inst)?;
        let s = st.borrow();
        Some(match name.as_str() {
            "args" => s.args.clone(),
            "__cause__" => s.cause.clone().unwrap_or(Value::None),
            "__context__" => s.context.clone().unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(s.suppress_context),
            "__traceback__" => {
                drop(s);
                return Some(self.traceback_of(&Value::Instance(inst.clone())));
            }
            "value"
                if inst
                    .class
                    .borrow()
                    .is_subtype(&self.exc_type("StopIteration")) =>
            {
                match &s.args {
                    Value::Tuple(t) => t.items.first().cloned().unwrap_or(Value::None),
                    _ => Value::None,
                }
            }
            "code" if inst.class.borrow().is_subtype(&self.exc_type("SystemExit")) => match &s.args
            {
                Value::Tuple(t) => match t.items.len() {
                    0 => Value::None,
                    1 => t.items[0].clone(),
                    _ => Value::Tuple(t.clone()),
                },
                _ => Value::None,
            },
            "__notes__" => {
                if s.notes.is_empty() {
                    return None;
                }
                Value::list(s.notes.clone())
            }
            _ => return None,
        })
    }

    /// `(method, self)` for `LoadMethod`, avoiding a bound-method allocation when the
    /// attribute is a plain function found on the type.
    pub fn load_method(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<(Value, Value)> {
        match obj {
            Value::Instance(inst) => {
                let t = inst.class.borrow().clone();
                let custom_ga = t.flags() & type_flags::CUSTOM_GETATTRIBUTE != 0;
                if !custom_ga {
                    if let Some(f @ (Value::Function(_) | Value::Builtin(_))) = t.lookup(name) {
                        let shadowed = inst
                            .dict
                            .as_ref()
                            .map(|d| dict_get_str(d, name).is_some())
                            .unwrap_or(false);
                        if !shadowed {
                            return Ok((f, obj.clone()));
                        }
                    }
                }
                let v = self.getattr(obj, name)?;
                Ok((v, Value::Null))
            }
            Value::Type(_) | Value::Module(_) => {
                let v = self.getattr(obj, name)?;
                Ok((v, Value::Null))
            }
            Value::Special(s) if matches!(&**s, Special::Super { .. }) => {
                let v = self.getattr(obj, name)?;
                Ok((v, Value::Null))
            }
            _ => {
                let t = self.type_of(obj);
                match t.lookup(name) {
                    Some(f @ (Value::Function(_) | Value::Builtin(_))) => Ok((f, obj.clone())),
                    _ => {
                        let v = self.getattr(obj, name)?;
                        Ok((v, Value::Null))
                    }
                }
            }
        }
    }

    pub fn setattr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let t = inst.class.borrow().clone();
                if t.flags() & type_flags::CUSTOM_SETATTR != 0 {
                    let sa = self.intern("__setattr__");
                    if let Some(f) = t.lookup(&sa) {
                        // The type flags say this hook is overridden.
                        self.call(&f, &[obj.clone(), Value::Str(name.clone()), value], &[])?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, name, Some(value))
            }
            Value::Type(t) => {
                if !t.heap {
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.as_str(),
                        t.name_str()
                    )));
                }
                let meta = self.type_of(obj);
                if !Rc::ptr_eq(&meta, &self.types.type_) {
                    if let Some(d) = meta.lookup(name) {
                        if is_data_descriptor(self, &d) {
                            return self.descr_set(&d, obj, Some(value));
                        }
                    }
                }
                if t.cross.borrow().is_some() {
                    self.mirror_class_store(t, name, Some(&value))?;
                }
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = &value {
                            *t.name.borrow_mut() = s.clone();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &value {
                            *t.qualname.borrow_mut() = s.clone();
                        }
                    }
                    _ => dict_set_str(&t.dict, name.clone(), value),
                }
                bump_type_epoch();
                Ok(())
            }
            Value::Module(m) => {
                if name.as_str() == "__class__" {
                    return Err(self.new_error(
                        "NotImplementedError",
                        "assigning a module's __class__ is not supported by weft",
                    ));
                }
                dict_set_str(&m.dict, name.clone(), value);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = value {
                            *f.name.borrow_mut() = s;
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = value {
                            *f.qualname.borrow_mut() = s;
                        }
                    }
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__module__" => *f.module.borrow_mut() = value,
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match value {
                            Value::Tuple(t) => t.items.clone(),
                            _ => vec![],
                        }
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = match value {
                            Value::Dict(d) => Some(d),
                            _ => None,
                        }
                    }
                    _ => {
                        let mut d = f.dict.borrow_mut();
                        let d = d.get_or_insert_with(|| Rc::new(crate::objects::PyDict::new()));
                        dict_set_str(d, name.clone(), value);
                    }
                }
                Ok(())
            }
            _ => {
                let t = self.type_of(obj);
                if self.native_attr(obj, name)?.is_some() && name.as_str() != "__class__" {
                    return Err(self.attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable",
                        name.as_str(),
                        t.name_str()
                    )));
                }
                if t.lookup(name).is_some() {
                    Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        t.name_str(),
                        name.as_str()
                    )))
                } else {
                    Err(self.attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        t.name_str(),
                        name.as_str()
                    )))
                }
            }
        }
    }

    /// `object.__setattr__` / `object.__delattr__` (value `None` deletes).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            return match value {
                Some(v) => self.setattr(obj, name, v),
                None => self.delattr(obj, name),
            };
        };
        if let Payload::Proxy(_) = &inst.payload {
            return self.proxy_setattr(obj, inst, name, value);
        }
        let t = inst.class.borrow().clone();
        if name.as_str() == "__class__" {
            return match value {
                Some(Value::Type(nt)) if nt.heap && t.heap && nt.layout == t.layout => {
                    *inst.class.borrow_mut() = nt;
                    Ok(())
                }
                Some(Value::Type(nt)) => Err(self.type_error(format!(
                    "__class__ assignment: '{}' object layout differs from '{}'",
                    nt.name_str(),
                    t.name_str()
                ))),
                Some(other) => Err(self.type_error(format!(
                    "__class__ must be set to a class, not '{}' object",
                    self.type_name(&other)
                ))),
                None => Err(self.type_error("can't delete __class__ attribute")),
            };
        }
        if let Some(d) = t.lookup(name) {
            if is_data_descriptor(self, &d) {
                return self.descr_set(&d, obj, value);
            }
        }
        if matches!(inst.payload, Payload::Exception(_)) {
            if let Some(st) = self.exc_state(inst) {
                let mut s = st.borrow_mut();
                match name.as_str() {
                    "args" => {
                        s.args = match value {
                            Some(Value::Tuple(t)) => Value::Tuple(t),
                            Some(v) => {
                                drop(s);
                                let items = self.iterate(&v)?;
                                let st = self.exc_state(inst).expect("exception state");
                                st.borrow_mut().args = Value::tuple(items);
                                return Ok(());
                            }
                            None => Value::tuple(vec![]),
                        };
                        return Ok(());
                    }
                    "__cause__" => {
                        s.cause = value.filter(|v| !v.is_none());
                        s.suppress_context = true;
                        return Ok(());
                    }
                    "__context__" => {
                        s.context = value.filter(|v| !v.is_none());
                        return Ok(());
                    }
                    "__suppress_context__" => {
                        s.suppress_context = matches!(value, Some(Value::Bool(true)));
                        return Ok(());
                    }
                    "__traceback__" => return Ok(()),
                    _ => {}
                }
            }
        }
        match &inst.dict {
            Some(dict) => match value {
                Some(v) => {
                    dict_set_str(dict, name.clone(), v);
                    Ok(())
                }
                None => match dict_del_str(dict, name) {
                    Some(_) => Ok(()),
                    None => Err(self.no_attr(obj, name)),
                },
            },
            None => Err(self.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                t.name_str(),
                name.as_str()
            ))),
        }
    }

    pub(crate) fn descr_set(
        &mut self,
        d: &Value,
        obj: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        match d {
            Value::Special(s) => match &**s {
                Special::InstanceDictDescr { .. } => {
                    if let (Value::Instance(inst), Some(Value::Dict(nd))) = (obj, &value) {
                        if let Some(d) = &inst.dict {
                            let data = nd.data.borrow().clone_data();
                            *d.data.borrow_mut() = data;
                            d.touch();
                            return Ok(());
                        }
                    }
                    Err(self.type_error("__dict__ must be set to a dictionary"))
                }
                Special::Property { fset, fdel, .. } => {
                    let (f, args, what) = match value {
                        Some(v) => (fset.clone(), vec![obj.clone(), v], "setter"),
                        None => (fdel.clone(), vec![obj.clone()], "deleter"),
                    };
                    if f.is_none() {
                        let pname = self.property_name(d);
                        return Err(self.attribute_error(format!(
                            "property {}of '{}' object has no {}",
                            pname,
                            self.type_name(obj),
                            what
                        )));
                    }
                    self.call(&f, &args, &[])?;
                    Ok(())
                }
                Special::SlotMember { name, index, .. } => {
                    if let Value::Instance(inst) = obj {
                        let mut slots = inst.slots.borrow_mut();
                        if *index < slots.len() {
                            if value.is_none() && slots[*index].is_none() {
                                drop(slots);
                                return Err(self.attribute_error(format!(
                                    "'{}' object has no attribute '{}'",
                                    self.type_name(obj),
                                    name.as_str()
                                )));
                            }
                            slots[*index] = value;
                            return Ok(());
                        }
                    }
                    Err(self.type_error("descriptor does not apply"))
                }
                _ => Ok(()),
            },
            Value::Instance(_) => {
                match value {
                    Some(v) => {
                        self.call_dunder(d, "__set__", &[obj.clone(), v])?;
                    }
                    None => {
                        self.call_dunder(d, "__delete__", &[obj.clone()])?;
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn property_name(&mut self, p: &Value) -> String {
        if let Value::Special(s) = p {
            if let Special::Property { name, .. } = &**s {
                if let Some(n) = &*name.borrow() {
                    return format!("'{}' ", n.as_str());
                }
            }
        }
        String::new()
    }

    pub fn delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let t = inst.class.borrow().clone();
                if t.flags() & type_flags::CUSTOM_DELATTR != 0 {
                    let da = self.intern("__delattr__");
                    if let Some(f) = t.lookup(&da) {
                        // The type flags say this hook is overridden.
                        self.call(&f, &[obj.clone(), Value::Str(name.clone())], &[])?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, name, None)
            }
            Value::Type(t) => {
                if !t.heap {
                    return Err(self.type_error(format!(
                        "cannot delete '{}' attribute of immutable type '{}'",
                        name.as_str(),
                        t.name_str()
                    )));
                }
                if t.cross.borrow().is_some() {
                    self.mirror_class_store(t, name, None)?;
                }
                bump_type_epoch();
                match dict_del_str(&t.dict, name) {
                    Some(_) => Ok(()),
                    None => Err(self.attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        t.name_str(),
                        name.as_str()
                    ))),
                }
            }
            Value::Module(m) => match dict_del_str(&m.dict, name) {
                Some(_) => Ok(()),
                None => {
                    let mname = m.name.borrow().clone();
                    Err(self.attribute_error(format!(
                        "module '{}' has no attribute '{}'",
                        mname.as_str(),
                        name.as_str()
                    )))
                }
            },
            Value::Function(f) => {
                let d = f.dict.borrow().clone();
                match d.and_then(|d| dict_del_str(&d, name)) {
                    Some(_) => Ok(()),
                    None => Err(self.no_attr(obj, name)),
                }
            }
            _ => Err(self.no_attr(obj, name)),
        }
    }

    pub fn hasattr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        let n = self.intern(name);
        Ok(self.getattr_opt(obj, &n)?.is_some())
    }
}
