//! Converting values between Rust and Python.
//!
//! Inside one interpreter, [`ToPython`] and [`FromPython`] convert Rust values to and from
//! [`Value`]s. Between threads (the pool), values travel as [`Data`], an owned, `Send`
//! snapshot of a Python value; [`IntoData`] and [`FromData`] convert Rust values to and
//! from it without an interpreter.
//!
//! | Rust | Python |
//! |------|--------|
//! | `i64`, `i32`, `u64`, `usize`, ... | `int` (out of range: `OverflowError`) |
//! | `f64`, `f32` | `float` (accepts `int` too) |
//! | `bool` | `bool` |
//! | `String`, `&str` | `str` |
//! | `Vec<T>`, `&[T]` | `list` (accepts `tuple`, `set` and other iterables) |
//! | `HashMap<K, V>`, `BTreeMap<K, V>` | `dict` |
//! | `Option<T>` | `None` or the value |
//! | `(A,)` ... `(A, B, C, D, E, F)` | `tuple` (accepts a `list` of the right length) |
//! | `()` | `None` (as a result: any value, ignored) |
//! | `BigInt` | `int` |
//! | [`Data`] | any of the above, or an exported object |
//! | [`Shareable`] | the value it imports as |
//! | [`Value`] | itself |
//!
//! A failed conversion raises `TypeError` (`OverflowError` for integers out of range).

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, Hash};
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use weft_shareable::Shareable;

use crate::interp::{PyResult, Vm};
use crate::objects::{Payload, PyBytes};
use crate::value::Value;

use super::Error;

/// Converts a Rust value into a Python value of one interpreter.
pub trait ToPython {
    /// The Python value.
    fn to_python(&self, vm: &mut Vm) -> PyResult<Value>;
}

/// Converts a Python value into a Rust value; fails with a Python `TypeError` (or
/// `OverflowError`).
pub trait FromPython: Sized {
    /// The Rust value.
    fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self>;
}

/// The value a subclass of a builtin type (`class MyInt(int)`) wraps, or `v` itself.
fn unwrap_builtin(v: &Value) -> Value {
    if let Value::Instance(i) = v {
        if let Payload::Builtin(b) = &i.payload {
            return b.borrow().clone();
        }
    }
    v.clone()
}

fn expected(vm: &Vm, what: &str, v: &Value) -> crate::interp::PyErr {
    vm.type_error(format!("expected {}, got {}", what, vm.type_name(v)))
}

impl ToPython for Value {
    fn to_python(&self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(self.clone())
    }
}

impl FromPython for Value {
    fn from_python(_vm: &mut Vm, v: &Value) -> PyResult<Self> {
        Ok(v.clone())
    }
}

impl<T: ToPython + ?Sized> ToPython for &T {
    fn to_python(&self, vm: &mut Vm) -> PyResult<Value> {
        (**self).to_python(vm)
    }
}

impl ToPython for () {
    fn to_python(&self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::None)
    }
}

impl FromPython for () {
    fn from_python(_vm: &mut Vm, _v: &Value) -> PyResult<Self> {
        Ok(())
    }
}

impl ToPython for bool {
    fn to_python(&self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::Bool(*self))
    }
}

impl FromPython for bool {
    fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        match v {
            Value::Bool(b) => Ok(*b),
            _ => Err(expected(vm, "bool", v)),
        }
    }
}

macro_rules! int_conversions {
    ($($t:ty),*) => {$(
        impl ToPython for $t {
            fn to_python(&self, _vm: &mut Vm) -> PyResult<Value> {
                Ok(Value::from_i128(*self as i128))
            }
        }

        impl FromPython for $t {
            fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
                let overflow = |vm: &Vm| {
                    vm.new_error(
                        "OverflowError",
                        concat!("Python int too large to convert to ", stringify!($t)),
                    )
                };
                match unwrap_builtin(v) {
                    Value::Int(i) => <$t>::try_from(i).map_err(|_| overflow(vm)),
                    Value::Bool(b) => Ok(b as $t),
                    Value::BigInt(b) => b.to_i128().and_then(|i| <$t>::try_from(i).ok()).ok_or_else(|| overflow(vm)),
                    _ => Err(expected(vm, "int", v)),
                }
            }
        }

        impl IntoData for $t {
            fn into_data(self) -> Data {
                match i64::try_from(self) {
                    Ok(i) => Data::Int(i),
                    Err(_) => Data::BigInt(BigInt::from(self)),
                }
            }
        }

        impl FromData for $t {
            fn from_data(d: Data) -> Result<Self, Error> {
                let overflow = || Error::conversion(concat!("Python int too large to convert to ", stringify!($t)));
                match d {
                    Data::Int(i) => <$t>::try_from(i).map_err(|_| overflow()),
                    Data::Bool(b) => Ok(b as $t),
                    Data::BigInt(b) => b.to_i128().and_then(|i| <$t>::try_from(i).ok()).ok_or_else(overflow),
                    other => Err(Error::conversion(format!("expected int, got {}", other.type_name()))),
                }
            }
        }
    )*};
}

