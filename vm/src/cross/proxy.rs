//! Proxies: local stand-ins for objects owned by another interpreter.
//!
//! A proxy is a `PyInstance` with `Payload::Proxy(handle)`. Its type is a per-interpreter
//! proxy type: for instances of Python classes, a subclass of the receiver's mirror of the
//! class (so methods, properties and dunders defined in Python run locally, with the proxy
//! as `self`); for builtin objects, a type named like the builtin one whose dunders forward
//! the operation to the owner. Attribute reads and writes that reach instance data go to
//! the owner, one request each.

use std::rc::Rc;
use std::sync::Arc;

use super::{crossing, Crossing, InterpId, Request, TypeCross};
use crate::builtins::add_fn;
use crate::interp::hashing::dict_set_str;
use crate::interp::{PyResult, Vm};
use crate::objects::{
    KwArgs, NativeFn, Payload, PyBuiltin, PyDict, PyInstance, PyStr, Special, TypeRef,
};
use crate::value::Value;

/// Whether `v` is a proxy to another interpreter's object.
pub fn is_proxy(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if matches!(i.payload, Payload::Proxy(_)))
}

fn target(inst: &PyInstance) -> Option<(InterpId, u64)> {
    match &inst.payload {
        Payload::Proxy(h) => match crossing(h) {
            Some(Crossing::Proxy(d)) => Some((d.owner, d.obj)),
            _ => None,
        },
        _ => None,
    }
}

macro_rules! forwarders {
    ($($name:ident),* $(,)?) => {
        /// Dunders a builtin proxy forwards to its owner.
        const FORWARDED: &[(&str, NativeFn)] = &[$(
            (stringify!($name), {
                fn f(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                    forward_method(vm, stringify!($name), args, kw)
                }
                f as NativeFn
            })
        ),*];
    };
}

forwarders!(
    __len__,
    __getitem__,
    __setitem__,
    __delitem__,
    __contains__,
    __iter__,
    __next__,
    __reversed__,
    __repr__,
    __str__,
    __hash__,
    __eq__,
    __ne__,
    __lt__,
    __le__,
    __gt__,
    __ge__,
    __bool__,
    __add__,
    __radd__,
    __iadd__,
    __sub__,
    __rsub__,
    __isub__,
    __mul__,
    __rmul__,
    __imul__,
    __truediv__,
    __rtruediv__,
    __floordiv__,
    __rfloordiv__,
    __mod__,
    __rmod__,
    __pow__,
    __and__,
    __rand__,
    __iand__,
    __or__,
    __ror__,
    __ior__,
    __xor__,
    __rxor__,
    __ixor__,
    __neg__,
    __pos__,
    __abs__,
    __invert__,
    __int__,
    __float__,
    __index__,
    __call__,
    __enter__,
    __exit__,
);

/// Forwarded when the owner's type is not known here by name.
const GENERIC: &[&str] = &[
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__iter__",
    "__next__",
    "__repr__",
    "__str__",
    "__call__",
    "__enter__",
    "__exit__",
    "__eq__",
    "__ne__",
];

/// Calls method `name` of the proxy `args[0]` in its owner.
fn forward_method(vm: &mut Vm, name: &str, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.first() else {
        return Err(vm.type_error(format!("{}: a proxy is required", name)));
    };
    let Some((owner, obj)) = target(inst) else {
        return Err(vm.type_error(format!("{}: a proxy is required", name)));
    };
    let rest = vm.export_all(&args[1..])?;
    let mut kwargs = Vec::with_capacity(kw.len());
    for (k, v) in kw {
        kwargs.push((Arc::from(k.as_str()), vm.export(v)?));
    }
    let req = if name == "__call__" {
        Request::Call {
            obj,
            args: rest,
            kwargs,
        }
    } else {
        Request::CallMethod {
            obj,
            name: Arc::from(name),
            args: rest,
            kwargs,
        }
    };
    vm.forward_value(owner, req)
}

/// A bound method of a builtin proxy: `bound` is `(proxy, name)`.
fn call_proxy_method(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Tuple(b)) = args.first() else {
        return Err(vm.type_error("bad proxy method"));
    };
    let (Some(p), Some(Value::Str(name))) = (b.items.first(), b.items.get(1)) else {
        return Err(vm.type_error("bad proxy method"));
    };
    let mut full = Vec::with_capacity(args.len());
    full.push(p.clone());
    full.extend_from_slice(&args[1..]);
    let name = name.clone();
    forward_method(vm, name.as_str(), &full, kw)
}

impl Vm {
    /// All items of a proxied iterable, in one request.
    pub fn proxy_iterate(&mut self, inst: &PyInstance) -> PyResult<Vec<Value>> {
        let Some((owner, obj)) = target(inst) else {
            return Err(self.type_error("not a proxy"));
        };
        match self.forward_value(owner, Request::Iterate { obj })? {
            Value::Tuple(t) => Ok(t.items.clone()),
            _ => Ok(vec![]),
        }
    }

