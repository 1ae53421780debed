# A test harness that runs many small faulty operations and prints the exception type and message.
class Thing:
    def method(self, a, b=2, *, c):
        return a + b + c

    @staticmethod
    def smeth(x):
        return x


def f(a, b, /, c, *args, d, e=5, **kw):
    return a


def g(x):
    return x


cases = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("[] + ()", lambda: [] + ()),
    ("None()", lambda: NONE()),
    ("5[0]", lambda: FIVE[0]),
    ("len(5)", lambda: len(5)),
    ("{}[[]]", lambda: {}[[]]),
    ("[1][5]", lambda: [1][5]),
    ("'ab'[9]", lambda: "ab"[9]),
    ("(1,)[2]", lambda: (1,)[2]),
    ("{'a':1}['b']", lambda: {"a": 1}["b"]),
    ("int('x')", lambda: int("x")),
    ("float('y')", lambda: float("y")),
    ("g()", lambda: g()),
    ("g(1, 2)", lambda: g(1, 2)),
    ("g(y=1)", lambda: g(y=1)),
    ("g(1, x=1)", lambda: g(1, x=1)),
    ("Thing().method(1)", lambda: Thing().method(1)),
    ("Thing().method()", lambda: Thing().method()),
    ("Thing.method(1, 2, c=3)", lambda: Thing.method(1, 2, c=3)),
    ("f(1, 2)", lambda: f(1, 2)),
    ("f(1, b=2, c=3, d=4)", lambda: f(1, b=2, c=3, d=4)),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("Thing().nope", lambda: Thing().nope),
    ("Thing.nope", lambda: Thing.nope),
    ("(5).real = 1", lambda: setattr(5, "real", 1)),
    ("'abc'.foo", lambda: "abc".foo),
    ("None.x", lambda: None.x),
    ("[].add(1)", lambda: [].add(1)),
    ("undefined_name", lambda: undefined_name),
    ("1/0", lambda: 1 / 0),
    ("1%0", lambda: 1 % 0),
    ("2.0//0", lambda: 2.0 // 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("[1] * 1.5", lambda: [1] * 1.5),
    ("-'a'", lambda: -"a"),
    ("~1.5", lambda: ~1.5),
    ("1 < 'a'", lambda: 1 < "a"),
    ("[] < {}", lambda: [] < {}),
    ("None < None", lambda: None < None),
    ("iter(5)", lambda: iter(5)),
    ("next([])", lambda: next([])),
    ("a, b = 1", lambda: exec_unpack()),
    ("hash([])", lambda: hash([])),
    ("{[]: 1}", lambda: {[]: 1}),
    ("set([[1]])", lambda: set([[1]])),
    ("int(None)", lambda: int(None)),
    ("float([])", lambda: float([])),
    ("str.join(',', [1, 2])", lambda: ",".join([1, 2])),
    ("'x'.split('')", lambda: "x".split("")),
    ("chr(-1)", lambda: chr(-1)),
    ("ord('ab')", lambda: ord("ab")),
    ("int('10', 1)", lambda: int("10", 1)),
    ("range(1.5)", lambda: range(1.5)),
    ("list(range(0, 10, 0))", lambda: range(0, 10, 0)),
    ("[].pop()", lambda: [].pop()),
    ("{}.popitem()", lambda: {}.popitem()),
    ("set().pop()", lambda: set().pop()),
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("(1, 2).index(3)", lambda: (1, 2).index(3)),
    ("dict([1, 2])", lambda: dict([1, 2])),
    ("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)])),
    ("object().x = 1", lambda: setattr(object(), "x", 1)),
    ("'s'[1:2] = 'x'", lambda: "s".__setitem__(0, "x")),
    ("(1,).append", lambda: (1,).append),
    ("max([])", lambda: max([])),
    ("min()", lambda: min()),
    ("sum(['a'])", lambda: sum(["a"])),
    ("abs('x')", lambda: abs("x")),
    ("round('x')", lambda: round("x")),
    ("isinstance(1, 2)", lambda: isinstance(1, 2)),
    ("Thing(1)", lambda: Thing(1)),
    ("object(1)", lambda: object(1)),
    ("pow(0, -1)", lambda: pow(0, -1)),
    ("2 ** 10000 * 1.0", lambda: 2 ** 10000 * 1.0),
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("[1, 2][::0]", lambda: [1, 2][::0]),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("'{:d}'.format(1.5)", lambda: "{:d}".format(1.5)),
    ("format('s', 'd')", lambda: format("s", "d")),
    ("bytes('abc')", lambda: bytes("abc")),
    ("b'a' + 'b'", lambda: b"a" + "b"),
    ("getattr(1, 'x')", lambda: getattr(1, "x")),
    ("Thing.smeth()", lambda: Thing.smeth()),
    ("super().x outside", lambda: super()),
]


NONE = None
FIVE = 5


def exec_unpack():
    a, b = 1
    return a, b


for label, fn in cases:
    try:
        result = fn()
        print(f"{label:<28} -> no error: {result!r}")
    except Exception as e:
        print(f"{label:<28} -> {type(e).__name__}: {e}")
