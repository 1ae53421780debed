//! Methods of `set` and `frozenset`.
//!
//! Non-mutating methods are shared by both types (the result has the kind of `self`);
//! mutating ones are registered on `set` only. `self` is unwrapped first so subclasses of
//! either type work; results are always plain `set`/`frozenset` objects, as in CPython.

use std::rc::Rc;

use crate::bytecode::{BinaryOp, CompareOp};
use crate::interp::{PyResult, Vm};
use crate::objects::{KwArgs, PySet};
use crate::value::Value;

use super::add_method;
use super::list_methods::{
    err_needs_self, err_wrong_self, exact_args, no_kw, range_args, slot_args,
};

/// `self` of a set method: the underlying set and whether it is a frozenset.
fn any_set_self(vm: &Vm, args: &[Value], name: &str) -> PyResult<(Rc<PySet>, bool)> {
    let Some(s) = args.first() else {
        return Err(err_needs_self(vm, "set", name));
    };
    match vm.unwrap_builtin(s) {
        Value::Set(x) => Ok((x, false)),
        Value::FrozenSet(x) => Ok((x, true)),
        _ => Err(err_wrong_self(vm, "set", name, s)),
    }
}

/// `self` of a mutating method (must be a `set`).
fn set_self(vm: &Vm, args: &[Value], name: &str) -> PyResult<Rc<PySet>> {
    let Some(s) = args.first() else {
        return Err(err_needs_self(vm, "set", name));
    };
    match vm.unwrap_builtin(s) {
        Value::Set(x) => Ok(x),
        _ => Err(err_wrong_self(vm, "set", name, s)),
    }
}

fn qual(frozen: bool, name: &str) -> String {
    format!("{}.{}", if frozen { "frozenset" } else { "set" }, name)
}

fn make(s: PySet, frozen: bool) -> Value {
    if frozen {
        Value::FrozenSet(Rc::new(s))
    } else {
        Value::Set(Rc::new(s))
    }
}

fn copy_of(s: &PySet) -> PySet {
    PySet::from_data(s.data.borrow().clone_data())
}

/// Replace the contents of `s` (dropping the old entries after the borrow is released).
fn replace_data(s: &PySet, new: PySet) {
    let data = new.data.into_inner();
    let old = std::mem::replace(&mut *s.data.borrow_mut(), data);
    drop(old);
}

/// The elements of any iterable (sets and dicts without going through iterators).
fn elements(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match vm.unwrap_builtin(v) {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.data.borrow().keys()),
        Value::Dict(d) if matches!(v, Value::Dict(_)) => Ok(d.data.borrow().keys()),
        _ => vm.iterate(v),
    }
}

/// `v` as a set for membership tests (sets are used directly).
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<PySet>> {
    match vm.unwrap_builtin(v) {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s),
        _ => {
            let items = elements(vm, v)?;
            Ok(Rc::new(vm.new_set_from(items)?))
        }
    }
}

fn union_impl(vm: &mut Vm, s: &PySet, others: &[Value]) -> PyResult<PySet> {
    let out = copy_of(s);
    for o in others {
        for k in elements(vm, o)? {
            vm.set_add(&out, k)?;
        }
    }
    Ok(out)
}

fn intersection_impl(vm: &mut Vm, s: &PySet, others: &[Value]) -> PyResult<PySet> {
    let mut cur = s.data.borrow().keys();
    for o in others {
        let os = as_set(vm, o)?;
        let mut next = Vec::with_capacity(cur.len());
        for k in cur {
            if vm.set_contains(&os, &k)? {
                next.push(k);
            }
        }
        cur = next;
    }
    vm.new_set_from(cur)
}

fn difference_impl(vm: &mut Vm, s: &PySet, others: &[Value]) -> PyResult<PySet> {
    let mut cur = s.data.borrow().keys();
    for o in others {
        let os = as_set(vm, o)?;
        let mut next = Vec::with_capacity(cur.len());
        for k in cur {
            if !vm.set_contains(&os, &k)? {
                next.push(k);
            }
        }
        cur = next;
    }
    vm.new_set_from(cur)
}

