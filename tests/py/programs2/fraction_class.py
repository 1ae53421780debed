# A Fraction class with normalisation, mixed arithmetic, hashing consistent with int, and formatting.
import math


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num=0, den=1):
        if isinstance(num, str):
            n, _, d = num.partition("/")
            num, den = int(n), int(d or 1)
        if not isinstance(num, int | Fraction) or not isinstance(den, int):
            raise TypeError(f"bad fraction parts {num!r}/{den!r}")
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if isinstance(num, Fraction):
            num, den = num.num, num.den * den
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return Fraction(x)
        return NotImplemented

    def __add__(self, o):
        if isinstance(o, float):
            return float(self) + o
        o = self._coerce(o)
        if o is NotImplemented:
            return NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __sub__(self, o):
        return self + (-o)

    def __rsub__(self, o):
        return -self + o

    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return NotImplemented
        return Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.den, self.den * o.num)

    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den) if abs(self.num) < 2 ** 53 else self.num // self.den

    def __eq__(self, o):
        if isinstance(o, float):
            return float(self) == o
        o = self._coerce(o)
        return o is not NotImplemented and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        return format(str(self), spec) if not spec or spec[-1] not in "ef%" else format(float(self), spec)


h = sum(Fraction(1, n) for n in range(1, 11))
print(h, repr(h), float(h), int(h), f"{h:.6f}", f"[{h:>12}]")
print(Fraction(6, -8), Fraction("3/9"), Fraction(" 4 "), Fraction(Fraction(1, 2), 3), Fraction(10, 5) == 2)
print(Fraction(1, 3) + 1, 1 - Fraction(1, 3), 2 * Fraction(3, 4), Fraction(3, 4) * Fraction(4, 3), Fraction(1, 2) + 0.25)
print(Fraction(2, 3) ** 3, Fraction(2, 3) ** -2, Fraction(-7, 2) < -3, sorted([Fraction(1, 2), Fraction(1, 3), Fraction(2, 5)]))
print({Fraction(4, 2): "two", 2: "int two"}, hash(Fraction(5)) == hash(5), Fraction(1, 2) == 0.5, Fraction(1, 3) <= Fraction(2, 6))
print(max(Fraction(7, 3), Fraction(9, 4)), min([Fraction(-1, 2), Fraction(-2, 3)]), f"{Fraction(1, 8):.2%}")
big = Fraction(2 ** 100 + 1, 3 ** 50)
print(big, int(big), f"{big:e}")
for bad in [(1, 0), (1.5, 2), ("x/2",)]:
    try:
        Fraction(*bad)
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(Fraction(1, 2) * "ab")
