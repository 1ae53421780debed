# Generators: pipelines, yield from, generator expressions, send.
def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
def flatten(nested):
    for part in nested:
        yield from part
def running_sum():
    total = 0
    while True:
        x = yield total
        total += x
total = 0
for _ in range(34):
    total += sum(squares(evens(numbers(200000))))
    total += sum(len(c) for c in chunks(numbers(100000), 7))
    total += sum(flatten(chunks(numbers(50000), 3)))
    total += sum(x for x in range(100000) if x % 3 == 0)
    acc = running_sum()
    next(acc)
    last = 0
    for i in range(50000):
        last = acc.send(i)
    total += last
print("total", total)
