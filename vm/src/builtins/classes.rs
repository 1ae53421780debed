//! `object`, `type`, class creation (`__build_class__`), `property`, `classmethod`,
//! `staticmethod`, `super`, and the constructors of builtin types.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::interp::frame::{Frame, FrameExit};
use crate::interp::hashing::{dict_get_str, dict_set_str};
use crate::interp::iterate::new_iter;
use crate::interp::types::c3_merge;
use crate::interp::{BuiltinKind, PyResult, Vm};
use crate::objects::typeobj::{bump_type_epoch, BaseLayout};
use crate::objects::{
    IterState, KwArgs, Payload, PyBuiltin, PyByteArray, PyBytes, PyDict, PyInstance, PyList,
    PyRange, PySlice, PyStr, PyType, Special, TypeRef,
};
use crate::value::Value;

use super::{add_fn, add_method, check_args};

pub fn init(vm: &mut Vm) {
    let object = vm.types.object.clone();
    add_method(vm, &object, "__new__", object_new);
    add_method(vm, &object, "__init__", object_init);
    add_method(vm, &object, "__repr__", object_repr);
    add_method(vm, &object, "__str__", object_str);
    add_method(vm, &object, "__eq__", object_eq);
    add_method(vm, &object, "__ne__", object_ne);
    add_method(vm, &object, "__hash__", object_hash);
    add_method(vm, &object, "__getattribute__", object_getattribute);
    add_method(vm, &object, "__setattr__", object_setattr);
    add_method(vm, &object, "__delattr__", object_delattr);
    add_method(vm, &object, "__format__", object_format);
    add_method(vm, &object, "__dir__", object_dir);
    add_method(vm, &object, "__init_subclass__", object_init_subclass);
    add_method(vm, &object, "__subclasshook__", object_subclasshook);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(vm, &object, name, not_implemented);
    }
    let dk = vm.intern("__doc__");
    dict_set_str(&object.dict, dk, Value::str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    let type_ = vm.types.type_.clone();
    add_method(vm, &type_, "__new__", type_new);
    add_method(vm, &type_, "__call__", type_call);
    add_method(vm, &type_, "__init__", type_init);
    add_method(vm, &type_, "__repr__", type_repr);
    add_method(vm, &type_, "mro", type_mro);
    add_method(vm, &type_, "__subclasses__", type_subclasses);
    add_method(vm, &type_, "__instancecheck__", type_instancecheck);
    add_method(vm, &type_, "__subclasscheck__", type_subclasscheck);
    add_method(vm, &type_, "__prepare__", type_prepare);

    let t = vm.types.property.clone();
    add_method(vm, &t, "__new__", property_new);
    add_method(vm, &t, "__init__", property_init);
    add_method(vm, &t, "getter", property_getter);
    add_method(vm, &t, "setter", property_setter);
    add_method(vm, &t, "deleter", property_deleter);
    add_method(vm, &t, "__get__", property_get);
    add_method(vm, &t, "__set__", property_set);
    let t = vm.types.classmethod.clone();
    add_method(vm, &t, "__new__", classmethod_new);
    add_method(vm, &t, "__init__", wrapper_init);
    add_method(vm, &t, "__get__", wrapper_get);
    let t = vm.types.staticmethod.clone();
    add_method(vm, &t, "__new__", staticmethod_new);
    add_method(vm, &t, "__init__", wrapper_init);
    add_method(vm, &t, "__get__", wrapper_get);
    let t = vm.types.super_.clone();
    add_method(vm, &t, "__new__", super_new);
    let t = vm.types.function.clone();
    add_method(vm, &t, "__get__", function_get);
    add_method(vm, &t, "__call__", callable_call);

    for (name, f) in [
        ("int", int_new as crate::objects::NativeFn),
        ("bool", bool_new),
        ("float", float_new),
        ("complex", complex_new),
        ("str", str_new),
        ("bytes", bytes_new),
        ("bytearray", bytearray_new),
        ("list", list_new),
        ("tuple", tuple_new),
        ("dict", dict_new),
        ("set", set_new),
        ("frozenset", frozenset_new),
        ("range", range_new),
        ("slice", slice_new),
    ] {
        let t = type_by_name(vm, name);
        add_method(vm, &t, "__new__", f);
    }
    for (name, f) in [
        ("enumerate", enumerate_new as crate::objects::NativeFn),
        ("zip", zip_new),
        ("map", map_new),
        ("filter", filter_new),
        ("reversed", reversed_new),
    ] {
        let t = vm.types.iter_types[name].clone();
        add_method(vm, &t, "__new__", f);
        add_method(vm, &t, "__iter__", iter_self);
        add_method(vm, &t, "__next__", iter_next);
    }
    let iter_names: Vec<&'static str> = vm.types.iter_types.keys().copied().collect();
    for name in iter_names {
        let t = vm.types.iter_types[name].clone();
        add_method(vm, &t, "__iter__", iter_self);
        add_method(vm, &t, "__next__", iter_next);
    }
    let g = vm.types.generator.clone();
    add_method(vm, &g, "__iter__", iter_self);
    add_method(vm, &g, "__next__", iter_next);
    add_method(vm, &g, "send", gen_send);
    add_method(vm, &g, "throw", gen_throw);
    add_method(vm, &g, "close", gen_close);
    let r = vm.types.range.clone();
    add_method(vm, &r, "index", range_index);
    add_method(vm, &r, "count", range_count);
    let s = vm.types.slice.clone();
    add_method(vm, &s, "indices", slice_indices);
    let d = vm.builtins.clone();
    add_fn(vm, &d, "__build_class__", build_class);
    let mt = vm.types.module.clone();
    add_method(vm, &mt, "__new__", module_new);
    add_method(vm, &mt, "__init__", module_init);
    let mp = vm.types.mappingproxy.clone();
    add_method(vm, &mp, "get", mp_get);
    add_method(vm, &mp, "keys", mp_keys);
    add_method(vm, &mp, "values", mp_values);
    add_method(vm, &mp, "items", mp_items);
    add_method(vm, &mp, "copy", mp_copy);
    add_method(vm, &mp, "__getitem__", mp_getitem);
    add_method(vm, &mp, "__contains__", mp_contains);
    add_method(vm, &mp, "__len__", mp_len);
    add_method(vm, &mp, "__iter__", mp_iter);
}