    /// The `(key, value)` pairs of a proxied mapping, in one request.
    pub fn proxy_items(&mut self, inst: &PyInstance) -> PyResult<Vec<(Value, Value)>> {
        let Some((owner, obj)) = target(inst) else {
            return Err(self.type_error("not a proxy"));
        };
        let mut out = Vec::new();
        if let Value::Tuple(t) = self.forward_value(owner, Request::Items { obj })? {
            for p in &t.items {
                if let Value::Tuple(p) = p {
                    if let (Some(k), Some(v)) = (p.items.first(), p.items.get(1)) {
                        out.push((k.clone(), v.clone()));
                    }
                }
            }
        }
        Ok(out)
    }

    /// A local copy of a proxied builtin container (list, tuple, dict, set, frozenset).
    pub fn materialize(&mut self, v: &Value) -> PyResult<Option<Value>> {
        let Value::Instance(inst) = v else {
            return Ok(None);
        };
        if !self.is_builtin_proxy(inst) {
            return Ok(None);
        }
        let t = inst.class.borrow().clone();
        let real = self.apparent_class(&t);
        let ty = &self.types;
        Ok(Some(if Rc::ptr_eq(&real, &ty.list) {
            Value::list(self.proxy_iterate(inst)?)
        } else if Rc::ptr_eq(&real, &ty.tuple) {
            Value::tuple(self.proxy_iterate(inst)?)
        } else if Rc::ptr_eq(&real, &ty.dict) {
            let items = self.proxy_items(inst)?;
            Value::Dict(Rc::new(self.new_dict_from(items)?))
        } else if Rc::ptr_eq(&real, &ty.set) {
            let items = self.proxy_iterate(inst)?;
            Value::Set(Rc::new(self.new_set_from(items)?))
        } else if Rc::ptr_eq(&real, &ty.frozenset) {
            let items = self.proxy_iterate(inst)?;
            Value::FrozenSet(Rc::new(self.new_set_from(items)?))
        } else {
            return Ok(None);
        }))
    }

    /// Both operands with proxied builtin containers replaced by local copies; `None` if
    /// neither is one.
    pub fn materialize_pair(&mut self, a: &Value, b: &Value) -> PyResult<Option<(Value, Value)>> {
        let ma = self.materialize(a)?;
        let mb = self.materialize(b)?;
        if ma.is_none() && mb.is_none() {
            return Ok(None);
        }
        Ok(Some((
            ma.unwrap_or_else(|| a.clone()),
            mb.unwrap_or_else(|| b.clone()),
        )))
    }

    /// Whether `inst` is a proxy of a builtin object (list, dict, ...).
    pub fn is_builtin_proxy(&self, inst: &PyInstance) -> bool {
        matches!(inst.payload, Payload::Proxy(_))
            && matches!(
                inst.class.borrow().cross.borrow().as_deref(),
                Some(TypeCross::Proxy { builtin: true, .. })
            )
    }

    /// `type(v)` as Python sees it: for a proxy, the class it presents.
    pub fn visible_type(&self, v: &Value) -> TypeRef {
        let t = self.type_of(v);
        if is_proxy(v) {
            self.apparent_class(&t)
        } else {
            t
        }
    }

    /// The class a proxy presents (`type(p)`, `p.__class__`, `isinstance`).
    pub fn apparent_class(&self, t: &TypeRef) -> TypeRef {
        match t.cross.borrow().as_deref() {
            Some(TypeCross::Proxy { of, .. }) => of.clone(),
            _ => t.clone(),
        }
    }

    fn find_builtin_type(&mut self, name: &str) -> Option<TypeRef> {
        let k = self.intern(name);
        if let Some(Value::Type(t)) = crate::interp::hashing::dict_get_str(&self.builtins, &k) {
            return Some(t);
        }
        if let Some(t) = self.types.iter_types.get(name) {
            return Some(t.clone());
        }
        let t = &self.types;
        let known = [
            &t.dict_keys,
            &t.dict_values,
            &t.dict_items,
            &t.generator,
            &t.function,
            &t.builtin_function,
            &t.method,
            &t.module,
            &t.text_io,
            &t.mappingproxy,
        ];
        known.into_iter().find(|t| t.name_str() == name).cloned()
    }

