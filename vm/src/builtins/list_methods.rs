//! Methods of `list` and `tuple` (plus the argument/self helpers shared by the container
//! and number method files).
//!
//! Every method unwraps `self` first (`vm.unwrap_builtin`), so the same functions serve
//! instances of subclasses such as `class MyList(list)`. The dunder wrappers (`__len__`,
//! `__getitem__`, `__eq__`, ...) exist for those subclass instances and for explicit calls
//! (`list.__len__(x)`); exact builtin values are handled directly by the evaluator.

use std::rc::Rc;

use num_traits::{Signed, ToPrimitive};

use crate::bytecode::CompareOp;
use crate::interp::iterate::new_iter;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::{IterState, KwArgs, PyList, PyTuple};
use crate::value::Value;

use super::add_method;

// ---------------------------------------------------------------------------------------
// Shared helpers (used by dict_methods, set_methods and number_methods too).

/// `self` missing from an unbound call (`list.append()`).
pub(crate) fn err_needs_self(vm: &Vm, tname: &str, name: &str) -> PyErr {
    if is_slot_name(name) {
        vm.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            name, tname
        ))
    } else {
        vm.type_error(format!(
            "unbound method {}.{}() needs an argument",
            tname, name
        ))
    }
}

/// `self` of the wrong type in an unbound call (`list.append(5, 1)`).
pub(crate) fn err_wrong_self(vm: &Vm, tname: &str, name: &str, got: &Value) -> PyErr {
    if is_slot_name(name) {
        vm.type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            tname,
            vm.type_name(got)
        ))
    } else {
        vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            tname,
            vm.type_name(got)
        ))
    }
}

/// Dunders implemented as C "slot wrappers" in CPython (different error wording).
fn is_slot_name(name: &str) -> bool {
    name.starts_with("__")
        && !matches!(
            name,
            "__getitem__"
                | "__reversed__"
                | "__format__"
                | "__round__"
                | "__trunc__"
                | "__floor__"
                | "__ceil__"
                | "__getnewargs__"
                | "__sizeof__"
                | "__class_getitem__"
        )
}

/// Exact positional count for a METH_O / METH_NOARGS style method; `args` excludes self.
pub(crate) fn exact_args(vm: &Vm, qual: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    Err(match n {
        0 => vm.type_error(format!(
            "{}() takes no arguments ({} given)",
            qual,
            args.len()
        )),
        1 => vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qual,
            args.len()
        )),
        _ => vm.type_error(format!(
            "{} expected {} arguments, got {}",
            qual,
            n,
            args.len()
        )),
    })
}

/// Positional count between `min` and `max` (`pop expected at most 1 argument, got 2`).
pub(crate) fn range_args(
    vm: &Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.type_error(format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            plural(min),
            n
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            plural(max),
            n
        )));
    }
    Ok(())
}

/// Positional count of a slot wrapper (`expected 1 argument, got 0`).
pub(crate) fn slot_args(vm: &Vm, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "expected {} argument{}, got {}",
        n,
        if n == 1 { "" } else { "s" },
        args.len()
    )))
}

/// Reject keyword arguments (`list.append() takes no keyword arguments`).
pub(crate) fn no_kw(vm: &Vm, qual: &str, kwargs: &KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{}() takes no keyword arguments", qual)))
    }
}

/// A slice-style bound (`list.index(x, start, stop)`): ints clamp, others need `__index__`.
pub(crate) fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_bigint_index(v) {
        Ok(b) => Ok(b.to_i64().unwrap_or(if b.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        })),
        Err(e) if vm.err_is(&e, "TypeError") => {
            Err(vm.type_error("slice indices must be integers or have an __index__ method"))
        }
        Err(e) => Err(e),
    }
}

/// Resolve optional `start`/`stop` arguments against `len` (CPython's index/count rules).
pub(crate) fn start_stop(
    vm: &mut Vm,
    start: Option<&Value>,
    stop: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let fix = |i: i64| -> i64 {
        if i < 0 {
            (i + len).max(0)
        } else {
            i
        }
    };
    let s = match start {
        Some(v) => fix(slice_bound(vm, v)?),
        None => 0,
    };
    let e = match stop {
        Some(v) => fix(slice_bound(vm, v)?),
        None => len,
    };
    Ok((s.min(len) as usize, e.max(0).min(len) as usize))
}

