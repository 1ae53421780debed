# Generator object state, laziness, and interaction with exceptions.
def gen():
    yield 1
    raise ValueError("from generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(list(g))
def lazy():
    print("body starts only on first next")
    yield "x"
lz = lazy()
print("created")
print(next(lz))
def squares(n):
    for i in range(n):
        yield i * i
it = squares(5)
print(iter(it) is it, list(zip(it, "abc")), list(it))
def take(n, iterable):
    for i, v in enumerate(iterable):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())))
print(list(take(3, (x for x in naturals() if x % 7 == 3))))
def stop_iter_inside():
    yield 1
    try:
        next(iter([]))
    except StopIteration:
        yield "handled StopIteration inside"
print(list(stop_iter_inside()))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
