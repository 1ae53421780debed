//! `Value`: every Python value of one interpreter.
//!
//! Small immediates (`None`, bools, machine ints, floats) live inline and never allocate;
//! everything else is an `Rc` into this interpreter's heap. `Value` is deliberately `!Send`.

use std::rc::Rc;
use std::sync::Arc;

use num_bigint::BigInt;

use crate::bytecode::CodeObject;
use crate::objects::{
    PyBuiltin, PyByteArray, PyBytes, PyCell, PyDict, PyFunction, PyGenerator, PyInstance, PyIter,
    PyList, PyMethod, PyModule, PyRange, PySet, PySlice, PyStr, PyTuple, PyType, Special,
};

#[derive(Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// Internal marker (the empty slot `LoadMethod` pushes); never visible to Python code.
    Null,
    Code(Arc<CodeObject>),
    // Every variant from here on is an `Rc`: keeping them contiguous lets `clone` test a
    // tag range instead of jumping through a table.
    /// Always outside the i64 range (normalised by `Value::from_bigint`).
    BigInt(Rc<BigInt>),
    /// Boxed so that `Value` stays 16 bytes.
    Complex(Rc<(f64, f64)>),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    ByteArray(Rc<PyByteArray>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<PyFunction>),
    Builtin(Rc<PyBuiltin>),
    Method(Rc<PyMethod>),
    Type(Rc<PyType>),
    Instance(Rc<PyInstance>),
    Module(Rc<PyModule>),
    Generator(Rc<PyGenerator>),
    Cell(Rc<PyCell>),
    Iter(Rc<PyIter>),
    Special(Rc<Special>),
}

/// Discriminant of `Code`, the first variant that holds a heap reference.
pub const FIRST_HEAP_TAG: u64 = 7;

/// Discriminant of the first `Rc` variant (`BigInt`); every later variant is an `Rc` too.
const FIRST_RC_TAG: u64 = 8;

impl Clone for Value {
    /// Cloning is the hottest operation of the evaluator. The derived impl (and a plain
    /// `match` of `Rc::clone` arms) compiles to an indirect jump through a table; here every
    /// `Rc` variant sits in one tag range, so a clone is a compare plus one increment.
    #[inline(always)]
    fn clone(&self) -> Value {
        let tag = self.tag();
        if tag >= FIRST_RC_TAG {
            // SAFETY: tags from FIRST_RC_TAG on are `Rc<T>` variants (checked by the test
            // `value::tests::rc_tag_range`), whose payload word is the pointer to the
            // `RcInner`, a `#[repr(C)]` struct that starts with the strong count.
            // Incrementing it and copying the bits is what `Rc::clone` does.
            unsafe {
                let inner = *(self as *const Value as *const *const std::cell::Cell<usize>).add(1);
                (*inner).set((*inner).get() + 1);
                return std::ptr::read(self);
            }
        }
        match self {
            Value::Code(a) => Value::Code(a.clone()),
            // SAFETY: the remaining variants hold only `Copy` data.
            _ => unsafe { std::ptr::read(self) },
        }
    }
}

/// Drop a value with the common cases inline: immediates need nothing, and an `Rc` that is
/// not the last reference only needs its count decremented. Only a last reference (or an
/// `Arc`) goes through the out-of-line drop glue.
#[inline(always)]
pub fn drop_value(v: Value) {
    let tag = v.tag();
    if tag < FIRST_HEAP_TAG {
        std::mem::forget(v);
        return;
    }
    if tag >= FIRST_RC_TAG {
        // SAFETY: as in `clone`: the payload word points at the `RcInner`, whose first
        // field is the strong count. With more than one reference left, decrementing it is
        // all `Rc::drop` would do.
        unsafe {
            let inner = *(&v as *const Value as *const *const std::cell::Cell<usize>).add(1);
            let n = (*inner).get();
            if n > 1 {
                (*inner).set(n - 1);
                std::mem::forget(v);
                return;
            }
        }
    }
    drop(v);
}

impl Value {
    /// The discriminant. `#[repr(u64)]` lays `Value` out as a `repr(C)` union of
    /// `(u64 tag, payload)` structs, so the tag is the first word.
    #[inline(always)]
    pub fn tag(&self) -> u64 {
        // SAFETY: see above; every variant starts with its initialised `u64` tag.
        unsafe { *(self as *const Value as *const u64) }
    }

    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    #[inline]
    pub fn from_i128(v: i128) -> Value {
        match i64::try_from(v) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(BigInt::from(v))),
        }
    }

    pub fn complex(re: f64, im: f64) -> Value {
        Value::Complex(Rc::new((re, im)))
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython; any equal machine ints are "the same" here.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Complex(a), Value::Complex(b)) => {
                a.0.to_bits() == b.0.to_bits() && a.1.to_bits() == b.1.to_bits()
            }
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, if any (for identity and `id()`).
    pub fn ptr(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Set(r) | Value::FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Type(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => match &r.payload {
                // A proxy's identity is its object's (`id()` agrees across threads; the
                // owner keeps the object alive, so the address is not reused meanwhile).
                crate::objects::Payload::Proxy(h) => match crate::cross::crossing(h) {
                    Some(crate::cross::Crossing::Proxy(d)) => d.obj as usize,
                    _ => Rc::as_ptr(r) as *const u8 as usize,
                },
                _ => Rc::as_ptr(r) as *const u8 as usize,
            },
            Value::Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Code(r) => Arc::as_ptr(r) as *const u8 as usize,
            Value::Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Special(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return None,
        })
    }

    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

// The evaluator's performance depends on values fitting in two machine words.
const _: () = assert!(std::mem::size_of::<Value>() == 16);

#[cfg(test)]
mod tests {
    use super::*;

    /// `Value::clone` relies on the `Rc` variants forming one tag range and on an `Rc`
    /// pointing at its strong count; check both against `Rc::strong_count`.
    #[test]
    fn rc_tag_range() {
        let imm = [
            Value::None,
            Value::NotImplemented,
            Value::Ellipsis,
            Value::Bool(true),
            Value::Int(1),
            Value::Float(1.0),
            Value::Null,
        ];
        for v in &imm {
            assert!(v.tag() < FIRST_HEAP_TAG);
        }
        let s = Rc::new(PyStr::new("x"));
        let v = Value::Str(s.clone());
        assert!(v.tag() >= FIRST_RC_TAG);
        assert_eq!(Rc::strong_count(&s), 2);
        let w = v.clone();
        assert_eq!(Rc::strong_count(&s), 3);
        drop((v, w));
        assert_eq!(Rc::strong_count(&s), 1);
        let l = Rc::new(PyList::new(vec![Value::Int(1)]));
        let v = Value::List(l.clone());
        assert_eq!(v.tag(), Value::BigInt(Rc::new(BigInt::from(0))).tag() + 5);
        let _w = v.clone();
        assert_eq!(Rc::strong_count(&l), 3);
        assert_eq!(Value::BigInt(Rc::new(BigInt::from(0))).tag(), FIRST_RC_TAG);
    }

    /// `drop_value` only decrements a shared `Rc`, and frees on the last reference.
    #[test]
    fn drop_value_counts() {
        let l = Rc::new(PyList::new(vec![Value::Int(1)]));
        let weak = Rc::downgrade(&l);
        drop_value(Value::List(l.clone()));
        assert_eq!(Rc::strong_count(&l), 1);
        drop_value(Value::List(l));
        assert!(weak.upgrade().is_none());
        drop_value(Value::Int(3));
    }
}