/// `a < b` as a Rust bool (rich comparison then truthiness).
pub(crate) fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = quick_lt(a, b) {
        return Ok(r);
    }
    match vm.compare(a, b, CompareOp::Lt)? {
        Value::Bool(b) => Ok(b),
        other => vm.truthy(&other),
    }
}

/// `a < b` for builtin values whose comparison cannot run Python code (numbers, strings,
/// and tuples/lists of those); `None` when the interpreter must decide.
fn quick_lt(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Str(x), Value::Str(y)) => Some(x.as_str() < y.as_str()),
        (Value::Float(x), Value::Float(y)) => Some(x < y),
        (
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_),
        ) => Some(crate::interp::ops::num_cmp(a, b) == Some(std::cmp::Ordering::Less)),
        (Value::Tuple(x), Value::Tuple(y)) => seq_quick_lt(&x.items, &y.items),
        _ => None,
    }
}

fn seq_quick_lt(xs: &[Value], ys: &[Value]) -> Option<bool> {
    for (p, q) in xs.iter().zip(ys.iter()) {
        // Sort keys are mostly tuples of ints and strs: decide those with one comparison
        // (equal ints/strs compare equal, so identity does not matter for them).
        match (p, q) {
            (Value::Int(x), Value::Int(y)) => match x.cmp(y) {
                std::cmp::Ordering::Equal => continue,
                o => return Some(o == std::cmp::Ordering::Less),
            },
            (Value::Str(x), Value::Str(y)) => match x.as_str().cmp(y.as_str()) {
                std::cmp::Ordering::Equal => continue,
                o => return Some(o == std::cmp::Ordering::Less),
            },
            _ => {}
        }
        if p.is(q) {
            continue;
        }
        match crate::interp::hashing::simple_eq(p, q)? {
            true => continue,
            false => return quick_lt(p, q),
        }
    }
    Some(xs.len() < ys.len())
}

/// `a == b` with the identity shortcut containers use.
pub(crate) fn same_or_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    vm.eq(a, b)
}

fn cmp_result(r: Option<bool>) -> Value {
    match r {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    }
}

/// Repeat count for `seq * n` (`__index__` accepted; negative means zero).
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    let b = vm.to_bigint_index(n)?;
    if b.is_negative() {
        return Ok(0);
    }
    match b.to_usize() {
        Some(n) => Ok(n),
        None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn repeat_items(vm: &Vm, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let total = items.len().checked_mul(n);
    match total {
        Some(t) if t <= (1 << 31) => {
            let mut v = Vec::with_capacity(t);
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            Ok(v)
        }
        _ => Err(vm.new_error("MemoryError", "")),
    }
}

// ---------------------------------------------------------------------------------------
// list

fn list_self(vm: &Vm, args: &[Value], name: &str) -> PyResult<Rc<PyList>> {
    let Some(s) = args.first() else {
        return Err(err_needs_self(vm, "list", name));
    };
    match s {
        Value::List(l) => Ok(l.clone()),
        _ => match vm.unwrap_builtin(s) {
            Value::List(l) => Ok(l),
            _ => Err(err_wrong_self(vm, "list", name, s)),
        },
    }
}

fn list_append(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "append")?;
    no_kw(vm, "list.append", kw)?;
    exact_args(vm, "list.append", &args[1..], 1)?;
    l.items.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "extend")?;
    no_kw(vm, "list.extend", kw)?;
    exact_args(vm, "list.extend", &args[1..], 1)?;
    let items = vm.iterate(&args[1])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "insert")?;
    no_kw(vm, "list.insert", kw)?;
    exact_args(vm, "insert", &args[1..], 2)?;
    let i = vm.to_bigint_index(&args[1])?;
    let i = match i.to_i64() {
        Some(i) => i,
        None => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    };
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(pos as usize, args[2].clone());
    Ok(Value::None)
}