fn module_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let name = match super::arg_or_kw(args, kw, 1, "name") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(o) => {
            return Err(vm.type_error(format!(
                "module.__init__() argument 'name' must be str, not {}",
                vm.type_name(&o)
            )))
        }
        None => {
            return Err(vm.type_error("module.__init__() missing required argument 'name' (pos 1)"))
        }
    };
    let m = vm.new_module(&name);
    if let Some(doc) = super::arg_or_kw(args, kw, 2, "doc") {
        let k = vm.intern("__doc__");
        dict_set_str(&m.dict, k, doc);
    }
    Ok(Value::Module(m))
}

fn module_init(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn mp_dict(vm: &Vm, v: &Value) -> PyResult<Rc<PyDict>> {
    if let Value::Special(s) = v {
        if let Special::MappingProxy(t) = &**s {
            return Ok(t.dict.clone());
        }
    }
    Err(vm.type_error("descriptor requires a 'mappingproxy' object"))
}

fn mp_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "get", args, 2, 3)?;
    let d = mp_dict(vm, &args[0])?;
    Ok(vm
        .dict_get(&d, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn mp_view(vm: &mut Vm, args: &[Value], kind: crate::objects::DictViewKind) -> PyResult<Value> {
    let d = mp_dict(vm, &args[0])?;
    Ok(Value::Special(Rc::new(Special::DictView { dict: d, kind })))
}

fn mp_keys(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    mp_view(vm, args, crate::objects::DictViewKind::Keys)
}

fn mp_values(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    mp_view(vm, args, crate::objects::DictViewKind::Values)
}

fn mp_items(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    mp_view(vm, args, crate::objects::DictViewKind::Items)
}

fn mp_copy(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = mp_dict(vm, &args[0])?;
    let data = d.data.borrow().clone_data();
    Ok(Value::Dict(Rc::new(PyDict::from_data(data))))
}

fn mp_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__getitem__", args, 2, 2)?;
    vm.getitem(&args[0], &args[1])
}

fn mp_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__contains__", args, 2, 2)?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

fn mp_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn mp_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    vm.get_iter(&args[0])
}

fn type_by_name(vm: &Vm, name: &str) -> TypeRef {
    let t = &vm.types;
    match name {
        "int" => t.int.clone(),
        "bool" => t.bool_.clone(),
        "float" => t.float.clone(),
        "complex" => t.complex.clone(),
        "str" => t.str_.clone(),
        "bytes" => t.bytes.clone(),
        "bytearray" => t.bytearray.clone(),
        "list" => t.list.clone(),
        "tuple" => t.tuple.clone(),
        "dict" => t.dict.clone(),
        "set" => t.set.clone(),
        "frozenset" => t.frozenset.clone(),
        "range" => t.range.clone(),
        "slice" => t.slice.clone(),
        _ => t.object.clone(),
    }
}

fn not_implemented(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn cls_arg(vm: &Vm, args: &[Value], fname: &str) -> PyResult<TypeRef> {
    match args.first() {
        Some(Value::Type(t)) => Ok(t.clone()),
        Some(other) => Err(vm.type_error(format!(
            "{}(X): X is not a type object ({})",
            fname,
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("{}(): not enough arguments", fname))),
    }
}

// ---------------------------------------------------------------- object

/// Create a bare instance of `cls` (object layout or exception layout).
pub fn new_instance(vm: &mut Vm, cls: &TypeRef, payload: Payload) -> Value {
    let _ = vm;
    Value::Instance(Rc::new(PyInstance {
        class: RefCell::new(cls.clone()),
        dict: if cls.has_dict {
            Some(Rc::new(PyDict::new()))
        } else {
            None
        },
        slots: RefCell::new(vec![None; cls.nslots]),
        payload,
        finalized: Cell::new(false),
    }))
}

/// Wrap a builtin value for a subclass of a builtin type, or return it as is.
pub fn wrap_for(vm: &mut Vm, cls: &TypeRef, base: &TypeRef, v: Value) -> Value {
    if Rc::ptr_eq(cls, base) {
        return v;
    }
    new_instance(vm, cls, Payload::Builtin(RefCell::new(v)))
}

fn object_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "object.__new__")?;
    if args.len() > 1 || !kw.is_empty() {
        let init = vm.intern("__init__");
        let new = vm.intern("__new__");
        let init_is_object = cls
            .lookup(&init)
            .is_some_and(|f| PyBuiltin::is_object_method(&f));
        let new_is_object = cls
            .lookup(&new)
            .is_some_and(|f| PyBuiltin::is_object_method(&f));
        if init_is_object || !new_is_object {
            return Err(vm.type_error(format!("{}() takes no arguments", cls.name_str())));
        }
    }
    if cls.layout == BaseLayout::Exception {
        let a = args[1..].to_vec();
        return Ok(new_instance(
            vm,
            &cls,
            Payload::Exception(RefCell::new(crate::objects::ExcState {
                args: Value::tuple(a),
                ..Default::default()
            })),
        ));
    }
    if let Some(kind) = cls.builtin_kind {
        if !matches!(kind, BuiltinKind::Object) && !cls.heap {
            return Err(vm.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                cls.name_str(),
                cls.name_str()
            )));
        }
    }
    Ok(new_instance(vm, &cls, Payload::None))
}

