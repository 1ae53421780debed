//! Methods of the numeric types `int`, `bool`, `float` and `complex`.
//!
//! The evaluator computes operators on exact builtin numbers itself; the dunders registered
//! here serve subclass instances (`class MyInt(int)`) and explicit calls such as
//! `int.__add__(1, 2)` or `(5).__add__(3)`. Each one unwraps its operands, checks that they
//! have a type the CPython slot accepts (otherwise `NotImplemented`), and defers to
//! `vm.builtin_binop` / `vm.builtin_compare`.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::{BinaryOp, CompareOp};
use crate::interp::hashing::dict_set_str;
use crate::interp::numbers::to_bigint;
use crate::interp::{PyResult, Vm};
use crate::objects::{KwArgs, NativeFn, PyBuiltin, PyBytes, Special, TypeRef};
use crate::value::Value;

use super::list_methods::{
    err_needs_self, err_wrong_self, exact_args, no_kw, range_args, slot_args,
};
use super::{add_classmethod, add_method};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Complex,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Complex => "complex",
        }
    }

    /// Whether an (unwrapped) value is an instance of this builtin type.
    fn owns(self, v: &Value) -> bool {
        match self {
            Kind::Int => matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
            Kind::Float => matches!(v, Value::Float(_)),
            Kind::Complex => matches!(v, Value::Complex(..)),
        }
    }

    /// Whether the type's binary slots accept this (unwrapped) other operand.
    fn accepts(self, v: &Value) -> bool {
        match self {
            Kind::Int => Kind::Int.owns(v),
            Kind::Float => Kind::Int.owns(v) || Kind::Float.owns(v),
            Kind::Complex => Kind::Int.owns(v) || Kind::Float.owns(v) || Kind::Complex.owns(v),
        }
    }
}

/// The unwrapped `self` of a method of `kind`.
fn num_self(vm: &Vm, args: &[Value], kind: Kind, name: &str) -> PyResult<Value> {
    let Some(s) = args.first() else {
        return Err(err_needs_self(vm, kind.name(), name));
    };
    let v = vm.unwrap_builtin(s);
    if kind.owns(&v) {
        Ok(v)
    } else {
        Err(err_wrong_self(vm, kind.name(), name, s))
    }
}

/// An int-like value as an exact `int` (bools become 0/1).
fn exact_int(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

fn as_f64(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

fn fmt_result<T>(vm: &Vm, r: Result<T, crate::format::FmtError>) -> PyResult<T> {
    r.map_err(|e| vm.fmt_err(e))
}

// ---------------------------------------------------------------------------------------
// Binary operators and comparisons

fn num_binary(
    vm: &mut Vm,
    args: &[Value],
    kind: Kind,
    op: BinaryOp,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    let me = num_self(vm, args, kind, name)?;
    let rest = &args[1..];
    if op == BinaryOp::Pow {
        range_args(vm, "", rest, 1, 2)?;
    } else {
        slot_args(vm, rest, 1)?;
    }
    let other = vm.unwrap_builtin(&rest[0]);
    if !kind.accepts(&other) {
        return Ok(Value::NotImplemented);
    }
    // `int.__and__(True, False)` is 0: the int slots see bools as plain ints.
    let (me, other) = (exact_int(&me), exact_int(&other));
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    if op == BinaryOp::Pow {
        if let Some(m) = rest.get(1).filter(|m| !m.is_none()) {
            return match kind {
                Kind::Int => {
                    let m = vm.unwrap_builtin(m);
                    if !Kind::Int.owns(&m) {
                        return Ok(Value::NotImplemented);
                    }
                    vm.pow_mod(&a, &b, &m)
                }
                Kind::Float => Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                )),
                Kind::Complex => Err(vm.value_error("complex modulo")),
            };
        }
    }
    Ok(vm
        .builtin_binop(&a, &b, op)?
        .unwrap_or(Value::NotImplemented))
}

