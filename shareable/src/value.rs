//! The shareable value model: deeply immutable values and handles.
//!
//! Equality ([`Shareable::py_eq`]), hashing ([`Shareable::py_hash`]) and ordering
//! ([`Shareable::py_lt`]) follow CPython 3.11, so that shareable values can key a
//! [`SharedDict`](crate::SharedDict) exactly as they would key a `dict`.
//!
//! # NaN
//! CPython 3.10+ hashes a NaN by the identity of its float object and compares it unequal to
//! everything, itself included; a dict still finds the *same* NaN object through its identity
//! shortcut. Exported floats have no identity, so here every NaN is unequal to every value,
//! itself included, and all NaNs hash to 0: each NaN key stored in a shared dict is a distinct
//! entry that only iteration, `popitem` and `clear` reach (as distinct NaN objects behave in
//! CPython). Identity is kept where it exists: two values that share one `Arc` payload (the
//! same exported tuple, frozenset, ...) are identical, as CPython's `is`.

use std::any::Any;
use std::cmp::Ordering;
use std::fmt;
use std::hash::Hasher;
use std::sync::Arc;

use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

use crate::error::{Error, Result};
use crate::map::ShareableMap;
use crate::registry::Handle;

/// `2**61 - 1`, the modulus of CPython's numeric hash (`sys.hash_info.modulus`).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;
const HASH_NONE: i64 = 0x7f6f_a1a1;
const HASH_ELLIPSIS: i64 = 0x7f6f_a2a2;

/// A Python value that may cross threads: deeply immutable, or a handle to a thread-safe
/// object in the [`Registry`](crate::Registry). Cloning is cheap: payloads live behind `Arc`
/// and are never deep-copied.
#[derive(Clone)]
pub enum Shareable {
    /// `None`.
    None,
    /// `Ellipsis` (`...`).
    Ellipsis,
    /// `True` / `False`.
    Bool(bool),
    /// An `int` of any size.
    Int(Int),
    /// A `float`.
    Float(f64),
    /// A `complex`.
    Complex {
        /// Real part.
        re: f64,
        /// Imaginary part.
        im: f64,
    },
    /// A `str`.
    Str(Arc<str>),
    /// A `bytes`.
    Bytes(Arc<[u8]>),
    /// A `range`.
    Range(Arc<Range>),
    /// A `slice` whose start, stop and step are shareable.
    Slice(Arc<Slice>),
    /// A `tuple` of shareable items.
    Tuple(Arc<[Shareable]>),
    /// A `frozenset` of shareable (hashable) items.
    FrozenSet(Arc<FrozenSet>),
    /// A code object, opaque here (the vm stores its own `Arc`'d code).
    Code(Code),
    /// A handle to a thread-safe object in the registry.
    Handle(Handle),
}

// The whole point of the type.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Shareable>();
};

/// An `int` of any size. Invariant: values that fit in an `i64` are always `Small`, so two
/// equal ints have the same variant.
#[derive(Clone, PartialEq, Eq)]
pub enum Int {
    /// A value that fits in an `i64`.
    Small(i64),
    /// A value outside the `i64` range, shared behind an `Arc`.
    Big(Arc<BigInt>),
}

impl Int {
    /// Builds an `Int` from a `BigInt`, normalising to `Small` when it fits.
    pub fn from_bigint(b: BigInt) -> Int {
        match b.to_i64() {
            Some(n) => Int::Small(n),
            None => Int::Big(Arc::new(b)),
        }
    }

    /// The value as an `i64`, when it fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Int::Small(n) => Some(*n),
            Int::Big(_) => None,
        }
    }

    /// The value as a `BigInt` (allocates for `Small`).
    pub fn to_bigint(&self) -> BigInt {
        match self {
            Int::Small(n) => BigInt::from(*n),
            Int::Big(b) => (**b).clone(),
        }
    }

    /// The sign: -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        match self {
            Int::Small(n) => n.signum() as i32,
            Int::Big(b) => match b.sign() {
                Sign::Minus => -1,
                Sign::NoSign => 0,
                Sign::Plus => 1,
            },
        }
    }

    /// `hash(n)`: `n mod (2**61 - 1)` with the sign of `n`, and `-1` mapped to `-2`.
    pub fn py_hash(&self) -> i64 {
        let (neg, m) = match self {
            Int::Small(n) => (*n < 0, n.unsigned_abs() % HASH_MODULUS),
            Int::Big(b) => (
                b.sign() == Sign::Minus,
                (b.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0),
            ),
        };
        let h = if neg { -(m as i64) } else { m as i64 };
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

impl From<i64> for Int {
    fn from(n: i64) -> Int {
        Int::Small(n)
    }
}

impl From<BigInt> for Int {
    fn from(b: BigInt) -> Int {
        Int::from_bigint(b)
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            _ => self.to_bigint().cmp(&other.to_bigint()),
        }
    }
}

