# match: class patterns, positional via __match_args__, keyword attributes, as-patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point() as p:
            return f"somewhere {p}"
        case Circle(Point(0, 0), r=radius):
            return f"centered circle r={radius}"
        case Circle(center=(Point() as c), r=r) if r > 10:
            return f"big circle at {c}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s}"
        case list([int(), *_] as lst):
            return f"int list {lst}"
        case _:
            return "unknown"
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Circle(Point(0, 0), 2),
          Circle(Point(1, 1), 20), Circle(Point(1, 1), 1), 7, 2.5, "hi", [1, "a"], ["a"], None]:
    print(where(o))
