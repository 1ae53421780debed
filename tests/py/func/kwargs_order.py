# **kwargs preserves call order; dict merging into calls; duplicate keywords.
def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
def both(*args, **kw):
    return args, kw
print(both(3, 2, 1, y=2, x=1))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: "x"})
except TypeError as e:
    print("TypeError:", e)
def passthrough(*args, **kwargs):
    return both(*args[::-1], **dict(sorted(kwargs.items())))
print(passthrough(1, 2, 3, c=3, a=1, b=2))