impl fmt::Debug for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Int::Small(n) => write!(f, "{n}"),
            Int::Big(b) => write!(f, "{b}"),
        }
    }
}

/// A `range` object: `start`, `stop`, `step` (never zero).
#[derive(Clone, Debug)]
pub struct Range {
    start: Int,
    stop: Int,
    step: Int,
}

impl Range {
    /// `range(start, stop, step)`; `ValueError` when `step` is zero.
    pub fn new(start: Int, stop: Int, step: Int) -> Result<Range> {
        if step.signum() == 0 {
            return Err(Error::value("range() arg 3 must not be zero"));
        }
        Ok(Range { start, stop, step })
    }
    /// The start.
    pub fn start(&self) -> &Int {
        &self.start
    }
    /// The stop.
    pub fn stop(&self) -> &Int {
        &self.stop
    }
    /// The step (non-zero).
    pub fn step(&self) -> &Int {
        &self.step
    }
    /// `len(range)` (any size).
    pub fn len(&self) -> Int {
        if let (Int::Small(a), Int::Small(b), Int::Small(s)) = (&self.start, &self.stop, &self.step)
        {
            let (a, b, s) = (*a as i128, *b as i128, *s as i128);
            let n = if s > 0 && a < b {
                (b - a - 1) / s + 1
            } else if s < 0 && a > b {
                (a - b - 1) / (-s) + 1
            } else {
                0
            };
            return match i64::try_from(n) {
                Ok(n) => Int::Small(n),
                Err(_) => Int::from_bigint(BigInt::from(n)),
            };
        }
        let (a, b, s) = (
            self.start.to_bigint(),
            self.stop.to_bigint(),
            self.step.to_bigint(),
        );
        let one = BigInt::from(1);
        let n = if s.is_positive() && a < b {
            (b - a - &one) / s + one
        } else if s.is_negative() && a > b {
            (a - b - &one) / (-s) + one
        } else {
            BigInt::zero()
        };
        Int::from_bigint(n)
    }
    /// Whether the range is empty.
    pub fn is_empty(&self) -> bool {
        self.len().signum() == 0
    }
    fn py_eq(&self, other: &Range) -> bool {
        let len = self.len();
        if len != other.len() {
            return false;
        }
        if len.signum() == 0 {
            return true;
        }
        if self.start != other.start {
            return false;
        }
        len == Int::Small(1) || self.step == other.step
    }
    fn py_hash(&self) -> i64 {
        // CPython: hash((len, start, step)) with None standing for what does not matter.
        let len = self.len();
        let none = Shareable::None;
        let len_v = Shareable::Int(len.clone());
        if len.signum() == 0 {
            tuple_hash(
                [&len_v, &none, &none]
                    .into_iter()
                    .map(|v| v.hash_or_panic()),
            )
        } else if len == Int::Small(1) {
            let start = Shareable::Int(self.start.clone());
            tuple_hash(
                [&len_v, &start, &none]
                    .into_iter()
                    .map(|v| v.hash_or_panic()),
            )
        } else {
            let start = Shareable::Int(self.start.clone());
            let step = Shareable::Int(self.step.clone());
            tuple_hash(
                [&len_v, &start, &step]
                    .into_iter()
                    .map(|v| v.hash_or_panic()),
            )
        }
    }
}

/// A `slice` object with shareable bounds.
#[derive(Clone, Debug)]
pub struct Slice {
    /// `slice.start`.
    pub start: Shareable,
    /// `slice.stop`.
    pub stop: Shareable,
    /// `slice.step`.
    pub step: Shareable,
}

impl Slice {
    fn as_triple(&self) -> [&Shareable; 3] {
        [&self.start, &self.stop, &self.step]
    }
}

/// A `frozenset` of shareable items: insertion-ordered, deduplicated by Python equality
/// (the first of equal items is kept, as CPython), hash precomputed.
#[derive(Clone)]
pub struct FrozenSet {
    items: ShareableMap<()>,
    hash: i64,
}