fn symdiff_impl(vm: &mut Vm, s: &Rc<PySet>, other: &Value) -> PyResult<PySet> {
    let os = as_set(vm, other)?;
    let out = PySet::new();
    let mine = s.data.borrow().keys();
    let theirs = os.data.borrow().keys();
    for k in mine {
        if !vm.set_contains(&os, &k)? {
            vm.set_add(&out, k)?;
        }
    }
    for k in theirs {
        if !vm.set_contains(s, &k)? {
            vm.set_add(&out, k)?;
        }
    }
    Ok(out)
}

fn is_subset(vm: &mut Vm, a: &PySet, b: &PySet) -> PyResult<bool> {
    if a.data.borrow().len() > b.data.borrow().len() {
        return Ok(false);
    }
    for k in a.data.borrow().keys() {
        if !vm.set_contains(b, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ---- non-mutating methods (set and frozenset)

fn set_union(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, frozen) = any_set_self(vm, args, "union")?;
    no_kw(vm, &qual(frozen, "union"), kw)?;
    Ok(make(union_impl(vm, &s, &args[1..])?, frozen))
}

fn set_intersection(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, frozen) = any_set_self(vm, args, "intersection")?;
    no_kw(vm, &qual(frozen, "intersection"), kw)?;
    Ok(make(intersection_impl(vm, &s, &args[1..])?, frozen))
}

fn set_difference(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, frozen) = any_set_self(vm, args, "difference")?;
    no_kw(vm, &qual(frozen, "difference"), kw)?;
    Ok(make(difference_impl(vm, &s, &args[1..])?, frozen))
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, frozen) = any_set_self(vm, args, "symmetric_difference")?;
    let q = qual(frozen, "symmetric_difference");
    no_kw(vm, &q, kw)?;
    exact_args(vm, &q, &args[1..], 1)?;
    Ok(make(symdiff_impl(vm, &s, &args[1])?, frozen))
}

fn set_issubset(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, frozen) = any_set_self(vm, args, "issubset")?;
    let q = qual(frozen, "issubset");
    no_kw(vm, &q, kw)?;
    exact_args(vm, &q, &args[1..], 1)?;
    let os = as_set(vm, &args[1])?;
    Ok(Value::Bool(is_subset(vm, &s, &os)?))
}

fn set_issuperset(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, frozen) = any_set_self(vm, args, "issuperset")?;
    let q = qual(frozen, "issuperset");
    no_kw(vm, &q, kw)?;
    exact_args(vm, &q, &args[1..], 1)?;
    for k in elements(vm, &args[1])? {
        if !vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, frozen) = any_set_self(vm, args, "isdisjoint")?;
    let q = qual(frozen, "isdisjoint");
    no_kw(vm, &q, kw)?;
    exact_args(vm, &q, &args[1..], 1)?;
    let it = vm.get_iter(&args[1])?;
    while let Some(k) = vm.next(&it)? {
        if vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_copy(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, frozen) = any_set_self(vm, args, "copy")?;
    let q = qual(frozen, "copy");
    no_kw(vm, &q, kw)?;
    exact_args(vm, &q, &args[1..], 0)?;
    if frozen && matches!(args[0], Value::FrozenSet(_)) {
        return Ok(args[0].clone());
    }
    Ok(make(copy_of(&s), frozen))
}

fn set_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (s, _) = any_set_self(vm, args, "__len__")?;
    slot_args(vm, &args[1..], 0)?;
    let n = s.data.borrow().len();
    Ok(Value::Int(n as i64))
}

fn set_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (s, _) = any_set_self(vm, args, "__iter__")?;
    slot_args(vm, &args[1..], 0)?;
    vm.get_iter(&Value::Set(s))
}

fn set_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (s, frozen) = any_set_self(vm, args, "__contains__")?;
    exact_args(vm, &qual(frozen, "__contains__"), &args[1..], 1)?;
    Ok(Value::Bool(vm.set_contains(&s, &args[1])?))
}

