# Calls take specialised paths (positional-only binding, class instantiation with
# __init__, comparisons fused with jumps, inline attribute caches); check their edges.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Q(P):
    pass

class R:
    def __init__(self, v):
        self.v = v
        return None

class Bad:
    def __init__(self):
        return 1

print(P(1, 2).x, Q(3, 4).y, R(5).v)
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)

# Re-binding __init__ after instances were created is seen by later calls.
def new_init(self, x, y):
    self.x = x * 10
    self.y = y
P.__init__ = new_init
print(P(1, 2).x, Q(1, 2).x)

# Comparisons of ints and floats in conditions, including NaN and mixed types.
nan = float("nan")
for a, b in [(1, 2), (2, 1), (1.5, 1.5), (nan, nan), (1, 1.0), (True, 1)]:
    r = []
    if a < b:
        r.append("lt")
    if a <= b:
        r.append("le")
    if a == b:
        r.append("eq")
    if not a != b:
        r.append("not-ne")
    if a > b:
        r.append("gt")
    while a >= b:
        r.append("ge")
        break
    print(a, b, r)

# Same attribute read on instances of different classes from one site.
class A:
    __slots__ = ("v",)
    def __init__(self):
        self.v = "slot"
class B:
    def __init__(self):
        self.v = "dict"
class C:
    v = "class"
def read(o):
    return o.v
print([read(o) for o in (A(), B(), C(), B(), A())])
b = B()
del b.v
print(read(b) if hasattr(b, "v") else "gone")
b.w = 1
b.v = "again"
print(read(b), b.__dict__)

# Recursion through the fast call path still raises RecursionError.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

# Generators and closures are not taken by the positional fast path.
def gen(a, b=2):
    yield a + b
def outer(k):
    def inner(x):
        return x + k
    return inner
print(list(gen(1)), outer(5)(1))
s = "héllo"
print([c for c in s], s[1], s[-1], "".join(reversed(s)))