impl FrozenSet {
    /// Builds a frozenset; `TypeError` if an item is unhashable.
    pub fn new(items: impl IntoIterator<Item = Shareable>) -> Result<FrozenSet> {
        let mut map = ShareableMap::new();
        for item in items {
            map.insert_if_absent(item, ())?;
        }
        let hash = frozenset_hash(map.iter_hashes());
        Ok(FrozenSet { items: map, hash })
    }
    /// Number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }
    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// Membership by Python equality; `TypeError` for an unhashable probe.
    pub fn contains(&self, item: &Shareable) -> Result<bool> {
        self.items.contains_key(item)
    }
    /// The items, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Shareable> {
        self.items.iter().map(|(k, _)| k)
    }
    fn contains_hashed(&self, item: &Shareable, hash: i64) -> bool {
        self.items.find(item, hash).is_some()
    }
    fn is_subset(&self, other: &FrozenSet) -> bool {
        self.len() <= other.len()
            && self
                .items
                .iter_with_hash()
                .all(|(k, h, _)| other.contains_hashed(k, h))
    }
}

/// An opaque, shared code object: the vm puts its own `Arc`'d code in and downcasts it back.
/// Compares and hashes by identity.
#[derive(Clone)]
pub struct Code(Arc<dyn Any + Send + Sync>);

impl Code {
    /// Wraps shared code.
    pub fn new<T: Any + Send + Sync>(code: Arc<T>) -> Code {
        Code(code)
    }
    /// The code as a `T`, if it is one.
    pub fn downcast_ref<T: Any + Send + Sync>(&self) -> Option<&T> {
        self.0.downcast_ref()
    }
    /// The shared `Arc<T>`, if the code is a `T`.
    pub fn downcast<T: Any + Send + Sync>(&self) -> Option<Arc<T>> {
        self.0.clone().downcast().ok()
    }
    /// Whether two codes are the same object.
    pub fn ptr_eq(&self, other: &Code) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
    fn addr(&self) -> usize {
        Arc::as_ptr(&self.0) as *const () as usize
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<code object at {:#x}>", self.addr())
    }
}

/// A number, borrowed from a shareable value, for the numeric tower's comparisons.
#[derive(Clone, Copy)]
enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(f64, f64),
}

impl Shareable {
    /// A `str`.
    pub fn str(s: &str) -> Shareable {
        Shareable::Str(Arc::from(s))
    }
    /// A `bytes`.
    pub fn bytes(b: &[u8]) -> Shareable {
        Shareable::Bytes(Arc::from(b))
    }
    /// An `int` from an `i64`.
    pub fn int(n: i64) -> Shareable {
        Shareable::Int(Int::Small(n))
    }
    /// An `int` from a `BigInt` (normalised).
    pub fn bigint(b: BigInt) -> Shareable {
        Shareable::Int(Int::from_bigint(b))
    }
    /// A `tuple`.
    pub fn tuple(items: impl IntoIterator<Item = Shareable>) -> Shareable {
        Shareable::Tuple(items.into_iter().collect())
    }
    /// A `frozenset`; `TypeError` if an item is unhashable.
    pub fn frozenset(items: impl IntoIterator<Item = Shareable>) -> Result<Shareable> {
        Ok(Shareable::FrozenSet(Arc::new(FrozenSet::new(items)?)))
    }
    /// `range(start, stop, step)`; `ValueError` when `step` is zero.
    pub fn range(start: i64, stop: i64, step: i64) -> Result<Shareable> {
        Ok(Shareable::Range(Arc::new(Range::new(
            start.into(),
            stop.into(),
            step.into(),
        )?)))
    }
    /// `slice(start, stop, step)`.
    pub fn slice(start: Shareable, stop: Shareable, step: Shareable) -> Shareable {
        Shareable::Slice(Arc::new(Slice { start, stop, step }))
    }

