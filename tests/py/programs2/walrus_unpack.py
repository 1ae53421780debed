# Walrus in loops/comprehensions, star unpacking, chained comparisons, conditional expressions.
import sys

data = [3, 8, 1, 9, 4, 7, 2, 6]
i = 0
while (chunk := data[i:i + 3]):
    print("chunk", chunk, "sum", (s := sum(chunk)), "avg", s / len(chunk))
    i += 3
print("last s:", s)

values = [y for x in data if (y := x * x) > 20]
print(values, y)
lines = iter(["header", "a=1", "b=2", "", "ignored"])
config = {}
while (line := next(lines, None)) is not None and line != "":
    if "=" in (stripped := line.strip()):
        k, v = stripped.split("=")
        config[k] = int(v)
print(config, repr(line))

first, *middle, last = range(10)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
(a, b), [c, *d] = (1, 2), "xyz"
print(a, b, c, d)
head, *_ = [42]
print(head, _)
merged = [*range(3), *"ab", *(x for x in (9, 8))]
print(merged)
d1, d2 = {"a": 1, "b": 2}, {"b": 20, "c": 30}
print({**d1, **d2, "d": 4}, {**d2, **d1})
print(*[1, 2, 3], sep=" | ", end=" END\n")
s = {*"abc", *"bcd"}
print(sorted(s), len(s))
for idx, (name, (lo, hi)) in enumerate([("a", (1, 5)), ("b", (-3, 3))], start=1):
    print(idx, name, lo, hi, lo < 0 < hi, 1 <= lo <= 5 > hi)
nums = [5, -2, 0, 13, 7]
labels = ["neg" if n < 0 else "zero" if n == 0 else "big" if n > 10 else "pos" for n in nums]
print(labels)
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 < x != 5, (x > 1) + (x > 2) + (x > 3))
a, b = b, a
print(a, b)
a = b = c = []
a.append(1)
print(b, c, a is c)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
bad = [[0] * 3] * 3
bad[1][1] = 5
print(m, bad)
x, y, z = map(int, "10 20 30".split())
print(x + y + z)
pairs = [(1, "one"), (2, "two")]
nums2, names = zip(*pairs)
print(nums2, names)
print(sum(n for n, _ in pairs), [name for _, name in pairs])
t = 1,
u = ()
print(t, u, len(t), (1, 2) + t)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r, s2 = "ab"
except ValueError as e:
    print("ValueError:", e)
try:
    first, *rest, last = [1]
except ValueError as e:
    print("ValueError:", e)
if (n := len(data)) > 5:
    print(f"long list ({n} items)")
sys.exit(3 if n > 5 else 0)
