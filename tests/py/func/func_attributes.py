# Function objects: attributes, __name__, __doc__, __defaults__, callables in containers.
def documented(a, b=1):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__defaults__)
documented.custom = "attr"
print(documented.custom, sorted(k for k in documented.__dict__))
documented.__defaults__ = (100,)
print(documented(1))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__qualname__, outer().__name__)
class K:
    def m(self):
        pass
print(K.m.__qualname__, K().m.__name__, K().m.__func__ is K.m)
print(callable(documented), callable(K), callable(K()), callable(None))
print((lambda: 0).__name__, documented.__module__)
fns = [abs, len, documented]
print([f.__name__ for f in fns])
print(documented.__code__.co_name, documented.__code__.co_varnames)