fn object_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let t = vm.type_of(&args[0]);
        let init = vm.intern("__init__");
        let new = vm.intern("__new__");
        let init_is_object = t
            .lookup(&init)
            .is_some_and(|f| PyBuiltin::is_object_method(&f));
        let new_is_object = t
            .lookup(&new)
            .is_some_and(|f| PyBuiltin::is_object_method(&f));
        if !init_is_object {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if new_is_object {
            return Err(vm.type_error(format!("{}() takes no arguments", t.name_str())));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    if let Value::Instance(_) = &args[0] {
        if let Some(b) = vm.builtin_base(&args[0]) {
            return Ok(Value::string(vm.builtin_repr(&b)?));
        }
        return Ok(Value::string(vm.default_repr(&args[0])));
    }
    Ok(Value::string(vm.builtin_repr(&args[0])?))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__str__", args, 1, 1)?;
    Ok(Value::Str(vm.repr(&args[0])?))
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__eq__", args, 2, 2)?;
    Ok(if args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__ne__", args, 2, 2)?;
    let r = vm.compare(&args[0], &args[1], crate::bytecode::CompareOp::Eq);
    match r? {
        Value::NotImplemented => Ok(Value::NotImplemented),
        v => Ok(Value::Bool(!vm.truthy(&v)?)),
    }
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__hash__", args, 1, 1)?;
    Ok(Value::Int((args[0].ptr().unwrap_or(0) >> 4) as i64))
}

fn name_arg(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__getattribute__", args, 2, 2)?;
    let name = name_arg(vm, &args[1])?;
    let name = vm.intern(name.as_str());
    match vm.generic_getattr(&args[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attr(&args[0], &name)),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__setattr__", args, 3, 3)?;
    let name = name_arg(vm, &args[1])?;
    let name = vm.intern(name.as_str());
    vm.generic_setattr(&args[0], &name, Some(args[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__delattr__", args, 2, 2)?;
    let name = name_arg(vm, &args[1])?;
    let name = vm.intern(name.as_str());
    vm.generic_setattr(&args[0], &name, None)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__format__", args, 2, 2)?;
    let spec = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    if let Some(b) = vm.builtin_base(&args[0]) {
        return Ok(Value::string(vm.builtin_format(&b, &spec)?));
    }
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args[0])
        )));
    }
    Ok(Value::Str(vm.to_str(&args[0])?))
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__dir__", args, 1, 1)?;
    let mut names: Vec<String> = Vec::new();
    let obj = &args[0];
    if let Value::Instance(i) = obj {
        if let Some(d) = &i.dict {
            for k in d.data.borrow().keys() {
                if let Value::Str(s) = k {
                    names.push(s.as_str().to_string());
                }
            }
        }
    }
    let t = vm.type_of(obj);
    for c in t.mro.borrow().iter() {
        for k in c.dict.data.borrow().keys() {
            if let Value::Str(s) = k {
                names.push(s.as_str().to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn object_init_subclass(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_subclasshook(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

// ---------------------------------------------------------------- type

fn type_call(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "type.__call__")?;
    vm.type_call_default(&cls, &args[1..], kw)
}

fn type_init(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    Ok(Value::string(vm.builtin_repr(&args[0])?))
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "mro")?;
    let v: Vec<Value> = cls
        .mro
        .borrow()
        .iter()
        .map(|t| Value::Type(t.clone()))
        .collect();
    Ok(Value::list(v))
}

fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "__subclasses__")?;
    let subs: Vec<Value> = cls
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(Value::Type)
        .collect();
    Ok(Value::list(subs))
}

fn type_instancecheck(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__instancecheck__", args, 2, 2)?;
    let cls = cls_arg(vm, args, "__instancecheck__")?;
    Ok(Value::Bool(vm.type_of(&args[1]).is_subtype(&cls)))
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__subclasscheck__", args, 2, 2)?;
    let cls = cls_arg(vm, args, "__subclasscheck__")?;
    match &args[1] {
        Value::Type(t) => Ok(Value::Bool(t.is_subtype(&cls))),
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_prepare(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(Rc::new(PyDict::new())))
}

/// `type(name, bases, ns)` / `type.__new__(mcs, name, bases, ns, **kw)`.
fn type_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let mcs = cls_arg(vm, args, "type.__new__")?;
    if args.len() == 2 && kw.is_empty() {
        return Ok(Value::Type(vm.visible_type(&args[1])));
    }
    if args.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = match &args[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    let bases: Vec<TypeRef> = match &args[2] {
        Value::Tuple(t) => {
            let mut v = Vec::new();
            for b in t.items.iter() {
                match b {
                    Value::Type(t) => v.push(t.clone()),
                    other => {
                        return Err(vm.type_error(format!(
                            "type.__new__() argument 2 must be tuple of types, not {}",
                            vm.type_name(other)
                        )))
                    }
                }
            }
            v
        }
        other => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(other)
            )))
        }
    };
    let ns = match &args[3] {
        Value::Dict(d) => d.clone(),
        other => {
            let items = vm.mapping_items(other)?;
            Rc::new(vm.new_dict_from(items)?)
        }
    };
    // The most derived metaclass wins; a different winner with its own __new__ takes over.
    let mut winner = mcs.clone();
    for b in &bases {
        let bt = vm.type_of(&Value::Type(b.clone()));
        if bt.is_subtype(&winner) {
            winner = bt;
        } else if !winner.is_subtype(&bt) {
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    if !Rc::ptr_eq(&winner, &mcs) {
        let nk = vm.intern("__new__");
        if let Some(f) = winner.lookup(&nk) {
            let is_type_new = matches!(&f, Value::Builtin(b) if b.owner.as_deref() == Some("type"));
            if !is_type_new {
                let f = Special::unwrap_static(f);
                let mut a = vec![Value::Type(winner.clone())];
                a.extend_from_slice(&args[1..]);
                return vm.call(&f, &a, kw);
            }
        }
    }
    let cls = create_class(vm, &winner, name, bases, &ns, kw)?;
    Ok(Value::Type(cls))
}

pub fn create_class(
    vm: &mut Vm,
    mcs: &TypeRef,
    name: Rc<PyStr>,
    bases: Vec<TypeRef>,
    ns: &Rc<PyDict>,
    kw: &KwArgs,
) -> PyResult<TypeRef> {
    create_class_impl(vm, mcs, name, bases, ns, kw, true)
}

/// A class made without running `__set_name__` or `__init_subclass__` hooks (for mirrors
/// of classes that another interpreter already created).
pub fn create_class_quiet(
    vm: &mut Vm,
    mcs: &TypeRef,
    name: Rc<PyStr>,
    bases: Vec<TypeRef>,
    ns: &Rc<PyDict>,
) -> PyResult<TypeRef> {
    create_class_impl(vm, mcs, name, bases, ns, &[], false)
}

fn create_class_impl(
    vm: &mut Vm,
    mcs: &TypeRef,
    name: Rc<PyStr>,
    bases: Vec<TypeRef>,
    ns: &Rc<PyDict>,
    kw: &KwArgs,
    hooks: bool,
) -> PyResult<TypeRef> {
    let bases = if bases.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        bases
    };
    for b in &bases {
        if let Some(BuiltinKind::Bool) = b.builtin_kind {
            return Err(vm.type_error("type 'bool' is not an acceptable base type"));
        }
        let subclassable = Rc::ptr_eq(b, &vm.types.module)
            || Rc::ptr_eq(b, &vm.types.property)
            || Rc::ptr_eq(b, &vm.types.classmethod)
            || Rc::ptr_eq(b, &vm.types.staticmethod);
        if !b.heap && matches!(b.builtin_kind, Some(BuiltinKind::Other)) && !subclassable {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                b.name_str()
            )));
        }
    }
    let layout = if bases.iter().any(|b| b.layout == BaseLayout::Exception) {
        BaseLayout::Exception
    } else if bases
        .iter()
        .any(|b| b.layout == BaseLayout::Builtin && !Rc::ptr_eq(b, &vm.types.object))
    {
        BaseLayout::Builtin
    } else {
        BaseLayout::Object
    };
    let builtin_kind = bases.iter().find_map(|b| match b.builtin_kind {
        Some(BuiltinKind::Object) | None => None,
        k => k,
    });
    // Namespace copy, with implicit classmethod/staticmethod conversions.
    let dict = Rc::new(PyDict::new());
    let mut qualname = name.clone();
    let mut slots: Option<Vec<Rc<PyStr>>> = None;
    for (k, v) in ns.data.borrow().items() {
        let Value::Str(ks) = &k else { continue };
        let ks = vm.intern(ks.as_str());
        match ks.as_str() {
            "__qualname__" => {
                if let Value::Str(q) = &v {
                    qualname = q.clone();
                }
                continue;
            }
            "__classcell__" => continue,
            "__slots__" => {
                let names = match &v {
                    Value::Str(s) => vec![s.clone()],
                    other => vm
                        .iterate(other)?
                        .into_iter()
                        .filter_map(|x| match x {
                            Value::Str(s) => Some(s),
                            _ => None,
                        })
                        .collect(),
                };
                slots = Some(names);
            }
            _ => {}
        }
        let v = match (ks.as_str(), &v) {
            ("__new__", Value::Function(_)) => {
                Value::Special(Rc::new(Special::StaticMethod(v.clone())))
            }
            ("__init_subclass__" | "__class_getitem__", Value::Function(_)) => {
                Value::Special(Rc::new(Special::ClassMethod(v.clone())))
            }
            _ => v,
        };
        dict_set_str(&dict, ks, v);
    }
    let base_slots: usize = bases.iter().map(|b| b.nslots).max().unwrap_or(0);
    let base_has_dict = bases.iter().any(|b| b.has_dict);
    let (has_dict, nslots, slot_names) = match &slots {
        Some(names) => {
            let wants_dict = names.iter().any(|n| n.as_str() == "__dict__");
            let own: Vec<Rc<PyStr>> = names
                .iter()
                .filter(|n| n.as_str() != "__dict__" && n.as_str() != "__weakref__")
                .cloned()
                .collect();
            (wants_dict || base_has_dict, base_slots + own.len(), own)
        }
        None => (true, base_slots, vec![]),
    };
    let mro_rest = c3_merge(&bases).map_err(|m| vm.type_error(m))?;
    let cls = Rc::new(PyType {
        name: RefCell::new(name.clone()),
        qualname: RefCell::new(qualname),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict: dict.clone(),
        metaclass: RefCell::new(if Rc::ptr_eq(mcs, &vm.types.type_) {
            None
        } else {
            Some(mcs.clone())
        }),
        layout,
        heap: true,
        has_dict,
        nslots,
        version: Cell::new(0),
        builtin_kind,
        cache: RefCell::new(Default::default()),
        subclasses: RefCell::new(Vec::new()),
        cross: RefCell::new(None),
    });
    for b in &bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(&cls));
    }
    let mut mro = vec![cls.clone()];
    mro.extend(mro_rest);
    *cls.mro.borrow_mut() = mro;
    for (i, sname) in slot_names.iter().enumerate() {
        let member = Value::Special(Rc::new(Special::SlotMember {
            name: sname.clone(),
            index: base_slots + i,
            owner: cls.clone(),
        }));
        let k = vm.intern(sname.as_str());
        dict_set_str(&dict, k, member);
    }
    // The first class in a hierarchy with instance dicts gets the descriptors.
    if has_dict && !bases.iter().any(|b| b.has_dict) {
        for n in ["__dict__", "__weakref__"] {
            let k = vm.intern(n);
            if dict_get_str(&dict, &k).is_none() {
                let d = Value::Special(Rc::new(Special::InstanceDictDescr {
                    name: k.clone(),
                    owner: cls.clone(),
                }));
                dict_set_str(&dict, k, d);
            }
        }
    }
    let dk = vm.intern("__doc__");
    if dict_get_str(&dict, &dk).is_none() {
        dict_set_str(&dict, dk, Value::None);
    }
    // __eq__ without __hash__ makes instances unhashable.
    let eqk = vm.intern("__eq__");
    let hashk = vm.intern("__hash__");
    if dict_get_str(&dict, &eqk).is_some() && dict_get_str(&dict, &hashk).is_none() {
        dict_set_str(&dict, hashk, Value::None);
    }
    let modk = vm.intern("__module__");
    if dict_get_str(&dict, &modk).is_none() {
        dict_set_str(&dict, modk, Value::str("builtins"));
    }
    bump_type_epoch();
    // __classcell__
    let cck = vm.intern("__classcell__");
    if let Some(Value::Cell(c)) = dict_get_str(ns, &cck) {
        *c.value.borrow_mut() = Some(Value::Type(cls.clone()));
    }
    if !hooks {
        return Ok(cls);
    }
    // __set_name__ (properties record their name for error messages)
    let snk = vm.intern("__set_name__");
    for (k, v) in dict.data.borrow().items() {
        if let (Value::Special(s), Value::Str(kn)) = (&v, &k) {
            if let Special::Property { name, .. } = &**s {
                *name.borrow_mut() = Some(kn.clone());
            }
        }
        if let Value::Instance(_) = &v {
            let t = vm.type_of(&v);
            if let Some(f) = t.lookup(&snk) {
                vm.call(&f, &[v.clone(), Value::Type(cls.clone()), k.clone()], &[])?;
            }
        }
    }
    // __init_subclass__ of the nearest base.
    let isk = vm.intern("__init_subclass__");
    let parent_init = cls.mro.borrow()[1..]
        .iter()
        .find_map(|t| dict_get_str(&t.dict, &isk));
    if let Some(f) = parent_init {
        let f = match f {
            Value::Special(s) => match &*s {
                Special::ClassMethod(f) => f.clone(),
                _ => Value::Special(s.clone()),
            },
            f => f,
        };
        match &f {
            Value::Builtin(b) if b.owner.as_deref() == Some("object") => {
                if !kw.is_empty() {
                    return Err(vm.type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        name.as_str()
                    )));
                }
            }
            _ => {
                vm.call(&f, &[Value::Type(cls.clone())], kw)?;
            }
        }
    }
    Ok(cls)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Value::Function(body) = &args[0] else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = match &args[1] {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.type_error("__build_class__: name is not a string")),
    };
    let mut bases_v: Vec<Value> = args[2..].to_vec();
    // __mro_entries__ is not supported beyond plain classes.
    let mut meta: Option<Value> = None;
    let mut rest_kw = Vec::new();
    for (k, v) in kw {
        if k.as_str() == "metaclass" {
            meta = Some(v.clone());
        } else {
            rest_kw.push((k.clone(), v.clone()));
        }
    }
    let mut bases = Vec::new();
    for b in bases_v.drain(..) {
        match b {
            Value::Type(t) => bases.push(t),
            other => {
                return Err(
                    vm.type_error(format!("bases must be types, not {}", vm.type_name(&other)))
                )
            }
        }
    }
    // Most derived metaclass.
    let meta = match meta {
        Some(m) => m,
        None => {
            let mut winner = vm.types.type_.clone();
            for b in &bases {
                let bt = vm.type_of(&Value::Type(b.clone()));
                if bt.is_subtype(&winner) {
                    winner = bt;
                } else if !winner.is_subtype(&bt) {
                    return Err(vm.type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ));
                }
            }
            Value::Type(winner)
        }
    };
    let bases_tuple = Value::tuple(bases.iter().map(|b| Value::Type(b.clone())).collect());
    // __prepare__
    let ns: Value = {
        let pk = vm.intern("__prepare__");
        let prep = match &meta {
            Value::Type(m) => m.lookup(&pk),
            _ => None,
        };
        match prep {
            Some(Value::Builtin(b)) if b.owner.as_deref() == Some("type") => {
                Value::Dict(Rc::new(PyDict::new()))
            }
            Some(p) => {
                let p = match p {
                    Value::Special(s) => match &*s {
                        Special::ClassMethod(f) => {
                            Value::Method(Rc::new(crate::objects::PyMethod {
                                func: f.clone(),
                                self_: meta.clone(),
                            }))
                        }
                        Special::StaticMethod(f) => f.clone(),
                        _ => Value::Special(s.clone()),
                    },
                    p => p,
                };
                vm.call(
                    &p,
                    &[Value::Str(name.clone()), bases_tuple.clone()],
                    &rest_kw,
                )?
            }
            None => Value::Dict(Rc::new(PyDict::new())),
        }
    };
    // Run the body with the namespace as its locals.
    let code = body.code.clone();
    let rt = body.rt.clone();
    let mut frame = Frame::new(code.clone(), rt, body.globals.clone(), Some(ns.clone()));
    let mut cells = Vec::new();
    for _ in 0..code.cellvars.len() {
        cells.push(Rc::new(crate::objects::PyCell::new(None)));
    }
    cells.extend(body.closure.iter().cloned());
    frame.cells = cells;
    vm.enter_call()?;
    let r = vm.run_frame(&mut frame, None);
    vm.depth -= 1;
    let cell = match r? {
        FrameExit::Return(v) | FrameExit::Yield(v) => v,
    };
    let cls = vm.call(
        &meta,
        &[Value::Str(name), bases_tuple, ns.clone()],
        &rest_kw,
    )?;
    if let Value::Cell(c) = cell {
        if c.value.borrow().is_none() {
            *c.value.borrow_mut() = Some(cls.clone());
        }
    }
    Ok(cls)
}

