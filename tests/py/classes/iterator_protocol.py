# __iter__/__next__, iterables vs iterators, __getitem__-based iteration, __reversed__.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
c = Countdown(4)
print(list(c), list(c), list(reversed(c)), sum(c), 3 in c)
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(50)
print(list(f), list(f))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), [x for x in Squares()])
it = iter(Squares())
print(next(it), next(it), type(it).__name__)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(Seq())))
a, b, c = Countdown(3)
print(a, b, c)
print(dict(zip(Countdown(3), "xyz")), max(Countdown(5)), sorted(Fib(20), reverse=True))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