int_conversions!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl ToPython for f64 {
    fn to_python(&self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::Float(*self))
    }
}

impl FromPython for f64 {
    fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        match unwrap_builtin(v) {
            Value::Float(f) => Ok(f),
            Value::Int(i) => Ok(i as f64),
            Value::Bool(b) => Ok(b as i64 as f64),
            Value::BigInt(b) => b
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| vm.new_error("OverflowError", "int too large to convert to float")),
            _ => Err(expected(vm, "float", v)),
        }
    }
}

impl ToPython for f32 {
    fn to_python(&self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::Float(*self as f64))
    }
}

impl FromPython for f32 {
    fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        f64::from_python(vm, v).map(|f| f as f32)
    }
}

impl ToPython for str {
    fn to_python(&self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::str(self))
    }
}

impl ToPython for String {
    fn to_python(&self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::str(self))
    }
}

impl FromPython for String {
    fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        match unwrap_builtin(v) {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => Err(expected(vm, "str", v)),
        }
    }
}

impl ToPython for BigInt {
    fn to_python(&self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::from_bigint(self.clone()))
    }
}

impl FromPython for BigInt {
    fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        match unwrap_builtin(v) {
            Value::Int(i) => Ok(BigInt::from(i)),
            Value::Bool(b) => Ok(BigInt::from(b as i64)),
            Value::BigInt(b) => Ok((*b).clone()),
            _ => Err(expected(vm, "int", v)),
        }
    }
}

impl<T: ToPython> ToPython for Option<T> {
    fn to_python(&self, vm: &mut Vm) -> PyResult<Value> {
        match self {
            Some(v) => v.to_python(vm),
            None => Ok(Value::None),
        }
    }
}

impl<T: FromPython> FromPython for Option<T> {
    fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        match v {
            Value::None => Ok(None),
            _ => T::from_python(vm, v).map(Some),
        }
    }
}

impl<T: ToPython> ToPython for [T] {
    fn to_python(&self, vm: &mut Vm) -> PyResult<Value> {
        let mut items = Vec::with_capacity(self.len());
        for x in self {
            items.push(x.to_python(vm)?);
        }
        Ok(Value::list(items))
    }
}

impl<T: ToPython> ToPython for Vec<T> {
    fn to_python(&self, vm: &mut Vm) -> PyResult<Value> {
        self.as_slice().to_python(vm)
    }
}

/// The items of a list, tuple, set or other iterable.
fn items_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match unwrap_builtin(v) {
        Value::List(l) => Ok(l.items.borrow().clone()),
        Value::Tuple(t) => Ok(t.items.clone()),
        Value::Str(_) => Err(expected(vm, "a sequence", v)),
        other => vm.iterate(&other),
    }
}

impl<T: FromPython> FromPython for Vec<T> {
    fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        let items = items_of(vm, v)?;
        let mut out = Vec::with_capacity(items.len());
        for x in &items {
            out.push(T::from_python(vm, x)?);
        }
        Ok(out)
    }
}

fn dict_to_python<'a, K: ToPython + 'a, V: ToPython + 'a>(
    vm: &mut Vm,
    it: impl Iterator<Item = (&'a K, &'a V)>,
) -> PyResult<Value> {
    let mut items = Vec::new();
    for (k, v) in it {
        items.push((k.to_python(vm)?, v.to_python(vm)?));
    }
    Ok(Value::Dict(Rc::new(vm.new_dict_from(items)?)))
}

fn dict_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<(Value, Value)>> {
    match unwrap_builtin(v) {
        Value::Dict(d) => Ok(d.data.borrow().items()),
        _ => Err(expected(vm, "dict", v)),
    }
}

impl<K: ToPython, V: ToPython, S> ToPython for HashMap<K, V, S> {
    fn to_python(&self, vm: &mut Vm) -> PyResult<Value> {
        dict_to_python(vm, self.iter())
    }
}

