# A Rational number class with full operator overloading and hashing.
from math import gcd
class Rational:
    __slots__ = ("num", "den")
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(x):
        if isinstance(x, Rational):
            return x
        if isinstance(x, int):
            return Rational(x)
        return NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return self._coerce(o) / self
    def __pow__(self, n):
        if n < 0:
            return Rational(self.den ** -n, self.num ** -n)
        return Rational(self.num ** n, self.den ** n)
    def __neg__(self):
        return Rational(-self.num, self.den)
    def __abs__(self):
        return Rational(abs(self.num), self.den)
    def __eq__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den)
    def __bool__(self):
        return self.num != 0
    def __repr__(self):
        return f"Rational({self.num}, {self.den})"
    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)
    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)
a, b = Rational(1, 3), Rational(-3, 4)
print(a, b, repr(a), a + b, a - b, a * b, a / b, b ** 2, a ** -2, -a, abs(b))
print(a + 1, 1 + a, 2 - a, 3 * b, 1 / a, a == Rational(2, 6), a < b, b < a, a <= a, Rational(4, 2) == 2)
print(float(a), int(Rational(7, 2)), int(Rational(-7, 2)), bool(Rational(0, 5)), f"{a:.4f} {b}")
h = sum(Rational(1, n) for n in range(1, 21))
print("H(20) =", h, f"~ {h:.10f}")
print(sorted([Rational(1, 2), Rational(1, 3), Rational(2, 3), Rational(-1, 5)]))
print(len({Rational(1, 2), Rational(2, 4), Rational(3, 6)}), hash(Rational(6, 3)) == hash(2))
x = Rational(1)
for _ in range(8):
    x = (x + 2 / x) / 2
print("sqrt(2) ~", x, f"{x:.15f}")
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)
