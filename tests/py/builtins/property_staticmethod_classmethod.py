# property, staticmethod, classmethod used as plain builtins (not only decorators).
class C:
    def __init__(self):
        self._v = 1
    def get_v(self):
        return self._v
    def set_v(self, value):
        self._v = value * 10
    v = property(get_v, set_v, None, "the v property")
    def plain(x):
        return x * 2
    double = staticmethod(plain)
    def make(cls):
        return cls.__name__
    make = classmethod(make)
c = C()
print(c.v)
c.v = 5
print(c.v, C.v.__doc__, C.double(21), c.double(1), C.make(), c.make())
p = property(lambda self: "getter only")
print(p.fget(None), p.fset, p.fdel)
p2 = p.setter(lambda self, v: None)
print(p2.fset is not None, p is not p2)
print(isinstance(C.__dict__["v"], property), isinstance(C.__dict__["double"], staticmethod))
print(isinstance(C.__dict__["make"], classmethod), C.__dict__["double"].__func__(4))
try:
    del c.v
except AttributeError as e:
    print("AttributeError:", e)
