# object() and type() with 1 and 3 arguments.
o = object()
print(type(o).__name__, type(o) is object, isinstance(o, object))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(1), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__)
print(type(1) is int, type(True) is bool, type(1.0) == float, type(print).__name__, type(x for x in []).__name__)
Point = type("Point", (), {"x": 1, "y": 2, "dist": lambda self: (self.x ** 2 + self.y ** 2) ** 0.5})
p = Point()
print(Point.__name__, p.x, p.dist(), type(p).__name__, Point.__bases__ == (object,))
Child = type("Child", (Point,), {"x": 10})
print(Child().dist(), Child.__mro__[1].__name__)
try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(object.__name__, object.__bases__, int.__bases__, bool.__bases__[0].__name__)
class Obj:
    pass
print(Obj.__bases__[0] is object, object() == object(), object() != object())