fn list_remove(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "remove")?;
    no_kw(vm, "list.remove", kw)?;
    exact_args(vm, "list.remove", &args[1..], 1)?;
    let target = &args[1];
    let mut i = 0;
    loop {
        let x = match l.items.borrow().get(i) {
            Some(x) => x.clone(),
            None => break,
        };
        if same_or_eq(vm, &x, target)? {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_pop(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "pop")?;
    no_kw(vm, "list.pop", kw)?;
    range_args(vm, "pop", &args[1..], 0, 1)?;
    let idx = match args.get(1) {
        Some(v) => Some(vm.to_index(v)?),
        None => None,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        drop(items);
        return Err(vm.index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let i = match idx {
        None => n - 1,
        Some(i) if i < 0 => i + n,
        Some(i) => i,
    };
    if i < 0 || i >= n {
        drop(items);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items.remove(i as usize))
}

fn list_clear(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "clear")?;
    no_kw(vm, "list.clear", kw)?;
    exact_args(vm, "list.clear", &args[1..], 0)?;
    // Drop the old items after releasing the borrow (their destructors may run code).
    l.clear_items();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "copy")?;
    no_kw(vm, "list.copy", kw)?;
    exact_args(vm, "list.copy", &args[1..], 0)?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

fn list_count(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "count")?;
    no_kw(vm, "list.count", kw)?;
    exact_args(vm, "list.count", &args[1..], 1)?;
    let target = &args[1];
    let mut n = 0i64;
    let mut i = 0;
    loop {
        let x = match l.items.borrow().get(i) {
            Some(x) => x.clone(),
            None => break,
        };
        if same_or_eq(vm, &x, target)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_index(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "index")?;
    no_kw(vm, "list.index", kw)?;
    range_args(vm, "index", &args[1..], 1, 3)?;
    let target = &args[1];
    let len = l.items.borrow().len();
    let (start, stop) = start_stop(vm, args.get(2), args.get(3), len)?;
    let mut i = start;
    while i < stop {
        let x = match l.items.borrow().get(i) {
            Some(x) => x.clone(),
            None => break,
        };
        if same_or_eq(vm, &x, target)? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(target)?;
    Err(vm.value_error(format!("{} is not in list", r.as_str())))
}

fn list_reverse(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "reverse")?;
    no_kw(vm, "list.reverse", kw)?;
    exact_args(vm, "list.reverse", &args[1..], 0)?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "sort")?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in kw {
        match k.as_str() {
            "key" => key = v.clone(),
            "reverse" => {
                let b = vm.to_bigint_index(v)?;
                reverse = !num_traits::Zero::is_zero(&b);
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    other
                )))
            }
        }
    }
    // While sorting, the list appears empty (CPython detects mutation this way).
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = sort_values(vm, &mut items, &key, reverse);
    let modified = {
        let mut cur = l.items.borrow_mut();
        let modified = !cur.is_empty();
        let garbage = std::mem::replace(&mut *cur, items);
        drop(cur);
        drop(garbage);
        modified
    };
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// Stable sort of `items` (by `key(item)` when `key` is not None). On error `items` keeps
/// its original order.
pub(crate) fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<()> {
    if items.len() < 2 {
        if let (Some(x), false) = (items.first(), key.is_none()) {
            // CPython still calls the key function on a single item.
            let x = x.clone();
            vm.call(key, &[x], &[])?;
        }
        return Ok(());
    }
    let mut keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for x in items.iter() {
            ks.push(vm.call(key, std::slice::from_ref(x), &[])?);
        }
        ks
    };
    if reverse {
        keys.reverse();
        items.reverse();
    }
    let perm = match sort_perm(vm, &keys) {
        Ok(p) => p,
        Err(e) => {
            if reverse {
                items.reverse();
            }
            return Err(e);
        }
    };
    let sorted: Vec<Value> = perm.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    if reverse {
        items.reverse();
    }
    Ok(())
}

