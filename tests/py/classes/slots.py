# __slots__.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, Point.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class P3(Point):
    __slots__ = ("z",)
q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
class Loose(Point):
    pass
lo = Loose(0, 0)
lo.extra = "has dict"
print(lo.extra, hasattr(lo, "__dict__"))
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
class Unset:
    __slots__ = ("value",)
u = Unset()
try:
    print(u.value)
except AttributeError as e:
    print("AttributeError:", e)
u.value = 10
del u.value
print(hasattr(u, "value"))
print(type(Point.x).__name__)
