# Exceptions raised inside generators and propagating through consumers.
def gen(n):
    for i in range(n):
        if i == 3:
            raise ValueError(f"bad item {i}")
        yield i
try:
    for x in gen(5):
        print("item", x)
except ValueError as e:
    print("caught", e)
def safe(iterable):
    try:
        yield from iterable
    except ValueError as e:
        yield f"recovered from {e}"
print(list(safe(gen(6))))
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally runs")
g = cleanup()
print(next(g))
try:
    g.throw(RuntimeError("injected"))
except RuntimeError as e:
    print("propagated", e)
def stop_return():
    yield 1
    return "ret"
it = stop_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
def converts():
    try:
        yield
    except KeyError:
        raise IndexError("converted inside gen")
c = converts()
next(c)
try:
    c.throw(KeyError("k"))
except IndexError as e:
    print(type(e).__name__, e, repr(e.__context__))
