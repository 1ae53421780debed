# Abstract-base-like patterns without abc: NotImplementedError, template methods.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for s in [Rect(2, 3), Square(4), Circle(1)]:
    print(s.describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
shapes = sorted([Rect(1, 5), Circle(2), Square(3)], key=lambda s: s.area())
print([type(s).__name__ for s in shapes])
print(isinstance(Square(1), Rect), Square.__mro__[1].__name__, Shape.area.__qualname__)