fn set_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (s, frozen) = any_set_self(vm, args, "__repr__")?;
    slot_args(vm, &args[1..], 0)?;
    let subclass = matches!(args[0], Value::Instance(_));
    if !subclass {
        let v = if frozen {
            Value::FrozenSet(s)
        } else {
            Value::Set(s)
        };
        return Ok(Value::string(vm.builtin_repr(&v)?));
    }
    let name = vm.type_name(&args[0]);
    if s.data.borrow().is_empty() {
        return Ok(Value::string(format!("{}()", name)));
    }
    let inner = vm.builtin_repr(&Value::Set(s))?;
    Ok(Value::string(format!("{}({})", name, inner)))
}

fn frozenset_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (s, frozen) = any_set_self(vm, args, "__hash__")?;
    slot_args(vm, &args[1..], 0)?;
    if !frozen {
        return Err(vm.type_error("unhashable type: 'set'"));
    }
    Ok(Value::Int(vm.hash(&Value::FrozenSet(s))?))
}

fn set_binop(
    vm: &mut Vm,
    args: &[Value],
    op: BinaryOp,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    let (s, frozen) = any_set_self(vm, args, name)?;
    slot_args(vm, &args[1..], 1)?;
    let other = vm.unwrap_builtin(&args[1]);
    if !matches!(other, Value::Set(_) | Value::FrozenSet(_)) {
        return Ok(Value::NotImplemented);
    }
    let me = if frozen {
        Value::FrozenSet(s)
    } else {
        Value::Set(s)
    };
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    Ok(vm
        .builtin_binop(&a, &b, op)?
        .unwrap_or(Value::NotImplemented))
}

fn set_inplace(vm: &mut Vm, args: &[Value], op: BinaryOp, name: &str) -> PyResult<Value> {
    let s = set_self(vm, args, name)?;
    slot_args(vm, &args[1..], 1)?;
    let other = vm.unwrap_builtin(&args[1]);
    if !matches!(other, Value::Set(_) | Value::FrozenSet(_)) {
        return Ok(Value::NotImplemented);
    }
    let r = vm.builtin_binop(&Value::Set(s.clone()), &other, op)?;
    if let Some(Value::Set(n)) | Some(Value::FrozenSet(n)) = r {
        let data = n.data.borrow().clone_data();
        replace_data(&s, PySet::from_data(data));
    }
    Ok(args[0].clone())
}

fn set_compare(vm: &mut Vm, args: &[Value], op: CompareOp, name: &str) -> PyResult<Value> {
    let (s, _) = any_set_self(vm, args, name)?;
    slot_args(vm, &args[1..], 1)?;
    let other = vm.unwrap_builtin(&args[1]);
    if !matches!(other, Value::Set(_) | Value::FrozenSet(_)) {
        return Ok(Value::NotImplemented);
    }
    Ok(match vm.builtin_compare(&Value::Set(s), &other, op)? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

macro_rules! set_op_fns {
    ($($fname:ident, $op:expr, $refl:expr, $dunder:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                set_binop(vm, args, $op, $refl, $dunder)
            }
        )*
    };
}

set_op_fns! {
    set_or, BinaryOp::Or, false, "__or__";
    set_ror, BinaryOp::Or, true, "__ror__";
    set_and, BinaryOp::And, false, "__and__";
    set_rand, BinaryOp::And, true, "__rand__";
    set_sub, BinaryOp::Sub, false, "__sub__";
    set_rsub, BinaryOp::Sub, true, "__rsub__";
    set_xor, BinaryOp::Xor, false, "__xor__";
    set_rxor, BinaryOp::Xor, true, "__rxor__";
}

macro_rules! set_iop_fns {
    ($($fname:ident, $op:expr, $dunder:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                set_inplace(vm, args, $op, $dunder)
            }
        )*
    };
}

set_iop_fns! {
    set_ior, BinaryOp::Or, "__ior__";
    set_iand, BinaryOp::And, "__iand__";
    set_isub, BinaryOp::Sub, "__isub__";
    set_ixor, BinaryOp::Xor, "__ixor__";
}

macro_rules! set_cmp_fns {
    ($($fname:ident, $op:expr, $dunder:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                set_compare(vm, args, $op, $dunder)
            }
        )*
    };
}