fn num_divmod(
    vm: &mut Vm,
    args: &[Value],
    kind: Kind,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    let me = num_self(vm, args, kind, name)?;
    slot_args(vm, &args[1..], 1)?;
    let other = vm.unwrap_builtin(&args[1]);
    if !kind.accepts(&other) {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    let q = vm.builtin_binop(&a, &b, BinaryOp::FloorDiv)?;
    let r = vm.builtin_binop(&a, &b, BinaryOp::Mod)?;
    Ok(match (q, r) {
        (Some(q), Some(r)) => Value::tuple(vec![q, r]),
        _ => Value::NotImplemented,
    })
}

fn num_compare(
    vm: &mut Vm,
    args: &[Value],
    kind: Kind,
    op: CompareOp,
    name: &str,
) -> PyResult<Value> {
    let me = num_self(vm, args, kind, name)?;
    slot_args(vm, &args[1..], 1)?;
    let other = vm.unwrap_builtin(&args[1]);
    if !kind.accepts(&other)
        || (kind == Kind::Complex && !matches!(op, CompareOp::Eq | CompareOp::Ne))
    {
        return Ok(Value::NotImplemented);
    }
    Ok(match vm.builtin_compare(&me, &other, op)? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

/// `bool.__and__` / `__or__` / `__xor__` (and the reflected forms): bool result for two
/// bools, int semantics otherwise.
fn bool_logic(vm: &mut Vm, args: &[Value], op: BinaryOp, name: &str) -> PyResult<Value> {
    let Some(s) = args.first() else {
        return Err(err_needs_self(vm, "bool", name));
    };
    let Value::Bool(x) = vm.unwrap_builtin(s) else {
        return Err(err_wrong_self(vm, "bool", name, s));
    };
    slot_args(vm, &args[1..], 1)?;
    let other = vm.unwrap_builtin(&args[1]);
    if let Value::Bool(y) = other {
        return Ok(Value::Bool(match op {
            BinaryOp::And => x & y,
            BinaryOp::Or => x | y,
            _ => x ^ y,
        }));
    }
    if !Kind::Int.owns(&other) {
        return Ok(Value::NotImplemented);
    }
    Ok(vm
        .builtin_binop(&Value::Int(x as i64), &other, op)?
        .unwrap_or(Value::NotImplemented))
}

macro_rules! binary_fns {
    ($($fname:ident: $kind:ident, $op:ident, $refl:expr, $dunder:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                num_binary(vm, args, Kind::$kind, BinaryOp::$op, $refl, $dunder)
            }
        )*
    };
}

binary_fns! {
    int_add: Int, Add, false, "__add__";
    int_radd: Int, Add, true, "__radd__";
    int_sub: Int, Sub, false, "__sub__";
    int_rsub: Int, Sub, true, "__rsub__";
    int_mul: Int, Mul, false, "__mul__";
    int_rmul: Int, Mul, true, "__rmul__";
    int_truediv: Int, TrueDiv, false, "__truediv__";
    int_rtruediv: Int, TrueDiv, true, "__rtruediv__";
    int_floordiv: Int, FloorDiv, false, "__floordiv__";
    int_rfloordiv: Int, FloorDiv, true, "__rfloordiv__";
    int_mod: Int, Mod, false, "__mod__";
    int_rmod: Int, Mod, true, "__rmod__";
    int_pow: Int, Pow, false, "__pow__";
    int_rpow: Int, Pow, true, "__rpow__";
    int_lshift: Int, LShift, false, "__lshift__";
    int_rlshift: Int, LShift, true, "__rlshift__";
    int_rshift: Int, RShift, false, "__rshift__";
    int_rrshift: Int, RShift, true, "__rrshift__";
    int_and: Int, And, false, "__and__";
    int_rand: Int, And, true, "__rand__";
    int_or: Int, Or, false, "__or__";
    int_ror: Int, Or, true, "__ror__";
    int_xor: Int, Xor, false, "__xor__";
    int_rxor: Int, Xor, true, "__rxor__";
    float_add: Float, Add, false, "__add__";
    float_radd: Float, Add, true, "__radd__";
    float_sub: Float, Sub, false, "__sub__";
    float_rsub: Float, Sub, true, "__rsub__";
    float_mul: Float, Mul, false, "__mul__";
    float_rmul: Float, Mul, true, "__rmul__";
    float_truediv: Float, TrueDiv, false, "__truediv__";
    float_rtruediv: Float, TrueDiv, true, "__rtruediv__";
    float_floordiv: Float, FloorDiv, false, "__floordiv__";
    float_rfloordiv: Float, FloorDiv, true, "__rfloordiv__";
    float_mod: Float, Mod, false, "__mod__";
    float_rmod: Float, Mod, true, "__rmod__";
    float_pow: Float, Pow, false, "__pow__";
    float_rpow: Float, Pow, true, "__rpow__";
    complex_add: Complex, Add, false, "__add__";
    complex_radd: Complex, Add, true, "__radd__";
    complex_sub: Complex, Sub, false, "__sub__";
    complex_rsub: Complex, Sub, true, "__rsub__";
    complex_mul: Complex, Mul, false, "__mul__";
    complex_rmul: Complex, Mul, true, "__rmul__";
    complex_truediv: Complex, TrueDiv, false, "__truediv__";
    complex_rtruediv: Complex, TrueDiv, true, "__rtruediv__";
    complex_pow: Complex, Pow, false, "__pow__";
    complex_rpow: Complex, Pow, true, "__rpow__";
}

macro_rules! divmod_fns {
    ($($fname:ident: $kind:ident, $refl:expr, $dunder:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                num_divmod(vm, args, Kind::$kind, $refl, $dunder)
            }
        )*
    };
}

divmod_fns! {
    int_divmod: Int, false, "__divmod__";
    int_rdivmod: Int, true, "__rdivmod__";
    float_divmod: Float, false, "__divmod__";
    float_rdivmod: Float, true, "__rdivmod__";
}

macro_rules! compare_fns {
    ($($fname:ident: $kind:ident, $op:ident, $dunder:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                num_compare(vm, args, Kind::$kind, CompareOp::$op, $dunder)
            }
        )*
    };
}