/// The stable sorting permutation of `keys`.
fn sort_perm(vm: &mut Vm, keys: &[Value]) -> PyResult<Vec<usize>> {
    let n = keys.len();
    let mut perm: Vec<usize> = (0..n).collect();
    // Fast paths: homogeneous machine ints or strings. Sorting (key, index) pairs keeps
    // the sort stable and avoids indirect key lookups.
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let mut dec: Vec<(i64, usize)> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (if let Value::Int(x) = k { *x } else { 0 }, i))
            .collect();
        dec.sort_unstable();
        return Ok(dec.into_iter().map(|(_, i)| i).collect());
    }
    if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        let mut dec: Vec<(&str, usize)> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| {
                (
                    if let Value::Str(x) = k {
                        x.as_str()
                    } else {
                        ""
                    },
                    i,
                )
            })
            .collect();
        dec.sort_unstable();
        return Ok(dec.into_iter().map(|(_, i)| i).collect());
    }
    if keys.iter().all(|k| match k {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Float(f) => !f.is_nan(),
        _ => false,
    }) {
        perm.sort_by(|&a, &b| {
            crate::interp::ops::num_cmp(&keys[a], &keys[b]).unwrap_or(std::cmp::Ordering::Equal)
        });
        return Ok(perm);
    }
    merge_sort(vm, keys, &mut perm)?;
    Ok(perm)
}

/// Bottom-up stable merge sort with a fallible `<`; binary insertion sort for short runs.
fn merge_sort(vm: &mut Vm, keys: &[Value], perm: &mut Vec<usize>) -> PyResult<()> {
    const RUN: usize = 16;
    let n = perm.len();
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = perm[i];
            // Already in place (common for sorted input)?
            if !less_than(vm, &keys[x], &keys[perm[i - 1]])? {
                continue;
            }
            let (mut lo, mut hi) = (start, i - 1);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if less_than(vm, &keys[x], &keys[perm[mid]])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            perm[lo..=i].rotate_right(1);
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf = perm.clone();
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid >= hi || !less_than(vm, &keys[perm[mid]], &keys[perm[mid - 1]])? {
                buf[lo..hi].copy_from_slice(&perm[lo..hi]);
            } else {
                let (mut i, mut j, mut k) = (lo, mid, lo);
                while i < mid && j < hi {
                    if less_than(vm, &keys[perm[j]], &keys[perm[i]])? {
                        buf[k] = perm[j];
                        j += 1;
                    } else {
                        buf[k] = perm[i];
                        i += 1;
                    }
                    k += 1;
                }
                buf[k..k + (mid - i)].copy_from_slice(&perm[i..mid]);
                k += mid - i;
                buf[k..k + (hi - j)].copy_from_slice(&perm[j..hi]);
            }
            lo = hi;
        }
        std::mem::swap(perm, &mut buf);
        width *= 2;
    }
    Ok(())
}

fn list_reversed(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__reversed__")?;
    no_kw(vm, "list.__reversed__", kw)?;
    exact_args(vm, "list.__reversed__", &args[1..], 0)?;
    let n = l.items.borrow().len();
    Ok(new_iter(IterState::Reversed {
        seq: Value::List(l),
        idx: n as isize - 1,
    }))
}

fn list_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__init__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    range_args(vm, "list", &args[1..], 0, 1)?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    if let Some(it) = args.get(1) {
        let items = vm.iterate(it)?;
        l.items.borrow_mut().extend(items);
    }
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__len__")?;
    slot_args(vm, &args[1..], 0)?;
    let n = l.items.borrow().len();
    Ok(Value::Int(n as i64))
}

fn list_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__getitem__")?;
    exact_args(vm, "list.__getitem__", &args[1..], 1)?;
    vm.getitem(&Value::List(l), &args[1])
}

fn list_setitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__setitem__")?;
    exact_args(vm, "", &args[1..], 2)?;
    vm.setitem(&Value::List(l), args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__delitem__")?;
    slot_args(vm, &args[1..], 1)?;
    vm.delitem(&Value::List(l), &args[1])?;
    Ok(Value::None)
}

fn list_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__contains__")?;
    slot_args(vm, &args[1..], 1)?;
    Ok(Value::Bool(vm.contains(&Value::List(l), &args[1])?))
}

fn list_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__iter__")?;
    slot_args(vm, &args[1..], 0)?;
    vm.get_iter(&Value::List(l))
}

fn list_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__repr__")?;
    slot_args(vm, &args[1..], 0)?;
    let s = vm.builtin_repr(&Value::List(l))?;
    Ok(Value::string(s))
}

fn list_add(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__add__")?;
    slot_args(vm, &args[1..], 1)?;
    match vm.unwrap_builtin(&args[1]) {
        Value::List(o) => {
            let mut v = l.items.borrow().clone();
            v.extend(o.items.borrow().iter().cloned());
            Ok(Value::list(v))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(&args[1])
        ))),
    }
}