// ---------------------------------------------------------------- descriptors

fn property_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let get = |i: usize, n: &str| super::arg_or_kw(args, kw, i, n).unwrap_or(Value::None);
    let fget = get(1, "fget");
    let mut doc = get(4, "doc");
    if doc.is_none() && !fget.is_none() {
        let dk = vm.intern("__doc__");
        doc = vm.getattr_opt(&fget, &dk)?.unwrap_or(Value::None);
    }
    let p = Value::Special(Rc::new(Special::Property {
        fget,
        fset: get(2, "fset"),
        fdel: get(3, "fdel"),
        doc,
        name: Default::default(),
    }));
    let cls = cls_arg(vm, args, "property.__new__")?;
    let base_t = vm.types.property.clone();
    Ok(wrap_for(vm, &cls, &base_t, p))
}

/// `property.__init__`: (re)initialise the fields of a property subclass instance.
fn property_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(this) = args.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'property' object needs an argument"));
    };
    let mut a = vec![Value::Type(vm.types.property.clone())];
    a.extend_from_slice(&args[1..]);
    let fresh = property_new(vm, &a, kw)?;
    if let Value::Instance(i) = this {
        if let Payload::Builtin(cell) = &i.payload {
            *cell.borrow_mut() = fresh;
        }
    }
    Ok(Value::None)
}