compare_fns! {
    int_eq: Int, Eq, "__eq__";
    int_ne: Int, Ne, "__ne__";
    int_lt: Int, Lt, "__lt__";
    int_le: Int, Le, "__le__";
    int_gt: Int, Gt, "__gt__";
    int_ge: Int, Ge, "__ge__";
    float_eq: Float, Eq, "__eq__";
    float_ne: Float, Ne, "__ne__";
    float_lt: Float, Lt, "__lt__";
    float_le: Float, Le, "__le__";
    float_gt: Float, Gt, "__gt__";
    float_ge: Float, Ge, "__ge__";
    complex_eq: Complex, Eq, "__eq__";
    complex_ne: Complex, Ne, "__ne__";
    complex_lt: Complex, Lt, "__lt__";
    complex_le: Complex, Le, "__le__";
    complex_gt: Complex, Gt, "__gt__";
    complex_ge: Complex, Ge, "__ge__";
}

macro_rules! bool_fns {
    ($($fname:ident: $op:ident, $dunder:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                bool_logic(vm, args, BinaryOp::$op, $dunder)
            }
        )*
    };
}

bool_fns! {
    bool_and: And, "__and__";
    bool_rand: And, "__rand__";
    bool_or: Or, "__or__";
    bool_ror: Or, "__ror__";
    bool_xor: Xor, "__xor__";
    bool_rxor: Xor, "__rxor__";
}

fn bool_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(s) = args.first() else {
        return Err(err_needs_self(vm, "bool", "__repr__"));
    };
    let Value::Bool(b) = vm.unwrap_builtin(s) else {
        return Err(err_wrong_self(vm, "bool", "__repr__", s));
    };
    slot_args(vm, &args[1..], 0)?;
    Ok(Value::str(if b { "True" } else { "False" }))
}

// ---------------------------------------------------------------------------------------
// Unary operations and conversions shared by the three types

fn num_neg(vm: &mut Vm, args: &[Value], kind: Kind) -> PyResult<Value> {
    let me = num_self(vm, args, kind, "__neg__")?;
    slot_args(vm, &args[1..], 0)?;
    vm.unary_neg(&me)
}

fn num_pos(vm: &mut Vm, args: &[Value], kind: Kind) -> PyResult<Value> {
    let me = num_self(vm, args, kind, "__pos__")?;
    slot_args(vm, &args[1..], 0)?;
    Ok(exact_int(&me))
}

