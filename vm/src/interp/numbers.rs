//! Arithmetic on the builtin numeric types (`bool`, `int`, `float`, `complex`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use crate::bytecode::BinaryOp;
use crate::value::Value;

use super::{PyResult, Vm};

/// A numeric operand, widened.
pub enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_infinite() {
        None
    } else {
        Some(f)
    }
}

impl Vm {
    /// Widen a builtin numeric value (or a subclass instance wrapping one).
    pub fn as_num(&self, v: &Value) -> Option<Num> {
        Some(match v {
            Value::Int(i) => Num::Int(BigInt::from(*i)),
            Value::Bool(b) => Num::Int(BigInt::from(*b as i64)),
            Value::BigInt(b) => Num::Int((**b).clone()),
            Value::Float(f) => Num::Float(*f),
            Value::Complex(c) => Num::Complex(c.0, c.1),
            Value::Instance(_) => return self.builtin_base(v).and_then(|b| self.as_num(&b)),
            _ => return None,
        })
    }

    pub fn to_f64(&self, n: &Num) -> PyResult<f64> {
        match n {
            Num::Int(b) => bigint_to_f64(b)
                .ok_or_else(|| self.overflow_error("int too large to convert to float")),
            Num::Float(f) => Ok(*f),
            Num::Complex(r, _) => Ok(*r),
        }
    }

    /// Numeric binary operation on builtin numbers; `None` when not applicable
    /// (the caller then reports unsupported operand types).
    pub fn num_binop(&mut self, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Option<Value>> {
        // Machine-int fast paths.
        if let (Some(x), Some(y)) = (small_int(a), small_int(b)) {
            if let Some(r) = self.i64_binop(x, y, op)? {
                return Ok(Some(r));
            }
        }
        let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) else {
            return Ok(None);
        };
        match (x, y) {
            (Num::Int(x), Num::Int(y)) => self.bigint_binop(&x, &y, op),
            (Num::Complex(ar, ai), y) => {
                let (br, bi) = self.complex_parts(&y)?;
                self.complex_binop(ar, ai, br, bi, op)
            }
            (x, Num::Complex(br, bi)) => {
                let (ar, ai) = self.complex_parts(&x)?;
                self.complex_binop(ar, ai, br, bi, op)
            }
            (x, y) => {
                let xf = self.to_f64(&x)?;
                let yf = self.to_f64(&y)?;
                self.float_binop(xf, yf, op)
            }
        }
    }

    fn complex_parts(&self, n: &Num) -> PyResult<(f64, f64)> {
        Ok(match n {
            Num::Complex(r, i) => (*r, *i),
            other => (self.to_f64(other)?, 0.0),
        })
    }

