# Polymorphism over a shape hierarchy with class-level registries, __lt__, and a plain-text canvas.
import math
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        args = ", ".join(f"{v:g}" for v in vars(self).values())
        return f"{type(self).__name__}({args})"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
    def contains(self, x, y):
        return x * x + y * y <= self.r * self.r
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def contains(self, x, y):
        return abs(x) <= self.w / 2 and abs(y) <= self.h / 2
class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        self.a, self.b, self.c = a, b, c
    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))
    def perimeter(self):
        return self.a + self.b + self.c
specs = ["circle 1", "rect 3 4", "triangle 3 4 5", "circle 2.5", "rect 1 1", "triangle 1 1 5", "hexagon 2"]
shapes = []
for spec in specs:
    kind, *nums = spec.split()
    try:
        shapes.append(Shape.registry[kind](*map(float, nums)))
    except KeyError:
        print("unknown shape:", kind)
    except ValueError as e:
        print("ValueError:", e)
for s in sorted(shapes):
    print(f"{s!r:28} area={s.area():9.4f} perimeter={s.perimeter():8.4f}")
print("largest:", max(shapes), "total area:", round(sum(s.area() for s in shapes), 6))
def draw(shape, size=9):
    half = size // 2
    rows = []
    for y in range(-half, half + 1):
        rows.append("".join("#" if shape.contains(x / 2, y / 2) else "." for x in range(-half, half + 1)))
    return "\n".join(rows)
print(draw(Circle(2)))
print(draw(Rect(3, 1.5)))
print(sorted(Shape.registry))