fn num_abs(vm: &mut Vm, args: &[Value], kind: Kind) -> PyResult<Value> {
    let me = num_self(vm, args, kind, "__abs__")?;
    slot_args(vm, &args[1..], 0)?;
    Ok(match &me {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Complex(c) => {
            let (re, im) = (&c.0, &c.1);
            let r = re.hypot(*im);
            if r.is_infinite() && re.is_finite() && im.is_finite() {
                return Err(vm.overflow_error("absolute value too large"));
            }
            Value::Float(r)
        }
        _ => Value::NotImplemented,
    })
}

fn num_bool(vm: &mut Vm, args: &[Value], kind: Kind) -> PyResult<Value> {
    let me = num_self(vm, args, kind, "__bool__")?;
    slot_args(vm, &args[1..], 0)?;
    Ok(Value::Bool(vm.truthy(&me)?))
}

fn num_hash(vm: &mut Vm, args: &[Value], kind: Kind) -> PyResult<Value> {
    let me = num_self(vm, args, kind, "__hash__")?;
    slot_args(vm, &args[1..], 0)?;
    Ok(Value::Int(vm.hash(&me)?))
}

fn num_repr(vm: &mut Vm, args: &[Value], kind: Kind) -> PyResult<Value> {
    let me = num_self(vm, args, kind, "__repr__")?;
    slot_args(vm, &args[1..], 0)?;
    let s = vm.builtin_repr(&exact_int(&me))?;
    Ok(Value::string(s))
}

fn num_format(vm: &mut Vm, args: &[Value], kind: Kind) -> PyResult<Value> {
    let me = num_self(vm, args, kind, "__format__")?;
    exact_args(vm, &format!("{}.__format__", kind.name()), &args[1..], 1)?;
    let spec = match &args[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    if spec.as_str().is_empty() {
        return Ok(Value::Str(vm.to_str(&args[0])?));
    }
    let s = vm.builtin_format(&me, spec.as_str())?;
    Ok(Value::string(s))
}

/// `__int__`, `__trunc__`, `__floor__`, `__ceil__` (and int's `__index__`).
fn num_to_int(vm: &mut Vm, args: &[Value], kind: Kind, name: &str) -> PyResult<Value> {
    let me = num_self(vm, args, kind, name)?;
    if name.starts_with("__i") {
        slot_args(vm, &args[1..], 0)?;
    } else {
        exact_args(vm, &format!("{}.{}", kind.name(), name), &args[1..], 0)?;
    }
    match &me {
        Value::Float(f) => {
            let x = match name {
                "__floor__" => f.floor(),
                "__ceil__" => f.ceil(),
                _ => f.trunc(),
            };
            let b = fmt_result(vm, crate::format::f64_to_bigint(x))?;
            Ok(Value::from_bigint(b))
        }
        other => Ok(exact_int(other)),
    }
}

fn num_float(vm: &mut Vm, args: &[Value], kind: Kind) -> PyResult<Value> {
    let me = num_self(vm, args, kind, "__float__")?;
    slot_args(vm, &args[1..], 0)?;
    match &me {
        Value::Float(f) => Ok(Value::Float(*f)),
        other => {
            let b = to_bigint(other).unwrap_or_default();
            Ok(Value::Float(vm.float_from_bigint(&b)?))
        }
    }
}

fn num_conjugate(vm: &mut Vm, args: &[Value], kind: Kind) -> PyResult<Value> {
    let me = num_self(vm, args, kind, "conjugate")?;
    exact_args(vm, &format!("{}.conjugate", kind.name()), &args[1..], 0)?;
    Ok(match me {
        Value::Complex(c) => Value::complex(c.0, -c.1),
        other => exact_int(&other),
    })
}

fn num_getnewargs(vm: &mut Vm, args: &[Value], kind: Kind) -> PyResult<Value> {
    let me = num_self(vm, args, kind, "__getnewargs__")?;
    exact_args(
        vm,
        &format!("{}.__getnewargs__", kind.name()),
        &args[1..],
        0,
    )?;
    Ok(match me {
        Value::Complex(c) => Value::tuple(vec![Value::Float(c.0), Value::Float(c.1)]),
        other => Value::tuple(vec![exact_int(&other)]),
    })
}

/// `int.__round__(ndigits)` / `float.__round__(ndigits)`.
fn num_round(vm: &mut Vm, args: &[Value], kind: Kind) -> PyResult<Value> {
    let me = num_self(vm, args, kind, "__round__")?;
    range_args(vm, "__round__", &args[1..], 0, 1)?;
    // float accepts `None` for "no ndigits"; int's slot does not (CPython 3.11).
    let nd = args.get(1).cloned();
    match &me {
        Value::Float(x) => match nd.filter(|v| !v.is_none()) {
            None => {
                let r = crate::format::round_half_even(*x);
                let b = fmt_result(vm, crate::format::f64_to_bigint(r))?;
                Ok(Value::from_bigint(b))
            }
            Some(n) => {
                let n = vm.to_bigint_index(&n)?;
                let n = n
                    .to_i64()
                    .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
                let r = fmt_result(vm, crate::format::round_f64(*x, n))?;
                Ok(Value::Float(r))
            }
        },
        other => {
            let Some(n) = nd else {
                return Ok(exact_int(other));
            };
            let n = vm.to_bigint_index(&n)?;
            if !n.is_negative() {
                return Ok(exact_int(other));
            }
            let x = to_bigint(other).unwrap_or_default();
            Ok(round_int(&x, &(-n)))
        }
    }
}

/// Round `x` to a multiple of `10**k` (k > 0), ties to even.
fn round_int(x: &BigInt, k: &BigInt) -> Value {
    let digits = x.bits() as f64 * std::f64::consts::LOG10_2 + 2.0;
    let k = match k.to_u64() {
        Some(k) if (k as f64) <= digits => k,
        _ => return Value::Int(0),
    };
    let p: BigInt = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Value::from_bigint(q * p)
}

macro_rules! unary_fns {
    ($($fname:ident: $impl_fn:ident, $kind:ident;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                $impl_fn(vm, args, Kind::$kind)
            }
        )*
    };
}

