# Default arguments, *args, **kwargs, keyword-only and positional-only parameters.
def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, sorted(kwargs.items())
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(a=1, c=2, z=26))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def kw_only(*, x, y=1):
    return x + y
print(kw_only(x=5), kw_only(y=10, x=1))
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
def only_kwargs(**kw):
    return kw
print(only_kwargs(), only_kwargs(a=1, b=2))
def pos_name_in_kwargs(a, /, **kw):
    return a, kw
print(pos_name_in_kwargs(1, a=2))
def varargs(*args):
    return args, type(args).__name__
print(varargs(), varargs(1), varargs(*"xyz"))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(pos_only.__code__.co_posonlyargcount, f.__name__, f.__qualname__)
