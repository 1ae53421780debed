# dict methods, views, errors, and dict subclasses (__missing__, __init__, fromkeys).
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d)
d.update({"x": 10}); d.update([("y", 20), ("x", 11)]); d.update(z=30); d.update({"w": 0}, a=-1); d.update(); print(d)
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 11 in v, ("x", 11) in i)
d["new"] = 1; print(list(k), list(v)[-1], list(i)[-1])
c = d.copy(); c["only"] = 1; print(len(d), len(c), "only" in d, type(c).__name__)
d.clear(); print(d, k, len(i))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), {}.fromkeys(range(3), 0))
print(list(reversed({1: 2, 3: 4, 5: 6})), {1: 2}.__reversed__ is not None)
attempt("get()", lambda: {}.get())
attempt("get(1,2,3)", lambda: {}.get(1, 2, 3))
attempt("get kw", lambda: {}.get(1, default=2))
attempt("pop()", lambda: {}.pop())
attempt("pop(1)", lambda: {}.pop(1))
attempt("pop('k')", lambda: {}.pop("k"))
attempt("pop kw", lambda: {}.pop(1, default=2))
attempt("popitem empty", lambda: {}.popitem())
attempt("setdefault()", lambda: {}.setdefault())
attempt("setdefault([])", lambda: {}.setdefault([], 1))
attempt("update(1)", lambda: {}.update(1))
attempt("update([1])", lambda: {}.update([1]))
attempt("update([(1,2,3)])", lambda: {}.update([(1, 2, 3)]))
attempt("update 2 args", lambda: {}.update({}, {}))
attempt("fromkeys()", lambda: dict.fromkeys())
attempt("fromkeys(1)", lambda: dict.fromkeys(1))
attempt("fromkeys unhashable", lambda: dict.fromkeys([[]]))
attempt("keys(1)", lambda: {}.keys(1))
attempt("items(1)", lambda: {1: 2}.items(1))
attempt("get unhashable", lambda: {}.get([], 1))
attempt("dict.get(5, 1)", lambda: dict.get(5, 1))
attempt("dict.__init__ 2 args", lambda: dict.__init__({}, 1, 2))
attempt("hash({})", lambda: hash({}))
print(dict.__hash__)
# explicit dunders
e = {1: "one"}
print(e.__len__(), e.__getitem__(1), e.__contains__(1), e.__contains__(2), list(e.__iter__()), e.__repr__())
e.__setitem__(2, "two"); e.__delitem__(1); print(e, e.__eq__({2: "two"}), e.__ne__({}), e.__eq__([]), e.__lt__({}))
print({1: 2}.__or__({3: 4}), {1: 2}.__or__([(3, 4)]), {1: 2}.__ror__({3: 4}), {1: 2}.__ior__([(3, 4)]))
attempt("__getitem__ missing", lambda: {}.__getitem__(1))
attempt("__delitem__ missing", lambda: {1: 2}.__delitem__(3))
attempt("__setitem__ 1 arg", lambda: {1: 2}.__setitem__(3))
f = {}; f.__init__([(1, 2)], a=3); f.__init__({"b": 4}); print(f)
# subclasses
class Counter(dict):
    def __missing__(self, key):
        return 0
cnt = Counter()
for ch in "mississippi":
    cnt[ch] = cnt[ch] + 1
print(sorted(cnt.items()), cnt["zz"], cnt.get("zz"), "zz" in cnt, len(cnt), type(cnt).__name__)
class Default(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = Default(list, [("seed", [0])], extra=[1])
dd["a"].append(1); dd["a"].append(2); dd["b"].append(3)
print(dd, dd.factory.__name__, sorted(dd), dd.pop("seed"), dd.keys())
class Plain(dict):
    pass
p = Plain({"k": 1}, j=2)
print(p, p == {"k": 1, "j": 2}, p.copy(), type(p.copy()).__name__, Plain.fromkeys("xy", 5), type(Plain.fromkeys("xy")).__name__)
attempt("Plain missing", lambda: p["nope"])
p.update(m=3); del p["k"]; print(p, len(p), list(p), p | {"q": 1}, type(p | {"q": 1}).__name__)
p |= {"r": 2}; print(p, type(p).__name__, repr(p), str(p))
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper()
u["abc"] = 1
print(u, u["ABC"], u["aBc"], u.get("ABC"), u.get("abc"))
class Tracker(dict):
    pass
t = Tracker.fromkeys([3, 1, 2], "v")
print(t, isinstance(t, Tracker))
