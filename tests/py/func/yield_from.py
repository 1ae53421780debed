# yield from: delegation, return values, send/throw passthrough.
def inner():
    x = yield "inner 1"
    print("inner got", x)
    y = yield "inner 2"
    print("inner got", y)
    return "inner result"
def outer():
    result = yield from inner()
    print("outer received return:", result)
    yield "outer done"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x for x in [9]))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], 5], [[6]]])))
def thrower():
    try:
        yield 1
    except ValueError:
        yield "inner handled ValueError"
def delegator():
    yield from thrower()
    yield "after"
d = delegator()
print(next(d))
print(d.throw(ValueError))
print(next(d))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner cleaned up")
def outer_close():
    yield from closer()
oc = outer_close()
next(oc)
oc.close()
def ret_only():
    return 5
    yield
def uses():
    v = yield from ret_only()
    yield v
print(list(uses()))