    /// The Python type name (`"int"`, `"tuple"`, ...; a handle's object kind).
    pub fn type_name(&self) -> &'static str {
        match self {
            Shareable::None => "NoneType",
            Shareable::Ellipsis => "ellipsis",
            Shareable::Bool(_) => "bool",
            Shareable::Int(_) => "int",
            Shareable::Float(_) => "float",
            Shareable::Complex { .. } => "complex",
            Shareable::Str(_) => "str",
            Shareable::Bytes(_) => "bytes",
            Shareable::Range(_) => "range",
            Shareable::Slice(_) => "slice",
            Shareable::Tuple(_) => "tuple",
            Shareable::FrozenSet(_) => "frozenset",
            Shareable::Code(_) => "code",
            Shareable::Handle(h) => h.kind().python_name(),
        }
    }

    /// Whether the value is a handle.
    pub fn as_handle(&self) -> Option<&Handle> {
        match self {
            Shareable::Handle(h) => Some(h),
            _ => None,
        }
    }

    fn as_num(&self) -> Option<Num<'_>> {
        Some(match self {
            Shareable::Bool(b) => Num::Small(*b as i64),
            Shareable::Int(Int::Small(n)) => Num::Small(*n),
            Shareable::Int(Int::Big(b)) => Num::Big(b),
            Shareable::Float(f) => Num::Float(*f),
            Shareable::Complex { re, im } => Num::Complex(*re, *im),
            _ => return None,
        })
    }

    /// CPython's `is`, as far as shareable values have identity: the same `Arc` payload, the
    /// same handle, or the same singleton / bool. Numbers have no identity (NaN included).
    pub fn is_same(&self, other: &Shareable) -> bool {
        match (self, other) {
            (Shareable::None, Shareable::None) | (Shareable::Ellipsis, Shareable::Ellipsis) => true,
            (Shareable::Bool(a), Shareable::Bool(b)) => a == b,
            (Shareable::Str(a), Shareable::Str(b)) => Arc::ptr_eq(a, b),
            (Shareable::Bytes(a), Shareable::Bytes(b)) => Arc::ptr_eq(a, b),
            (Shareable::Int(Int::Big(a)), Shareable::Int(Int::Big(b))) => Arc::ptr_eq(a, b),
            (Shareable::Range(a), Shareable::Range(b)) => Arc::ptr_eq(a, b),
            (Shareable::Slice(a), Shareable::Slice(b)) => Arc::ptr_eq(a, b),
            (Shareable::Tuple(a), Shareable::Tuple(b)) => Arc::ptr_eq(a, b),
            (Shareable::FrozenSet(a), Shareable::FrozenSet(b)) => Arc::ptr_eq(a, b),
            (Shareable::Code(a), Shareable::Code(b)) => a.ptr_eq(b),
            (Shareable::Handle(a), Shareable::Handle(b)) => a == b,
            _ => false,
        }
    }

    /// Python `==`: `1 == 1.0 == True == (1+0j)`, ints and floats compared exactly, NaN equal
    /// to nothing, tuples item by item (identity first, as `PyObject_RichCompareBool`),
    /// frozensets as sets, ranges as sequences, handles by identity.
    pub fn py_eq(&self, other: &Shareable) -> bool {
        use Shareable as S;
        match (self, other) {
            (S::None, S::None) | (S::Ellipsis, S::Ellipsis) => true,
            (S::Str(a), S::Str(b)) => Arc::ptr_eq(a, b) || a == b,
            (S::Bytes(a), S::Bytes(b)) => Arc::ptr_eq(a, b) || a == b,
            (S::Tuple(a), S::Tuple(b)) => {
                Arc::ptr_eq(a, b)
                    || (a.len() == b.len()
                        && a.iter()
                            .zip(b.iter())
                            .all(|(x, y)| x.is_same(y) || x.py_eq(y)))
            }
            (S::FrozenSet(a), S::FrozenSet(b)) => {
                Arc::ptr_eq(a, b) || (a.len() == b.len() && a.hash == b.hash && a.is_subset(b))
            }
            (S::Range(a), S::Range(b)) => Arc::ptr_eq(a, b) || a.py_eq(b),
            (S::Slice(a), S::Slice(b)) => {
                Arc::ptr_eq(a, b)
                    || a.as_triple()
                        .iter()
                        .zip(b.as_triple())
                        .all(|(x, y)| x.is_same(y) || x.py_eq(y))
            }
            (S::Code(a), S::Code(b)) => a.ptr_eq(b),
            (S::Handle(a), S::Handle(b)) => a == b,
            _ => match (self.as_num(), other.as_num()) {
                (Some(a), Some(b)) => num_eq(a, b),
                _ => false,
            },
        }
    }

    /// Python `hash()`. `TypeError` for `slice` (unhashable in 3.11) and for a tuple that
    /// contains one. Ints and integral floats hash alike (`hash(1) == hash(1.0) ==
    /// hash(True)`), floats with CPython's `_Py_HashDouble`, complex, tuple (xxHash-based)
    /// and frozenset with CPython's algorithms. `str`/`bytes` hashes are consistent within a
    /// process only. NaN hashes to 0 (see the module docs). Never returns -1.
    pub fn py_hash(&self) -> Result<i64> {
        Ok(match self {
            Shareable::None => HASH_NONE,
            Shareable::Ellipsis => HASH_ELLIPSIS,
            Shareable::Bool(b) => *b as i64,
            Shareable::Int(i) => i.py_hash(),
            Shareable::Float(f) => float_hash(*f),
            Shareable::Complex { re, im } => complex_hash(*re, *im),
            Shareable::Str(s) => bytes_hash(s.as_bytes()),
            Shareable::Bytes(b) => bytes_hash(b),
            Shareable::Range(r) => r.py_hash(),
            Shareable::Slice(_) => {
                return Err(Error::type_error("unhashable type: 'slice'".into()))
            }
            Shareable::Tuple(items) => {
                let mut hashes = Vec::with_capacity(items.len());
                for item in items.iter() {
                    hashes.push(item.py_hash()?);
                }
                tuple_hash(hashes.into_iter())
            }
            Shareable::FrozenSet(s) => s.hash,
            Shareable::Code(c) => pointer_hash(c.addr()),
            Shareable::Handle(h) => pointer_hash(h.addr()),
        })
    }

    fn hash_or_panic(&self) -> i64 {
        self.py_hash().expect("hashable by construction")
    }

    /// Python `<`: numbers (not complex) exactly across int/float, `str` by code point,
    /// `bytes`, tuples lexicographically, frozensets as proper subsets, slices as tuples;
    /// `TypeError` otherwise, with CPython's message.
    pub fn py_lt(&self, other: &Shareable) -> Result<bool> {
        use Shareable as S;
        // Fast paths (priority queues, sorts).
        match (self, other) {
            (S::Int(Int::Small(a)), S::Int(Int::Small(b))) => return Ok(a < b),
            (S::Float(a), S::Float(b)) => return Ok(a < b),
            _ => {}
        }
        let unsupported = || {
            Err(Error::type_error(format!(
                "'<' not supported between instances of '{}' and '{}'",
                self.type_name(),
                other.type_name()
            )))
        };
        match (self, other) {
            (S::Str(a), S::Str(b)) => Ok(a < b),
            (S::Bytes(a), S::Bytes(b)) => Ok(a < b),
            (S::Tuple(a), S::Tuple(b)) => seq_lt(a, b),
            (S::Slice(a), S::Slice(b)) => seq_lt(&a.as_triple(), &b.as_triple()),
            (S::FrozenSet(a), S::FrozenSet(b)) => Ok(a.len() < b.len() && a.is_subset(b)),
            _ => match (self.as_num(), other.as_num()) {
                (Some(Num::Complex(..)), Some(_)) | (Some(_), Some(Num::Complex(..))) => {
                    unsupported()
                }
                (Some(a), Some(b)) => Ok(num_cmp(a, b) == Some(Ordering::Less)),
                _ => unsupported(),
            },
        }
    }

    /// A Python-style `repr` (exact for numbers, strings, bytes and containers).
    pub fn repr(&self) -> String {
        let mut s = String::new();
        self.write_repr(&mut s);
        s
    }

    fn write_repr(&self, out: &mut String) {
        use std::fmt::Write;
        match self {
            Shareable::None => out.push_str("None"),
            Shareable::Ellipsis => out.push_str("Ellipsis"),
            Shareable::Bool(true) => out.push_str("True"),
            Shareable::Bool(false) => out.push_str("False"),
            Shareable::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Shareable::Float(f) => out.push_str(&float_repr(*f, true)),
            Shareable::Complex { re, im } => {
                if *re == 0.0 && re.is_sign_positive() {
                    let _ = write!(out, "{}j", float_repr(*im, false));
                } else {
                    let im_s = float_repr(*im, false);
                    let sign = if im_s.starts_with('-') { "" } else { "+" };
                    let _ = write!(out, "({}{sign}{im_s}j)", float_repr(*re, false));
                }
            }
            Shareable::Str(s) => str_repr(s, out),
            Shareable::Bytes(b) => bytes_repr(b, out),
            Shareable::Range(r) => {
                if r.step == Int::Small(1) {
                    let _ = write!(out, "range({}, {})", r.start, r.stop);
                } else {
                    let _ = write!(out, "range({}, {}, {})", r.start, r.stop, r.step);
                }
            }
            Shareable::Slice(s) => {
                out.push_str("slice(");
                s.start.write_repr(out);
                out.push_str(", ");
                s.stop.write_repr(out);
                out.push_str(", ");
                s.step.write_repr(out);
                out.push(')');
            }
            Shareable::Tuple(items) => {
                out.push('(');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write_repr(out);
                }
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Shareable::FrozenSet(s) => {
                if s.is_empty() {
                    out.push_str("frozenset()");
                } else {
                    out.push_str("frozenset({");
                    for (i, item) in s.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        item.write_repr(out);
                    }
                    out.push_str("})");
                }
            }
            Shareable::Code(c) => {
                let _ = write!(out, "{c:?}");
            }
            Shareable::Handle(h) => {
                let _ = write!(out, "{h:?}");
            }
        }
    }
}

