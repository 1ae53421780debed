# __call__ on instances and classes; callable() results.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *, times=1):
        self.calls += 1
        return x + self.n * times
add = Adder(10)
print(add(1), add(1, times=3), add.calls, callable(add))
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
print([c() for _ in range(4)])
class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for f in self.fns:
            x = f(x)
        return x
print(Compose(str.strip, str.upper, lambda s: s + "!")("  hi  "))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(NotCallable), callable(NotCallable()), callable(print), callable("s"))
print(sorted([3, 1, 2], key=Adder(-100)), list(map(Adder(1), [1, 2])))
