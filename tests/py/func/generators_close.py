# Generators with try/finally and cleanup ordering when abandoned or closed.
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        print("release", name)
for v in resource("A"):
    print(v)
g = resource("B")
print(next(g))
g.close()
print("after close B")
for v in resource("C"):
    print(v)
    break
print("after break C")
def numbers():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
n = numbers()
next(n)
n.close()
def finished():
    yield 1
f = finished()
list(f)
f.close()
print("closing a finished generator is fine")
