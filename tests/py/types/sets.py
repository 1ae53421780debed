# set and frozenset operations (always printed sorted).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9], (10,))), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= a, {1} < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.update([5, 6], {7})
s.discard(100)
s.remove(5)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = {42}
print(p.pop(), p, len(p))
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
s |= {20}; s &= {1, 3, 20, 6}; s -= {6}; s ^= {99, 1}
print(sorted(s))
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), "fig" in words, "kiwi" not in words)
f = frozenset([3, 1, 2])
print(sorted(f), type(f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])))
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__)
nested = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(nested), frozenset() in {frozenset()})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(set(), frozenset(), repr(set()), bool(set()), set("aab") == {"a", "b"})
c = a.copy(); c.clear(); print(c, sorted(a))
print(sorted({x * x for x in range(-3, 4)}), {1, 2} == {2, 1}, {1.0, 1, True})