/// `classmethod.__init__` / `staticmethod.__init__` for subclasses.
fn wrapper_init(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__init__", args, 2, 2)?;
    if let Value::Instance(i) = &args[0] {
        if let Payload::Builtin(cell) = &i.payload {
            let fresh = match &*cell.borrow() {
                Value::Special(s) => match &**s {
                    Special::ClassMethod(_) => Special::ClassMethod(args[1].clone()),
                    _ => Special::StaticMethod(args[1].clone()),
                },
                _ => return Ok(Value::None),
            };
            *cell.borrow_mut() = Value::Special(Rc::new(fresh));
        }
    }
    Ok(Value::None)
}

fn prop_parts(vm: &Vm, v: &Value) -> PyResult<(Value, Value, Value, Value)> {
    let v = &vm.unwrap_builtin(v);
    if let Value::Special(s) = v {
        if let Special::Property {
            fget,
            fset,
            fdel,
            doc,
            ..
        } = &**s
        {
            return Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone()));
        }
    }
    Err(vm.type_error("descriptor requires a 'property' object"))
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "getter", args, 2, 2)?;
    let (_, s, d, doc) = prop_parts(vm, &args[0])?;
    Ok(Value::Special(Rc::new(Special::Property {
        fget: args[1].clone(),
        fset: s,
        fdel: d,
        doc,
        name: Default::default(),
    })))
}

