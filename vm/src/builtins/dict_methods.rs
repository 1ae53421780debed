//! Methods of `dict`.
//!
//! `self` is always unwrapped first so the methods also serve subclass instances; the
//! dunder wrappers (`__getitem__` with `__missing__`, `__setitem__`, `__len__`, ...) are what
//! the evaluator finds when it dispatches on an instance of a `dict` subclass.

use std::rc::Rc;

use crate::bytecode::CompareOp;
use crate::interp::iterate::new_iter;
use crate::interp::{PyResult, Vm};
use crate::objects::{DictViewKind, IterState, KwArgs, PyDict, Special};
use crate::value::Value;

use super::list_methods::{
    err_needs_self, err_wrong_self, exact_args, no_kw, range_args, slot_args,
};
use super::{add_classmethod, add_method};

fn dict_self(vm: &Vm, args: &[Value], name: &str) -> PyResult<Rc<PyDict>> {
    let Some(s) = args.first() else {
        return Err(err_needs_self(vm, "dict", name));
    };
    match s {
        Value::Dict(d) => Ok(d.clone()),
        _ => match vm.unwrap_builtin(s) {
            Value::Dict(d) => Ok(d),
            _ => Err(err_wrong_self(vm, "dict", name, s)),
        },
    }
}

fn view(d: Rc<PyDict>, kind: DictViewKind) -> Value {
    Value::Special(Rc::new(Special::DictView { dict: d, kind }))
}

fn dict_keys(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "keys")?;
    no_kw(vm, "dict.keys", kw)?;
    exact_args(vm, "dict.keys", &args[1..], 0)?;
    Ok(view(d, DictViewKind::Keys))
}

fn dict_values(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "values")?;
    no_kw(vm, "dict.values", kw)?;
    exact_args(vm, "dict.values", &args[1..], 0)?;
    Ok(view(d, DictViewKind::Values))
}

fn dict_items(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "items")?;
    no_kw(vm, "dict.items", kw)?;
    exact_args(vm, "dict.items", &args[1..], 0)?;
    Ok(view(d, DictViewKind::Items))
}

fn dict_get(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "get")?;
    no_kw(vm, "dict.get", kw)?;
    range_args(vm, "get", &args[1..], 1, 2)?;
    match vm.dict_get(&d, &args[1])? {
        Some(v) => Ok(v),
        None => Ok(args.get(2).cloned().unwrap_or(Value::None)),
    }
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "setdefault")?;
    no_kw(vm, "dict.setdefault", kw)?;
    range_args(vm, "setdefault", &args[1..], 1, 2)?;
    if let Some(v) = vm.dict_get(&d, &args[1])? {
        return Ok(v);
    }
    let default = args.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, args[1].clone(), default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "pop")?;
    no_kw(vm, "dict.pop", kw)?;
    range_args(vm, "pop", &args[1..], 1, 2)?;
    match vm.dict_del(&d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "popitem")?;
    no_kw(vm, "dict.popitem", kw)?;
    exact_args(vm, "dict.popitem", &args[1..], 0)?;
    let e = d.data.borrow_mut().pop_last();
    match e {
        Some(e) => {
            d.touch();
            Ok(Value::tuple(vec![e.key, e.value]))
        }
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

/// `d.update(other, **kwargs)` shared by `update` and `__init__`.
fn update_impl(vm: &mut Vm, d: &PyDict, other: Option<&Value>, kw: &KwArgs) -> PyResult<()> {
    if let Some(o) = other {
        vm.dict_update_from(d, o)?;
    }
    for (k, v) in kw {
        vm.dict_set(d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(())
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "update")?;
    range_args(vm, "update", &args[1..], 0, 1)?;
    update_impl(vm, &d, args.get(1), kw)?;
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "__init__")?;
    range_args(vm, "dict", &args[1..], 0, 1)?;
    update_impl(vm, &d, args.get(1), kw)?;
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "clear")?;
    no_kw(vm, "dict.clear", kw)?;
    exact_args(vm, "dict.clear", &args[1..], 0)?;
    // Release the borrow before the old entries are dropped.
    let old = std::mem::take(&mut *d.data.borrow_mut());
    d.touch();
    drop(old);
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "copy")?;
    no_kw(vm, "dict.copy", kw)?;
    exact_args(vm, "dict.copy", &args[1..], 0)?;
    let data = d.data.borrow().clone_data();
    Ok(Value::Dict(Rc::new(PyDict::from_data(data))))
}

/// `dict.fromkeys(iterable, value=None)` (classmethod: `args[0]` is the class).
fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "dict.fromkeys", kw)?;
    let Some(cls) = args.first() else {
        return Err(err_needs_self(vm, "dict", "fromkeys"));
    };
    range_args(vm, "fromkeys", &args[1..], 1, 2)?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let exact = matches!(cls, Value::Type(t) if Rc::ptr_eq(t, &vm.types.dict));
    if exact {
        let keys = vm.iterate(&args[1])?;
        let d = Rc::new(PyDict::new());
        for k in keys {
            vm.dict_set(&d, k, value.clone())?;
        }
        return Ok(Value::Dict(d));
    }
    let obj = vm.call(cls, &[], &[])?;
    let keys = vm.iterate(&args[1])?;
    for k in keys {
        vm.setitem(&obj, k, value.clone())?;
    }
    Ok(obj)
}