fn list_iadd(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__iadd__")?;
    slot_args(vm, &args[1..], 1)?;
    let items = vm.iterate(&args[1])?;
    l.items.borrow_mut().extend(items);
    Ok(args[0].clone())
}

fn list_mul(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__mul__")?;
    slot_args(vm, &args[1..], 1)?;
    let n = repeat_count(vm, &args[1])?;
    let items = l.items.borrow().clone();
    Ok(Value::list(repeat_items(vm, &items, n)?))
}

fn list_imul(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = list_self(vm, args, "__imul__")?;
    slot_args(vm, &args[1..], 1)?;
    let n = repeat_count(vm, &args[1])?;
    let items = l.items.borrow().clone();
    let new = repeat_items(vm, &items, n)?;
    let old = std::mem::replace(&mut *l.items.borrow_mut(), new);
    drop(old);
    Ok(args[0].clone())
}

fn seq_compare(
    vm: &mut Vm,
    args: &[Value],
    op: CompareOp,
    is_list: bool,
    name: &str,
) -> PyResult<Value> {
    let tname = if is_list { "list" } else { "tuple" };
    let Some(s) = args.first() else {
        return Err(err_needs_self(vm, tname, name));
    };
    let a = vm.unwrap_builtin(s);
    let ok_self = if is_list {
        matches!(a, Value::List(_))
    } else {
        matches!(a, Value::Tuple(_))
    };
    if !ok_self {
        return Err(err_wrong_self(vm, tname, name, s));
    }
    slot_args(vm, &args[1..], 1)?;
    let b = vm.unwrap_builtin(&args[1]);
    let ok_other = if is_list {
        matches!(b, Value::List(_))
    } else {
        matches!(b, Value::Tuple(_))
    };
    if !ok_other {
        return Ok(Value::NotImplemented);
    }
    Ok(cmp_result(vm.builtin_compare(&a, &b, op)?))
}

macro_rules! cmp_fns {
    ($($fname:ident, $op:expr, $is_list:expr, $dunder:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                seq_compare(vm, args, $op, $is_list, $dunder)
            }
        )*
    };
}

cmp_fns! {
    list_eq, CompareOp::Eq, true, "__eq__";
    list_ne, CompareOp::Ne, true, "__ne__";
    list_lt, CompareOp::Lt, true, "__lt__";
    list_le, CompareOp::Le, true, "__le__";
    list_gt, CompareOp::Gt, true, "__gt__";
    list_ge, CompareOp::Ge, true, "__ge__";
    tuple_eq, CompareOp::Eq, false, "__eq__";
    tuple_ne, CompareOp::Ne, false, "__ne__";
    tuple_lt, CompareOp::Lt, false, "__lt__";
    tuple_le, CompareOp::Le, false, "__le__";
    tuple_gt, CompareOp::Gt, false, "__gt__";
    tuple_ge, CompareOp::Ge, false, "__ge__";
}

// ---------------------------------------------------------------------------------------
// tuple

fn tuple_self(vm: &Vm, args: &[Value], name: &str) -> PyResult<Rc<PyTuple>> {
    let Some(s) = args.first() else {
        return Err(err_needs_self(vm, "tuple", name));
    };
    match s {
        Value::Tuple(t) => Ok(t.clone()),
        _ => match vm.unwrap_builtin(s) {
            Value::Tuple(t) => Ok(t),
            _ => Err(err_wrong_self(vm, "tuple", name, s)),
        },
    }
}

