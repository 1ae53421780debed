# Misc class features: __dict__, vars(), __class__, nested classes, __name__ of methods, type().
class Outer:
    class Inner:
        value = "inner"
    def make(self):
        return self.Inner()
o = Outer()
print(o.make().value, Outer.Inner.__qualname__, type(o.make()).__name__)
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(vars(p), p.__dict__ is vars(p), p.__class__ is P, p.__class__.__name__)
p.__dict__["c"] = 3
print(p.c, sorted(vars(p).items()))
print(type(p) == P, type(P) is type, type(type(p)).__name__)
class WithDoc:
    "the doc"
print(WithDoc.__doc__, WithDoc.__module__, WithDoc.__name__)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append(f"+{x}")
        return self
    def mul(self, x):
        self.ops.append(f"*{x}")
        return self
print(Chain().add(1).mul(2).add(3).ops)
class Swap:
    pass
class Other:
    def hello(self):
        return "now an Other"
s = Swap()
s.__class__ = Other
print(s.hello(), type(s).__name__)
print(hasattr(P, "__init__"), "a" in dir(p), "__init__" in dir(p))