impl<K: FromPython + Eq + Hash, V: FromPython, S: BuildHasher + Default> FromPython
    for HashMap<K, V, S>
{
    fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        let items = dict_items(vm, v)?;
        let mut out = HashMap::with_capacity_and_hasher(items.len(), S::default());
        for (k, v) in &items {
            out.insert(K::from_python(vm, k)?, V::from_python(vm, v)?);
        }
        Ok(out)
    }
}

impl<K: ToPython, V: ToPython> ToPython for BTreeMap<K, V> {
    fn to_python(&self, vm: &mut Vm) -> PyResult<Value> {
        dict_to_python(vm, self.iter())
    }
}

impl<K: FromPython + Ord, V: FromPython> FromPython for BTreeMap<K, V> {
    fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        let items = dict_items(vm, v)?;
        let mut out = BTreeMap::new();
        for (k, v) in &items {
            out.insert(K::from_python(vm, k)?, V::from_python(vm, v)?);
        }
        Ok(out)
    }
}

impl ToPython for Shareable {
    fn to_python(&self, vm: &mut Vm) -> PyResult<Value> {
        vm.import(self)
    }
}

impl FromPython for Shareable {
    fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        vm.export(v)
    }
}

macro_rules! tuple_conversions {
    ($n:expr; $($t:ident $i:tt),+) => {
        impl<$($t: ToPython),+> ToPython for ($($t,)+) {
            fn to_python(&self, vm: &mut Vm) -> PyResult<Value> {
                Ok(Value::tuple(vec![$(self.$i.to_python(vm)?),+]))
            }
        }

        impl<$($t: FromPython),+> FromPython for ($($t,)+) {
            fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
                let items = match unwrap_builtin(v) {
                    Value::Tuple(t) => t.items.clone(),
                    Value::List(l) => l.items.borrow().clone(),
                    _ => return Err(expected(vm, "tuple", v)),
                };
                if items.len() != $n {
                    return Err(vm.type_error(format!(
                        "expected a tuple of length {}, got length {}", $n, items.len()
                    )));
                }
                Ok(($($t::from_python(vm, &items[$i])?,)+))
            }
        }

        impl<$($t: IntoData),+> IntoData for ($($t,)+) {
            fn into_data(self) -> Data {
                Data::Tuple(vec![$(self.$i.into_data()),+])
            }
        }

        impl<$($t: FromData),+> FromData for ($($t,)+) {
            fn from_data(d: Data) -> Result<Self, Error> {
                let items = match d {
                    Data::Tuple(v) | Data::List(v) => v,
                    other => return Err(Error::conversion(format!("expected tuple, got {}", other.type_name()))),
                };
                if items.len() != $n {
                    return Err(Error::conversion(format!(
                        "expected a tuple of length {}, got length {}", $n, items.len()
                    )));
                }
                let mut it = items.into_iter();
                Ok(($($t::from_data(it.next().unwrap_or(Data::None))?,)+))
            }
        }

        impl<$($t: ToPython),+> Args for ($($t,)+) {
            fn to_args(&self, vm: &mut Vm) -> PyResult<Vec<Value>> {
                Ok(vec![$(self.$i.to_python(vm)?),+])
            }
        }

        impl<$($t: IntoData + Send),+> JobArgs for ($($t,)+) {
            fn into_data_args(self) -> Vec<Data> {
                vec![$(self.$i.into_data()),+]
            }
        }
    };
}

tuple_conversions!(1; A 0);
tuple_conversions!(2; A 0, B 1);
tuple_conversions!(3; A 0, B 1, C 2);
tuple_conversions!(4; A 0, B 1, C 2, D 3);
tuple_conversions!(5; A 0, B 1, C 2, D 3, E 4);
tuple_conversions!(6; A 0, B 1, C 2, D 3, E 4, F 5);

/// The positional arguments of a call: a tuple of [`ToPython`] values (`()`, `(x,)`,
/// `(x, y)`, ... up to six), or a `Vec`/slice of them for any number.
pub trait Args {
    /// The argument values.
    fn to_args(&self, vm: &mut Vm) -> PyResult<Vec<Value>>;
}

impl Args for () {
    fn to_args(&self, _vm: &mut Vm) -> PyResult<Vec<Value>> {
        Ok(Vec::new())
    }
}

impl<T: ToPython> Args for Vec<T> {
    fn to_args(&self, vm: &mut Vm) -> PyResult<Vec<Value>> {
        self.as_slice().to_args(vm)
    }
}

