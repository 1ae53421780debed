# Generator functions: yield, iteration, return values, state.
def count_up(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
g = count_up(3)
print(type(g).__name__)
for v in g:
    print("got", v)
print(list(count_up(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fib()
print([next(gen) for _ in range(15)])
def with_return():
    yield 1
    return "done"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("exhausted again, value:", e.value)
def early_exit(items):
    for x in items:
        if x < 0:
            return
        yield x
print(list(early_exit([1, 2, -1, 3])))
def gen_expr_inside():
    yield from (x * x for x in range(4))
print(list(gen_expr_inside()))
print(sum(count_up(2)))
