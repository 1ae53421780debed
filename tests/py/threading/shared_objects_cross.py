# Objects crossing threads: generators, closures, functions and exceptions created in one
# thread and used in another, containers returned from workers and mutated by main.
import threading


def run(fn, *args):
    box = []
    t = threading.Thread(target=lambda: box.append(fn(*args)))
    t.start()
    t.join()
    return box[0]


# a generator created in main, advanced partly in a worker, finished in main
def numbers():
    for i in range(6):
        yield i * i


g = numbers()
print(next(g), run(lambda: [next(g), next(g)]), list(g))

# a function and a class defined in a worker, used by main
def make_tools():
    base = 10

    def add(x):
        return base + x

    class Box:
        def __init__(self, v):
            self.v = v

        def double(self):
            return Box(self.v * 2)

        def __repr__(self):
            return f"Box({self.v})"
    return add, Box


add, Box = run(make_tools)
print(add(5), Box(3).double(), run(lambda: Box(4).double().double()))

# an exception raised in a worker, stored, and re-raised in main
def failing():
    try:
        {}["missing"]
    except KeyError as e:
        return e


exc = run(failing)
print(type(exc).__name__, exc, exc.__traceback__ is not None)
try:
    raise exc
except KeyError as e:
    print("re-raised in main:", repr(e), e is exc)

# containers returned from a worker are ordinary objects
data = run(lambda: {"list": [1, 2], "nested": {"a": [3]}, "tuple": (4, [5])})
data["list"].append(99)
data["nested"]["a"].append(100)
data["tuple"][1].append(6)
print(data)
print(run(lambda: sorted(data)), run(lambda: data["list"] is data["list"]))

# identity is preserved across threads
obj = object()
same = run(lambda: obj)
print(same is obj, run(lambda: id(obj)) == id(obj), run(lambda: hash(obj)) == hash(obj))
strings = run(lambda: "".join(["ab", "cd"]))
print(strings, strings == "abcd", run(lambda: len(strings)))

# a bound method and iterator created in main, consumed in a worker
it = iter([1, 2, 3, 4])
print(run(lambda: next(it) + next(it)), list(it))
method = [5, 3, 8].copy
print(run(method), run(lambda: max(method())))

# big ints, floats, bytes, frozensets, ranges
print(run(lambda: 2 ** 200 % 10 ** 9), run(lambda: 0.1 + 0.2), run(lambda: b"xy" * 2),
      sorted(run(lambda: frozenset({3, 1, 2}))), run(lambda: range(0, 10, 3))[-1])