set_cmp_fns! {
    set_eq, CompareOp::Eq, "__eq__";
    set_ne, CompareOp::Ne, "__ne__";
    set_lt, CompareOp::Lt, "__lt__";
    set_le, CompareOp::Le, "__le__";
    set_gt, CompareOp::Gt, "__gt__";
    set_ge, CompareOp::Ge, "__ge__";
}

// ---- mutating methods (set only)

fn set_add(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "add")?;
    no_kw(vm, "set.add", kw)?;
    exact_args(vm, "set.add", &args[1..], 1)?;
    vm.set_add(&s, args[1].clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "remove")?;
    no_kw(vm, "set.remove", kw)?;
    exact_args(vm, "set.remove", &args[1..], 1)?;
    if vm.set_discard(&s, &args[1])? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(args[1].clone()))
    }
}

fn set_discard(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "discard")?;
    no_kw(vm, "set.discard", kw)?;
    exact_args(vm, "set.discard", &args[1..], 1)?;
    vm.set_discard(&s, &args[1])?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "pop")?;
    no_kw(vm, "set.pop", kw)?;
    exact_args(vm, "set.pop", &args[1..], 0)?;
    let e = s.data.borrow_mut().pop_first();
    match e {
        Some(e) => Ok(e.key),
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

fn set_clear(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "clear")?;
    no_kw(vm, "set.clear", kw)?;
    exact_args(vm, "set.clear", &args[1..], 0)?;
    replace_data(&s, PySet::new());
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "update")?;
    no_kw(vm, "set.update", kw)?;
    for o in &args[1..] {
        for k in elements(vm, o)? {
            vm.set_add(&s, k)?;
        }
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "intersection_update")?;
    no_kw(vm, "set.intersection_update", kw)?;
    let new = intersection_impl(vm, &s, &args[1..])?;
    replace_data(&s, new);
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "difference_update")?;
    no_kw(vm, "set.difference_update", kw)?;
    for o in &args[1..] {
        for k in elements(vm, o)? {
            vm.set_discard(&s, &k)?;
        }
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "symmetric_difference_update")?;
    no_kw(vm, "set.symmetric_difference_update", kw)?;
    exact_args(vm, "set.symmetric_difference_update", &args[1..], 1)?;
    let new = symdiff_impl(vm, &s, &args[1])?;
    replace_data(&s, new);
    Ok(Value::None)
}

fn set_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = set_self(vm, args, "__init__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    range_args(vm, "set", &args[1..], 0, 1)?;
    replace_data(&s, PySet::new());
    if let Some(it) = args.get(1) {
        for k in elements(vm, it)? {
            vm.set_add(&s, k)?;
        }
    }
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) {
    let set = vm.types.set.clone();
    let frozenset = vm.types.frozenset.clone();
    let shared: &[(&str, crate::objects::NativeFn)] = &[
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("copy", set_copy),
        ("__len__", set_len),
        ("__iter__", set_iter),
        ("__contains__", set_contains),
        ("__repr__", set_repr),
        ("__or__", set_or),
        ("__ror__", set_ror),
        ("__and__", set_and),
        ("__rand__", set_rand),
        ("__sub__", set_sub),
        ("__rsub__", set_rsub),
        ("__xor__", set_xor),
        ("__rxor__", set_rxor),
        ("__eq__", set_eq),
        ("__ne__", set_ne),
        ("__lt__", set_lt),
        ("__le__", set_le),
        ("__gt__", set_gt),
        ("__ge__", set_ge),
    ];
    for (name, f) in shared {
        add_method(vm, &set, name, *f);
        add_method(vm, &frozenset, name, *f);
    }
    let mutating: &[(&str, crate::objects::NativeFn)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
        ("__init__", set_init),
        ("__ior__", set_ior),
        ("__iand__", set_iand),
        ("__isub__", set_isub),
        ("__ixor__", set_ixor),
    ];
    for (name, f) in mutating {
        add_method(vm, &set, name, *f);
    }
    add_method(vm, &frozenset, "__hash__", frozenset_hash);
    let k = vm.intern("__hash__");
    crate::interp::hashing::dict_set_str(&set.dict, k, Value::None);
}
