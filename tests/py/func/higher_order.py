# Higher-order functions: map/filter/reduce written by hand, currying, function composition.
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
pipeline = compose(str, lambda x: x + 1, lambda x: x * 2)
print(repr(pipeline(5)))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(lambda s: s + "!", 4)("hey"))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "pow": pow}
print({name: op(3, 4) for name, op in ops.items()})
print(sorted(nums, key=lambda n: (n % 3, -n)))