fn tuple_count(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let t = tuple_self(vm, args, "count")?;
    no_kw(vm, "tuple.count", kw)?;
    exact_args(vm, "tuple.count", &args[1..], 1)?;
    let mut n = 0i64;
    for x in t.items.iter() {
        if same_or_eq(vm, x, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_index(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let t = tuple_self(vm, args, "index")?;
    no_kw(vm, "tuple.index", kw)?;
    range_args(vm, "index", &args[1..], 1, 3)?;
    let (start, stop) = start_stop(vm, args.get(2), args.get(3), t.items.len())?;
    for i in start..stop {
        if same_or_eq(vm, &t.items[i], &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = tuple_self(vm, args, "__len__")?;
    slot_args(vm, &args[1..], 0)?;
    Ok(Value::Int(t.items.len() as i64))
}

fn tuple_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = tuple_self(vm, args, "__getitem__")?;
    exact_args(vm, "tuple.__getitem__", &args[1..], 1)?;
    vm.getitem(&Value::Tuple(t), &args[1])
}

fn tuple_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = tuple_self(vm, args, "__contains__")?;
    slot_args(vm, &args[1..], 1)?;
    Ok(Value::Bool(vm.contains(&Value::Tuple(t), &args[1])?))
}

fn tuple_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = tuple_self(vm, args, "__iter__")?;
    slot_args(vm, &args[1..], 0)?;
    vm.get_iter(&Value::Tuple(t))
}

fn tuple_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = tuple_self(vm, args, "__hash__")?;
    slot_args(vm, &args[1..], 0)?;
    Ok(Value::Int(vm.hash(&Value::Tuple(t))?))
}

fn tuple_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = tuple_self(vm, args, "__repr__")?;
    slot_args(vm, &args[1..], 0)?;
    let s = vm.builtin_repr(&Value::Tuple(t))?;
    Ok(Value::string(s))
}

fn tuple_add(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = tuple_self(vm, args, "__add__")?;
    slot_args(vm, &args[1..], 1)?;
    match vm.unwrap_builtin(&args[1]) {
        Value::Tuple(o) => {
            let mut v = t.items.clone();
            v.extend(o.items.iter().cloned());
            Ok(Value::tuple(v))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(&args[1])
        ))),
    }
}

fn tuple_mul(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = tuple_self(vm, args, "__mul__")?;
    slot_args(vm, &args[1..], 1)?;
    let n = repeat_count(vm, &args[1])?;
    if n == 1 && matches!(args[0], Value::Tuple(_)) {
        return Ok(args[0].clone());
    }
    Ok(Value::tuple(repeat_items(vm, &t.items, n)?))
}

fn tuple_getnewargs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = tuple_self(vm, args, "__getnewargs__")?;
    exact_args(vm, "tuple.__getnewargs__", &args[1..], 0)?;
    Ok(Value::tuple(vec![Value::tuple(t.items.clone())]))
}

// ---------------------------------------------------------------------------------------

pub fn init(vm: &mut Vm) {
    let list = vm.types.list.clone();
    let methods: &[(&str, crate::objects::NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("remove", list_remove),
        ("pop", list_pop),
        ("clear", list_clear),
        ("copy", list_copy),
        ("count", list_count),
        ("index", list_index),
        ("reverse", list_reverse),
        ("sort", list_sort),
        ("__reversed__", list_reversed),
        ("__init__", list_init),
        ("__len__", list_len),
        ("__getitem__", list_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__contains__", list_contains),
        ("__iter__", list_iter),
        ("__repr__", list_repr),
        ("__add__", list_add),
        ("__iadd__", list_iadd),
        ("__mul__", list_mul),
        ("__rmul__", list_mul),
        ("__imul__", list_imul),
        ("__eq__", list_eq),
        ("__ne__", list_ne),
        ("__lt__", list_lt),
        ("__le__", list_le),
        ("__gt__", list_gt),
        ("__ge__", list_ge),
    ];
    for (name, f) in methods {
        add_method(vm, &list, name, *f);
    }
    let k = vm.intern("__hash__");
    crate::interp::hashing::dict_set_str(&list.dict, k, Value::None);

    let tuple = vm.types.tuple.clone();
    let methods: &[(&str, crate::objects::NativeFn)] = &[
        ("count", tuple_count),
        ("index", tuple_index),
        ("__len__", tuple_len),
        ("__getitem__", tuple_getitem),
        ("__contains__", tuple_contains),
        ("__iter__", tuple_iter),
        ("__hash__", tuple_hash),
        ("__repr__", tuple_repr),
        ("__add__", tuple_add),
        ("__mul__", tuple_mul),
        ("__rmul__", tuple_mul),
        ("__getnewargs__", tuple_getnewargs),
        ("__eq__", tuple_eq),
        ("__ne__", tuple_ne),
        ("__lt__", tuple_lt),
        ("__le__", tuple_le),
        ("__gt__", tuple_gt),
        ("__ge__", tuple_ge),
    ];
    for (name, f) in methods {
        add_method(vm, &tuple, name, *f);
    }
}
