# Dunder wrappers of str/bytes/bytearray: explicit calls and subclass instances.
class S(str):
    pass
class B(bytes):
    pass
class BA(bytearray):
    pass
s = S("abc")
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: s == "abc")
t(lambda: s + "d")
t(lambda: "x" + s)
t(lambda: s * 2)
t(lambda: 2 * s)
t(lambda: s < "abd")
t(lambda: len(s))
t(lambda: s[1])
t(lambda: "b" in s)
t(lambda: list(s))
t(lambda: hash(s) == hash("abc"))
t(lambda: str(s))
t(lambda: "%s-%d" % ("a", 1))
t(lambda: S("%s!") % "x")
t(lambda: format(s, ">5"))
t(lambda: {s: 1}["abc"])
b = B(b"abc")
t(lambda: b == b"abc")
t(lambda: b + b"d")
t(lambda: b * 2)
t(lambda: len(b))
t(lambda: b[0])
t(lambda: 98 in b)
t(lambda: list(b))
t(lambda: bytes(b))
a = BA(b"abc")
t(lambda: a == b"abc")
t(lambda: a + b"d")
t(lambda: len(a))
t(lambda: a[0])
def iadd():
    global a
    a += b"zz"
    return a
t(iadd)
t(lambda: type(a).__name__)
t(lambda: "a".__mul__(3))
t(lambda: str.__len__("abcd"))
t(lambda: b"ab".__add__(b"c"))
t(lambda: str.__eq__("a", 1))
t(lambda: "a".__lt__("b"))
t(lambda: "a".__contains__(1))
t(lambda: str.__getitem__("abc", slice(1, None)))
t(lambda: "a".__format__(1))
t(lambda: "a".__rmod__("b"))
t(lambda: "%s".__rmod__("b"))
t(lambda: "a".__mod__(()))
t(lambda: b"%d".__mod__(5))
t(lambda: bytearray(b"x").__iadd__(b"y"))
t(lambda: bytearray(b"x").__imul__(3))
t(lambda: bytearray.__hash__)
t(lambda: hash(B(b"x")) == hash(b"x"))
t(lambda: "abc".__getnewargs__())
t(lambda: b"abc".__getnewargs__())
t(lambda: str.__hash__(1))
t(lambda: str.__len__())
t(lambda: S("q").__str__())
t(lambda: type(S("q").__str__()).__name__)
t(lambda: "a".__ne__("a"))
t(lambda: "a".__eq__(S("a")))
t(lambda: bytearray(b"a") == b"a")
t(lambda: b"a".__eq__(bytearray(b"a")))
t(lambda: b"a" < bytearray(b"b"))
t(lambda: "abc".__iter__().__next__())
t(lambda: bytearray(b"abc").__setitem__(0, 65))
t(lambda: bytearray(b"abc").__delitem__(0))
t(lambda: bytearray(b"abc").__contains__(b"bc"))
t(lambda: repr(S("x")))
t(lambda: "x".__repr__())
t(lambda: b"x".__repr__())
tests = ["'a'.__add__(1)", "'a'.__mul__(2**100)", "'a'.__rmul__(3)", "'a'.__mul__(-1)", "'a'.__len__(1)", "'a'.__add__()", "'a'.__getitem__()", "'a'.__format__()", "'a'.__format__(1)",
"b'a'.__add__(1)", "b'a'.__add__('x')", "b'a'.__add__(bytearray(b'x'))", "bytearray(b'a').__add__(b'x')", "b'a'.__eq__('a')", "b'a'.__eq__(bytearray(b'a'))", "bytearray(b'a').__eq__(b'a')", "bytearray(b'a').__eq__('a')",
"bytearray(b'a').__iadd__(1)", "b'%d'.__rmod__(1)", "bytearray(b'%d').__mod__(1)", "b'a'.__contains__('a')", "'a'.__getnewargs__(1)", "str.__getnewargs__(1)", "b'a'.__hash__()==hash(b'a')",
"bytearray(b'ab').__getitem__(0)", "bytearray(b'ab').__setitem__(0, 300)", "'a'.__str__(1)", "str.__str__(1)", "'a'.__repr__(1)", "bytes.__len__(bytearray())", "b'a'.__lt__('b')", "'a'.__lt__(1)", "b'a'.__getnewargs__()",
"bytearray.__hash__", "bytes.__bytes__(b'x')", "'%s'.__mod__(b'x')", "'a'.__rmod__(1)", "'a'.__len__(x=1)", "str.__len__()", "bytes.__len__()", "repr(bytearray(b'a\\'\"'))", "b'ab'.__contains__(97)", "b'ab'.__contains__(300)", "str.__format__()",
"bytearray(b'abc').__contains__(b'bc')", "bytearray(b'x').__imul__(3)", "b'x'.__rmul__(2)", "'a'.__eq__(1)", "str.__eq__(1, 'a')"]
for t in tests:
    try:
        r = eval(t); print(t, "->", repr(r))
    except Exception as e:
        print(t, "!!", type(e).__name__ + ":", e)

# binary operators on subclass instances and reflected operands
class V:
    def __radd__(self, o): return "radd " + type(o).__name__
    def __rmul__(self, o): return "rmul " + type(o).__name__
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: S("a") + 1)
t(lambda: S("a") * "x")
t(lambda: B(b"a") + "x")
t(lambda: BA(b"a") + 1)
t(lambda: "a" + V())
t(lambda: S("a") + V())
t(lambda: "a" * V())
t(lambda: b"a" + V())
t(lambda: B(b"a") * V())
t(lambda: bytearray(b"a") + V())
def g():
    x = BA(b"a")
    x += b"bc"
    x *= 2
    return x, type(x).__name__
t(g)
