# Iterable unpacking in assignments and displays.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
p, *q = [1]
print(p, q)
[m, n] = "mn"
print(m, n)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print([*"ab", *[1, 2]], (*range(2),), {**{"x": 1}, **{"y": 2}})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
u = v = w = 7
print(u, v, w)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
(a, b), [c, *d] = "xy", "zwv"
print(a, b, c, d)
