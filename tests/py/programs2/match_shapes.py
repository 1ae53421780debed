# Structural pattern matching on tuples, dicts, classes, guards, nested captures.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


class Rect:
    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point():
            return f"point {shape!r}"
        case Circle(Point(x, y), r) if r <= 0:
            return f"degenerate circle at {x},{y}"
        case Circle(center=Point(x=cx), radius=r):
            return f"circle r={r} cx={cx}"
        case Rect(w=w, h=h) if w == h:
            return f"square side {w}"
        case Rect(corner=Point() as c, w=w, h=h):
            return f"rect {w}x{h} at {c}"
        case [Point() as a, Point() as b]:
            return f"segment {a}-{b}"
        case [Point(), *rest] if rest:
            return f"polyline with {len(rest) + 1} points"
        case []:
            return "empty"
        case _:
            return f"unknown {type(shape).__name__}"


shapes = [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 0),
          Circle(Point(2, 9), 4), Rect(Point(0, 0), 3, 3), Rect(Point(1, 1), 2, 5),
          [Point(0, 1), Point(2, 3)], [Point(0, 1), Point(2, 3), Point(4, 5)], [], "text", (Point(9, 9),)]
for s in shapes:
    print(describe(s))


def handle(msg):
    match msg:
        case {"type": "move", "dx": int(dx), "dy": int(dy), **rest}:
            return f"move {dx},{dy} extra={sorted(rest)}"
        case {"type": "say", "text": str() as text} if len(text) < 10:
            return f"say {text!r}"
        case {"type": "say"}:
            return "say (too long or bad)"
        case {"type": "batch", "items": [first, *others]}:
            return f"batch first={handle(first)} +{len(others)}"
        case {"type": t}:
            return f"unhandled type {t}"
        case ("cmd", name, *args):
            return f"command {name} args={args}"
        case (1 | 2 | 3) as small:
            return f"small int {small}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case str() | bytes():
            return "stringish"
        case None | True | False:
            return f"singleton {msg}"
        case _:
            return "???"


msgs = [{"type": "move", "dx": 1, "dy": -2}, {"type": "move", "dx": 1, "dy": 2, "speed": 9, "a": 0},
        {"type": "move", "dx": 1.5, "dy": 2}, {"type": "say", "text": "hi"}, {"type": "say", "text": "x" * 20},
        {"type": "batch", "items": [{"type": "say", "text": "yo"}, 1, 2]}, {"type": "jump"},
        ("cmd", "ls", "-l", "/tmp"), ["cmd", "pwd"], 2, -5, -0.5, 7, "s", b"b", None, True, 0, {}]
for m in msgs:
    print(handle(m))

LIMIT = 3


class Color:
    RED = "red"
    GREEN = "green"


for value in [3, "red", "green", "blue", (1, 2), (1, 2, 3), {"k": [1, {"z": 0}]}]:
    match value:
        case 3 if LIMIT == 3:
            print("matched limit")
        case Color.RED:
            print("red!")
        case Color.GREEN | "blue" as c:
            print("cool color", c)
        case (a, b) | (a, b, _):
            print("pair-ish", a, b)
        case {"k": [_, {"z": z}]}:
            print("deep z", z)