fn property_setter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "setter", args, 2, 2)?;
    let (g, _, d, doc) = prop_parts(vm, &args[0])?;
    Ok(Value::Special(Rc::new(Special::Property {
        fget: g,
        fset: args[1].clone(),
        fdel: d,
        doc,
        name: Default::default(),
    })))
}

fn property_deleter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "deleter", args, 2, 2)?;
    let (g, s, _, doc) = prop_parts(vm, &args[0])?;
    Ok(Value::Special(Rc::new(Special::Property {
        fget: g,
        fset: s,
        fdel: args[1].clone(),
        doc,
        name: Default::default(),
    })))
}

fn property_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    let t = vm.type_of(&args[1]);
    let p = vm.unwrap_builtin(&args[0]);
    vm.descr_get(&p, &args[1], &t)
}

/// `classmethod.__get__` / `staticmethod.__get__` (used by subclasses of them).
fn wrapper_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__get__", args, 2, 3)?;
    let w = vm.unwrap_builtin(&args[0]);
    let owner = match args.get(2) {
        Some(Value::Type(t)) => t.clone(),
        _ => vm.type_of(&args[1]),
    };
    let obj = if args[1].is_none() {
        Value::Type(owner.clone())
    } else {
        args[1].clone()
    };
    vm.descr_get(&w, &obj, &owner)
}

fn property_set(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__set__", args, 3, 3)?;
    let (_, fset, _, _) = prop_parts(vm, &args[0])?;
    if fset.is_none() {
        return Err(vm.attribute_error("can't set attribute"));
    }
    vm.call(&fset, &[args[1].clone(), args[2].clone()], &[])?;
    Ok(Value::None)
}

fn classmethod_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "classmethod", args, 2, 2)?;
    let v = Value::Special(Rc::new(Special::ClassMethod(args[1].clone())));
    let cls = cls_arg(vm, args, "classmethod.__new__")?;
    let base_t = vm.types.classmethod.clone();
    Ok(wrap_for(vm, &cls, &base_t, v))
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "staticmethod", args, 2, 2)?;
    let v = Value::Special(Rc::new(Special::StaticMethod(args[1].clone())));
    let cls = cls_arg(vm, args, "staticmethod.__new__")?;
    let base_t = vm.types.staticmethod.clone();
    Ok(wrap_for(vm, &cls, &base_t, v))
}

fn function_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    Ok(Value::Method(Rc::new(crate::objects::PyMethod {
        func: args[0].clone(),
        self_: args[1].clone(),
    })))
}

fn callable_call(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let f = args[0].clone();
    vm.call(&f, &args[1..], kw)
}

/// `super()` with zero args is resolved by the caller frame; here we need explicit args
/// (the compiler passes `__class__` and the first argument for the zero-arg form).
fn super_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() < 3 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let Value::Type(this_type) = &args[1] else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&args[1])
        )));
    };
    let obj = args[2].clone();
    let obj_type = match &obj {
        Value::Type(t) if t.is_subtype(this_type) => t.clone(),
        _ => {
            let t = vm.type_of(&obj);
            if !t.is_subtype(this_type) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            t
        }
    };
    Ok(Value::Special(Rc::new(Special::Super {
        this_type: this_type.clone(),
        obj,
        obj_type,
    })))
}

/// Attribute lookup through a `super` object.
pub fn super_getattr(
    vm: &mut Vm,
    this_type: &TypeRef,
    obj: &Value,
    obj_type: &TypeRef,
    name: &Rc<PyStr>,
) -> PyResult<Option<Value>> {
    let mro = obj_type.mro.borrow().clone();
    let start = mro
        .iter()
        .position(|t| Rc::ptr_eq(t, this_type))
        .map(|i| i + 1)
        .unwrap_or(mro.len());
    for t in &mro[start..] {
        if let Some(v) = dict_get_str(&t.dict, name) {
            let instance_is_type = matches!(obj, Value::Type(t2) if Rc::ptr_eq(t2, obj_type));
            return Ok(Some(match &v {
                Value::Function(_) | Value::Builtin(_) => {
                    if instance_is_type {
                        v.clone()
                    } else {
                        Value::Method(Rc::new(crate::objects::PyMethod {
                            func: v.clone(),
                            self_: obj.clone(),
                        }))
                    }
                }
                Value::Special(s) => match &**s {
                    Special::ClassMethod(f) => Value::Method(Rc::new(crate::objects::PyMethod {
                        func: f.clone(),
                        self_: Value::Type(obj_type.clone()),
                    })),
                    Special::StaticMethod(f) => f.clone(),
                    Special::Property { .. } if !instance_is_type => {
                        vm.descr_get(&v, obj, obj_type)?
                    }
                    _ => v.clone(),
                },
                _ => v.clone(),
            }));
        }
    }
    Ok(None)
}

// ---------------------------------------------------------------- builtin constructors

