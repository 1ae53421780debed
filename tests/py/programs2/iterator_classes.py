# Iterator protocol with classes: __iter__/__next__, __getitem__-based iteration, reversed.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __len__(self):
        return self.start


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i


class Cycle:
    def __init__(self, items, limit):
        self.items, self.limit = items, limit

    def __iter__(self):
        i = 0
        while i < self.limit:
            yield self.items[i % len(self.items)]
            i += 1


class Peekable:
    _missing = object()

    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buf = self._missing

    def __iter__(self):
        return self

    def __next__(self):
        if self.buf is not self._missing:
            v, self.buf = self.buf, self._missing
            return v
        return next(self.it)

    def peek(self, default=None):
        if self.buf is self._missing:
            try:
                self.buf = next(self.it)
            except StopIteration:
                return default
        return self.buf


c = Countdown(5)
print(list(c), list(reversed(c)), len(c), sum(c), max(c), sorted(c))
print(list(Squares()), 16 in Squares(), 7 in Squares(), list(enumerate(Squares(), 1))[:2])
print(list(Cycle("abc", 7)), "".join(Cycle(["x", "y"], 5)))
it = iter(c)
print(next(it), next(it), list(it), list(it))
p = Peekable([1, 2, 3])
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("empty"))
print(list(zip(Countdown(3), Squares(), "xyz")), dict(zip("ab", Countdown(2))))
a, b, *rest = Countdown(6)
print(a, b, rest)
print(list(map(lambda x, y: x * y, Countdown(4), Squares())))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(any(x > 4 for x in Countdown(5)), all(Countdown(3)), min(Squares(), key=lambda v: abs(v - 10)))
s = iter(Squares())
print(next(s), list(zip(s, s)))


class Tokens:
    def __init__(self, text):
        self.words = text.split()
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.words):
            raise StopIteration
        w = self.words[self.i]
        self.i += 1
        return w


t = Tokens("the quick brown fox")
for w in t:
    if w == "quick":
        break
print(list(t), list(t))
print(list(iter(Peekable("ab").__next__, "b")))
it2 = iter([1, 2, 3])
print(list(it2) == [1, 2, 3], list(it2))


class Bad:
    def __iter__(self):
        return 42


try:
    for x in Bad():
        print(x)
except Exception as exc:
    print("final:", type(exc).__name__, exc)
