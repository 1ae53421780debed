# int and bool methods, explicit dunder calls, int subclasses.
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

for n in [0, 1, -1, 5, -5, 255, 256, -256, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, -(2 ** 100) + 1, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (5).to_bytes(), (0).to_bytes(0, "big"), (255).to_bytes(1, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "little", signed=True), (127).to_bytes(1, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2 ** 80).to_bytes(11, "big"), (-(2 ** 70)).to_bytes(10, "little", signed=True), (5).to_bytes(length=3, byteorder="little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\xff\xfe", byteorder="little", signed=True))
print(int.from_bytes(b""), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00\x00"), "little"), int.from_bytes(b"\x00" * 9 + b"\x01", "big"), bool.from_bytes(b"\x02", "big"))
for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2 ** 40 + 3, -(2 ** 40)]:
    for order in ("big", "little"):
        bs = v.to_bytes(8, order, signed=True)
        assert int.from_bytes(bs, order, signed=True) == v
print("roundtrip ok")
attempt("to_bytes overflow", lambda: (256).to_bytes(1, "big"))
attempt("to_bytes negative", lambda: (-1).to_bytes(1, "big"))
attempt("to_bytes signed overflow", lambda: (128).to_bytes(1, "big", signed=True))
attempt("to_bytes bad order", lambda: (1).to_bytes(1, "mid"))
attempt("to_bytes order type", lambda: (5).to_bytes(1, 1))
attempt("to_bytes length str", lambda: (5).to_bytes("a"))
attempt("to_bytes neg length", lambda: (1).to_bytes(-1, "big"))
attempt("to_bytes 3 positional", lambda: (5).to_bytes(2, "big", True))
attempt("to_bytes bad kw", lambda: (5).to_bytes(1, "big", foo=1))
attempt("from_bytes int", lambda: int.from_bytes(1, "big"))
attempt("from_bytes str", lambda: int.from_bytes("ab"))
attempt("from_bytes range", lambda: int.from_bytes([256]))
attempt("from_bytes missing", lambda: int.from_bytes())
attempt("from_bytes order", lambda: int.from_bytes(b"a", "mid"))
attempt("bit_length(1)", lambda: (5).bit_length(1))
attempt("int.bit_length(1.5)", lambda: int.bit_length(1.5))
attempt("is_integer (3.12+)", lambda: (1).is_integer())
# rounding
for n, nd in [(5, -1), (15, -1), (25, -1), (35, -1), (-25, -1), (-35, -1), (1234, -2), (1250, -2), (1350, -2), (7, -25), (2 ** 70, -20), (123, 2), (123, 0)]:
    print(n, nd, round(n, nd), n.__round__(nd), type(round(n, nd)).__name__)
print((5).__round__(), round(7), True.__round__())
attempt("__round__(None)", lambda: (5).__round__(None))
attempt("__round__(1.5)", lambda: (5).__round__(1.5))
attempt("__round__(1, 2)", lambda: (1).__round__(1, 2))
# explicit dunders on exact ints
print(int.__add__(1, 2), (5).__add__(3), (5).__radd__(1), (5).__sub__(7), (5).__rsub__(2), (5).__mul__(3), (6).__truediv__(4), (5).__rtruediv__(2))
print((7).__floordiv__(2), (7).__rfloordiv__(2), (-7).__mod__(3), (7).__rmod__(30), (7).__divmod__(-2), (5).__rdivmod__(17), (2).__pow__(10), (2).__pow__(-1), (2).__pow__(10, 1000), (3).__rpow__(2), (3).__rpow__(2, 5))
print((5).__lshift__(2), (5).__rlshift__(2), (64).__rshift__(3), (3).__rrshift__(64), (12).__and__(10), (12).__or__(3), (12).__xor__(10), (12).__rand__(4), (12).__ror__(1), (12).__rxor__(12))
print(int.__add__(1, 2.0), (5).__mul__("a"), (5).__eq__(5.0), (5).__eq__(5), (5).__lt__(6), (5).__ge__(5), (5).__ne__(4), (5).__gt__(1.0), (2).__pow__(3, "a"))
print((5).__neg__(), (-5).__abs__(), (5).__pos__(), (5).__invert__(), (0).__bool__(), (5).__bool__(), (5).__hash__(), (-1).__hash__(), (5).__repr__(), (5).__format__("04d"), (255).__format__("x"), (5).__format__(""))
print((5).__int__(), (5).__index__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__getnewargs__(), (2 ** 64).__hash__() == hash(2 ** 64))
attempt("int.__add__(1.0, 2)", lambda: int.__add__(1.0, 2))
attempt("int.__add__(1)", lambda: int.__add__(1))
attempt("__add__(1, 2)", lambda: (3).__add__(1, 2))
attempt("__pow__()", lambda: (3).__pow__())
attempt("__pow__ mod 0", lambda: (1).__pow__(2, 0))
attempt("__truediv__(0)", lambda: (1).__truediv__(0))
attempt("__floordiv__(0)", lambda: (1).__floordiv__(0))
attempt("__lshift__(-1)", lambda: (1).__lshift__(-1))
attempt("__float__ big", lambda: (2 ** 1024).__float__())
attempt("__format__(1)", lambda: (10).__format__(1))
attempt("__bool__(1)", lambda: (1).__bool__(1))
attempt("int.__neg__('a')", lambda: int.__neg__("a"))
# bool
print(True & False, True | False, True ^ True, False ^ True, True & 1, True | 2, True.__and__(False), True.__rand__(False), False.__ror__(False), True.__xor__(True), True.__rxor__(1), True.__and__(2))
print(int.__and__(True, False), int.__repr__(True), bool.__repr__(False), True.__repr__(), True.__invert__(), -True, +True, abs(True), True.__hash__(), True.__float__(), True.__index__(), True.__format__(""), True.__format__("d"), format(False, ">6"))
attempt("bool.__and__(1, 1)", lambda: bool.__and__(1, 1))
# subclasses
class Meters(int):
    def __repr__(self):
        return "Meters(%d)" % int(self)
m = Meters(7)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, 3 * m, m - 10, m / 2, m // 2, m % 4, divmod(m, 2), m ** 2, -m, +m, abs(Meters(-3)), ~m, m & 3, m | 8, m ^ 1, m << 1, m >> 1)
print(m == 7, m != 7, m < 8, m >= 7.5, 6.5 < m, hash(m) == hash(7), int(m), float(m), round(m), round(Meters(15), -1), m.bit_length(), m.to_bytes(2, "big"), m.real, m.numerator, type(m.real).__name__)
print(f"{m:03d}", format(m, "b"), "%d items" % (m,), [0, 1, 2, 3, 4, 5, 6, 7, 8][m], list(range(m))[-1], bool(Meters(0)), m.__pow__(2, 5), Meters.from_bytes(b"\x01\x00", "big"), type(Meters.from_bytes(b"\x01", "big")).__name__)
class Clamped(int):
    def __add__(self, other):
        return Clamped(min(100, int(self) + int(other)))
c = Clamped(90)
print(c + 20, type(c + 20).__name__, 20 + c, type(20 + c).__name__, c - 5, sum([Clamped(60), Clamped(70)], Clamped(0)))
class Flag(int):
    pass
print(Flag(3) & Flag(1), Flag(3) == 3, {Flag(3): "x"}[3], sorted([Flag(2), 1, Flag(0)]), max(Flag(1), Flag(9)))