impl<T: ToPython> Args for &[T] {
    fn to_args(&self, vm: &mut Vm) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(self.len());
        for x in self.iter() {
            out.push(x.to_python(vm)?);
        }
        Ok(out)
    }
}

impl<T: ToPython, const N: usize> Args for [T; N] {
    fn to_args(&self, vm: &mut Vm) -> PyResult<Vec<Value>> {
        self.as_slice().to_args(vm)
    }
}

/// An owned, thread-safe snapshot of a Python value: what pool jobs take and return.
///
/// Containers are copied deeply (a `list` becomes [`Data::List`]); objects without a
/// snapshot form (functions, class instances, ...) are exported as a [`Shareable`]
/// ([`Data::Shared`]), which imports back as the same object (shared, or a proxy to it).
#[derive(Debug, Clone, PartialEq)]
pub enum Data {
    /// `None`.
    None,
    /// A `bool`.
    Bool(bool),
    /// An `int` that fits in an `i64`.
    Int(i64),
    /// Any other `int`.
    BigInt(BigInt),
    /// A `float`.
    Float(f64),
    /// A `str`.
    Str(String),
    /// A `bytes` (also what a `bytearray` becomes).
    Bytes(Vec<u8>),
    /// A `list`.
    List(Vec<Data>),
    /// A `tuple`.
    Tuple(Vec<Data>),
    /// A `dict`, in insertion order.
    Dict(Vec<(Data, Data)>),
    /// A `set` or `frozenset` (imports as a `set`).
    Set(Vec<Data>),
    /// Any other value, exported for use by other interpreters.
    Shared(Shareable),
}

impl Data {
    /// The Python type name of the value (for messages).
    pub fn type_name(&self) -> &'static str {
        match self {
            Data::None => "NoneType",
            Data::Bool(_) => "bool",
            Data::Int(_) | Data::BigInt(_) => "int",
            Data::Float(_) => "float",
            Data::Str(_) => "str",
            Data::Bytes(_) => "bytes",
            Data::List(_) => "list",
            Data::Tuple(_) => "tuple",
            Data::Dict(_) => "dict",
            Data::Set(_) => "set",
            Data::Shared(_) => "object",
        }
    }

    /// Converts into a Rust value.
    pub fn get<T: FromData>(self) -> Result<T, Error> {
        T::from_data(self)
    }

    fn from_value(vm: &mut Vm, v: &Value, seen: &mut Vec<usize>) -> PyResult<Data> {
        let v = unwrap_builtin(v);
        let mut enter = |vm: &Vm, p: usize| {
            if seen.contains(&p) {
                return Err(vm.new_error("ValueError", "cannot convert a recursive data structure"));
            }
            seen.push(p);
            Ok(())
        };
        let d = match &v {
            Value::None => Data::None,
            Value::Bool(b) => Data::Bool(*b),
            Value::Int(i) => Data::Int(*i),
            Value::BigInt(b) => Data::BigInt((**b).clone()),
            Value::Float(f) => Data::Float(*f),
            Value::Str(s) => Data::Str(s.as_str().to_string()),
            Value::Bytes(b) => Data::Bytes(b.data.clone()),
            Value::ByteArray(b) => Data::Bytes(b.data.borrow().clone()),
            Value::List(l) => {
                enter(vm, Rc::as_ptr(l) as usize)?;
                let items = l.items.borrow().clone();
                let d = Data::List(Self::from_values(vm, &items, seen)?);
                seen.pop();
                d
            }
            Value::Tuple(t) => {
                enter(vm, Rc::as_ptr(t) as usize)?;
                let d = Data::Tuple(Self::from_values(vm, &t.items, seen)?);
                seen.pop();
                d
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let items = s.data.borrow().keys();
                Data::Set(Self::from_values(vm, &items, seen)?)
            }
            Value::Dict(d) => {
                enter(vm, Rc::as_ptr(d) as usize)?;
                let items = d.data.borrow().items();
                let mut out = Vec::with_capacity(items.len());
                for (k, v) in &items {
                    out.push((
                        Self::from_value(vm, k, seen)?,
                        Self::from_value(vm, v, seen)?,
                    ));
                }
                seen.pop();
                Data::Dict(out)
            }
            other => Data::Shared(vm.export(other)?),
        };
        Ok(d)
    }

    fn from_values(vm: &mut Vm, items: &[Value], seen: &mut Vec<usize>) -> PyResult<Vec<Data>> {
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            out.push(Self::from_value(vm, x, seen)?);
        }
        Ok(out)
    }
}