unary_fns! {
    int_neg: num_neg, Int;
    int_pos: num_pos, Int;
    int_abs: num_abs, Int;
    int_bool: num_bool, Int;
    int_hash: num_hash, Int;
    int_repr: num_repr, Int;
    int_format: num_format, Int;
    int_float: num_float, Int;
    int_conjugate: num_conjugate, Int;
    int_getnewargs: num_getnewargs, Int;
    int_round: num_round, Int;
    float_neg: num_neg, Float;
    float_pos: num_pos, Float;
    float_abs: num_abs, Float;
    float_bool: num_bool, Float;
    float_hash: num_hash, Float;
    float_repr: num_repr, Float;
    float_format: num_format, Float;
    float_float: num_float, Float;
    float_conjugate: num_conjugate, Float;
    float_getnewargs: num_getnewargs, Float;
    float_round: num_round, Float;
    complex_neg: num_neg, Complex;
    complex_pos: num_pos, Complex;
    complex_abs: num_abs, Complex;
    complex_bool: num_bool, Complex;
    complex_hash: num_hash, Complex;
    complex_repr: num_repr, Complex;
    complex_format: num_format, Complex;
    complex_conjugate: num_conjugate, Complex;
    complex_getnewargs: num_getnewargs, Complex;
}

macro_rules! to_int_fns {
    ($($fname:ident: $kind:ident, $dunder:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
                num_to_int(vm, args, Kind::$kind, $dunder)
            }
        )*
    };
}

to_int_fns! {
    int_int: Int, "__int__";
    int_index: Int, "__index__";
    int_trunc: Int, "__trunc__";
    int_floor: Int, "__floor__";
    int_ceil: Int, "__ceil__";
    float_int: Float, "__int__";
    float_trunc: Float, "__trunc__";
    float_floor: Float, "__floor__";
    float_ceil: Float, "__ceil__";
}

fn int_invert(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let me = num_self(vm, args, Kind::Int, "__invert__")?;
    slot_args(vm, &args[1..], 0)?;
    vm.unary_invert(&me)
}

// ---------------------------------------------------------------------------------------
// Properties: real, imag, numerator, denominator

