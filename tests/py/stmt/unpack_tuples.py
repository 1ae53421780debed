# Tuple unpacking takes a fast path; a shared tuple must stay intact, and wrong sizes
# raise CPython's errors.
t = (1, [2], "three")
a, b, c = t
b.append(20)
print(a, b, c, t)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
pairs = [(n, n * n) for n in range(4)]
for n, sq in pairs:
    print(n, sq, end="; ")
print(pairs)
for bad in [(1, 2, 3), (1,), ()]:
    try:
        p, q = bad
    except ValueError as e:
        print("ValueError:", e)
first, *rest = (1, 2, 3)
print(first, rest)
x, y = [5, 6]
print(x, y)
u, v = "ab"
print(u, v)
d = {"k": 1}
for key, val in d.items():
    print(key, val)
