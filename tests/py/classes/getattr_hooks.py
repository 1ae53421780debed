# __getattr__, __getattribute__, __setattr__, __delattr__.
class Fallback:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("virtual_"):
            return name[8:].upper()
        raise AttributeError(f"no attribute {name!r}")
f = Fallback()
print(f.real, f.virtual_thing)
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(f, "nope", "default"), hasattr(f, "virtual_x"))
class Spy:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
    def method(self):
        return "m"
s = Spy()
s.x = 5
print(s.x, s.method(), s.log)
del s.x
print(hasattr(s, "x"), s.log)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
