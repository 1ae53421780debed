# Various dunder protocols: __getattr__, __call__, __bool__, __len__, __contains__, __iadd__, __index__, __hash__=None.
class Config:
    def __init__(self, **values):
        self.__dict__["_values"] = dict(values)
        self.__dict__["accessed"] = []

    def __getattr__(self, name):
        self.accessed.append(name)
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"config has no option {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self._values[name] = value

    def __delattr__(self, name):
        self._values.pop(name)

    def __contains__(self, name):
        return name in self._values

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(sorted(self._values))

    def __getitem__(self, key):
        return self._values[key]


cfg = Config(debug=True, level=3)
print(cfg.debug, cfg.level, getattr(cfg, "missing", "dflt"), cfg.accessed)
cfg.color = "blue"
print("color" in cfg, len(cfg), list(cfg), cfg["color"], bool(cfg))
del cfg.color
try:
    cfg.color
except AttributeError as e:
    print("AttributeError:", e, e.__suppress_context__)
try:
    cfg._x = 1
except AttributeError as e:
    print("AttributeError:", e)


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = list(coeffs)

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))

    def __iadd__(self, other):
        for i, c in enumerate(other.coeffs):
            if i < len(self.coeffs):
                self.coeffs[i] += c
            else:
                self.coeffs.append(c)
        return self

    def __add__(self, other):
        p = Polynomial(*self.coeffs)
        p += other
        return p

    def __bool__(self):
        return any(self.coeffs)

    def __len__(self):
        return 99

    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.coeffs) if c]
        return " + ".join(reversed(terms)) or "0"

    __hash__ = None

    def __eq__(self, other):
        return self.coeffs == other.coeffs


p = Polynomial(1, 0, 2)
q = p
p += Polynomial(0, 3, 0, 1)
print(p, q is p, p(2), [p(x) for x in range(-2, 3)], callable(p), callable(3))
print(bool(Polynomial(0, 0)), bool(p), "yes" if Polynomial() else "no", len(p))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    {p: 1}
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


lst = list("abcdefgh")
print(lst[Idx(2)], lst[Idx(1):Idx(6):Idx(2)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), "xy" * Idx(3))


class Accum:
    def __init__(self):
        self.items = []

    def __lshift__(self, item):
        self.items.append(item)
        return self

    def __getitem__(self, s):
        return s

    def __neg__(self):
        return len(self.items)

    def __invert__(self):
        return list(reversed(self.items))


a = Accum()
a << 1 << 2 << 3
print(-a, ~a, a[1:2], a[::2], a[1, 2:3, ...], a["key"])


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.count += 10


c1, c2 = Counter(), Counter()
print(Counter.count, c1.count, c2.count, vars(c1))
print(len(Polynomial()), Polynomial(1) == Polynomial(1), Polynomial(1) != Polynomial(2))


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except Exception as exc:
    print("final:", type(exc).__name__, exc)
