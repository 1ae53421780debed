# Calls with positional/keyword unpacking and ordering of evaluation.
def show(*args, **kwargs):
    print(args, sorted(kwargs.items()))
show()
show(1, *[2, 3], 4, *(), *"ab")
show(a=1, **{"b": 2}, c=3, **{"d": 4})
show(*range(3), x=1, *[9], **{"y": 2})
def order(tag):
    print("eval", tag)
    return tag
show(order(1), order(2), k=order(3), *[order(4)], **{"z": order(5)})
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]), f(1, *[2, 3]), f(**{"c": 3, "a": 1, "b": 2}), f(1, c=3, b=2))
args = (1,)
kw = {"c": 5}
print(f(*args, 2, **kw))
