//! Python hashing and the key-equality-aware dict/set operations.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::{DictData, PyDict, PySet, PyStr};
use crate::value::Value;

use super::{PyResult, Vm};

const MODULUS: u64 = (1u64 << 61) - 1;

pub fn hash_i64(n: i64) -> i64 {
    let mut h = (n.unsigned_abs() % MODULUS) as i64;
    if n < 0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.abs() % m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `_Py_HashDouble` (NaN handled by the caller).
pub fn hash_f64(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(x.abs());
    let sign: i64 = if x < 0.0 { -1 } else { 1 };
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    } as u32;
    h = ((h << e) & MODULUS) | (h >> (61 - e));
    let mut r = h as i64 * sign;
    if r == -1 {
        r = -2;
    }
    r
}

/// `frexp`: x = m * 2**e with 0.5 <= m < 1 (x finite, non-negative).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

pub fn hash_tuple_items(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// Equality decidable without running Python code: `Some(eq)` or `None` when a `__eq__`
/// method may be involved.
#[inline]
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Float(x), Float(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => (*x as i64) == *y,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_)) | (Int(_), BigInt(_)) => false,
        (None, None) => true,
        (Bytes(x), Bytes(y)) => x.data == y.data,
        (Str(_), Int(_) | Float(_) | None | Bool(_) | Tuple(_) | BigInt(_) | Bytes(_)) => false,
        (Int(_) | Float(_) | None | Bool(_) | Tuple(_) | BigInt(_) | Bytes(_), Str(_)) => false,
        (Type(x), Type(y)) => Rc::ptr_eq(x, y),
        (Tuple(x), Tuple(y)) => {
            if Rc::ptr_eq(x, y) {
                return Some(true);
            }
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if p.is(q) {
                    continue;
                }
                match simple_eq(p, q) {
                    Some(true) => {}
                    Some(false) => return Some(false),
                    Option::None => return Option::None,
                }
            }
            true
        }
        _ => return Option::None,
    })
}

/// Index of the entry whose key is the str `key` (pointer-equal or same text).
#[inline]
fn find_str(data: &crate::objects::DictData, key: &PyStr) -> Option<usize> {
    data.find(key.hash(), |k| match k {
        Value::Str(s) => std::ptr::eq(&**s, key) || s.as_str() == key.as_str(),
        _ => false,
    })
}

/// Look up a str key (the fast path for namespaces).
#[inline]
pub fn dict_get_str(d: &PyDict, key: &PyStr) -> Option<Value> {
    let data = d.data.borrow();
    let idx = find_str(&data, key)?;
    data.entry(idx).map(|e| e.value.clone())
}

/// `d[key]` and the index of its entry, for an interned name whose entry was last found
/// at `hint`: when that entry still holds the same key object, no hashing is needed.
#[inline(always)]
pub fn dict_get_str_hinted(d: &PyDict, key: &Rc<PyStr>, hint: usize) -> Option<(Value, usize)> {
    let data = d.data.borrow();
    if let Some(e) = data.entry(hint) {
        if matches!(&e.key, Value::Str(k) if Rc::ptr_eq(k, key)) {
            return Some((e.value.clone(), hint));
        }
    }
    let idx = find_str(&data, key)?;
    Some((data.entry(idx)?.value.clone(), idx))
}

pub fn dict_set_str(d: &PyDict, key: Rc<PyStr>, value: Value) {
    let h = key.hash();
    let mut data = d.data.borrow_mut();
    match find_str(&data, &key) {
        Some(idx) => {
            if let Some(e) = data.entry_mut(idx) {
                e.value = value;
            }
        }
        None => data.insert_new(h, Value::Str(key), value),
    }
    drop(data);
    d.touch();
}

