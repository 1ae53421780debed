# Context managers written as classes: resource tracking, exception suppression, nesting.
class Resource:
    open_count = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.open_count += 1
        print(f"acquire {self.name} (open: {Resource.open_count})")
        return self
    def __exit__(self, et, ev, tb):
        Resource.open_count -= 1
        print(f"release {self.name} (open: {Resource.open_count}) exc={et.__name__ if et else None}")
        return False
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Resource("db") as db, Resource("file"):
    print("using", db.name)
with Suppress(KeyError, IndexError):
    {}["k"]
with Suppress(ZeroDivisionError):
    with Resource("inner"):
        1 / 0
print("still running")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
class Timer:
    def __enter__(self):
        self.entered = True
        return "the target"
    def __exit__(self, *exc):
        print("exit args:", exc)
with Timer() as t:
    print(t)
class Reenter:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
r = Reenter()
with r as d1:
    with r as d2:
        print("depths", d1, d2)
print("final depth", r.depth)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