impl PartialEq for Shareable {
    /// Python `==` ([`Shareable::py_eq`]); not reflexive for NaN.
    fn eq(&self, other: &Shareable) -> bool {
        self.py_eq(other)
    }
}

impl fmt::Debug for Shareable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.repr())
    }
}

impl From<bool> for Shareable {
    fn from(b: bool) -> Shareable {
        Shareable::Bool(b)
    }
}
impl From<i64> for Shareable {
    fn from(n: i64) -> Shareable {
        Shareable::Int(Int::Small(n))
    }
}
impl From<BigInt> for Shareable {
    fn from(b: BigInt) -> Shareable {
        Shareable::bigint(b)
    }
}
impl From<f64> for Shareable {
    fn from(f: f64) -> Shareable {
        Shareable::Float(f)
    }
}
impl From<&str> for Shareable {
    fn from(s: &str) -> Shareable {
        Shareable::str(s)
    }
}
impl From<String> for Shareable {
    fn from(s: String) -> Shareable {
        Shareable::Str(Arc::from(s))
    }
}
impl From<Handle> for Shareable {
    fn from(h: Handle) -> Shareable {
        Shareable::Handle(h)
    }
}
impl From<Code> for Shareable {
    fn from(c: Code) -> Shareable {
        Shareable::Code(c)
    }
}