fn int_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "int.__new__")?;
    let x = super::arg_or_kw(args, kw, 1, "x");
    let base = super::arg_or_kw(args, kw, 2, "base");
    let v = super::functions::int_from(vm, x, base)?;
    let base_t = vm.types.int.clone();
    Ok(wrap_for(vm, &cls, &base_t, v))
}

fn bool_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "bool", &args[1..], 0, 1)?;
    match args.get(1) {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn float_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "float.__new__")?;
    check_args(vm, "float", &args[1..], 0, 1)?;
    let v = match args.get(1) {
        None => Value::Float(0.0),
        Some(x) => Value::Float(super::functions::float_from(vm, x)?),
    };
    let base_t = vm.types.float.clone();
    Ok(wrap_for(vm, &cls, &base_t, v))
}

fn complex_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "complex.__new__")?;
    let real = super::arg_or_kw(args, kw, 1, "real");
    let imag = super::arg_or_kw(args, kw, 2, "imag");
    let v = super::functions::complex_from(vm, real, imag)?;
    let base_t = vm.types.complex.clone();
    Ok(wrap_for(vm, &cls, &base_t, v))
}

fn str_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    // `str(n)` / `str(s)` for exact str: skip the argument parsing and `to_str` dispatch.
    if let ([Value::Type(cls), arg], true) = (args, kw.is_empty()) {
        if Rc::ptr_eq(cls, &vm.types.str_) {
            match arg {
                Value::Str(s) => return Ok(Value::Str(s.clone())),
                Value::Int(n) => {
                    let mut out = String::with_capacity(20);
                    super::strfmt::push_i64(&mut out, *n);
                    return Ok(Value::string(out));
                }
                _ => {}
            }
        }
    }
    let cls = cls_arg(vm, args, "str.__new__")?;
    let obj = super::arg_or_kw(args, kw, 1, "object");
    let encoding = super::arg_or_kw(args, kw, 2, "encoding");
    let errors = super::arg_or_kw(args, kw, 3, "errors");
    let v = match obj {
        None => Value::str(""),
        Some(o) => {
            if encoding.is_some() || errors.is_some() {
                let data = vm.bytes_like(&o).map_err(|_| {
                    vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        vm.type_name(&o)
                    ))
                })?;
                let errs = match &errors {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => "strict".to_string(),
                };
                Value::string(super::functions::decode_utf8(vm, &data, &errs)?)
            } else {
                Value::Str(vm.to_str(&o)?)
            }
        }
    };
    let base_t = vm.types.str_.clone();
    Ok(wrap_for(vm, &cls, &base_t, v))
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "bytes.__new__")?;
    let data = super::functions::bytes_from(vm, &args[1..], kw)?;
    let v = Value::Bytes(Rc::new(PyBytes { data }));
    let base_t = vm.types.bytes.clone();
    Ok(wrap_for(vm, &cls, &base_t, v))
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "bytearray.__new__")?;
    let data = super::functions::bytes_from(vm, &args[1..], kw)?;
    let v = Value::ByteArray(Rc::new(PyByteArray {
        data: RefCell::new(data),
    }));
    let base_t = vm.types.bytearray.clone();
    Ok(wrap_for(vm, &cls, &base_t, v))
}

fn list_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "list.__new__")?;
    let base_t = vm.types.list.clone();
    if Rc::ptr_eq(&cls, &base_t) {
        super::no_kwargs(vm, "list", kw)?;
        check_args(vm, "list", &args[1..], 0, 1)?;
        let items = match args.get(1) {
            Some(x) => vm.iterate(x)?,
            None => vec![],
        };
        return Ok(Value::list(items));
    }
    // Subclasses are filled by list.__init__.
    Ok(wrap_for(
        vm,
        &cls,
        &base_t,
        Value::List(Rc::new(PyList::new(vec![]))),
    ))
}

fn tuple_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "tuple.__new__")?;
    super::no_kwargs(vm, "tuple", kw)?;
    check_args(vm, "tuple", &args[1..], 0, 1)?;
    let v = match args.get(1) {
        Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
        Some(x) => Value::tuple(vm.iterate(x)?),
        None => Value::tuple(vec![]),
    };
    let base_t = vm.types.tuple.clone();
    Ok(wrap_for(vm, &cls, &base_t, v))
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "dict.__new__")?;
    let base_t = vm.types.dict.clone();
    let d = Rc::new(PyDict::new());
    if Rc::ptr_eq(&cls, &base_t) {
        check_args(vm, "dict", &args[1..], 0, 1)?;
        if let Some(src) = args.get(1) {
            vm.dict_update_from(&d, src)?;
        }
        for (k, v) in kw {
            vm.dict_set(&d, Value::Str(k.clone()), v.clone())?;
        }
        return Ok(Value::Dict(d));
    }
    Ok(wrap_for(vm, &cls, &base_t, Value::Dict(d)))
}

fn set_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "set.__new__")?;
    super::no_kwargs(vm, "set", kw)?;
    check_args(vm, "set", &args[1..], 0, 1)?;
    let base_t = vm.types.set.clone();
    // Subclasses are filled by set.__init__.
    let items = match args.get(1) {
        Some(x) if Rc::ptr_eq(&cls, &base_t) => vm.iterate(x)?,
        _ => vec![],
    };
    let s = vm.new_set_from(items)?;
    Ok(wrap_for(vm, &cls, &base_t, Value::Set(Rc::new(s))))
}

fn frozenset_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "frozenset.__new__")?;
    super::no_kwargs(vm, "frozenset", kw)?;
    check_args(vm, "frozenset", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        Some(x) => vm.iterate(x)?,
        None => vec![],
    };
    let s = vm.new_set_from(items)?;
    let base_t = vm.types.frozenset.clone();
    Ok(wrap_for(vm, &cls, &base_t, Value::FrozenSet(Rc::new(s))))
}

