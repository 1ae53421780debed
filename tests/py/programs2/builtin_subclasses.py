# Subclassing builtins: dict with __missing__, list with validation, str/int subclasses, operator fallbacks.
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value

    def __repr__(self):
        return f"DefaultDict({dict.__repr__(self)})"


graph = DefaultDict(list)
for a, b in [("x", "y"), ("x", "z"), ("y", "z")]:
    graph[a].append(b)
    graph[b]
print(graph, len(graph), graph.get("q"), "q" in graph, isinstance(graph, dict))
counts = DefaultDict(int, a=5)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()), counts.factory.__name__, type(counts).__name__)


class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for it in items:
            self.append(it)

    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)

    def __add__(self, other):
        return TypedList(self.kind, list(self) + list(other))


tl = TypedList(int, [3, 1, 2])
tl.append(10)
tl.sort()
print(tl, len(tl), tl[1:], type(tl[1:]).__name__, type(tl + [5]).__name__, sum(tl))
try:
    tl.append("no")
except TypeError as e:
    print("TypeError:", e)
tl.extend(["sneaky"])
print(tl, tl == [1, 2, 3, 10, "sneaky"])


class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())

    @property
    def initials(self):
        return "".join(p[0] for p in self.split())


n = Name("  ada lovelace ")
print(n, repr(n), n.initials, n.upper(), type(n.upper()).__name__, n == "Ada Lovelace", len(n), n + "!")


class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"

    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__


wallet = [Money(5), Money(10), 3]
print(sum(wallet), sum(wallet, Money(0)), Money(7) * 2, Money(3) + 4, 4 + Money(3), Money(2) == 2, hash(Money(9)) == hash(9))


class Celsius:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Celsius):
            return self.v == other.v
        if isinstance(other, (int, float)):
            return self.v == other
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Celsius):
            return self.v < other.v
        return self.v < other

    def __gt__(self, other):
        if isinstance(other, Celsius):
            return self.v > other.v
        return self.v > other

    def __repr__(self):
        return f"{self.v}C"


temps = [Celsius(30), Celsius(-5), Celsius(12)]
print(sorted(temps), max(temps), Celsius(5) == 5, 5 == Celsius(5), Celsius(5) != Celsius(6), 3 < Celsius(4), Celsius(1) == "1")
print(10 > Celsius(4), Celsius(3) in [3], [Celsius(3)] == [3], temps.index(12), temps.count(Celsius(-5)))


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * 10


s = Seq(6)
print(s[2], s[-1], s[1:5], s[::-2], s[slice(None, None, 3)], list(s), 30 in s, 31 in s, list(reversed(s)))
print(slice(1, 10, 2).indices(5), slice(None).indices(3), slice(-3, None).indices(10))


class Stack(list):
    push = list.append

    def peek(self):
        return self[-1]


st = Stack()
st.push(1)
st.push(2)
print(st.peek(), st, st.pop(), st)


class Ordered(dict):
    def __setitem__(self, key, value):
        super().__setitem__(str(key).lower(), value)


o = Ordered()
o["KEY"] = 1
o.update({"Other": 2})
print(o, dict(o))
try:
    print(s[6])
except Exception as exc:
    print("final:", type(exc).__name__, exc)
