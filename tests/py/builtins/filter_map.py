# filter and map.
print(list(filter(None, [0, 1, "", "a", [], [1], None, False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2])))
m = map(abs, [-1, -2, -3])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])
print(type(f).__name__, list(f))
calls = []
def tracked(x):
    calls.append(x)
    return x * 2
lazy = map(tracked, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(sum(map(int, "12345")), max(map(len, ["a", "abc", "ab"])), list(map(str.upper, "hi")))
print(list(map(lambda *a: a, "ab", "cd", "ef")))
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