fn range_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    if a.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "range expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let mut v = Vec::new();
    for x in a {
        use num_traits::ToPrimitive;
        let b = vm.to_bigint_index(x)?;
        match b.to_i128() {
            Some(i) if i.unsigned_abs() < (1u128 << 100) => v.push(i),
            _ => {
                return Err(
                    vm.overflow_error("range() arguments beyond 2**100 are not supported by weft")
                )
            }
        }
    }
    let (start, stop, step) = match v.len() {
        1 => (0, v[0], 1),
        2 => (v[0], v[1], 1),
        _ => (v[0], v[1], v[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

fn slice_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    check_args(vm, "slice", a, 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        _ => (a[0].clone(), a[1].clone(), a[2].clone()),
    };
    Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
}

fn slice_indices(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "indices", args, 2, 2)?;
    let Value::Slice(s) = &args[0] else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let n = vm.to_index(&args[1])?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c, _) = vm.slice_indices(s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(a),
        Value::Int(b),
        Value::Int(c),
    ]))
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "index", args, 2, 2)?;
    let Value::Range(r) = &args[0] else {
        return Err(vm.type_error("range expected"));
    };
    if matches!(args[1], Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
        && vm.contains(&args[0], &args[1])?
    {
        use num_traits::ToPrimitive;
        let i = crate::interp::numbers::to_bigint(&args[1])
            .and_then(|b| b.to_i128())
            .unwrap_or(0);
        return Ok(Value::from_i128((i - r.start) / r.step));
    }
    let s = vm.repr_string(&args[1])?;
    Err(vm.value_error(format!("{} is not in range", s)))
}

fn range_count(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "count", args, 2, 2)?;
    Ok(Value::Int(vm.contains(&args[0], &args[1])? as i64))
}

fn enumerate_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let it = super::arg_or_kw(args, kw, 1, "iterable")
        .ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let start = super::arg_or_kw(args, kw, 2, "start").unwrap_or(Value::Int(0));
    if !matches!(start, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&start)
        )));
    }
    let it = vm.get_iter(&it)?;
    Ok(new_iter(IterState::Enumerate { it, n: start }))
}

fn zip_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in kw {
        if k.as_str() == "strict" {
            strict = vm.truthy(v)?;
        } else {
            return Err(vm.type_error(format!(
                "zip() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    let mut its = Vec::new();
    for (i, a) in args[1..].iter().enumerate() {
        its.push(vm.get_iter(a)?);
        let _ = i;
    }
    Ok(new_iter(IterState::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args[2..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Map {
        func: args[1].clone(),
        its,
    }))
}

fn filter_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let it = vm.get_iter(&args[2])?;
    Ok(new_iter(IterState::Filter {
        func: args[1].clone(),
        it,
    }))
}

fn reversed_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "reversed", &args[1..], 1, 1)?;
    let seq = args[1].clone();
    if let Value::Range(r) = &seq {
        let n = r.len();
        return Ok(new_iter(IterState::Range {
            next: r.start + (n - 1) * r.step,
            stop: r.start - r.step,
            step: -r.step,
        }));
    }
    match &seq {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::Range(_) => {
            let n = vm.len(&seq)? as isize;
            let seq = match &seq {
                Value::Str(s) => Value::list(
                    s.as_str()
                        .chars()
                        .map(|c| Value::string(c.to_string()))
                        .collect(),
                ),
                _ => seq,
            };
            Ok(new_iter(IterState::Reversed { seq, idx: n - 1 }))
        }
        Value::Dict(d) => {
            let mut keys = d.data.borrow().keys();
            keys.reverse();
            Ok(new_iter(IterState::Items {
                items: keys,
                idx: 0,
                name: "dict_reversekeyiterator",
            }))
        }
        Value::Special(s) if matches!(&**s, Special::DictView { .. }) => {
            let Special::DictView { dict, kind } = &**s else {
                return Err(vm.type_error("not reversible"));
            };
            let (mut items, name): (Vec<Value>, &'static str) = match kind {
                crate::objects::DictViewKind::Keys => {
                    (dict.data.borrow().keys(), "dict_reversekeyiterator")
                }
                crate::objects::DictViewKind::Values => {
                    (dict.data.borrow().values(), "dict_reversevalueiterator")
                }
                crate::objects::DictViewKind::Items => (
                    dict.data
                        .borrow()
                        .items()
                        .into_iter()
                        .map(|(k, v)| Value::tuple(vec![k, v]))
                        .collect(),
                    "dict_reverseitemiterator",
                ),
            };
            items.reverse();
            Ok(new_iter(IterState::Items {
                items,
                idx: 0,
                name,
            }))
        }
        Value::Instance(_) => {
            if let Some(r) = vm.call_dunder(&seq, "__reversed__", &[])? {
                return Ok(r);
            }
            let n = vm.len(&seq).map_err(|_| {
                vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq)))
            })? as isize;
            Ok(new_iter(IterState::Reversed { seq, idx: n - 1 }))
        }
        _ => Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq)))),
    }
}

fn iter_self(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn iter_next(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__next__", args, 1, 1)?;
    match &args[0] {
        Value::Generator(g) => match vm.gen_resume(g, Value::None, None)? {
            Ok(v) => Ok(v),
            Err(r) => Err(vm.stop_iteration(if r.is_none() { None } else { Some(r) })),
        },
        other => match vm.next(other)? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(None)),
        },
    }
}

fn gen_arg(vm: &Vm, v: &Value) -> PyResult<Rc<crate::objects::PyGenerator>> {
    match v {
        Value::Generator(g) => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "send", args, 2, 2)?;
    let g = gen_arg(vm, &args[0])?;
    match vm.gen_resume(&g, args[1].clone(), None)? {
        Ok(v) => Ok(v),
        Err(r) => Err(vm.stop_iteration(if r.is_none() { None } else { Some(r) })),
    }
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "throw", args, 2, 4)?;
    let g = gen_arg(vm, &args[0])?;
    let exc = match (&args[1], args.get(2)) {
        (Value::Type(_), Some(v)) if !v.is_none() => {
            let t = args[1].clone();
            let inst = vm.call(&t, &[v.clone()], &[])?;
            vm.make_exception(inst)?
        }
        _ => vm.make_exception(args[1].clone())?,
    };
    match vm.gen_resume(&g, Value::None, Some(exc))? {
        Ok(v) => Ok(v),
        Err(r) => Err(vm.stop_iteration(if r.is_none() { None } else { Some(r) })),
    }
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "close", args, 1, 1)?;
    let g = gen_arg(vm, &args[0])?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}
