//! Operators: binary/unary arithmetic with dunder dispatch, rich comparison, subscripting,
//! truthiness, `len`, and mapping helpers.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::bytecode::{BinaryOp, CompareOp};
use crate::objects::{Payload, PyBytes, PyDict, PySet, Special};
use crate::value::Value;

use super::numbers::to_bigint;
use super::{PyResult, Vm};

pub fn dunder_names(op: BinaryOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinaryOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinaryOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinaryOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinaryOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinaryOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinaryOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinaryOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinaryOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinaryOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinaryOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinaryOp::And => ("__and__", "__rand__", "__iand__"),
        BinaryOp::Or => ("__or__", "__ror__", "__ior__"),
        BinaryOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

pub fn compare_names(op: CompareOp) -> (&'static str, &'static str, &'static str) {
    match op {
        CompareOp::Lt => ("__lt__", "__gt__", "<"),
        CompareOp::Le => ("__le__", "__ge__", "<="),
        CompareOp::Eq => ("__eq__", "__eq__", "=="),
        CompareOp::Ne => ("__ne__", "__ne__", "!="),
        CompareOp::Gt => ("__gt__", "__lt__", ">"),
        CompareOp::Ge => ("__ge__", "__le__", ">="),
    }
}

fn is_user(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Type(t) => t.metaclass.borrow().is_some(),
        _ => false,
    }
}

/// A class whose metaclass is not `type` (its dunders come from the metaclass).
pub fn is_meta_instance(v: &Value) -> bool {
    matches!(v, Value::Type(t) if t.metaclass.borrow().is_some())
}

