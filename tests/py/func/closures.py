# Closures: captured variables, late binding, cells shared between closures.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
print(get()); set_(42); print(get())
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late())
def early():
    return [(lambda i=i: i)() for i in range(3)]
print(early())
def outer():
    x = 1
    def mid():
        def inner():
            return x * 100
        return inner
    x = 2
    return mid()()
print(outer())
def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(3))
print(add5.__closure__ is not None, len(add5.__closure__), add5.__closure__[0].cell_contents)
print(make_adder.__closure__)
