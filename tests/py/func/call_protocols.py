# Things that can be called: functions, bound methods, classes, instances with __call__, builtins.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
    def method(self, x):
        return x + self.k
m = Multiplier(3)
bound = m.method
unbound = Multiplier.method
print(m(5), bound(5), unbound(m, 5), Multiplier(2)(Multiplier(3)(1)))
print(list(map(m, [1, 2, 3])), list(map(bound, [1, 2])))
print(bound.__self__ is m, bound.__func__ is Multiplier.method)
callables = [len, str.upper, m, bound, Multiplier, lambda s: s[::-1]]
for c in callables:
    try:
        print(type(c(("ab"))).__name__ if c is not Multiplier else type(c(1)).__name__)
    except TypeError as e:
        print("TypeError:", e)
print(str.upper("x"), "x".upper(), getattr("abc", "upper")())
meth = [].append
print(meth.__name__)
print((3).__add__(4), int.__add__(3, 4), "a".__mul__(3))
