# Argument binding errors caught and printed.
def f(a, b, c=3):
    return a, b, c
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, a=1),
    lambda: f(1, 2, c=3, b=2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
def g(*, k):
    return k
for t in [lambda: g(), lambda: g(1), lambda: g(k=1, j=2)]:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
def h(a, /, b):
    return a, b
for t in [lambda: h(a=1, b=2), lambda: h(1, 2), lambda: h(1)]:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print("TypeError:", e)
try:
    many(**{"a": 1, "b": 2})
except TypeError as e:
    print("TypeError:", e)
class M:
    def meth(self, x):
        return x
try:
    M().meth()
except TypeError as e:
    print("TypeError:", e)
try:
    M().meth(1, 2)
except TypeError as e:
    print("TypeError:", e)
