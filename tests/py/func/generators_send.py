# Generator send(), throw(), close() and GeneratorExit.
def echo():
    print("started")
    received = None
    try:
        while True:
            received = yield f"echo {received}"
            print("received", received)
    except GeneratorExit:
        print("closing")
    finally:
        print("finally in generator")
g = echo()
print(next(g))
print(g.send("a"))
print(g.send(42))
g.close()
print("closed")
g.close()
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print("avg", a.send(v))
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(c)
except StopIteration:
    print("generator is finished after unhandled throw")
fresh = echo()
try:
    fresh.send("x")
except TypeError as e:
    print("TypeError:", e)
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)