fn int_real(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let me = num_self(vm, args, Kind::Int, "real")?;
    Ok(exact_int(&me))
}

fn int_imag(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    num_self(vm, args, Kind::Int, "imag")?;
    Ok(Value::Int(0))
}

fn int_denominator(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    num_self(vm, args, Kind::Int, "denominator")?;
    Ok(Value::Int(1))
}

fn float_real(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let me = num_self(vm, args, Kind::Float, "real")?;
    Ok(Value::Float(as_f64(&me)))
}

fn float_imag(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    num_self(vm, args, Kind::Float, "imag")?;
    Ok(Value::Float(0.0))
}

fn complex_real(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match num_self(vm, args, Kind::Complex, "real")? {
        Value::Complex(c) => Ok(Value::Float(c.0)),
        _ => Ok(Value::Float(0.0)),
    }
}

fn complex_imag(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match num_self(vm, args, Kind::Complex, "imag")? {
        Value::Complex(c) => Ok(Value::Float(c.1)),
        _ => Ok(Value::Float(0.0)),
    }
}

fn add_property(vm: &mut Vm, t: &TypeRef, name: &str, f: NativeFn) {
    let getter = Value::Builtin(Rc::new(PyBuiltin {
        name: Rc::from(name),
        func: f,
        bound: None,
        owner: Some(Rc::from(t.name_str().as_str())),
    }));
    let prop = Value::Special(Rc::new(Special::Property {
        fget: getter,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
        name: Default::default(),
    }));
    let k = vm.intern(name);
    dict_set_str(&t.dict, k, prop);
}

// ---------------------------------------------------------------------------------------
// int methods

fn int_bit_length(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let me = num_self(vm, args, Kind::Int, "bit_length")?;
    no_kw(vm, "int.bit_length", kw)?;
    exact_args(vm, "int.bit_length", &args[1..], 0)?;
    Ok(Value::Int(match &me {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let me = num_self(vm, args, Kind::Int, "bit_count")?;
    no_kw(vm, "int.bit_count", kw)?;
    exact_args(vm, "int.bit_count", &args[1..], 0)?;
    Ok(Value::Int(match &me {
        Value::Int(i) => i.unsigned_abs().count_ones() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.magnitude().count_ones() as i64,
        _ => 0,
    }))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let me = num_self(vm, args, Kind::Int, "as_integer_ratio")?;
    no_kw(vm, "int.as_integer_ratio", kw)?;
    exact_args(vm, "int.as_integer_ratio", &args[1..], 0)?;
    Ok(Value::tuple(vec![exact_int(&me), Value::Int(1)]))
}

/// Bind positional and keyword arguments of a native function with named parameters.
fn bind_args(
    vm: &Vm,
    fname: &str,
    pos: &[Value],
    kw: &KwArgs,
    names: &[&str],
    max_pos: usize,
) -> PyResult<Vec<Option<Value>>> {
    if pos.len() + kw.len() > names.len() {
        return Err(vm.type_error(format!(
            "{}() takes at most {} arguments ({} given)",
            fname,
            names.len(),
            pos.len() + kw.len()
        )));
    }
    if pos.len() > max_pos {
        return Err(vm.type_error(format!(
            "{}() takes at most {} positional argument{} ({} given)",
            fname,
            max_pos,
            if max_pos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        fname,
                        names[i],
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.as_str(),
                    fname
                )))
            }
        }
    }
    Ok(out)
}

/// `byteorder` argument: true for little-endian.
fn byteorder_arg(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!(
            "{}() argument 'byteorder' must be str, not {}",
            fname,
            vm.type_name(other)
        ))),
    }
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let me = num_self(vm, args, Kind::Int, "to_bytes")?;
    let a = bind_args(
        vm,
        "to_bytes",
        &args[1..],
        kw,
        &["length", "byteorder", "signed"],
        2,
    )?;
    let length = match &a[0] {
        None => 1usize,
        Some(v) => {
            let n = vm.to_bigint_index(v)?;
            if n.is_negative() {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            match n.to_usize() {
                Some(n) if n <= (1 << 31) => n,
                Some(_) => return Err(vm.new_error("MemoryError", "")),
                None => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
            }
        }
    };
    let little = byteorder_arg(vm, "to_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = to_bigint(&me).unwrap_or_default();
    let mut bytes: Vec<u8> = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_be()
    } else {
        if n.is_negative() {
            return Err(vm.overflow_error("can't convert negative int to unsigned"));
        }
        n.to_bytes_be().1
    };
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if signed && n.is_negative() {
        0xffu8
    } else {
        0u8
    };
    let mut out = vec![fill; length - bytes.len()];
    out.append(&mut bytes);
    if little {
        out.reverse();
    }
    Ok(Value::Bytes(Rc::new(PyBytes { data: out })))
}

