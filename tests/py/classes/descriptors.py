# The descriptor protocol: data vs non-data descriptors, __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        print(f"__set_name__ {owner.__name__}.{name}")
        self.name = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Host:
    attr = NonData()
h = Host()
print(h.attr)
h.__dict__["attr"] = "from instance dict"
print(h.attr, Host.attr)
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, value):
        print("DataDesc.__set__", value)
class Host2:
    attr = DataDesc()
h2 = Host2()
h2.__dict__["attr"] = "instance"
h2.attr = 5
print(h2.attr)
class Counted:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class UseCounted:
    c = Counted()
u = UseCounted()
print(u.c, u.c, UseCounted.c)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        return lambda *a: self.f(obj, *a)
class M:
    @Method
    def hello(self, x):
        return f"hello {x} from {type(self).__name__}"
print(M().hello("you"))