fn seq_lt(
    a: &[impl std::borrow::Borrow<Shareable>],
    b: &[impl std::borrow::Borrow<Shareable>],
) -> Result<bool> {
    for (x, y) in a.iter().zip(b.iter()) {
        let (x, y) = (x.borrow(), y.borrow());
        if !(x.is_same(y) || x.py_eq(y)) {
            return x.py_lt(y);
        }
    }
    Ok(a.len() < b.len())
}

fn int_eq_float(n: Num<'_>, f: f64) -> bool {
    num_cmp(n, Num::Float(f)) == Some(Ordering::Equal)
}

fn num_eq(a: Num<'_>, b: Num<'_>) -> bool {
    match (a, b) {
        (Num::Complex(ar, ai), Num::Complex(br, bi)) => ar == br && ai == bi,
        (Num::Complex(re, im), other) | (other, Num::Complex(re, im)) => {
            im == 0.0 && num_cmp(other, Num::Float(re)) == Some(Ordering::Equal)
        }
        (Num::Small(x), Num::Small(y)) => x == y,
        (Num::Big(x), Num::Big(y)) => x == y,
        (Num::Small(_), Num::Big(_)) | (Num::Big(_), Num::Small(_)) => false,
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Float(f), n) | (n, Num::Float(f)) => int_eq_float(n, f),
    }
}