/// The bytes of a `bytes`-convertible argument (`int.from_bytes`).
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => return Ok(b.data.clone()),
        Value::ByteArray(b) => return Ok(b.data.borrow().clone()),
        _ => {}
    }
    let u = vm.unwrap_builtin(v);
    match &u {
        Value::Bytes(_) | Value::ByteArray(_) => return vm.bytes_like(&u),
        Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(v)
            )))
        }
        _ => {}
    }
    if !vm.is_iterable(v) {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(v)
        )));
    }
    let items = vm.iterate(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let n = vm.to_index(&it)?;
        if !(0..256).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (classmethod).
fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(err_needs_self(vm, "int", "from_bytes"));
    };
    let a = bind_args(
        vm,
        "from_bytes",
        &args[1..],
        kw,
        &["bytes", "byteorder", "signed"],
        2,
    )?;
    let Some(src) = &a[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_arg(vm, "from_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut data = bytes_arg(vm, src)?;
    if little {
        data.reverse();
    }
    let n = if data.is_empty() {
        BigInt::zero()
    } else if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let v = Value::from_bigint(n);
    if matches!(cls, Value::Type(t) if Rc::ptr_eq(t, &vm.types.int)) {
        return Ok(v);
    }
    vm.call(cls, &[v], &[])
}

// ---------------------------------------------------------------------------------------
// float methods

fn float_is_integer(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = as_f64(&num_self(vm, args, Kind::Float, "is_integer")?);
    no_kw(vm, "float.is_integer", kw)?;
    exact_args(vm, "float.is_integer", &args[1..], 0)?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = as_f64(&num_self(vm, args, Kind::Float, "as_integer_ratio")?);
    no_kw(vm, "float.as_integer_ratio", kw)?;
    exact_args(vm, "float.as_integer_ratio", &args[1..], 0)?;
    let (n, d) = fmt_result(vm, crate::format::float_to_integer_ratio(x))?;
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

fn float_hex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = as_f64(&num_self(vm, args, Kind::Float, "hex")?);
    no_kw(vm, "float.hex", kw)?;
    exact_args(vm, "float.hex", &args[1..], 0)?;
    Ok(Value::string(crate::format::float_hex(x)))
}

/// `float.fromhex(s)` (classmethod).
fn float_fromhex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(err_needs_self(vm, "float", "fromhex"));
    };
    no_kw(vm, "float.fromhex", kw)?;
    exact_args(vm, "float.fromhex", &args[1..], 1)?;
    let s = match vm.unwrap_builtin(&args[1]) {
        Value::Str(s) => s,
        _ => return Err(vm.type_error("bad argument type for built-in operation")),
    };
    let x = fmt_result(vm, crate::format::float_fromhex(s.as_str()))?;
    if matches!(cls, Value::Type(t) if Rc::ptr_eq(t, &vm.types.float)) {
        return Ok(Value::Float(x));
    }
    vm.call(cls, &[Value::Float(x)], &[])
}

// ---------------------------------------------------------------------------------------