impl Vm {
    /// The wrapped builtin value of an instance of a builtin subclass.
    pub fn builtin_base(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Instance(i) => match &i.payload {
                Payload::Builtin(b) => Some(b.borrow().clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `v`, or its builtin base value if it is an instance of a builtin subclass.
    pub fn unwrap_builtin(&self, v: &Value) -> Value {
        self.builtin_base(v).unwrap_or_else(|| v.clone())
    }

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
        if !is_user(a) && !is_user(b) {
            if let Some(r) = self.builtin_binop(a, b, op)? {
                return Ok(r);
            }
            return Err(self.unsupported(a, b, op, false));
        }
        let (lname, rname, _) = dunder_names(op);
        match self.dunder_binop(a, b, lname, rname)? {
            Some(r) => Ok(r),
            None => {
                // e.g. `"%d" % MyInt(7)`: builtin semantics on the unwrapped values.
                if let Some(r) = self.builtin_binop(a, b, op)? {
                    return Ok(r);
                }
                Err(self.unsupported(a, b, op, false))
            }
        }
    }

    fn unsupported(
        &self,
        a: &Value,
        b: &Value,
        op: BinaryOp,
        inplace: bool,
    ) -> crate::interp::PyErr {
        if op == BinaryOp::Add
            && matches!(a, Value::Str(_))
            && !matches!(b, Value::Str(_))
            && !inplace
        {
            return self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            ));
        }
        if op == BinaryOp::Add
            && matches!(a, Value::Bytes(_) | Value::ByteArray(_))
            && matches!(b, Value::Str(_))
        {
            return self.type_error(format!("can't concat str to {}", self.type_name(a)));
        }
        if op == BinaryOp::Add && matches!(a, Value::List(_)) && !matches!(b, Value::List(_)) {
            return self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            ));
        }
        if op == BinaryOp::Add && matches!(a, Value::Tuple(_)) && !matches!(b, Value::Tuple(_)) {
            return self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(b)
            ));
        }
        if op == BinaryOp::Mul
            && (matches!(
                (a, b),
                (
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_),
                    _
                )
            ) || matches!(
                (a, b),
                (
                    _,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                )
            ))
        {
            let other = if matches!(
                a,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
            ) {
                b
            } else {
                a
            };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(other)
            ));
        }
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `a.__op__(b)` then `b.__rop__(a)` with CPython's subclass-first rule.
    fn dunder_binop(
        &mut self,
        a: &Value,
        b: &Value,
        lname: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let ln = self.intern(lname);
        let rn = self.intern(rname);
        let lf = ta.lookup(&ln);
        let same = Rc::ptr_eq(&ta, &tb);
        let rf = if same { None } else { tb.lookup(&rn) };
        let mut tried_r = false;
        if let Some(rf2) = &rf {
            if tb.is_subtype(&ta) {
                let overrides = match ta.lookup(&rn) {
                    Some(x) => !x.is(rf2),
                    None => true,
                };
                if overrides {
                    tried_r = true;
                    let r = self.call(rf2, &[b.clone(), a.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Some(r));
                    }
                }
            }
        }
        if let Some(lf) = lf {
            let r = self.call(&lf, &[a.clone(), b.clone()], &[])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if !tried_r {
            if let Some(rf) = rf {
                let r = self.call(&rf, &[b.clone(), a.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
        match (a, op) {
            (Value::List(l), BinaryOp::Add) => {
                let items = self.iterate(b)?;
                l.items.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (Value::List(l), BinaryOp::Mul) => {
                let n = self.to_index(b)?;
                let mut items = l.items.borrow_mut();
                let orig = items.clone();
                items.clear();
                for _ in 0..n.max(0) {
                    items.extend(orig.iter().cloned());
                }
                return Ok(a.clone());
            }
            (Value::Set(s), BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor) => {
                if let Value::Set(o) | Value::FrozenSet(o) = b {
                    // In place, as CPython's set_*_update (the table keeps its size).
                    let other = o.data.borrow().keys();
                    match op {
                        BinaryOp::Or => {
                            for k in other {
                                self.set_add(s, k)?;
                            }
                        }
                        BinaryOp::Sub => {
                            for k in other {
                                self.set_discard(s, &k)?;
                            }
                        }
                        BinaryOp::Xor => {
                            for k in other {
                                if !self.set_discard(s, &k)? {
                                    self.set_add(s, k)?;
                                }
                            }
                        }
                        _ => {
                            let r = self.builtin_binop(a, b, op)?;
                            if let Some(Value::Set(n)) = r {
                                let data = n.data.borrow().clone_data();
                                *s.data.borrow_mut() = data;
                            }
                        }
                    }
                    return Ok(a.clone());
                }
            }
            (Value::Dict(d), BinaryOp::Or) => {
                self.dict_update_from(d, b)?;
                return Ok(a.clone());
            }
            (Value::ByteArray(ba), BinaryOp::Add) => {
                let other = self.bytes_like(b)?;
                ba.data.borrow_mut().extend_from_slice(&other);
                return Ok(a.clone());
            }
            _ => {}
        }
        if is_user(a) {
            let (_, _, iname) = dunder_names(op);
            if let Some(r) = self.call_dunder(a, iname, &[b.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if !is_user(a) && !is_user(b) {
            if let Some(r) = self.builtin_binop(a, b, op)? {
                return Ok(r);
            }
            return Err(self.unsupported(a, b, op, true));
        }
        let (lname, rname, _) = dunder_names(op);
        match self.dunder_binop(a, b, lname, rname)? {
            Some(r) => Ok(r),
            None => Err(self.unsupported(a, b, op, true)),
        }
    }

    /// Binary operation between builtin values; `None` means NotImplemented.
    pub fn builtin_binop(&mut self, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Option<Value>> {
        use Value::*;
        // The most common operand shapes first, before unwrapping (two refcount round
        // trips) and the long match below.
        match (a, b, op) {
            (Int(_) | Float(_), Int(_) | Float(_), _) => return self.num_binop(a, b, op),
            (Str(x), _, BinaryOp::Mod) => {
                return crate::builtins::strfmt::percent_format(self, x.as_str(), b)
                    .map(|s| Some(Value::string(s)));
            }
            (Str(_), Int(_), BinaryOp::Mul) => return self.seq_repeat(a, b).map(Some),
            _ => {}
        }
        let orig_b = b;
        let a = &self.unwrap_builtin(a);
        let b = &self.unwrap_builtin(b);
        match (a, b, op) {
            (Bool(x), Bool(y), BinaryOp::And) => return Ok(Some(Bool(*x & *y))),
            (Bool(x), Bool(y), BinaryOp::Or) => return Ok(Some(Bool(*x | *y))),
            (Bool(x), Bool(y), BinaryOp::Xor) => return Ok(Some(Bool(*x ^ *y))),
            (Str(x), Str(y), BinaryOp::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                return Ok(Some(Value::string(s)));
            }
            (Str(x), _, BinaryOp::Mod) => {
                // The right operand keeps its own type: a dict subclass's __missing__ applies.
                return crate::builtins::strfmt::percent_format(self, x.as_str(), orig_b)
                    .map(|s| Some(Value::string(s)));
            }
            (Bytes(x), _, BinaryOp::Mod) => {
                let data = crate::builtins::strfmt::percent_format_bytes(self, &x.data, b)?;
                return Ok(Some(Value::Bytes(Rc::new(PyBytes { data }))));
            }
            (
                Str(_) | List(_) | Tuple(_) | Bytes(_) | ByteArray(_),
                Int(_) | Bool(_) | BigInt(_),
                BinaryOp::Mul,
            ) => {
                return self.seq_repeat(a, b).map(Some);
            }
            (
                Int(_) | Bool(_) | BigInt(_),
                Str(_) | List(_) | Tuple(_) | Bytes(_) | ByteArray(_),
                BinaryOp::Mul,
            ) => {
                return self.seq_repeat(b, a).map(Some);
            }
            (List(x), List(y), BinaryOp::Add) => {
                let mut v = x.items.borrow().clone();
                v.extend(y.items.borrow().iter().cloned());
                return Ok(Some(Value::list(v)));
            }
            (Tuple(x), Tuple(y), BinaryOp::Add) => {
                let mut v = x.items.clone();
                v.extend(y.items.iter().cloned());
                return Ok(Some(Value::tuple(v)));
            }
            (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_), BinaryOp::Add) => {
                let mut v = self.bytes_like(a)?;
                v.extend(self.bytes_like(b)?);
                return Ok(Some(match a {
                    ByteArray(_) => Value::ByteArray(Rc::new(crate::objects::PyByteArray {
                        data: std::cell::RefCell::new(v),
                    })),
                    _ => Value::Bytes(Rc::new(PyBytes { data: v })),
                }));
            }
            (
                Set(_) | FrozenSet(_),
                Set(_) | FrozenSet(_),
                BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor,
            ) => {
                return self.set_binop(a, b, op).map(Some);
            }
            (Special(v), _, BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor)
            | (_, Special(v), BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor)
                if matches!(&**v, crate::objects::Special::DictView { kind, .. } if *kind != crate::objects::DictViewKind::Values) =>
            {
                let to_set = |vm: &mut Vm, x: &Value| -> PyResult<Value> {
                    match x {
                        Set(_) | FrozenSet(_) => Ok(x.clone()),
                        _ => {
                            let items = vm.iterate(x)?;
                            Ok(Set(Rc::new(vm.new_set_from(items)?)))
                        }
                    }
                };
                let sa = to_set(self, a)?;
                let sb = to_set(self, b)?;
                return self.set_binop(&sa, &sb, op).map(Some);
            }
            (Type(_) | None | Special(_), Type(_) | None | Special(_), BinaryOp::Or)
                if is_union_operand(a) && is_union_operand(b) && !(a.is_none() && b.is_none()) =>
            {
                let mut args: Vec<Value> = Vec::new();
                for v in [a, b] {
                    let items = match v {
                        Special(s) => match &**s {
                            crate::objects::Special::UnionType(items) => items.clone(),
                            _ => vec![v.clone()],
                        },
                        None => vec![Type(self.types.none.clone())],
                        _ => vec![v.clone()],
                    };
                    for it in items {
                        if !args.iter().any(|x| x.is(&it)) {
                            args.push(it);
                        }
                    }
                }
                if args.len() == 1 {
                    return Ok(Some(args.remove(0)));
                }
                return Ok(Some(Special(Rc::new(crate::objects::Special::UnionType(
                    args,
                )))));
            }
            (Dict(x), Dict(y), BinaryOp::Or) => {
                let d = PyDict::from_data(x.data.borrow().clone_data());
                self.dict_update_from(&d, &Value::Dict(y.clone()))?;
                return Ok(Some(Value::Dict(Rc::new(d))));
            }
            _ => {}
        }
        self.num_binop(a, b, op)
    }

    fn seq_repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = match n {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => return Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
        let n = n.max(0) as usize;
        // Refuse absurd sizes up front (a failed allocation would abort the process).
        let unit = match seq {
            Value::Str(s) => s.as_str().len(),
            Value::List(l) => l.items.borrow().len() * 16,
            Value::Tuple(t) => t.items.len() * 16,
            Value::Bytes(b) => b.data.len(),
            Value::ByteArray(b) => b.data.borrow().len(),
            _ => 0,
        };
        if unit.saturating_mul(n) > (1 << 34) {
            return Err(self.new_error("MemoryError", ""));
        }
        Ok(match seq {
            Value::Str(s) => {
                if s.as_str().len().saturating_mul(n) > (1 << 34) {
                    return Err(self.new_error("MemoryError", ""));
                }
                Value::Str(Rc::new(s.repeat(n)))
            }
            Value::List(l) => {
                let items = l.items.borrow();
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Value::list(v)
            }
            Value::Tuple(t) => {
                let mut v = Vec::with_capacity(t.items.len() * n);
                for _ in 0..n {
                    v.extend(t.items.iter().cloned());
                }
                Value::tuple(v)
            }
            Value::Bytes(b) => Value::Bytes(Rc::new(PyBytes {
                data: b.data.repeat(n),
            })),
            Value::ByteArray(b) => Value::ByteArray(Rc::new(crate::objects::PyByteArray {
                data: std::cell::RefCell::new(b.data.borrow().repeat(n)),
            })),
            _ => Value::NotImplemented,
        })
    }

    fn set_binop(&mut self, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
        let (Value::Set(x) | Value::FrozenSet(x)) = a else {
            return Ok(Value::NotImplemented);
        };
        let (Value::Set(y) | Value::FrozenSet(y)) = b else {
            return Ok(Value::NotImplemented);
        };
        let xs = x.data.borrow().keys();
        let ys = y.data.borrow().keys();
        let out = PySet::new();
        match op {
            BinaryOp::Or => {
                for k in xs.into_iter().chain(ys) {
                    self.set_add(&out, k)?;
                }
            }
            BinaryOp::And => {
                for k in xs {
                    if self.set_contains(y, &k)? {
                        self.set_add(&out, k)?;
                    }
                }
            }
            BinaryOp::Sub => {
                for k in xs {
                    if !self.set_contains(y, &k)? {
                        self.set_add(&out, k)?;
                    }
                }
            }
            _ => {
                // CPython: a copy of the right operand, updated with the left one.
                let _ = ys;
                let out2 = PySet::from_data(y.data.borrow().clone_data());
                for k in xs {
                    if !self.set_discard(&out2, &k)? {
                        self.set_add(&out2, k)?;
                    }
                }
                return Ok(match a {
                    Value::FrozenSet(_) => Value::FrozenSet(Rc::new(out2)),
                    _ => Value::Set(Rc::new(out2)),
                });
            }
        }
        Ok(match a {
            Value::FrozenSet(_) => Value::FrozenSet(Rc::new(out)),
            _ => Value::Set(Rc::new(out)),
        })
    }

    // ---- unary

    pub fn unary_neg(&mut self, a: &Value) -> PyResult<Value> {
        Ok(match a {
            Value::Int(i) => match i.checked_neg() {
                Some(r) => Value::Int(r),
                None => Value::from_bigint(-BigInt::from(*i)),
            },
            Value::Bool(b) => Value::Int(-(*b as i64)),
            Value::BigInt(b) => Value::from_bigint(-(**b).clone()),
            Value::Float(f) => Value::Float(-f),
            Value::Complex(c) => Value::complex(-c.0, -c.1),
            _ => return self.unary_dunder(a, "__neg__", "-"),
        })
    }

    pub fn unary_pos(&mut self, a: &Value) -> PyResult<Value> {
        Ok(match a {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(..) => a.clone(),
            Value::Bool(b) => Value::Int(*b as i64),
            _ => return self.unary_dunder(a, "__pos__", "+"),
        })
    }

    pub fn unary_invert(&mut self, a: &Value) -> PyResult<Value> {
        Ok(match a {
            Value::Int(i) => Value::Int(!i),
            Value::Bool(b) => Value::Int(!(*b as i64)),
            Value::BigInt(b) => Value::from_bigint(-(**b).clone() - 1),
            _ => return self.unary_dunder(a, "__invert__", "~"),
        })
    }

    fn unary_dunder(&mut self, a: &Value, name: &str, sym: &str) -> PyResult<Value> {
        if let Some(r) = self.call_dunder(a, name, &[])? {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            self.type_name(a)
        )))
    }

    // ---- comparison

    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = super::hashing::simple_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CompareOp::Eq)?;
        self.truthy(&r)
    }

    pub fn compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        // Two exact strs (`ch != " "`, dict-key tests): no unwrapping or dispatch needed.
        if let (Value::Str(x), Value::Str(y)) = (a, b) {
            let r = match op {
                CompareOp::Eq => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
                CompareOp::Ne => !(Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
                CompareOp::Lt => x.as_str() < y.as_str(),
                CompareOp::Le => x.as_str() <= y.as_str(),
                CompareOp::Gt => x.as_str() > y.as_str(),
                CompareOp::Ge => x.as_str() >= y.as_str(),
            };
            return Ok(Value::Bool(r));
        }
        if !is_user(a) && !is_user(b) {
            if let Some(r) = self.builtin_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
        } else {
            // A proxied list/dict/... compares by value with local containers: take a
            // snapshot (one request) instead of comparing across interpreters item by item.
            if let Some((a2, b2)) = self.materialize_pair(a, b)? {
                return self.compare(&a2, &b2, op);
            }
            let (lname, rname, _) = compare_names(op);
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let ln = self.intern(lname);
            let rn = self.intern(rname);
            let reflected_first =
                !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) && tb.lookup(&rn).is_some();
            if reflected_first {
                if let Some(f) = tb.lookup(&rn) {
                    let r = self.call(&f, &[b.clone(), a.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if let Some(f) = ta.lookup(&ln) {
                let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if !reflected_first {
                if let Some(f) = tb.lookup(&rn) {
                    let r = self.call(&f, &[b.clone(), a.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::Bool(a.is(b))),
            CompareOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (_, _, sym) = compare_names(op);
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    sym,
                    self.type_name(a),
                    self.type_name(b)
                )))
            }
        }
    }

    /// Comparison of builtin values; `None` = NotImplemented.
    pub fn builtin_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: CompareOp,
    ) -> PyResult<Option<bool>> {
        use std::cmp::Ordering;
        use Value::*;
        let a = &self.unwrap_builtin(a);
        let b = &self.unwrap_builtin(b);
        let ord_to = |o: Ordering| match op {
            CompareOp::Lt => o == Ordering::Less,
            CompareOp::Le => o != Ordering::Greater,
            CompareOp::Eq => o == Ordering::Equal,
            CompareOp::Ne => o != Ordering::Equal,
            CompareOp::Gt => o == Ordering::Greater,
            CompareOp::Ge => o != Ordering::Less,
        };
        match (a, b) {
            (Int(_) | Bool(_) | BigInt(_) | Float(_), Int(_) | Bool(_) | BigInt(_) | Float(_)) => {
                let o = num_cmp(a, b);
                return Ok(Some(match o {
                    Some(o) => ord_to(o),
                    Option::None => op == CompareOp::Ne,
                }));
            }
            (Complex(..), Complex(..) | Int(_) | Float(_) | Bool(_))
            | (Int(_) | Float(_) | Bool(_), Complex(..)) => {
                if matches!(op, CompareOp::Eq | CompareOp::Ne) {
                    let p = |v: &Value| match v {
                        Complex(c) => **c,
                        Int(i) => (*i as f64, 0.0),
                        Float(f) => (*f, 0.0),
                        Bool(b) => (*b as i64 as f64, 0.0),
                        _ => (0.0, 0.0),
                    };
                    let e = p(a) == p(b);
                    return Ok(Some(e == (op == CompareOp::Eq)));
                }
                return Ok(Option::None);
            }
            (Str(x), Str(y)) => return Ok(Some(ord_to(x.as_str().cmp(y.as_str())))),
            (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => {
                let x = self.bytes_like(a)?;
                let y = self.bytes_like(b)?;
                return Ok(Some(ord_to(x.cmp(&y))));
            }
            (List(x), List(y)) => {
                let xs = x.items.borrow().clone();
                let ys = y.items.borrow().clone();
                return self.seq_compare(&xs, &ys, op).map(Some);
            }
            (Tuple(x), Tuple(y)) => {
                let (xs, ys) = (x.items.clone(), y.items.clone());
                return self.seq_compare(&xs, &ys, op).map(Some);
            }
            (None, None) => {
                if matches!(op, CompareOp::Eq | CompareOp::Ne) {
                    return Ok(Some(op == CompareOp::Eq));
                }
                return Ok(Option::None);
            }
            (Dict(x), Dict(y)) => {
                if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
                    return Ok(Option::None);
                }
                let eq = self.dict_eq(x, y)?;
                return Ok(Some(eq == (op == CompareOp::Eq)));
            }
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                let (lx, ly) = (x.data.borrow().len(), y.data.borrow().len());
                let sub = |vm: &mut Vm, p: &Rc<PySet>, q: &Rc<PySet>| -> PyResult<bool> {
                    for k in p.data.borrow().keys() {
                        if !vm.set_contains(q, &k)? {
                            return Ok(false);
                        }
                    }
                    Ok(true)
                };
                let r = match op {
                    CompareOp::Eq => lx == ly && sub(self, x, y)?,
                    CompareOp::Ne => !(lx == ly && sub(self, x, y)?),
                    CompareOp::Le => lx <= ly && sub(self, x, y)?,
                    CompareOp::Lt => lx < ly && sub(self, x, y)?,
                    CompareOp::Ge => lx >= ly && sub(self, y, x)?,
                    CompareOp::Gt => lx > ly && sub(self, y, x)?,
                };
                return Ok(Some(r));
            }
            (Special(v), Set(_) | FrozenSet(_)) | (Set(_) | FrozenSet(_), Special(v)) if matches!(&**v, crate::objects::Special::DictView { kind, .. } if *kind != crate::objects::DictViewKind::Values) =>
            {
                let conv = |vm: &mut Vm, x: &Value| -> PyResult<Value> {
                    match x {
                        Special(s) => {
                            if let crate::objects::Special::DictView { dict, kind } = &**s {
                                return Ok(Value::Set(Rc::new(vm.view_to_set(dict, *kind)?)));
                            }
                            Ok(x.clone())
                        }
                        _ => Ok(x.clone()),
                    }
                };
                let (x, y) = (conv(self, a)?, conv(self, b)?);
                return self.builtin_compare(&x, &y, op);
            }
            (Special(x), Special(y))
                if matches!(
                    (&**x, &**y),
                    (
                        crate::objects::Special::UnionType(_),
                        crate::objects::Special::UnionType(_)
                    )
                ) && matches!(op, CompareOp::Eq | CompareOp::Ne) =>
            {
                let (crate::objects::Special::UnionType(p), crate::objects::Special::UnionType(q)) =
                    (&**x, &**y)
                else {
                    return Ok(Option::None);
                };
                let same = p.len() == q.len() && p.iter().all(|a| q.iter().any(|b| a.is(b)));
                return Ok(Some(same == (op == CompareOp::Eq)));
            }
            (Slice(x), Slice(y)) => {
                let tx = Value::tuple(vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
                let ty = Value::tuple(vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
                return self.builtin_compare(&tx, &ty, op);
            }
            (Range(x), Range(y)) => {
                if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
                    return Ok(Option::None);
                }
                let (lx, ly) = (x.len(), y.len());
                let e =
                    lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
                return Ok(Some(e == (op == CompareOp::Eq)));
            }
            (Special(x), Special(y)) => {
                if let (
                    crate::objects::Special::DictView { dict: dx, kind: kx },
                    crate::objects::Special::DictView { dict: dy, kind: ky },
                ) = (&**x, &**y)
                {
                    if kx == ky
                        && *kx != crate::objects::DictViewKind::Values
                        && matches!(op, CompareOp::Eq | CompareOp::Ne)
                    {
                        let xs = self.view_to_set(dx, *kx)?;
                        let ys = self.view_to_set(dy, *ky)?;
                        return self.builtin_compare(
                            &Value::Set(Rc::new(xs)),
                            &Value::Set(Rc::new(ys)),
                            op,
                        );
                    }
                }
            }
            _ => {}
        }
        if matches!(op, CompareOp::Eq | CompareOp::Ne)
            && !matches!(a, Instance(_))
            && !matches!(b, Instance(_))
        {
            let same = a.is(b);
            return Ok(Some(same == (op == CompareOp::Eq)));
        }
        Ok(Option::None)
    }

    fn view_to_set(
        &mut self,
        d: &Rc<PyDict>,
        kind: crate::objects::DictViewKind,
    ) -> PyResult<PySet> {
        let items: Vec<Value> = match kind {
            crate::objects::DictViewKind::Keys => d.data.borrow().keys(),
            _ => d
                .data
                .borrow()
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        };
        self.new_set_from(items)
    }

    fn seq_compare(&mut self, xs: &[Value], ys: &[Value], op: CompareOp) -> PyResult<bool> {
        self.enter_call()?;
        let r = self.seq_compare_inner(xs, ys, op);
        self.depth -= 1;
        r
    }

    fn seq_compare_inner(&mut self, xs: &[Value], ys: &[Value], op: CompareOp) -> PyResult<bool> {
        let n = xs.len().min(ys.len());
        for i in 0..n {
            if xs[i].is(&ys[i]) {
                continue;
            }
            if !self.eq(&xs[i], &ys[i])? {
                return match op {
                    CompareOp::Eq => Ok(false),
                    CompareOp::Ne => Ok(true),
                    _ => {
                        let r = self.compare(&xs[i], &ys[i], op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        let (lx, ly) = (xs.len(), ys.len());
        Ok(match op {
            CompareOp::Lt => lx < ly,
            CompareOp::Le => lx <= ly,
            CompareOp::Eq => lx == ly,
            CompareOp::Ne => lx != ly,
            CompareOp::Gt => lx > ly,
            CompareOp::Ge => lx >= ly,
        })
    }

    fn dict_eq(&mut self, x: &Rc<PyDict>, y: &Rc<PyDict>) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        let items = x.data.borrow().items();
        for (k, v) in items {
            match self.dict_get(y, &k)? {
                Some(v2) => {
                    if !v.is(&v2) && !self.eq(&v, &v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ---- truthiness and length

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if is_meta_instance(v) {
            if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
                return self.truthy(&r);
            }
            let n = self.intern("__len__");
            if self.type_of(v).lookup(&n).is_some() {
                return Ok(self.len(v)? != 0);
            }
        }
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::ByteArray(b) => !b.data.borrow().is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.data.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) => {
                if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&r)
                        ))),
                    };
                }
                if self.type_of(v).lookup(&self.intern("__len__")).is_some() {
                    return Ok(self.len(v)? != 0);
                }
                true
            }
            Value::Special(s) => match &**s {
                Special::DictView { dict, .. } => !dict.is_empty(),
                _ => true,
            },
            _ => true,
        })
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if is_meta_instance(v) {
            if let Some(r) = self.call_dunder(v, "__len__", &[])? {
                return match r {
                    Value::Int(n) if n >= 0 => Ok(n as usize),
                    Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
                    o => Err(self.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(&o)
                    ))),
                };
            }
        }
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.data.len(),
            Value::ByteArray(b) => b.data.borrow().len(),
            Value::List(l) => l.items.borrow().len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.data.borrow().len(),
            Value::Range(r) => {
                let n = r.len();
                if n > i64::MAX as i128 {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
                }
                n as usize
            }
            Value::Special(s) => match &**s {
                Special::DictView { dict, .. } => dict.len(),
                Special::MappingProxy(t) => t.dict.len(),
                _ => {
                    return Err(self.type_error(format!(
                        "object of type '{}' has no len()",
                        self.type_name(v)
                    )))
                }
            },
            Value::Instance(_) => match self.call_dunder(v, "__len__", &[])? {
                Some(r) => {
                    let n = match &r {
                        Value::Int(i) => *i,
                        Value::Bool(b) => *b as i64,
                        Value::BigInt(_) => {
                            return Err(
                                self.overflow_error("cannot fit 'int' into an index-sized integer")
                            )
                        }
                        _ => {
                            return Err(self.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                self.type_name(&r)
                            )))
                        }
                    };
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    n as usize
                }
                None => {
                    return Err(self.type_error(format!(
                        "object of type '{}' has no len()",
                        self.type_name(v)
                    )))
                }
            },
            _ => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )))
            }
        })
    }

    // ---- indices

    /// `operator.index(v)` as i64.
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => {
                Err(self.new_error("IndexError", "cannot fit 'int' into an index-sized integer"))
            }
            Value::Instance(_) => {
                if let Some(b) = self.builtin_base(v) {
                    return self.to_index(&b);
                }
                match self.call_dunder(v, "__index__", &[])? {
                    Some(r @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                        self.to_index(&r)
                    }
                    Some(r) => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    ))),
                    None => Err(self.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(v)
                    ))),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// Arbitrary-size integer from an int-like value (`__index__`).
    pub fn to_bigint_index(&mut self, v: &Value) -> PyResult<BigInt> {
        if let Some(b) = to_bigint(v) {
            return Ok(b);
        }
        if let Value::Instance(_) = v {
            if let Some(b) = self.builtin_base(v) {
                return self.to_bigint_index(&b);
            }
            if let Some(r) = self.call_dunder(v, "__index__", &[])? {
                if let Some(b) = to_bigint(&r) {
                    return Ok(b);
                }
            }
        }
        Err(self.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        )))
    }

    /// Resolve a slice against a sequence length: (start, stop, step, count).
    pub fn slice_indices(
        &mut self,
        s: &crate::objects::PySlice,
        len: usize,
    ) -> PyResult<(i64, i64, i64, usize)> {
        let len = len as i64;
        let step = if s.step.is_none() {
            1
        } else {
            self.slice_index(&s.step)?
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adj = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            let mut i = vm.slice_index(v)?;
            if i < 0 {
                i += len;
                if i < lower {
                    i = lower;
                }
            } else if i > upper {
                i = upper;
            }
            Ok(i)
        };
        let start = adj(self, &s.start, if step < 0 { upper } else { lower })?;
        let stop = adj(self, &s.stop, if step < 0 { lower } else { upper })?;
        let count = if step > 0 {
            if stop > start {
                ((stop - start - 1) / step + 1) as usize
            } else {
                0
            }
        } else if start > stop {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        };
        Ok((start, stop, step, count))
    }

    fn slice_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            Value::Int(_) | Value::Bool(_) | Value::Instance(_) => self.to_index(v).map_err(|_| {
                self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )
            }),
            _ => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    fn seq_index(&mut self, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match idx {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(self.new_error(
                    "IndexError",
                    "cannot fit 'int' into an index-sized integer".to_string(),
                ))
            }
            _ => {
                if let Value::Instance(_) = idx {
                    if let Ok(i) = self.to_index(idx) {
                        return self.seq_index(&Value::Int(i), len, what);
                    }
                }
                if what == "string" {
                    return Err(self.type_error(format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(idx)
                    )));
                }
                return Err(self.type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    self.type_name(idx)
                )));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = match what {
                "list" => "list index out of range",
                "tuple" => "tuple index out of range",
                "string" => "string index out of range",
                "range object" => "range object index out of range",
                "bytearray" => "bytearray index out of range",
                _ => "index out of range",
            };
            return Err(self.index_error(msg));
        }
        Ok(j as usize)
    }

    // ---- subscripting

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if is_meta_instance(obj) {
            if let Some(r) = self.call_dunder(obj, "__getitem__", &[key.clone()])? {
                return Ok(r);
            }
        }
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let items = l.items.borrow().clone();
                    let (start, _, step, n) = self.slice_indices(s, items.len())?;
                    return Ok(Value::list(take_slice(&items, start, step, n)));
                }
                let len = l.items.borrow().len();
                let i = self.seq_index(key, len, "list")?;
                Ok(l.items.borrow()[i].clone())
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let (start, _, step, n) = self.slice_indices(s, t.items.len())?;
                    return Ok(Value::tuple(take_slice(&t.items, start, step, n)));
                }
                let i = self.seq_index(key, t.items.len(), "tuple")?;
                Ok(t.items[i].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let (start, _, step, n) = self.slice_indices(sl, s.char_len())?;
                    if step == 1 {
                        return Ok(Value::str(s.substr(start as usize, start as usize + n)));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let mut out = String::with_capacity(n);
                    let mut i = start;
                    for _ in 0..n {
                        out.push(chars[i as usize]);
                        i += step;
                    }
                    return Ok(Value::string(out));
                }
                let i = self.seq_index(key, s.char_len(), "string")?;
                let c = s.char_at(i).unwrap_or('\0');
                Ok(self.char_value(c))
            }
            Value::Bytes(b) => {
                if let Value::Slice(s) = key {
                    let (start, _, step, n) = self.slice_indices(s, b.data.len())?;
                    let v: Vec<u8> = (0..n)
                        .map(|k| b.data[(start + k as i64 * step) as usize])
                        .collect();
                    return Ok(Value::Bytes(Rc::new(PyBytes { data: v })));
                }
                let i = self.seq_index(key, b.data.len(), "byte")?;
                Ok(Value::Int(b.data[i] as i64))
            }
            Value::ByteArray(b) => {
                let data = b.data.borrow().clone();
                if let Value::Slice(s) = key {
                    let (start, _, step, n) = self.slice_indices(s, data.len())?;
                    let v: Vec<u8> = (0..n)
                        .map(|k| data[(start + k as i64 * step) as usize])
                        .collect();
                    return Ok(Value::ByteArray(Rc::new(crate::objects::PyByteArray {
                        data: std::cell::RefCell::new(v),
                    })));
                }
                let i = self.seq_index(key, data.len(), "bytearray")?;
                Ok(Value::Int(data[i] as i64))
            }
            Value::Range(r) => {
                if let Value::Slice(s) = key {
                    let (start, stop, step, _) = self.slice_indices(s, r.len() as usize)?;
                    let new_start = r.start + start as i128 * r.step;
                    let new_step = r.step * step as i128;
                    let new_stop = r.start + stop as i128 * r.step;
                    return Ok(Value::Range(Rc::new(crate::objects::PyRange {
                        start: new_start,
                        stop: new_stop,
                        step: new_step,
                    })));
                }
                use num_traits::ToPrimitive;
                let len = r.len();
                let i = match key {
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Instance(_) => {
                        let b = self.to_bigint_index(key).map_err(|_| {
                            self.type_error(format!(
                                "range indices must be integers or slices, not {}",
                                self.type_name(key)
                            ))
                        })?;
                        b.to_i128().unwrap_or(i128::MAX)
                    }
                    _ => {
                        return Err(self.type_error(format!(
                            "range indices must be integers or slices, not {}",
                            self.type_name(key)
                        )))
                    }
                };
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return Err(self.index_error("range object index out of range"));
                }
                Ok(Value::from_i128(r.item(j)))
            }
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Instance(_) => {
                if let Some(r) = self.call_dunder(obj, "__getitem__", &[key.clone()])? {
                    return Ok(r);
                }
                Err(self.type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(obj)
                )))
            }
            Value::Type(t) => {
                let name = self.intern("__class_getitem__");
                if let Some(f) = t.lookup(&name) {
                    let f = match f {
                        Value::Special(s) => match &*s {
                            Special::ClassMethod(f) => f.clone(),
                            _ => Value::Special(s.clone()),
                        },
                        f => f,
                    };
                    return self.call(&f, &[obj.clone(), key.clone()], &[]);
                }
                if t.builtin_kind.is_some()
                    && matches!(
                        t.name_str().as_str(),
                        "list" | "dict" | "tuple" | "set" | "frozenset" | "type"
                    )
                {
                    let args = match key {
                        Value::Tuple(t) => t.items.clone(),
                        k => vec![k.clone()],
                    };
                    return Ok(Value::Special(Rc::new(Special::GenericAlias {
                        origin: obj.clone(),
                        args,
                    })));
                }
                Err(self.type_error(format!("type '{}' is not subscriptable", t.name_str())))
            }
            Value::Special(s) => match &**s {
                Special::MappingProxy(t) => {
                    let d = t.dict.clone();
                    match self.dict_get(&d, key)? {
                        Some(v) => Ok(v),
                        None => Err(self.key_error(key.clone())),
                    }
                }
                _ => Err(self.type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(obj)
                ))),
            },
            _ => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            ))),
        }
    }

    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let new = self.iterate(&value)?;
                    let len = l.items.borrow().len();
                    let (start, stop, step, n) = self.slice_indices(s, len)?;
                    let mut items = l.items.borrow_mut();
                    if step == 1 {
                        let stop = stop.max(start);
                        items.splice(start as usize..stop as usize, new);
                    } else {
                        if new.len() != n {
                            drop(items);
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new.len(),
                                n
                            )));
                        }
                        for (k, v) in new.into_iter().enumerate() {
                            items[(start + k as i64 * step) as usize] = v;
                        }
                    }
                    return Ok(());
                }
                let len = l.items.borrow().len();
                let i = match self.seq_index(&key, len, "list") {
                    Ok(i) => i,
                    Err(e) if self.err_is(&e, "IndexError") => {
                        return Err(self.index_error("list assignment index out of range"))
                    }
                    Err(e) => return Err(e),
                };
                l.items.borrow_mut()[i] = value;
                Ok(())
            }
            Value::Dict(d) => self.dict_set(d, key, value),
            Value::ByteArray(b) => {
                if let Value::Slice(s) = &key {
                    let new = self.bytes_like(&value)?;
                    let len = b.data.borrow().len();
                    let (start, stop, step, _) = self.slice_indices(s, len)?;
                    if step == 1 {
                        let stop = stop.max(start);
                        b.data
                            .borrow_mut()
                            .splice(start as usize..stop as usize, new);
                        return Ok(());
                    }
                    return Err(self.new_error(
                        "NotImplementedError",
                        "extended slice assignment to bytearray",
                    ));
                }
                let len = b.data.borrow().len();
                let i = self.seq_index(&key, len, "bytearray")?;
                let v = self.to_index(&value)?;
                if !(0..256).contains(&v) {
                    return Err(self.value_error("byte must be in range(0, 256)"));
                }
                b.data.borrow_mut()[i] = v as u8;
                Ok(())
            }
            Value::Instance(_) => {
                if self
                    .call_dunder(obj, "__setitem__", &[key, value])?
                    .is_some()
                {
                    return Ok(());
                }
                Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(obj)
                )))
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.items.borrow().len();
                    let (start, _, step, n) = self.slice_indices(s, len)?;
                    let mut idxs: Vec<usize> =
                        (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                    idxs.sort_unstable();
                    let mut items = l.items.borrow_mut();
                    for i in idxs.into_iter().rev() {
                        items.remove(i);
                    }
                    return Ok(());
                }
                let len = l.items.borrow().len();
                let i = match self.seq_index(key, len, "list") {
                    Ok(i) => i,
                    Err(e) if self.err_is(&e, "IndexError") => {
                        return Err(self.index_error("list assignment index out of range"))
                    }
                    Err(e) => return Err(e),
                };
                l.items.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => match self.dict_del(d, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::ByteArray(b) => {
                let len = b.data.borrow().len();
                let i = self.seq_index(key, len, "bytearray")?;
                b.data.borrow_mut().remove(i);
                Ok(())
            }
            Value::Instance(_) => {
                if self
                    .call_dunder(obj, "__delitem__", &[key.clone()])?
                    .is_some()
                {
                    return Ok(());
                }
                Err(self.type_error(format!(
                    "'{}' object doesn't support item deletion",
                    self.type_name(obj)
                )))
            }
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))),
        }
    }

    // ---- bytes helpers

    pub fn bytes_like(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        match v {
            Value::Bytes(b) => Ok(b.data.clone()),
            Value::ByteArray(b) => Ok(b.data.borrow().clone()),
            Value::Instance(_)
                if matches!(
                    self.builtin_base(v),
                    Some(Value::Bytes(_) | Value::ByteArray(_))
                ) =>
            {
                let b = self.builtin_base(v).unwrap_or(Value::None);
                self.bytes_like(&b)
            }
            _ => Err(self.type_error(format!(
                "a bytes-like object is required, not '{}'",
                self.type_name(v)
            ))),
        }
    }

    // ---- mappings

    pub fn is_mapping(&mut self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(_) => {
                let t = self.visible_type(v);
                let k = self.intern("keys");
                let g = self.intern("__getitem__");
                t.lookup(&k).is_some() && t.lookup(&g).is_some()
            }
            Value::Special(s) => matches!(&**s, Special::MappingProxy(_)),
            _ => false,
        }
    }

    pub fn mapping_get(&mut self, m: &Value, key: &Value) -> PyResult<Option<Value>> {
        match m {
            Value::Dict(d) => self.dict_get(d, key),
            _ => match self.getitem(m, key) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_is(&e, "KeyError") => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Value::Instance(inst) = m {
            if self.is_builtin_proxy(inst) {
                return self.proxy_items(inst);
            }
        }
        // dict subclasses are copied from their storage, as CPython's fast path does.
        if let Some(Value::Dict(d)) = self.builtin_base(m) {
            return Ok(d.data.borrow().items());
        }
        match m {
            Value::Dict(d) => Ok(d.data.borrow().items()),
            Value::Special(s) if matches!(&**s, Special::MappingProxy(_)) => {
                if let Special::MappingProxy(t) = &**s {
                    return Ok(t.dict.data.borrow().items());
                }
                Ok(vec![])
            }
            _ => {
                let keys = self.call_method(m, "keys", &[])?;
                let keys = self.iterate(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                Ok(out)
            }
        }
    }

    /// `d.update(other)` for a mapping or an iterable of pairs.
    pub fn dict_update_from(&mut self, d: &PyDict, other: &Value) -> PyResult<()> {
        if self.is_mapping(other) {
            for (k, v) in self.mapping_items(other)? {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        let items = self.iterate(other)?;
        for (i, item) in items.into_iter().enumerate() {
            let pair = match self.iterate(&item) {
                Ok(p) => p,
                Err(_) => {
                    return Err(self.type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        i
                    )))
                }
            };
            if pair.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{} has length {}; 2 is required",
                    i,
                    pair.len()
                )));
            }
            let mut it = pair.into_iter();
            let (Some(k), Some(v)) = (it.next(), it.next()) else {
                continue;
            };
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    // ---- pattern matching helpers

    pub fn is_mapping_for_match(&mut self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(_) => {
                let t = self.type_of(v);
                t.is_subtype(&self.types.dict.clone()) || {
                    let k = self.intern("keys");
                    let g = self.intern("__getitem__");
                    t.lookup(&k).is_some()
                        && t.lookup(&g).is_some()
                        && t.lookup(&self.intern("__len__")).is_some()
                }
            }
            _ => false,
        }
    }

    pub fn is_sequence_for_match(&mut self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(_) => {
                let t = self.type_of(v);
                t.is_subtype(&self.types.list.clone()) || t.is_subtype(&self.types.tuple.clone())
            }
            _ => false,
        }
    }

    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = self.iterate(keys)?;
        let mut vals = Vec::with_capacity(keys.len());
        for k in keys {
            match self.mapping_get(subject, &k)? {
                Some(v) => vals.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(vals))
    }

    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Value::Type(t) = cls else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        if !self.type_of(subject).is_subtype(t) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if npos > 0 {
            let ma = self.intern("__match_args__");
            let match_args = t.lookup(&ma);
            let self_match = matches!(
                t.builtin_kind,
                Some(
                    crate::interp::BuiltinKind::Int
                        | crate::interp::BuiltinKind::Bool
                        | crate::interp::BuiltinKind::Float
                        | crate::interp::BuiltinKind::Str
                        | crate::interp::BuiltinKind::Bytes
                        | crate::interp::BuiltinKind::ByteArray
                        | crate::interp::BuiltinKind::List
                        | crate::interp::BuiltinKind::Tuple
                        | crate::interp::BuiltinKind::Dict
                        | crate::interp::BuiltinKind::Set
                        | crate::interp::BuiltinKind::FrozenSet
                )
            ) && !t.heap;
            match match_args {
                Some(Value::Tuple(ma)) => {
                    if npos > ma.items.len() {
                        return Err(self.type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({} given)",
                            t.name_str(),
                            ma.items.len(),
                            if ma.items.len() == 1 { "" } else { "s" },
                            npos
                        )));
                    }
                    for name in ma.items.iter().take(npos) {
                        let Value::Str(n) = name else {
                            return Err(self.type_error("__match_args__ elements must be strings"));
                        };
                        match self.getattr_opt(subject, n)? {
                            Some(v) => out.push(v),
                            None => return Ok(Value::None),
                        }
                    }
                }
                Some(_) => return Err(self.type_error("__match_args__ must be a tuple")),
                None if self_match => {
                    if npos > 1 {
                        return Err(self.type_error(format!(
                            "{}() accepts 1 positional sub-pattern ({} given)",
                            t.name_str(),
                            npos
                        )));
                    }
                    out.push(subject.clone());
                }
                None => {
                    return Err(self.type_error(format!(
                        "{}() accepts 0 positional sub-patterns ({} given)",
                        t.name_str(),
                        npos
                    )))
                }
            }
        }
        if let Value::Tuple(names) = names {
            for n in names.items.iter() {
                let Value::Str(n) = n else { continue };
                match self.getattr_opt(subject, n)? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(out))
    }
}

