# Properties with setters/deleters and validation; descriptors; __slots__.
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{self.public} must be a number, not {type(value).__name__}")
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")
        setattr(obj, self.name, value)


class Product:
    price = Positive()
    quantity = Positive()

    def __init__(self, name, price, quantity=1):
        self.name = name
        self.price = price
        self.quantity = quantity

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        value = value.strip()
        if not value:
            raise ValueError("name cannot be empty")
        self._name = value.title()

    @name.deleter
    def name(self):
        print(f"  deleting name {self._name}")
        del self._name

    @property
    def total(self):
        return round(self.price * self.quantity, 2)

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.quantity})"


p = Product("  blue widget ", 2.5, 4)
print(p, p.total)
p.quantity = 10
print(p.total, p.__dict__)
for attr, val in [("price", -1), ("quantity", "3"), ("price", True), ("name", "   ")]:
    try:
        setattr(p, attr, val)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    p.total = 5
except AttributeError as e:
    print("AttributeError:", e)
del p.name
print(hasattr(p, "name"), hasattr(p, "_name"))
print(type(Product.price).__name__, Product.price.public, isinstance(Product.name, property))


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


v = Vec(3, 4)
print(v, abs(v), Vec.__slots__, hasattr(v, "__dict__"))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
w = Vec3(1, 2, 2)
print(w.z, abs(w))
del v.x
try:
    print(v.x)
except AttributeError as e:
    print("AttributeError:", e)


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def _get_f(self):
        return self.celsius * 9 / 5 + 32

    def _set_f(self, f):
        self.celsius = (f - 32) * 5 / 9

    fahrenheit = property(_get_f, _set_f, doc="degrees F")


t = Temperature(100)
print(t.fahrenheit, Temperature.fahrenheit.__doc__)
t.fahrenheit = -40
print(t.celsius)
Product("gadget", 0)
