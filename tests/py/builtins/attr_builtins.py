# getattr, setattr, hasattr, delattr.
class Obj:
    cls_attr = "class level"
    def __init__(self):
        self.x = 1
o = Obj()
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "nope", None), getattr(Obj, "cls_attr"))
setattr(o, "y", 2)
setattr(o, "with space", "weird but allowed")
print(o.y, getattr(o, "with space"), hasattr(o, "y"), hasattr(o, "z"))
delattr(o, "y")
print(hasattr(o, "y"), sorted(vars(o)))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
class Boom:
    @property
    def bad(self):
        raise ValueError("property raised")
print(hasattr(Boom(), "nope"))
try:
    hasattr(Boom(), "bad")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
for name in ["a", "b", "c"]:
    setattr(Obj, name, name.upper())
print(Obj.a, o.b, getattr(o, "c"))
print(getattr([], "append").__name__, getattr("s", "upper")())
