# Generator pipelines: yield from, send, throw, close, return values.
def read_lines():
    data = """# config
name = weft
threads = 4

ratio = 0.75
name = override
bad line
  tags = a, b ,c
"""
    yield from data.splitlines()


def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def parse_pairs(lines):
    errors = 0
    for n, line in enumerate(lines, 1):
        if "=" not in line:
            errors += 1
            continue
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()
    return errors


def collect(gen):
    result = yield from gen
    print("inner generator returned", result)
    return result


cfg = {}
for k, v in collect(parse_pairs(strip_comments(read_lines()))):
    cfg[k] = v
print(cfg)


def running_average():
    total, count, avg = 0, 0, None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  reset because:", e)
            total, count, avg = 0, 0, None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count


avg = running_average()
print(next(avg))
for v in [10, 20, 60]:
    print("avg", avg.send(v))
print("after throw:", avg.throw(ValueError("bad sensor")))
print("avg", avg.send(5))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)


def chunked(iterable, n):
    chunk = []
    for x in iterable:
        chunk.append(x)
        if len(chunk) == n:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


print(list(chunked(take(11, fib()), 4)))
squares = (x * x for x in range(10) if x % 3)
print(sum(squares), sum(squares))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), next(gen, "done"))


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")


g = guarded()
print(next(g))
g.close()
print("closed:", list(g))
nested = [[1, [2, 3]], [4], [[5, [6]]]]


def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten(nested)))


def faulty():
    yield 1
    raise KeyError("missing")


print([x for x in take(1, faulty())])
for x in faulty():
    print("got", x)
