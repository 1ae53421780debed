# range, reversed, sorted builtins.
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -2)), list(range(0)), range(3)[1])
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [])
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
print(sorted(["aa", "B", "c"], key=str.lower), sorted([(2, "a"), (1, "b"), (2, "0")]))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2, 3])
print(next(r), list(r), type(r).__name__)