/// `dict.__getitem__`: for subclass instances a missing key goes to `__missing__`.
fn dict_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "__getitem__")?;
    exact_args(vm, "dict.__getitem__", &args[1..], 1)?;
    let key = &args[1];
    if let Some(v) = vm.dict_get(&d, key)? {
        return Ok(v);
    }
    if let Value::Instance(_) = &args[0] {
        if let Some(r) = vm.call_dunder(&args[0], "__missing__", std::slice::from_ref(key))? {
            return Ok(r);
        }
    }
    Err(vm.key_error(key.clone()))
}

fn dict_setitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "__setitem__")?;
    // CPython's objobjargproc wrapper reports this with an empty function name.
    exact_args(vm, "", &args[1..], 2)?;
    vm.dict_set(&d, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "__delitem__")?;
    slot_args(vm, &args[1..], 1)?;
    match vm.dict_del(&d, &args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args[1].clone())),
    }
}

fn dict_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "__len__")?;
    slot_args(vm, &args[1..], 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn dict_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "__iter__")?;
    slot_args(vm, &args[1..], 0)?;
    vm.get_iter(&Value::Dict(d))
}

fn dict_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "__contains__")?;
    exact_args(vm, "dict.__contains__", &args[1..], 1)?;
    Ok(Value::Bool(vm.dict_get(&d, &args[1])?.is_some()))
}

fn dict_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "__repr__")?;
    slot_args(vm, &args[1..], 0)?;
    let s = vm.builtin_repr(&Value::Dict(d))?;
    Ok(Value::string(s))
}

fn dict_reversed(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "__reversed__")?;
    exact_args(vm, "dict.__reversed__", &args[1..], 0)?;
    let mut keys = d.data.borrow().keys();
    keys.reverse();
    Ok(new_iter(IterState::Items {
        items: keys,
        idx: 0,
        name: "dict_reversekeyiterator",
    }))
}

fn dict_or_impl(vm: &mut Vm, args: &[Value], name: &str, reflected: bool) -> PyResult<Value> {
    let d = dict_self(vm, args, name)?;
    slot_args(vm, &args[1..], 1)?;
    let Value::Dict(o) = vm.unwrap_builtin(&args[1]) else {
        return Ok(Value::NotImplemented);
    };
    let (first, second) = if reflected { (o, d) } else { (d, o) };
    let data = first.data.borrow().clone_data();
    let out = PyDict::from_data(data);
    vm.dict_update_from(&out, &Value::Dict(second))?;
    Ok(Value::Dict(Rc::new(out)))
}

fn dict_or(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dict_or_impl(vm, args, "__or__", false)
}

fn dict_ror(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dict_or_impl(vm, args, "__ror__", true)
}

fn dict_ior(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = dict_self(vm, args, "__ior__")?;
    slot_args(vm, &args[1..], 1)?;
    vm.dict_update_from(&d, &args[1])?;
    Ok(args[0].clone())
}

fn dict_compare(vm: &mut Vm, args: &[Value], op: CompareOp, name: &str) -> PyResult<Value> {
    let d = dict_self(vm, args, name)?;
    slot_args(vm, &args[1..], 1)?;
    let other = vm.unwrap_builtin(&args[1]);
    if !matches!(other, Value::Dict(_)) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::NotImplemented);
    }
    Ok(match vm.builtin_compare(&Value::Dict(d), &other, op)? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

macro_rules! dict_cmp_fns {
    ($($fname:ident, $op:expr, $dunder:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                dict_compare(vm, args, $op, $dunder)
            }
        )*
    };
}

dict_cmp_fns! {
    dict_eq, CompareOp::Eq, "__eq__";
    dict_ne, CompareOp::Ne, "__ne__";
    dict_lt, CompareOp::Lt, "__lt__";
    dict_le, CompareOp::Le, "__le__";
    dict_gt, CompareOp::Gt, "__gt__";
    dict_ge, CompareOp::Ge, "__ge__";
}

pub fn init(vm: &mut Vm) {
    let dict = vm.types.dict.clone();
    let methods: &[(&str, crate::objects::NativeFn)] = &[
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__init__", dict_init),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__len__", dict_len),
        ("__iter__", dict_iter),
        ("__contains__", dict_contains),
        ("__repr__", dict_repr),
        ("__reversed__", dict_reversed),
        ("__or__", dict_or),
        ("__ror__", dict_ror),
        ("__ior__", dict_ior),
        ("__eq__", dict_eq),
        ("__ne__", dict_ne),
        ("__lt__", dict_lt),
        ("__le__", dict_le),
        ("__gt__", dict_gt),
        ("__ge__", dict_ge),
    ];
    for (name, f) in methods {
        add_method(vm, &dict, name, *f);
    }
    add_classmethod(vm, &dict, "fromkeys", dict_fromkeys);
    let k = vm.intern("__hash__");
    crate::interp::hashing::dict_set_str(&dict.dict, k, Value::None);
}