pub fn init(vm: &mut Vm) {
    let int = vm.types.int.clone();
    let int_methods: &[(&str, NativeFn)] = &[
        ("__add__", int_add),
        ("__radd__", int_radd),
        ("__sub__", int_sub),
        ("__rsub__", int_rsub),
        ("__mul__", int_mul),
        ("__rmul__", int_rmul),
        ("__truediv__", int_truediv),
        ("__rtruediv__", int_rtruediv),
        ("__floordiv__", int_floordiv),
        ("__rfloordiv__", int_rfloordiv),
        ("__mod__", int_mod),
        ("__rmod__", int_rmod),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__eq__", int_eq),
        ("__ne__", int_ne),
        ("__lt__", int_lt),
        ("__le__", int_le),
        ("__gt__", int_gt),
        ("__ge__", int_ge),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__abs__", int_abs),
        ("__invert__", int_invert),
        ("__bool__", int_bool),
        ("__hash__", int_hash),
        ("__repr__", int_repr),
        ("__format__", int_format),
        ("__int__", int_int),
        ("__index__", int_index),
        ("__float__", int_float),
        ("__trunc__", int_trunc),
        ("__floor__", int_floor),
        ("__ceil__", int_ceil),
        ("__round__", int_round),
        ("__getnewargs__", int_getnewargs),
        ("conjugate", int_conjugate),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("to_bytes", int_to_bytes),
        ("as_integer_ratio", int_as_integer_ratio),
    ];
    for (name, f) in int_methods {
        add_method(vm, &int, name, *f);
    }
    add_classmethod(vm, &int, "from_bytes", int_from_bytes);
    add_property(vm, &int, "real", int_real);
    add_property(vm, &int, "imag", int_imag);
    add_property(vm, &int, "numerator", int_real);
    add_property(vm, &int, "denominator", int_denominator);

    let bool_ = vm.types.bool_.clone();
    let bool_methods: &[(&str, NativeFn)] = &[
        ("__and__", bool_and),
        ("__rand__", bool_rand),
        ("__or__", bool_or),
        ("__ror__", bool_ror),
        ("__xor__", bool_xor),
        ("__rxor__", bool_rxor),
        ("__repr__", bool_repr),
    ];
    for (name, f) in bool_methods {
        add_method(vm, &bool_, name, *f);
    }

    let float = vm.types.float.clone();
    let float_methods: &[(&str, NativeFn)] = &[
        ("__add__", float_add),
        ("__radd__", float_radd),
        ("__sub__", float_sub),
        ("__rsub__", float_rsub),
        ("__mul__", float_mul),
        ("__rmul__", float_rmul),
        ("__truediv__", float_truediv),
        ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv),
        ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod),
        ("__rmod__", float_rmod),
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("__pow__", float_pow),
        ("__rpow__", float_rpow),
        ("__eq__", float_eq),
        ("__ne__", float_ne),
        ("__lt__", float_lt),
        ("__le__", float_le),
        ("__gt__", float_gt),
        ("__ge__", float_ge),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
        ("__format__", float_format),
        ("__int__", float_int),
        ("__float__", float_float),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__getnewargs__", float_getnewargs),
        ("conjugate", float_conjugate),
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
    ];
    for (name, f) in float_methods {
        add_method(vm, &float, name, *f);
    }
    add_classmethod(vm, &float, "fromhex", float_fromhex);
    add_property(vm, &float, "real", float_real);
    add_property(vm, &float, "imag", float_imag);

    let complex = vm.types.complex.clone();
    let complex_methods: &[(&str, NativeFn)] = &[
        ("__add__", complex_add),
        ("__radd__", complex_radd),
        ("__sub__", complex_sub),
        ("__rsub__", complex_rsub),
        ("__mul__", complex_mul),
        ("__rmul__", complex_rmul),
        ("__truediv__", complex_truediv),
        ("__rtruediv__", complex_rtruediv),
        ("__pow__", complex_pow),
        ("__rpow__", complex_rpow),
        ("__eq__", complex_eq),
        ("__ne__", complex_ne),
        ("__lt__", complex_lt),
        ("__le__", complex_le),
        ("__gt__", complex_gt),
        ("__ge__", complex_ge),
        ("__neg__", complex_neg),
        ("__pos__", complex_pos),
        ("__abs__", complex_abs),
        ("__bool__", complex_bool),
        ("__hash__", complex_hash),
        ("__repr__", complex_repr),
        ("__format__", complex_format),
        ("__getnewargs__", complex_getnewargs),
        ("conjugate", complex_conjugate),
    ];
    for (name, f) in complex_methods {
        add_method(vm, &complex, name, *f);
    }
    add_property(vm, &complex, "real", complex_real);
    add_property(vm, &complex, "imag", complex_imag);
}
