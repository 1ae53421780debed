# Exceptions raised through generators, finally blocks in generators, try/else/finally flow.
def numbers(limit):
    try:
        for i in range(limit):
            if i == 3:
                raise ValueError(f"bad value at {i}")
            yield i
    finally:
        print("  numbers() finalizer")


def doubled(gen):
    for x in gen:
        yield x * 2


try:
    for v in doubled(numbers(10)):
        print("v =", v)
except ValueError as e:
    print("caught from pipeline:", e)


def with_handler():
    while True:
        try:
            x = yield
            print("  received", x)
        except KeyError as e:
            print("  handled KeyError", e)
            yield "recovered"
        except GeneratorExit:
            print("  generator exit")
            raise


g = with_handler()
next(g)
g.send(1)
print(g.throw(KeyError("k")))
next(g)
g.send(2)
g.close()
print("closed ok")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def flow(x):
    out = []
    try:
        out.append("try")
        if x == 0:
            raise ZeroDivisionError
        if x == 1:
            return out + ["return-in-try"]
    except ZeroDivisionError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    out.append("after")
    return out


for x in range(3):
    print(x, flow(x))


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed", i


print(finally_overrides(), finally_swallows())


def gen_return():
    yield 1
    return "result"


def delegator():
    r = yield from gen_return()
    yield f"got {r}"


print(list(delegator()))


def stop_inside():
    yield 1
    raise StopIteration("oops")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise KeyError("outer")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))

gen = numbers(2)
print(list(gen))
e1 = None
try:
    raise IndexError("x")
except IndexError as e1:
    pass
try:
    print(e1)
except NameError as e:
    print("NameError:", e)


def lazy():
    print("  lazy started")
    yield from numbers(5)


pipeline = lazy()
print("created, not started")
print(next(pipeline), next(pipeline))
print(sum(pipeline))
