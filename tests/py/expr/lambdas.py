# Lambda expressions.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: "no args")(), (lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda: 1).__name__, add.__name__)
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