    /// The proxy type for objects of the builtin type `name`.
    pub(super) fn builtin_proxy_type(&mut self, name: &str) -> TypeRef {
        if let Some(t) = self.cross.proxy_types.get(name) {
            return t.clone();
        }
        let real = self.find_builtin_type(name);
        let object = self.types.object.clone();
        let t = crate::interp::types::make_type(
            name,
            vec![object],
            crate::objects::typeobj::BaseLayout::Object,
            None,
        );
        // Calls of these are native in the vm, not a `__call__` slot.
        let callable = matches!(
            name,
            "builtin_function_or_method" | "method" | "function" | "method-wrapper" | "type"
        );
        for (dname, f) in FORWARDED {
            let wanted = match &real {
                _ if callable && *dname == "__call__" => true,
                Some(r) => {
                    let k = self.intern(dname);
                    match r.lookup(&k) {
                        Some(Value::None) | None => false,
                        Some(v) => !is_object_slot(&v, dname),
                    }
                }
                None => GENERIC.contains(dname),
            };
            if wanted {
                add_fn(self, &t.dict, dname, *f);
            }
        }
        // Unhashable owners (list, dict, set, ...) stay unhashable.
        let hk = self.intern("__hash__");
        if crate::interp::hashing::dict_get_str(&t.dict, &hk).is_none() {
            if let Some(r) = &real {
                if matches!(r.lookup(&hk), Some(Value::None)) {
                    dict_set_str(&t.dict, hk, Value::None);
                }
            }
        }
        let of = real.unwrap_or_else(|| t.clone());
        *t.cross.borrow_mut() = Some(Rc::new(TypeCross::Proxy { of, builtin: true }));
        crate::objects::typeobj::bump_type_epoch();
        self.cross.proxy_types.insert(name.to_string(), t.clone());
        t
    }

    /// The proxy type for instances of `class` (a mirror, or a class known by name).
    pub(super) fn instance_proxy_type(&mut self, class: &TypeRef) -> PyResult<TypeRef> {
        let key = Rc::as_ptr(class) as usize;
        if let Some(t) = self.cross.instance_proxy_types.get(&key) {
            return Ok(t.clone());
        }
        let ns = Rc::new(PyDict::new());
        for k in ["__module__", "__qualname__"] {
            let k = self.intern(k);
            if let Some(v) = crate::interp::hashing::dict_get_str(&class.dict, &k) {
                dict_set_str(&ns, k, v);
            }
        }
        let mcs = match class.metaclass.borrow().clone() {
            Some(m) => m,
            None => self.types.type_.clone(),
        };
        let t = crate::builtins::classes::create_class_quiet(
            self,
            &mcs,
            class.name(),
            vec![class.clone()],
            &ns,
        )?;
        *t.cross.borrow_mut() = Some(Rc::new(TypeCross::Proxy {
            of: class.clone(),
            builtin: false,
        }));
        self.cross.instance_proxy_types.insert(key, t.clone());
        Ok(t)
    }

    /// `object.__getattribute__` for a proxy: Python-level methods, properties and class
    /// functions bind locally; data comes from the owner.
    pub(crate) fn proxy_getattr(
        &mut self,
        obj: &Value,
        inst: &PyInstance,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let t = inst.class.borrow().clone();
        let (of, builtin) = match t.cross.borrow().as_deref() {
            Some(TypeCross::Proxy { of, builtin }) => (of.clone(), *builtin),
            _ => (t.clone(), true),
        };
        if name.as_str() == "__class__" {
            return Ok(Some(Value::Type(of)));
        }
        if let Some(d) = t.lookup(name) {
            let local = match &d {
                Value::Function(_) | Value::Builtin(_) | Value::Type(_) => true,
                Value::Special(s) => matches!(
                    &**s,
                    Special::ClassMethod(_) | Special::StaticMethod(_) | Special::Property { .. }
                ),
                _ => false,
            };
            if local {
                return self.descr_get(&d, obj, &t).map(Some);
            }
        }
        if builtin {
            if let Some(Value::Builtin(_)) = of.lookup(name) {
                return Ok(Some(Value::Builtin(Rc::new(PyBuiltin {
                    name: Rc::from(name.as_str()),
                    func: call_proxy_method,
                    bound: Some(Value::tuple(vec![obj.clone(), Value::Str(name.clone())])),
                    owner: None,
                }))));
            }
        }
        let Some((owner, id)) = target(inst) else {
            return Ok(None);
        };
        let v = self.forward_value(
            owner,
            Request::GetAttr {
                obj: id,
                name: Arc::from(name.as_str()),
            },
        )?;
        Ok(Some(v))
    }

    /// `object.__setattr__` / `__delattr__` for a proxy: property setters run locally, the
    /// rest is stored by the owner.
    pub(crate) fn proxy_setattr(
        &mut self,
        obj: &Value,
        inst: &PyInstance,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<()> {
        let t = inst.class.borrow().clone();
        if let Some(d) = t.lookup(name) {
            if let Value::Special(s) = &d {
                if let Special::Property { .. } = &**s {
                    return self.descr_set(&d, obj, value);
                }
            }
        }
        let Some((owner, id)) = target(inst) else {
            return Err(self.type_error("not a proxy"));
        };
        let value = match value {
            Some(v) => Some(self.export(&v)?),
            None => None,
        };
        self.forward(
            owner,
            Request::SetAttr {
                obj: id,
                name: Arc::from(name.as_str()),
                value,
            },
        )?;
        Ok(())
    }
}

/// `object`'s own slot wrappers are not forwarded (the proxy type inherits them).
fn is_object_slot(v: &Value, name: &str) -> bool {
    match v {
        Value::Builtin(_) => {
            PyBuiltin::is_object_method(v)
                && !matches!(
                    name,
                    "__eq__" | "__ne__" | "__hash__" | "__repr__" | "__str__"
                )
        }
        _ => false,
    }
}
