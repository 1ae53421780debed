# global and nonlocal declarations.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "modified by inner"
    inner()
    return x
print(outer())
def counter_factory():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c1 = counter_factory(); c2 = counter_factory()
print(c1(), c1(), c1(), c2())
def deep():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
        return a
    return mid(), a
print(deep())
x = "global x"
def shadow():
    x = "local x"
    def read():
        return x
    return read()
print(shadow(), x)
def read_global():
    return x
print(read_global())
