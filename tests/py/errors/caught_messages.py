# Caught exceptions printed as "Type: message" for many common mistakes.
def show(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
class C:
    def method(self, a):
        return a
def kw_only(*, k):
    pass
def two(a, b):
    pass
n = 5
s = "str"
empty = []
nothing = None
float_index = 1.5
show(lambda: C().method())
show(lambda: C().method(1, 2))
show(lambda: C.method(1))
show(lambda: kw_only(1))
show(lambda: two(1, 2, 3))
show(lambda: two(b=1))
show(lambda: two(1, a=1))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: n())
show(lambda: s.nope())
show(lambda: s + n)
show(lambda: n + s)
show(lambda: [1] * 1.5)
show(lambda: n[0])
show(lambda: s[float_index])
show(lambda: empty[nothing])
show(lambda: {}.get())
show(lambda: int("12", base=40))
show(lambda: "abc".center())
show(lambda: C(1))
show(lambda: object().x)
show(lambda: (n, 2).append(3))
show(lambda: "x" * -1 + undefined)
show(lambda: sorted([3, None, 1]))
show(lambda: [1, 2, 3].remove(9))
show(lambda: dict(a=1)["b"])
show(lambda: set([1]).remove(2))
show(lambda: "a".join(["b", 3]))
show(lambda: f"{n:q}")
show(lambda: "%s %s" % (1,))
show(lambda: print(end=1))
show(lambda: iter(None))
show(lambda: next(5))
show(lambda: range("a"))
show(lambda: max())
show(lambda: divmod(1, "a"))
show(lambda: 2 ** "a")
show(lambda: -[1])
show(lambda: int(None))
show(lambda: float([1]))
show(lambda: bytes("abc"))
show(lambda: tuple(1))