impl ToPython for Data {
    fn to_python(&self, vm: &mut Vm) -> PyResult<Value> {
        let items = |vm: &mut Vm, xs: &[Data]| -> PyResult<Vec<Value>> {
            let mut out = Vec::with_capacity(xs.len());
            for x in xs {
                out.push(x.to_python(vm)?);
            }
            Ok(out)
        };
        Ok(match self {
            Data::None => Value::None,
            Data::Bool(b) => Value::Bool(*b),
            Data::Int(i) => Value::Int(*i),
            Data::BigInt(b) => Value::from_bigint(b.clone()),
            Data::Float(f) => Value::Float(*f),
            Data::Str(s) => Value::str(s),
            Data::Bytes(b) => Value::Bytes(Rc::new(PyBytes { data: b.clone() })),
            Data::List(xs) => Value::list(items(vm, xs)?),
            Data::Tuple(xs) => Value::tuple(items(vm, xs)?),
            Data::Set(xs) => {
                let xs = items(vm, xs)?;
                Value::Set(Rc::new(vm.new_set_from(xs)?))
            }
            Data::Dict(kvs) => {
                let mut out = Vec::with_capacity(kvs.len());
                for (k, v) in kvs {
                    out.push((k.to_python(vm)?, v.to_python(vm)?));
                }
                Value::Dict(Rc::new(vm.new_dict_from(out)?))
            }
            Data::Shared(s) => vm.import(s)?,
        })
    }
}

impl FromPython for Data {
    fn from_python(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        Data::from_value(vm, v, &mut Vec::new())
    }
}

/// Converts a Rust value into [`Data`] (no interpreter needed).
pub trait IntoData {
    /// The snapshot.
    fn into_data(self) -> Data;
}

/// Converts [`Data`] into a Rust value, with the same rules as [`FromPython`].
pub trait FromData: Sized {
    /// The Rust value, or a conversion error.
    fn from_data(d: Data) -> Result<Self, Error>;
}

impl IntoData for Data {
    fn into_data(self) -> Data {
        self
    }
}

impl FromData for Data {
    fn from_data(d: Data) -> Result<Self, Error> {
        Ok(d)
    }
}

impl IntoData for () {
    fn into_data(self) -> Data {
        Data::None
    }
}

impl FromData for () {
    fn from_data(_d: Data) -> Result<Self, Error> {
        Ok(())
    }
}

impl IntoData for bool {
    fn into_data(self) -> Data {
        Data::Bool(self)
    }
}

impl FromData for bool {
    fn from_data(d: Data) -> Result<Self, Error> {
        match d {
            Data::Bool(b) => Ok(b),
            other => Err(Error::conversion(format!(
                "expected bool, got {}",
                other.type_name()
            ))),
        }
    }
}

impl IntoData for f64 {
    fn into_data(self) -> Data {
        Data::Float(self)
    }
}

impl FromData for f64 {
    fn from_data(d: Data) -> Result<Self, Error> {
        match d {
            Data::Float(f) => Ok(f),
            Data::Int(i) => Ok(i as f64),
            Data::Bool(b) => Ok(b as i64 as f64),
            Data::BigInt(b) => b
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| Error::conversion("int too large to convert to float")),
            other => Err(Error::conversion(format!(
                "expected float, got {}",
                other.type_name()
            ))),
        }
    }
}

impl IntoData for f32 {
    fn into_data(self) -> Data {
        Data::Float(self as f64)
    }
}

impl FromData for f32 {
    fn from_data(d: Data) -> Result<Self, Error> {
        f64::from_data(d).map(|f| f as f32)
    }
}

impl IntoData for String {
    fn into_data(self) -> Data {
        Data::Str(self)
    }
}

impl IntoData for &str {
    fn into_data(self) -> Data {
        Data::Str(self.to_string())
    }
}

impl FromData for String {
    fn from_data(d: Data) -> Result<Self, Error> {
        match d {
            Data::Str(s) => Ok(s),
            other => Err(Error::conversion(format!(
                "expected str, got {}",
                other.type_name()
            ))),
        }
    }
}

impl IntoData for BigInt {
    fn into_data(self) -> Data {
        match self.to_i64() {
            Some(i) => Data::Int(i),
            None => Data::BigInt(self),
        }
    }
}

