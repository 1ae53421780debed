# float and complex methods, explicit dunders, and float/complex subclasses.
import math

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

for x in [0.0, -0.0, 1.5, -2.5, 3.0, 0.1, 1e300, 5e-324, 2.0 ** 60, -1e-5]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.conjugate(), x.real, x.imag)
print(float("inf").is_integer(), float("nan").is_integer(), float("inf").hex(), float("-inf").hex(), float("nan").hex())
print(float.fromhex("0x1.8p1"), float.fromhex(" -0X1P-2 "), float.fromhex("inf"), float.fromhex("0x.8"), float.fromhex("1"), float.fromhex("0x1.fffffffffffffp+1023"))
attempt("fromhex bad", lambda: float.fromhex("zz"))
attempt("fromhex overflow", lambda: float.fromhex("0x1p5000"))
attempt("fromhex(1)", lambda: float.fromhex(1))
attempt("fromhex()", lambda: float.fromhex())
attempt("ratio inf", lambda: float("inf").as_integer_ratio())
attempt("ratio nan", lambda: float("nan").as_integer_ratio())
attempt("hex(1)", lambda: (1.0).hex(1))
attempt("float.hex(1)", lambda: float.hex(1))
attempt("is_integer(1)", lambda: (1.5).is_integer(1))
# rounding and conversions
for x in [2.5, 3.5, -2.5, 0.5, 1.4999, 2.675, 1234.5678, -0.0, 1e20]:
    print(x, round(x), x.__round__(), x.__round__(None), x.__round__(2), x.__round__(-2), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__int__())
print((1e300).__round__(-400), (1.5).__round__(400), (123.456).__round__(1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
attempt("round nan", lambda: float("nan").__round__())
attempt("round inf", lambda: float("inf").__round__())
attempt("trunc inf", lambda: float("inf").__trunc__())
attempt("floor -inf", lambda: float("-inf").__floor__())
attempt("int nan", lambda: float("nan").__int__())
attempt("__round__('a')", lambda: (1.5).__round__("a"))
attempt("__round__ 2 args", lambda: float.__round__(5.5, 1, 2))
attempt("__floor__(1)", lambda: (5.5).__floor__(1))
# explicit dunders
print((5.0).__add__(1), (5.0).__radd__(2), (5.0).__sub__(0.5), (5.0).__rsub__(1), (1.5).__mul__(2), (1.0).__truediv__(4), (1.0).__rtruediv__(4), (7.5).__floordiv__(2), (7.5).__rfloordiv__(20), (-7.5).__mod__(2), (5.0).__rmod__(2))
print((5.0).__divmod__(2), (5.0).__rdivmod__(17), (2.0).__pow__(10), (2.0).__rpow__(3), (-8.0).__pow__(1 / 3) == (-8.0) ** (1 / 3), (5.0).__add__(1j), (5.0).__eq__(5), (5.0).__lt__(6), (5.0).__eq__("5"), (5.5).__ge__(5))
print((-1.5).__neg__(), (-1.5).__abs__(), (1.5).__pos__(), (0.0).__bool__(), (0.1).__bool__(), (1.5).__hash__() == hash(1.5), (1.5).__repr__(), (1.0).__format__(".3f"), (1e20).__format__(""), (2.5).__float__(), (2.5).__getnewargs__())
attempt("float.__add__(1, 2.0)", lambda: float.__add__(1, 2.0))
attempt("__pow__ 3 args", lambda: (2.0).__pow__(3, 5))
attempt("__truediv__(0)", lambda: (1.0).__truediv__(0))
attempt("__mod__(0)", lambda: (1.0).__mod__(0.0))
attempt("float.__neg__(1)", lambda: float.__neg__(1))
attempt("0.0 ** -1", lambda: (0.0).__pow__(-1))
# complex
z = complex(3, -4)
print(z.conjugate(), z.real, z.imag, abs(z), z.__abs__(), (1j).conjugate(), (2 + 0j).conjugate(), z.__neg__(), z.__pos__(), z.__bool__(), (0j).__bool__(), z.__hash__() == hash(z), (1j).__hash__())
print(z.__add__(1), z.__radd__(1.5), z.__sub__(1j), z.__rsub__(0), z.__mul__(2j), z.__rmul__(2), z.__truediv__(2), z.__rtruediv__(1), (1j).__pow__(2), (2 + 0j).__rpow__(2), z.__eq__(complex(3, -4)), z.__eq__(3), z.__ne__(0), (1j).__lt__(1j))
print(z.__repr__(), z.__format__(""), z.__format__(".2f"), z.__getnewargs__(), z.__add__("x"))
attempt("complex floordiv attr", lambda: (1j).__floordiv__)
attempt("complex pow mod", lambda: (1j).__pow__(2, 3))
attempt("complex div zero", lambda: (1j).__truediv__(0))
attempt("complex.conjugate(1)", lambda: complex.conjugate(1))
attempt("abs huge", lambda: complex(1e308, 1e308).__abs__())
# subclasses
class Celsius(float):
    def __repr__(self):
        return "Celsius(%s)" % float.__repr__(self)
t = Celsius(21.5)
print(t, repr(t), str(t), t + 1, type(t + 1).__name__, 2 * t, t - 0.5, t / 2, t // 2, t % 4, t ** 2, -t, abs(Celsius(-3.0)), round(t), round(t, -1), int(t), math.floor(t), math.ceil(t))
print(t == 21.5, t > 20, 22 > t, hash(t) == hash(21.5), t.is_integer(), t.as_integer_ratio(), t.hex(), t.real, t.imag, t.conjugate(), type(t.conjugate()).__name__, f"{t:.2f}", format(t, "e"), bool(Celsius(0)))
print(Celsius.fromhex("0x1.8p1"), type(Celsius.fromhex("0x1p0")).__name__, isinstance(t, float), sorted([Celsius(3.5), 1, Celsius(-2.0)]), max(Celsius(1.0), 0.5))
class Z(complex):
    pass
w = Z(1, 2)
print(w, repr(w), w + 1, w * w, -w, abs(Z(3, 4)), w == complex(1, 2), w.conjugate(), w.real, w.imag, type(w + 1).__name__, hash(w) == hash(complex(1, 2)), bool(Z(0, 0)), format(w, ".1f"))
