# tuples.
t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1])
print(t.count(1), t.index("two"), 3.0 in t, (4, 5) in t)
print((1,) * 3, (1, 2) + (3,), tuple("abc"), tuple([1, 2]), tuple(), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
a, b, c = (1, 2, 3)
print(a, b, c)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "tuple key"}[(1, 2)])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t.index("missing")
except ValueError as e:
    print("ValueError:", e)
single = (42,)
not_tuple = (42)
print(type(single).__name__, type(not_tuple).__name__, repr(single), repr(()))
nested = ((1, 2), (3, (4, (5,))))
print(nested, nested[1][1][1][0])
mut_inside = ([1], [2])
mut_inside[0].append(99)
print(mut_inside)
print(max((3, 1), (2, 9)), min([(1, "b"), (1, "a")]), sorted([(2, "x"), (1, "y")]))
