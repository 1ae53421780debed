# set and frozenset methods (printed via sorted for determinism), errors, subclasses.
def attempt(label, f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = (type(r).__name__, sorted(r))
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

def show(*sets):
    print(*[(type(s).__name__, sorted(s)) if isinstance(s, (set, frozenset)) else s for s in sets])

s = {1, 2, 3}
s.add(4); s.add(1); s.discard(2); s.discard(99); s.remove(3); show(s)
p = s.pop(); show(p in (1, 4), s)
s.clear(); show(s, len(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
show(a.union(b), a.union([9], (10,), {11: 0}), a.union(), a.intersection(b), a.intersection([1, 3], range(3)), a.intersection())
show(a.difference(b), a.difference([1], {2}), a.difference(), a.symmetric_difference(b), a.symmetric_difference([1, 1, 7]))
show(a.issubset(range(10)), a.issubset(b), {3}.issubset(b), a.issuperset([1, 2]), a.issuperset(b), a.isdisjoint([7, 8]), a.isdisjoint(iter([8, 4])))
show(a | b, a & b, a - b, a ^ b, a <= b, {3, 4} < b, b > {5}, a == {4, 3, 2, 1}, a != b)
c = set(a); c.update([7], {8}, [0]); show(c)
c.intersection_update([1, 2, 7, 8, 0], {1, 7, 0, 99}); show(c)
c.difference_update({1}, [7]); show(c)
c.symmetric_difference_update([0, 5]); show(c)
d = {1, 2}; d.difference_update(d); show(d)
e = {1, 2}; e.symmetric_difference_update(e); show(e)
g = {1, 2}; g.update(g); g.intersection_update(g); show(g)
fs = frozenset([1, 2, 3])
show(fs.union([4]), fs.intersection({2, 3, 9}), fs.difference([1]), fs.symmetric_difference({3, 4}), fs.copy() is fs, fs | {0}, {0} | fs)
show(fs.issubset([1, 2, 3]), fs.issuperset(set()), fs.isdisjoint(set()), hash(fs) == hash(frozenset([3, 2, 1])), fs == {1, 2, 3})
# sets as members, lookups with set keys
nest = {frozenset([1]), frozenset([2, 3])}
show({1} in [{1}], frozenset([1]) in nest, {2, 3} in nest, len(nest))
nest.discard({2, 3}); show(len(nest))
attempt("remove missing", lambda: set().remove(1))
attempt("remove tuple", lambda: {1}.remove((1, 2)))
attempt("pop empty", lambda: set().pop())
attempt("add unhashable", lambda: set().add([]))
attempt("discard unhashable", lambda: set().discard([]))
attempt("remove unhashable", lambda: set().remove({}))
attempt("update(1)", lambda: set().update(1))
attempt("union(1)", lambda: set().union(1))
attempt("issubset(1)", lambda: set().issubset(1))
attempt("issubset()", lambda: set().issubset())
attempt("isdisjoint()", lambda: set().isdisjoint())
attempt("symmetric_difference()", lambda: {1}.symmetric_difference())
attempt("add()", lambda: set().add())
attempt("add(1, 2)", lambda: set().add(1, 2))
attempt("add kw", lambda: set().add(x=1))
attempt("union kw", lambda: set().union(x=1))
attempt("copy(1)", lambda: set().copy(1))
attempt("pop(1)", lambda: set().pop(1))
attempt("frozenset add", lambda: frozenset().add)
attempt("set.add(frozenset)", lambda: set.add(frozenset(), 1))
attempt("set.union()", lambda: set.union())
attempt("set.union(1)", lambda: set.union(1))
attempt("hash(set())", lambda: hash(set()))
attempt("set | list", lambda: {1} | [2])
print(set.__hash__, frozenset.__hash__ is not None)
# explicit dunders
h = {1, 2}
show(h.__len__(), h.__contains__(1), h.__contains__(5), sorted(h.__iter__()), h.__or__({3}), h.__or__([3]), h.__ror__({3}), h.__and__({2, 9}), h.__sub__({1}), h.__rsub__({1, 7}), h.__xor__({2, 5}))
show(h.__le__({1, 2, 3}), h.__le__([1]), h.__eq__({2, 1}), h.__gt__({1}), h.__iand__({1, 5}), h, h.__ior__({8}), h, h.__iand__([1]), h.__isub__({8}), h.__ixor__(frozenset([1, 6])), h)
show(frozenset([1]).__or__(1), {1}.__ror__(frozenset([2])), frozenset([1]).__or__({2}), set().__repr__(), frozenset().__repr__(), {5}.__repr__(), frozenset([5]).__repr__())
j = {1, 2}; j.__init__([7, 8]); show(j)
j.__init__(); show(j)
attempt("set.__init__ 2", lambda: set().__init__(1, 2))
attempt("set.__init__ kw", lambda: set.__init__(set(), a=1))
# subclasses
class Tags(set):
    def add(self, item):
        super().add(item.lower())
t = Tags(["A", "b"])
t.add("C"); t.add("c")
show(t, type(t).__name__, repr(Tags()), repr(Tags([1])), isinstance(t, set), t | {"z"}, t.union(), type(t.copy()).__name__)
t -= {"A"}; t &= {"b", "c", "A"}; show(t, type(t).__name__)
class Frozen(frozenset):
    pass
fz = Frozen("aab")
show(fz, repr(Frozen()), repr(Frozen([2])), hash(fz) == hash(frozenset("ab")), fz | {"q"}, type(fz | {"q"}).__name__, fz == {"a", "b"}, {fz: 1}[frozenset("ab")])
class Ordered(set):
    def __init__(self, items=()):
        super().__init__(items)
        self.n = len(self)
o = Ordered([3, 3, 4])
show(o, o.n, len(o), 3 in o, sorted(o ^ {4, 5}), o <= {3, 4}, o == {3, 4})