impl FromData for BigInt {
    fn from_data(d: Data) -> Result<Self, Error> {
        match d {
            Data::Int(i) => Ok(BigInt::from(i)),
            Data::Bool(b) => Ok(BigInt::from(b as i64)),
            Data::BigInt(b) => Ok(b),
            other => Err(Error::conversion(format!(
                "expected int, got {}",
                other.type_name()
            ))),
        }
    }
}

impl<T: IntoData> IntoData for Option<T> {
    fn into_data(self) -> Data {
        match self {
            Some(v) => v.into_data(),
            None => Data::None,
        }
    }
}

impl<T: FromData> FromData for Option<T> {
    fn from_data(d: Data) -> Result<Self, Error> {
        match d {
            Data::None => Ok(None),
            other => T::from_data(other).map(Some),
        }
    }
}

impl<T: IntoData> IntoData for Vec<T> {
    fn into_data(self) -> Data {
        Data::List(self.into_iter().map(IntoData::into_data).collect())
    }
}

impl<T: IntoData + Clone> IntoData for &[T] {
    fn into_data(self) -> Data {
        Data::List(self.iter().cloned().map(IntoData::into_data).collect())
    }
}

impl<T: FromData> FromData for Vec<T> {
    fn from_data(d: Data) -> Result<Self, Error> {
        match d {
            Data::List(v) | Data::Tuple(v) | Data::Set(v) => {
                v.into_iter().map(T::from_data).collect()
            }
            other => Err(Error::conversion(format!(
                "expected list, got {}",
                other.type_name()
            ))),
        }
    }
}

impl<K: IntoData, V: IntoData, S> IntoData for HashMap<K, V, S> {
    fn into_data(self) -> Data {
        Data::Dict(
            self.into_iter()
                .map(|(k, v)| (k.into_data(), v.into_data()))
                .collect(),
        )
    }
}

impl<K: IntoData, V: IntoData> IntoData for BTreeMap<K, V> {
    fn into_data(self) -> Data {
        Data::Dict(
            self.into_iter()
                .map(|(k, v)| (k.into_data(), v.into_data()))
                .collect(),
        )
    }
}

fn dict_entries(d: Data) -> Result<Vec<(Data, Data)>, Error> {
    match d {
        Data::Dict(kvs) => Ok(kvs),
        other => Err(Error::conversion(format!(
            "expected dict, got {}",
            other.type_name()
        ))),
    }
}

impl<K: FromData + Eq + Hash, V: FromData, S: BuildHasher + Default> FromData for HashMap<K, V, S> {
    fn from_data(d: Data) -> Result<Self, Error> {
        dict_entries(d)?
            .into_iter()
            .map(|(k, v)| Ok((K::from_data(k)?, V::from_data(v)?)))
            .collect()
    }
}

impl<K: FromData + Ord, V: FromData> FromData for BTreeMap<K, V> {
    fn from_data(d: Data) -> Result<Self, Error> {
        dict_entries(d)?
            .into_iter()
            .map(|(k, v)| Ok((K::from_data(k)?, V::from_data(v)?)))
            .collect()
    }
}

impl IntoData for Shareable {
    fn into_data(self) -> Data {
        Data::Shared(self)
    }
}

impl FromData for Shareable {
    fn from_data(d: Data) -> Result<Self, Error> {
        match d {
            Data::Shared(s) => Ok(s),
            Data::None => Ok(Shareable::None),
            Data::Bool(b) => Ok(Shareable::Bool(b)),
            Data::Int(i) => Ok(Shareable::int(i)),
            Data::BigInt(b) => Ok(Shareable::bigint(b)),
            Data::Float(f) => Ok(Shareable::Float(f)),
            Data::Str(s) => Ok(Shareable::str(&s)),
            Data::Tuple(v) => Ok(Shareable::tuple(
                v.into_iter()
                    .map(Shareable::from_data)
                    .collect::<Result<Vec<_>, _>>()?,
            )),
            other => Err(Error::conversion(format!(
                "a {} is not shareable",
                other.type_name()
            ))),
        }
    }
}

/// The arguments of a pool job: a tuple of [`IntoData`] values (`()`, `(x,)`, ... up to
/// six), or a `Vec` of them for any number.
pub trait JobArgs: Send {
    /// The arguments as data.
    fn into_data_args(self) -> Vec<Data>;
}

impl JobArgs for () {
    fn into_data_args(self) -> Vec<Data> {
        Vec::new()
    }
}

impl<T: IntoData + Send> JobArgs for Vec<T> {
    fn into_data_args(self) -> Vec<Data> {
        self.into_iter().map(IntoData::into_data).collect()
    }
}
