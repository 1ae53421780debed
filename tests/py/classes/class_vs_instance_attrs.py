# Class attributes vs instance attributes, shadowing, mutable class attributes.
class Shared:
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        Shared.count += 1
    def add(self, x):
        self.items.append(x)
a, b = Shared("a"), Shared("b")
a.add(1); b.add(2)
print(Shared.count, a.items, b.items, a.items is b.items)
a.count = 100
print(a.count, b.count, Shared.count, "count" in a.__dict__, "count" in b.__dict__)
del a.count
print(a.count)
Shared.count = 50
print(a.count, b.count)
print(sorted(a.__dict__), sorted(k for k in vars(Shared) if not k.startswith("__")))
class Proper:
    def __init__(self):
        self.items = []
p1, p2 = Proper(), Proper()
p1.items.append("x")
print(p1.items, p2.items)
Shared.new_attr = "added later"
print(a.new_attr)
def method(self):
    return f"dynamic method on {self.name}"
Shared.dyn = method
print(b.dyn())
a.func = lambda: "instance function, no self"
print(a.func())
print(getattr(a, "name"), getattr(Shared, "count"), type(a).count)