/// Exact comparison of two real numbers; `None` when a NaN is involved. Complex numbers are
/// not handled (callers exclude them).
fn num_cmp(a: Num<'_>, b: Num<'_>) -> Option<Ordering> {
    match (a, b) {
        (Num::Small(x), Num::Small(y)) => Some(x.cmp(&y)),
        (Num::Small(x), Num::Big(y)) => Some(BigInt::from(x).cmp(y)),
        (Num::Big(x), Num::Small(y)) => Some(x.cmp(&BigInt::from(y))),
        (Num::Big(x), Num::Big(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
        (Num::Float(f), n) => int_cmp_float(n, f).map(Ordering::reverse),
        (n, Num::Float(f)) => int_cmp_float(n, f),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => None,
    }
}

/// Compares an int (`Small` or `Big`) with a float exactly.
fn int_cmp_float(n: Num<'_>, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let frac = f > fl;
    // n vs floor(f); if equal and f has a fraction, n < f.
    let ord = match n {
        Num::Small(x) => {
            const TWO63: f64 = 9_223_372_036_854_775_808.0;
            if fl >= TWO63 {
                Ordering::Less
            } else if fl < -TWO63 {
                Ordering::Greater
            } else {
                x.cmp(&(fl as i64))
            }
        }
        Num::Big(b) => b.cmp(&BigInt::from_f64(fl)?),
        _ => return None,
    };
    Some(if ord == Ordering::Equal && frac {
        Ordering::Less
    } else {
        ord
    })
}

/// `frexp`: `f = m * 2**e` with `0.5 <= |m| < 1` (`f` finite and non-zero).
fn frexp(f: f64) -> (f64, i32) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's `_Py_HashDouble` (NaN hashes to 0 here).
pub fn float_hash(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_nan() {
            0
        } else if v > 0.0 {
            HASH_INF
        } else {
            -HASH_INF
        };
    }
    if v == 0.0 {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's complex hash: `hash(re) + 1000003 * hash(im)`.
pub fn complex_hash(re: f64, im: f64) -> i64 {
    let h = (float_hash(re) as u64).wrapping_add((float_hash(im) as u64).wrapping_mul(1_000_003))
        as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's tuple hash (the xxHash-based one of 3.8+) over the items' hashes.
pub fn tuple_hash(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let len = hashes.len() as u64;
    let mut acc = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

/// CPython's frozenset hash over the items' hashes.
pub fn frozenset_hash(hashes: impl Iterator<Item = i64>) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let mut n: u64 = 0;
    let mut hash: u64 = 0;
    for h in hashes {
        hash ^= shuffle(h as u64);
        n += 1;
    }
    hash ^= (n + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        590_923_713
    } else {
        hash as i64
    }
}

fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    // SipHash-1-3 with fixed keys: stable for the life of the process (and beyond).
    #[allow(deprecated)]
    let mut h = std::hash::SipHasher::new();
    h.write(b);
    let h = h.finish() as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn pointer_hash(addr: usize) -> i64 {
    // CPython's _Py_HashPointer: rotate by 4 so aligned pointers spread.
    let h = (addr as u64).rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `repr(float)` (`add_dot_0`: append `.0` to integral values, as `float.__repr__`
/// does and `complex.__repr__` does not).
pub fn float_repr(f: f64, add_dot_0: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        let z = if add_dot_0 { "0.0" } else { "0" };
        return if f.is_sign_negative() {
            format!("-{z}")
        } else {
            z.into()
        };
    }
    // Shortest round-trip digits and the decimal exponent, from Rust's `{:e}`.
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').expect("{:e} has an exponent");
    let exp: i32 = exp.parse().expect("exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let decpt = exp + 1; // position of the decimal point relative to the digits
    let sign = if f < 0.0 { "-" } else { "" };
    let n = digits.len() as i32;
    if decpt > -4 && decpt <= 16 {
        let s = if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
        } else if decpt >= n {
            let mut s = format!("{}{}", digits, "0".repeat((decpt - n) as usize));
            if add_dot_0 {
                s.push_str(".0");
            }
            s
        } else {
            format!(
                "{}.{}",
                &digits[..decpt as usize],
                &digits[decpt as usize..]
            )
        };
        format!("{sign}{s}")
    } else {
        let e = decpt - 1;
        let esign = if e < 0 { '-' } else { '+' };
        let m = if n > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        format!("{sign}{m}e{esign}{:02}", e.abs())
    }
}

fn str_repr(s: &str, out: &mut String) {
    use std::fmt::Write;
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_control() => {
                let cp = c as u32;
                if cp <= 0xff {
                    let _ = write!(out, "\\x{cp:02x}");
                } else if cp <= 0xffff {
                    let _ = write!(out, "\\u{cp:04x}");
                } else {
                    let _ = write!(out, "\\U{cp:08x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
}

fn bytes_repr(b: &[u8], out: &mut String) {
    use std::fmt::Write;
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
}