    fn i64_binop(&mut self, x: i64, y: i64, op: BinaryOp) -> PyResult<Option<Value>> {
        Ok(Some(match op {
            BinaryOp::Add => match x.checked_add(y) {
                Some(r) => Value::Int(r),
                None => return Ok(None),
            },
            BinaryOp::Sub => match x.checked_sub(y) {
                Some(r) => Value::Int(r),
                None => return Ok(None),
            },
            BinaryOp::Mul => match x.checked_mul(y) {
                Some(r) => Value::Int(r),
                None => return Ok(None),
            },
            BinaryOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                match x.checked_div_euclid(y) {
                    Some(_) => Value::Int(Integer::div_floor(&x, &y)),
                    None => return Ok(None),
                }
            }
            BinaryOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                match x.checked_rem(y) {
                    Some(_) => Value::Int(x.mod_floor(&y)),
                    None => return Ok(None),
                }
            }
            BinaryOp::TrueDiv => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1u64 << 53) && y.unsigned_abs() < (1u64 << 53) {
                    Value::Float(x as f64 / y as f64)
                } else {
                    return Ok(None);
                }
            }
            BinaryOp::And => Value::Int(x & y),
            BinaryOp::Or => Value::Int(x | y),
            BinaryOp::Xor => Value::Int(x ^ y),
            BinaryOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if y < 63 {
                    let r = x.checked_shl(y as u32);
                    match r {
                        Some(r) if (r >> y) == x => Value::Int(r),
                        _ => return Ok(None),
                    }
                } else if x == 0 {
                    Value::Int(0)
                } else {
                    return Ok(None);
                }
            }
            BinaryOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Value::Int(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            BinaryOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    Value::Float((x as f64).powf(y as f64))
                } else if y <= u32::MAX as i64 {
                    match x.checked_pow(y as u32) {
                        Some(r) => Value::Int(r),
                        None => return Ok(None),
                    }
                } else {
                    return Ok(None);
                }
            }
            BinaryOp::MatMul => return Ok(None),
        }))
    }

    fn bigint_binop(&mut self, x: &BigInt, y: &BigInt, op: BinaryOp) -> PyResult<Option<Value>> {
        Ok(Some(match op {
            BinaryOp::Add => Value::from_bigint(x + y),
            BinaryOp::Sub => Value::from_bigint(x - y),
            BinaryOp::Mul => Value::from_bigint(x * y),
            BinaryOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                Value::from_bigint(x.div_floor(y))
            }
            BinaryOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                Value::from_bigint(x.mod_floor(y))
            }
            BinaryOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                Value::Float(self.int_true_div(x, y)?)
            }
            BinaryOp::And => Value::from_bigint(x & y),
            BinaryOp::Or => Value::from_bigint(x | y),
            BinaryOp::Xor => Value::from_bigint(x ^ y),
            BinaryOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y
                    .to_usize()
                    .filter(|s| *s < (1 << 32))
                    .ok_or_else(|| self.overflow_error("too many digits in integer"))?;
                Value::from_bigint(x << s)
            }
            BinaryOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_usize() {
                    Some(s) => Value::from_bigint(x >> s),
                    None => Value::Int(if x.is_negative() { -1 } else { 0 }),
                }
            }
            BinaryOp::Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    let xf = bigint_to_f64(x)
                        .ok_or_else(|| self.overflow_error("int too large to convert to float"))?;
                    let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                    Value::Float(xf.powf(yf))
                } else {
                    let e = y
                        .to_u32()
                        .ok_or_else(|| self.overflow_error("exponent too large"))?;
                    if x.is_one() || x.is_zero() {
                        Value::from_bigint(x.clone())
                    } else if x.bits() * e as u64 > 64_000_000 {
                        return Err(self.overflow_error("exponent too large"));
                    } else {
                        Value::from_bigint(num_traits::pow::Pow::pow(x, e))
                    }
                }
            }
            BinaryOp::MatMul => return Ok(None),
        }))
    }

    /// Correctly rounded int/int true division.
    fn int_true_div(&self, x: &BigInt, y: &BigInt) -> PyResult<f64> {
        if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
            if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                return Ok(a as f64 / b as f64);
            }
        }
        // Scale so the quotient has 64+ significant bits, then round via f64 conversion.
        let neg = x.is_negative() != y.is_negative();
        let (x, y) = (x.abs(), y.abs());
        let shift = 66i64 - (x.bits() as i64 - y.bits() as i64);
        let (n, d) = if shift > 0 {
            (x << shift as usize, y)
        } else {
            (x, y << (-shift) as usize)
        };
        let (q, r) = n.div_rem(&d);
        // Sticky bit for correct rounding.
        let q = if r.is_zero() {
            q
        } else {
            (q << 1usize) | BigInt::one()
        };
        let extra = if r.is_zero() { 0 } else { 1 };
        let qf = q.to_f64().unwrap_or(f64::INFINITY);
        let exp = -(shift as i32) - extra;
        let mut r = qf * 2f64.powi(exp.clamp(-1074, 1023));
        if exp < -1074 {
            r *= 2f64.powi(exp + 1074);
        }
        if r.is_infinite() {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        Ok(if neg { -r } else { r })
    }

    pub fn float_binop(&mut self, x: f64, y: f64, op: BinaryOp) -> PyResult<Option<Value>> {
        Ok(Some(Value::Float(match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            BinaryOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinaryOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinaryOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            BinaryOp::Pow => return self.float_pow(x, y).map(Some),
            _ => return Ok(None),
        })))
    }

    pub fn float_pow(&mut self, x: f64, y: f64) -> PyResult<Value> {
        if x == 0.0 && y < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
            // Negative base with fractional exponent gives a complex result.
            let (r, i) = complex_pow(x, 0.0, y, 0.0);
            return Ok(Value::complex(r, i));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(Value::Float(r))
    }

    fn complex_binop(
        &mut self,
        ar: f64,
        ai: f64,
        br: f64,
        bi: f64,
        op: BinaryOp,
    ) -> PyResult<Option<Value>> {
        let (r, i) = match op {
            BinaryOp::Add => (ar + br, ai + bi),
            BinaryOp::Sub => (ar - br, ai - bi),
            BinaryOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
            BinaryOp::TrueDiv => {
                if br == 0.0 && bi == 0.0 {
                    return Err(self.zero_division("complex division by zero"));
                }
                complex_div(ar, ai, br, bi)
            }
            BinaryOp::Pow => {
                if ar == 0.0 && ai == 0.0 {
                    if bi != 0.0 || br < 0.0 {
                        return Err(self.zero_division("0.0 to a negative or complex power"));
                    }
                    if br == 0.0 {
                        (1.0, 0.0)
                    } else {
                        (0.0, 0.0)
                    }
                } else {
                    complex_pow(ar, ai, br, bi)
                }
            }
            BinaryOp::FloorDiv | BinaryOp::Mod => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: 'complex' and 'complex'",
                    op.symbol()
                )))
            }
            _ => return Ok(None),
        };
        Ok(Some(Value::complex(r, i)))
    }

    /// Three-argument `pow(base, exp, mod)`.
    pub fn pow_mod(&mut self, b: &Value, e: &Value, m: &Value) -> PyResult<Value> {
        if let Value::Instance(_) = b {
            if let Some(r) = self.call_dunder(b, "__pow__", &[e.clone(), m.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let (b, e, m) = (
            &self.unwrap_builtin(b),
            &self.unwrap_builtin(e),
            &self.unwrap_builtin(m),
        );
        let (Some(b), Some(e), Some(m)) = (to_bigint(b), to_bigint(e), to_bigint(m)) else {
            return Err(
                self.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        if m.is_zero() {
            return Err(self.value_error("pow() 3rd argument cannot be 0"));
        }
        let base = if e.is_negative() {
            match mod_inverse(&b, &m) {
                Some(inv) => inv,
                None => {
                    return Err(self.value_error("base is not invertible for the given modulus"))
                }
            }
        } else {
            b
        };
        let e = e.abs();
        let mabs = m.abs();
        let mut r = base.mod_floor(&mabs).modpow(&e, &mabs);
        if m.is_negative() && !r.is_zero() {
            r += &m;
        }
        Ok(Value::from_bigint(r))
    }

    pub fn float_from_bigint(&self, b: &BigInt) -> PyResult<f64> {
        bigint_to_f64(b).ok_or_else(|| self.overflow_error("int too large to convert to float"))
    }

    pub fn bigint_from_f64(&self, f: f64) -> PyResult<BigInt> {
        if f.is_nan() {
            return Err(self.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(self.overflow_error("cannot convert float infinity to integer"));
        }
        Ok(BigInt::from_f64(f.trunc()).unwrap_or_default())
    }
}

#[inline]
fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// Python's float divmod (result signs follow the divisor).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn complex_div(ar: f64, ai: f64, br: f64, bi: f64) -> (f64, f64) {
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    }
}

fn complex_pow(ar: f64, ai: f64, br: f64, bi: f64) -> (f64, f64) {
    // Integer exponents use repeated multiplication like CPython for accuracy.
    if bi == 0.0 && br.fract() == 0.0 && br.abs() <= 100.0 {
        let n = br as i64;
        let mut rr = 1.0;
        let mut ri = 0.0;
        let (mut pr, mut pi) = (ar, ai);
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                let t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            let t = pr * pr - pi * pi;
            pi *= 2.0 * pr;
            pr = t;
            k >>= 1;
        }
        if n < 0 {
            return complex_div(1.0, 0.0, rr, ri);
        }
        return (rr, ri);
    }
    let vabs = ar.hypot(ai);
    let mut len = vabs.powf(br);
    let at = ai.atan2(ar);
    let mut phase = at * br;
    if bi != 0.0 {
        len /= (at * bi).exp();
        phase += bi * vabs.ln();
    }
    (len * phase.cos(), len * phase.sin())
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}
