# Function decorators: simple, parametrised, stacked, class decorators.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__, add.__wrapped__(1, 1))
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("bob"))
order = []
def tag(label):
    order.append(f"make {label}")
    def deco(fn):
        order.append(f"apply {label}")
        def w():
            return f"<{label}>{fn()}</{label}>"
        return w
    return deco
@tag("b")
@tag("i")
def text():
    return "hello"
print(text(), order)
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(sorted(registry), Plugin.registered)
def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counted
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
@(lambda f: f())
def immediately():
    return "called at definition"
print(immediately)
