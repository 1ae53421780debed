//! The iteration protocol: `iter()`, `next()`, collecting, unpacking, and `in`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::{IterState, PyIter, Special};
use crate::value::Value;

use super::{PyResult, Vm};

pub fn new_iter(state: IterState) -> Value {
    Value::Iter(Rc::new(PyIter {
        state: RefCell::new(state),
    }))
}

impl Vm {
    pub fn is_iterable(&mut self, v: &Value) -> bool {
        match v {
            Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Range(_)
            | Value::Iter(_)
            | Value::Generator(_) => true,
            Value::Special(s) => matches!(
                &**s,
                Special::DictView { .. } | Special::MappingProxy(_) | Special::File(_)
            ),
            Value::Instance(_) => {
                let t = self.type_of(v);
                let i = self.intern("__iter__");
                let g = self.intern("__getitem__");
                t.lookup(&i).is_some() || t.lookup(&g).is_some()
            }
            _ => false,
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if super::ops::is_meta_instance(v) {
            if let Some(r) = self.call_dunder(v, "__iter__", &[])? {
                return Ok(r);
            }
        }
        Ok(match v {
            Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_) => {
                new_iter(IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                })
            }
            Value::Str(s) => new_iter(IterState::StrChars {
                s: s.clone(),
                byte: 0,
            }),
            Value::Range(r) => new_iter(IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            }),
            Value::Dict(d) => new_iter(IterState::DictKeys {
                dict: d.clone(),
                idx: 0,
                len: d.len(),
            }),
            Value::Set(s) | Value::FrozenSet(s) => new_iter(IterState::SetItems {
                set: s.clone(),
                idx: 0,
                len: s.data.borrow().len(),
            }),
            Value::Iter(_) | Value::Generator(_) => v.clone(),
            Value::Special(s) => match &**s {
                Special::DictView { dict, kind } => {
                    let (dict, idx, len) = (dict.clone(), 0, dict.len());
                    new_iter(match kind {
                        crate::objects::DictViewKind::Keys => {
                            IterState::DictKeys { dict, idx, len }
                        }
                        crate::objects::DictViewKind::Values => {
                            IterState::DictValues { dict, idx, len }
                        }
                        crate::objects::DictViewKind::Items => {
                            IterState::DictItems { dict, idx, len }
                        }
                    })
                }
                Special::MappingProxy(t) => new_iter(IterState::DictKeys {
                    dict: t.dict.clone(),
                    idx: 0,
                    len: t.dict.len(),
                }),
                Special::File(_) => v.clone(),
                _ => return Err(self.not_iterable(v)),
            },
            Value::Instance(_) => {
                if let Some(r) = self.call_dunder(v, "__iter__", &[])? {
                    let t = self.type_of(&r);
                    let n = self.intern("__next__");
                    if !matches!(r, Value::Iter(_) | Value::Generator(_)) && t.lookup(&n).is_none()
                    {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            t.name_str()
                        )));
                    }
                    return Ok(r);
                }
                if let Some(b) = self.builtin_base(v) {
                    return self.get_iter(&b);
                }
                let t = self.type_of(v);
                let g = self.intern("__getitem__");
                if t.lookup(&g).is_some() {
                    return Ok(new_iter(IterState::GetItem {
                        obj: v.clone(),
                        idx: 0,
                    }));
                }
                return Err(self.not_iterable(v));
            }
            _ => return Err(self.not_iterable(v)),
        })
    }

    fn not_iterable(&self, v: &Value) -> super::PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// `next(it)`; `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => self.iter_next(i),
            Value::Generator(g) => match self.gen_resume(g, Value::None, None)? {
                Ok(v) => Ok(Some(v)),
                Err(_) => Ok(None),
            },
            Value::Special(s) if matches!(&**s, Special::File(_)) => {
                let line = crate::builtins::file::readline(self, it, -1)?;
                match &line {
                    Value::Str(s) if s.as_str().is_empty() => Ok(None),
                    Value::Bytes(b) if b.data.is_empty() => Ok(None),
                    _ => Ok(Some(line)),
                }
            }
            _ => match self.call_dunder(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(it)
                ))),
                Err(e) if self.err_is(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    fn iter_next(&mut self, i: &Rc<PyIter>) -> PyResult<Option<Value>> {
        let mut st = i.state.borrow_mut();
        match &mut *st {
            IterState::Seq { seq, idx } => {
                let r = match seq {
                    Value::List(l) => l.items.borrow().get(*idx).cloned(),
                    Value::Tuple(t) => t.items.get(*idx).cloned(),
                    Value::Bytes(b) => b.data.get(*idx).map(|x| Value::Int(*x as i64)),
                    Value::ByteArray(b) => b.data.borrow().get(*idx).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                match r {
                    Some(v) => {
                        *idx += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::StrChars { s, byte } => {
                let rest = &s.as_str()[*byte..];
                match rest.chars().next() {
                    Some(c) => {
                        *byte += c.len_utf8();
                        drop(st);
                        Ok(Some(self.char_value(c)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    Ok(Some(Value::from_i128(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::DictKeys { dict, idx, len }
            | IterState::DictValues { dict, idx, len }
            | IterState::DictItems { dict, idx, len } => {
                let d = dict.clone();
                if d.len() != *len {
                    *len = usize::MAX;
                    drop(st);
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                let data = d.data.borrow();
                while *idx < data.slots() {
                    let k = *idx;
                    *idx += 1;
                    if let Some(e) = data.entry(k) {
                        let (key, val) = (e.key.clone(), e.value.clone());
                        drop(data);
                        let r = match &*st {
                            IterState::DictKeys { .. } => key,
                            IterState::DictValues { .. } => val,
                            _ => Value::tuple(vec![key, val]),
                        };
                        return Ok(Some(r));
                    }
                }
                Ok(None)
            }
            IterState::SetItems { set, idx, len } => {
                let s = set.clone();
                let data = s.data.borrow();
                if data.len() != *len {
                    drop(data);
                    drop(st);
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                Ok(data.next_at(idx).map(|e| e.key.clone()))
            }
            IterState::Reversed { seq, idx } => {
                if *idx < 0 {
                    return Ok(None);
                }
                let k = *idx as usize;
                *idx -= 1;
                let seq = seq.clone();
                drop(st);
                match &seq {
                    Value::List(l) => Ok(l.items.borrow().get(k).cloned()),
                    Value::Tuple(t) => Ok(t.items.get(k).cloned()),
                    _ => self.getitem(&seq, &Value::Int(k as i64)).map(Some),
                }
            }
            IterState::GetItem { obj, idx } => {
                let (obj, k) = (obj.clone(), *idx);
                *idx += 1;
                drop(st);
                match self.getitem(&obj, &Value::Int(k)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_is(&e, "IndexError") || self.err_is(&e, "StopIteration") => {
                        *i.state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Callable { func, sentinel } => {
                let (f, s) = (func.clone(), sentinel.clone());
                drop(st);
                let v = self.call(&f, &[], &[])?;
                if self.eq(&v, &s)? {
                    *i.state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::Enumerate { it, n } => {
                let (it, cur) = (it.clone(), n.clone());
                drop(st);
                match self.next(&it)? {
                    Some(v) => {
                        let next =
                            self.binary_op(&cur, &Value::Int(1), crate::bytecode::BinaryOp::Add)?;
                        if let IterState::Enumerate { n, .. } = &mut *i.state.borrow_mut() {
                            *n = next;
                        }
                        Ok(Some(Value::tuple(vec![cur, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { its, strict } => {
                let (its, strict) = (its.clone(), *strict);
                drop(st);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (k, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            *i.state.borrow_mut() = IterState::Exhausted;
                            if strict {
                                if k > 0 {
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{} {}",
                                        k + 1,
                                        if k == 1 { "" } else { "s" },
                                        if k == 1 {
                                            "1".to_string()
                                        } else {
                                            format!("1-{}", k)
                                        }
                                    )));
                                }
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if self.next(other)?.is_some() {
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{} {}",
                                            j + 1,
                                            if j == 1 { "" } else { "s" },
                                            if j == 1 {
                                                "1".to_string()
                                            } else {
                                                format!("1-{}", j)
                                            }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map { func, its } => {
                let (f, its) = (func.clone(), its.clone());
                drop(st);
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&f, &args, &[]).map(Some)
            }
            IterState::Filter { func, it } => {
                let (f, it) = (func.clone(), it.clone());
                drop(st);
                loop {
                    let Some(v) = self.next(&it)? else {
                        return Ok(None);
                    };
                    let keep = if f.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&f, &[v.clone()], &[])?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::Items { items, idx, .. } => {
                let r = items.get(*idx).cloned();
                *idx += 1;
                Ok(r)
            }
            IterState::Exhausted => Ok(None),
        }
    }

    /// Collect all items of an iterable.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Instance(inst) = v {
            if self.is_builtin_proxy(inst) {
                return self.proxy_iterate(inst);
            }
        }
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.clone()),
            Value::Range(r) => {
                let n = r.len();
                if n > 100_000_000 {
                    return Err(self.new_error("MemoryError", ""));
                }
                return Ok((0..n).map(|i| Value::from_i128(r.item(i))).collect());
            }
            Value::Dict(d) => return Ok(d.data.borrow().keys()),
            Value::Set(s) | Value::FrozenSet(s) => return Ok(s.data.borrow().keys()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Unpack exactly `n` items for `a, b = v`.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        if let Value::Tuple(t) = v {
            if t.items.len() == n {
                return Ok(t.items.clone());
            }
        }
        if !self.is_iterable(v) {
            return Err(self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(v)
            )));
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::with_capacity(n);
        while let Some(x) = self.next(&it)? {
            if out.len() == n {
                let total = match v {
                    Value::List(_)
                    | Value::Tuple(_)
                    | Value::Str(_)
                    | Value::Dict(_)
                    | Value::Set(_) => Some(self.len(v)?),
                    _ => None,
                };
                return Err(self.value_error(match total {
                    Some(_) => format!("too many values to unpack (expected {})", n),
                    None => format!("too many values to unpack (expected {})", n),
                }));
            }
            out.push(x);
        }
        if out.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                out.len()
            )));
        }
        Ok(out)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if super::ops::is_meta_instance(container) {
            if let Some(r) = self.call_dunder(container, "__contains__", &[item.clone()])? {
                return self.truthy(&r);
            }
        }
        match container {
            Value::Str(s) => match item {
                Value::Str(i) => Ok(s.as_str().contains(i.as_str())),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) | Value::FrozenSet(s) => self.set_contains(s, item),
            Value::Range(r) => {
                let i: i128 = match item {
                    Value::Int(i) => *i as i128,
                    Value::Bool(b) => *b as i128,
                    Value::BigInt(b) => {
                        use num_traits::ToPrimitive;
                        match b.to_i128() {
                            Some(i) => i,
                            None => return Ok(false),
                        }
                    }
                    _ => {
                        let items = self.iterate(container)?;
                        for x in items {
                            if self.eq(&x, item)? {
                                return Ok(true);
                            }
                        }
                        return Ok(false);
                    }
                };
                Ok(if r.step > 0 {
                    i >= r.start && i < r.stop && (i - r.start) % r.step == 0
                } else {
                    i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                })
            }
            Value::Bytes(_) | Value::ByteArray(_) => {
                let hay = self.bytes_like(container)?;
                match item {
                    Value::Int(i) => Ok(hay.contains(&(*i as u8)) && (0..256).contains(i)),
                    _ => {
                        let needle = self.bytes_like(item)?;
                        Ok(needle.is_empty()
                            || hay.windows(needle.len()).any(|w| w == needle.as_slice()))
                    }
                }
            }
            Value::List(_) | Value::Tuple(_) => {
                let items = match container {
                    Value::List(l) => l.items.borrow().clone(),
                    Value::Tuple(t) => t.items.clone(),
                    _ => vec![],
                };
                for x in items.iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Special(s) => match &**s {
                Special::DictView { dict, kind } => match kind {
                    crate::objects::DictViewKind::Keys => Ok(self.dict_get(dict, item)?.is_some()),
                    crate::objects::DictViewKind::Items => {
                        let Value::Tuple(t) = item else {
                            return Ok(false);
                        };
                        if t.items.len() != 2 {
                            return Ok(false);
                        }
                        match self.dict_get(dict, &t.items[0])? {
                            Some(v) => self.eq(&v, &t.items[1]),
                            None => Ok(false),
                        }
                    }
                    crate::objects::DictViewKind::Values => {
                        for v in dict.data.borrow().values() {
                            if self.eq(&v, item)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                },
                Special::MappingProxy(t) => {
                    let d = t.dict.clone();
                    Ok(self.dict_get(&d, item)?.is_some())
                }
                _ => self.contains_by_iter(container, item),
            },
            Value::Instance(_) => {
                if let Some(r) = self.call_dunder(container, "__contains__", &[item.clone()])? {
                    return self.truthy(&r);
                }
                if let Some(b) = self.builtin_base(container) {
                    return self.contains(&b, item);
                }
                self.contains_by_iter(container, item)
            }
            _ => self.contains_by_iter(container, item),
        }
    }

    fn contains_by_iter(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if !self.is_iterable(container) {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