fn take_slice(items: &[Value], start: i64, step: i64, n: usize) -> Vec<Value> {
    if step == 1 {
        let s = start as usize;
        return items[s..s + n].to_vec();
    }
    (0..n)
        .map(|k| items[(start + k as i64 * step) as usize].clone())
        .collect()
}

/// Exact comparison of int/float values (None when a NaN is involved).
pub fn num_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Bool(x), _) => num_cmp(&Int(*x as i64), b),
        (_, Bool(y)) => num_cmp(a, &Int(*y as i64)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Int(x), Float(y)) => {
            if y.is_nan() {
                return Option::None;
            }
            if x.unsigned_abs() < (1 << 53) {
                return (*x as f64).partial_cmp(y);
            }
            int_float_cmp(&num_bigint::BigInt::from(*x), *y)
        }
        (Float(_), Int(_) | BigInt(_)) => num_cmp(b, a).map(Ordering::reverse),
        (BigInt(x), Float(y)) => int_float_cmp(x, *y),
        (BigInt(x), BigInt(y)) => Some((**x).cmp(&**y)),
        (BigInt(x), Int(y)) => Some((**x).cmp(&num_bigint::BigInt::from(*y))),
        (Int(x), BigInt(y)) => Some(num_bigint::BigInt::from(*x).cmp(&**y)),
        _ => Option::None,
    }
}

fn int_float_cmp(x: &BigInt, y: f64) -> Option<std::cmp::Ordering> {
    use num_traits::FromPrimitive;
    use std::cmp::Ordering;
    if y.is_nan() {
        return None;
    }
    if y.is_infinite() {
        return Some(if y > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let yi = BigInt::from_f64(y.floor())?;
    match x.cmp(&yi) {
        Ordering::Equal => {
            if y.fract() == 0.0 {
                Some(Ordering::Equal)
            } else {
                Some(Ordering::Less)
            }
        }
        o => Some(o),
    }
}

/// Operands that `|` combines into a `types.UnionType`.
fn is_union_operand(v: &Value) -> bool {
    match v {
        Value::Type(_) | Value::None => true,
        Value::Special(s) => matches!(
            &**s,
            crate::objects::Special::UnionType(_) | crate::objects::Special::GenericAlias { .. }
        ),
        _ => false,
    }
}