/// `d[key] = v` when the entry at `hint` holds `key` (by pointer); `Err(v)` otherwise.
#[inline(always)]
pub fn dict_set_str_hinted(
    d: &PyDict,
    key: &Rc<PyStr>,
    hint: usize,
    v: Value,
) -> Result<(), Value> {
    let mut data = d.data.borrow_mut();
    match data.entry_mut(hint) {
        Some(e) if matches!(&e.key, Value::Str(k) if Rc::ptr_eq(k, key)) => {
            let old = std::mem::replace(&mut e.value, v);
            drop(data);
            d.touch();
            drop(old);
            Ok(())
        }
        _ => Err(v),
    }
}

pub fn dict_del_str(d: &PyDict, key: &PyStr) -> Option<Value> {
    let mut data = d.data.borrow_mut();
    let idx = data.find(key.hash(), |k| match k {
        Value::Str(s) => s.as_str() == key.as_str(),
        _ => false,
    })?;
    let e = data.remove_at(idx);
    drop(data);
    d.touch();
    e.map(|e| e.value)
}

impl Vm {
    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::Str(s) => s.hash(),
            Value::Float(f) => {
                if f.is_nan() {
                    (v.ptr().unwrap_or(0) >> 4) as i64
                } else if f.fract() == 0.0 && f.abs() < 9.2e18 {
                    hash_i64(*f as i64)
                } else if f.fract() == 0.0 && f.is_finite() {
                    use num_traits::FromPrimitive;
                    hash_bigint(&BigInt::from_f64(*f).unwrap_or_default())
                } else {
                    hash_f64(*f)
                }
            }
            Value::BigInt(b) => hash_bigint(b),
            Value::None => 0x5f5e1f0,
            Value::Tuple(t) => {
                if let Some(h) = t.hash.get() {
                    return Ok(h);
                }
                let mut hs = Vec::with_capacity(t.items.len());
                for item in &t.items {
                    hs.push(self.hash(item)?);
                }
                let h = hash_tuple_items(&hs);
                t.hash.set(Some(h));
                h
            }
            Value::Bytes(b) => {
                let s = PyStr::new(&String::from_utf8_lossy(&b.data));
                s.hash() ^ 0x5bd1e995
            }
            Value::Complex(c) => {
                let (re, im) = (&c.0, &c.1);
                let hr = if re.is_nan() { 0 } else { hash_f64(*re) };
                let hi = if im.is_nan() { 0 } else { hash_f64(*im) };
                let mut h = hr.wrapping_add(hi.wrapping_mul(1000003));
                if h == -1 {
                    h = -2;
                }
                h
            }
            Value::FrozenSet(s) => {
                let keys = s.data.borrow().keys();
                let mut acc: u64 = 0;
                for k in keys {
                    let h = self.hash(&k)? as u64;
                    acc ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
                }
                acc = acc.wrapping_mul(69069).wrapping_add(907133923);
                acc as i64
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Instance(_) => return self.hash_instance(v),
            Value::Slice(_) => {
                return Err(self.type_error("unhashable type: 'slice'"));
            }
            Value::Special(s) => {
                if let crate::objects::Special::DictView { kind, .. } = &**s {
                    if *kind != crate::objects::DictViewKind::Keys {
                        return Err(
                            self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                        );
                    }
                }
                (v.ptr().unwrap_or(0) >> 4) as i64
            }
            _ => (v.ptr().unwrap_or(0) >> 4) as i64,
        })
    }

    fn hash_instance(&mut self, v: &Value) -> PyResult<i64> {
        let t = self.type_of(v);
        let name = self.intern("__hash__");
        match t.lookup(&name) {
            Some(Value::None) => {
                Err(self.type_error(format!("unhashable type: '{}'", t.name_str())))
            }
            Some(f) => {
                // Builtin `object.__hash__` is identity; avoid a call for it.
                if let Value::Builtin(b) = &f {
                    if &*b.name == "__hash__" && b.owner.as_deref() == Some("object") {
                        return Ok((v.ptr().unwrap_or(0) >> 4) as i64);
                    }
                }
                let r = self.call(&f, &[v.clone()], &[])?;
                match r {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::Bool(b) => Ok(b as i64),
                    Value::BigInt(b) => Ok(hash_bigint(&b)),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            None => Ok((v.ptr().unwrap_or(0) >> 4) as i64),
        }
    }

    /// Find the entry index of `key` (hash precomputed).
    pub fn data_find(
        &mut self,
        data: &std::cell::RefCell<DictData>,
        key: &Value,
        h: i64,
    ) -> PyResult<Option<usize>> {
        let mut needs_slow = false;
        let found = data.borrow().find(h, |k| {
            if k.is(key) {
                return true;
            }
            match simple_eq(k, key) {
                Some(b) => b,
                None => {
                    needs_slow = true;
                    false
                }
            }
        });
        if found.is_some() || !needs_slow {
            return Ok(found);
        }
        let cands = data.borrow().candidates(h);
        for idx in cands {
            let k = match data.borrow().entry(idx) {
                Some(e) => e.key.clone(),
                None => continue,
            };
            if k.is(key) || self.eq(&k, key)? {
                return Ok(Some(idx));
            }
        }
        Ok(None)
    }

    pub fn dict_get(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            // Fast path: str keys only ever equal str keys (subclasses aside).
            let h = s.hash();
            let data = d.data.borrow();
            if let Some(i) = data.find(h, |k| match k {
                Value::Str(k) => Rc::ptr_eq(k, s) || k.as_str() == s.as_str(),
                _ => false,
            }) {
                return Ok(data.entry(i).map(|e| e.value.clone()));
            }
            drop(data);
        }
        let h = self.hash(key)?;
        let idx = self.data_find(&d.data, key, h)?;
        Ok(idx.and_then(|i| d.data.borrow().entry(i).map(|e| e.value.clone())))
    }

    pub fn dict_set(&mut self, d: &PyDict, key: Value, value: Value) -> PyResult<()> {
        if let Value::Str(s) = &key {
            dict_set_str(d, s.clone(), value);
            return Ok(());
        }
        let h = self.hash(&key)?;
        let idx = self.data_find(&d.data, &key, h)?;
        let mut data = d.data.borrow_mut();
        match idx {
            Some(i) => {
                if let Some(e) = data.entry_mut(i) {
                    e.value = value;
                }
            }
            None => data.insert_new(h, key, value),
        }
        drop(data);
        d.touch();
        Ok(())
    }

    pub fn dict_del(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let idx = self.data_find(&d.data, key, h)?;
        let r = match idx {
            Some(i) => d.data.borrow_mut().remove_at(i).map(|e| e.value),
            None => None,
        };
        d.touch();
        Ok(r)
    }

    pub fn set_contains(&mut self, s: &PySet, key: &Value) -> PyResult<bool> {
        let h = self.hash_set_key(key)?;
        Ok(self.data_find(&s.data, key, h)?.is_some())
    }

    /// Hash for set membership: a `set` argument is looked up as a frozenset.
    fn hash_set_key(&mut self, key: &Value) -> PyResult<i64> {
        if let Value::Set(s) = key {
            let fs = Value::FrozenSet(s.clone());
            return self.hash(&fs);
        }
        self.hash(key)
    }

    pub fn set_add(&mut self, s: &PySet, key: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        if self.data_find(&s.data, &key, h)?.is_none() {
            s.data.borrow_mut().insert_new(h, key, Value::None);
        }
        Ok(())
    }

    pub fn set_discard(&mut self, s: &PySet, key: &Value) -> PyResult<bool> {
        let h = self.hash_set_key(key)?;
        match self.data_find(&s.data, key, h)? {
            Some(i) => {
                s.data.borrow_mut().remove_at(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn new_set_from(&mut self, items: Vec<Value>) -> PyResult<PySet> {
        let s = PySet::new();
        for it in items {
            self.set_add(&s, it)?;
        }
        Ok(s)
    }

    pub fn new_dict_from(&mut self, items: Vec<(Value, Value)>) -> PyResult<PyDict> {
        let d = PyDict::new();
        for (k, v) in items {
            self.dict_set(&d, k, v)?;
        }
        Ok(d)
    }
}
