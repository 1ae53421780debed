# Hand-written functools.wraps-like decorators, closures with nonlocal, decorator factories.
def wraps(wrapped):
    def apply(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return apply


def counted(func):
    @wraps(func)
    def inner(*args, **kwargs):
        inner.calls += 1
        return func(*args, **kwargs)
    inner.calls = 0
    return inner


def trace(prefix="->"):
    def deco(func):
        depth = 0

        @wraps(func)
        def inner(*args, **kwargs):
            nonlocal depth
            arg_s = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
            print(f"{'  ' * depth}{prefix} {func.__name__}({arg_s})")
            depth += 1
            try:
                result = func(*args, **kwargs)
            finally:
                depth -= 1
            print(f"{'  ' * depth}<- {result!r}")
            return result
        return inner
    return deco


@counted
@trace(prefix="call")
def gcd(a, b=0):
    """Greatest common divisor."""
    return a if b == 0 else gcd(b, a % b)


print(gcd(48, b=18))
print(gcd.__name__, gcd.__doc__, gcd.calls, gcd.__wrapped__.__name__, gcd.__qualname__)


def make_counter(start=0, step=1):
    count = start

    def incr():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        old, count = count, start
        return old

    return incr, reset


inc, reset = make_counter(10, 5)
print(inc(), inc(), inc(), reset(), inc())

adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])


def memoize(func):
    cache = {}

    @wraps(func)
    def inner(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    inner.cache = cache
    return inner


@memoize
def partitions(n, k=None):
    return n


@memoize
def catalan(n):
    return 1 if n <= 1 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))


print([catalan(i) for i in range(12)], catalan(60), len(catalan.cache))

total = 0


def bump(n):
    global total
    total += n
    return total


print([bump(i) for i in range(5)], total)


class Registry:
    def __init__(self):
        self.handlers = {}

    def on(self, *events):
        def deco(fn):
            for e in events:
                self.handlers.setdefault(e, []).append(fn)
            return fn
        return deco

    def fire(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]


bus = Registry()


@bus.on("start", "restart")
def hello(who):
    return f"hello {who}"


@bus.on("start")
def count(who):
    return len(who)


print(bus.fire("start", "world"), bus.fire("restart", "you"), bus.fire("stop"))


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


pipeline = compose(str.upper, lambda s: s[::-1], str.strip)
print(pipeline("  weft interpreter "), gcd.calls)
print(partitions(5), partitions.__name__)
try:
    partitions(5, 2)
except Exception as exc:
    print("final:", type(exc).__name__, exc)
