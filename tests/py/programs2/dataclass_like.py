# Dataclass-like records with generated __init__/__repr__/__eq__/__hash__/ordering.
def record(*fields, order=False, frozen=False):
    def decorate(cls):
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {k!r}")
                if k in values:
                    raise TypeError(f"{cls.__name__}() got multiple values for argument {k!r}")
                values[k] = v
            for f in fields:
                if f not in values:
                    default = getattr(cls, f, None)
                    values[f] = default
                object.__setattr__(self, f, values[f])

        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{type(self).__name__}({inner})"

        def astuple(self):
            return tuple(getattr(self, f) for f in fields)

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)

        def __hash__(self):
            return hash(astuple(self))

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__hash__ = __hash__
        cls.astuple = astuple
        if order:
            cls.__lt__ = lambda a, b: astuple(a) < astuple(b)
            cls.__le__ = lambda a, b: astuple(a) <= astuple(b)
            cls.__gt__ = lambda a, b: astuple(a) > astuple(b)
            cls.__ge__ = lambda a, b: astuple(a) >= astuple(b)
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field {name!r}")
            cls.__setattr__ = __setattr__
        return cls
    return decorate


@record("last", "first", "age", order=True)
class Person:
    age = 0

    def greeting(self):
        return f"Hi {self.first} {self.last}"


@record("x", "y", frozen=True)
class Point:
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)


people = [Person("Smith", "Ann", 40), Person("Jones", "Bob", age=25), Person("Smith", "Al", 40),
          Person(first="Cy", last="Adams"), Person("Jones", "Bob", 25)]
for p in sorted(people):
    print(p)
print(sorted(people, key=lambda p: (-p.age, p.first))[0].greeting())
print(people[1] == people[4], people[1] is people[4], people[0] != people[2])
print(len(set(people)), Person("A", "B") == ("A", "B", 0))
print(max(people), min(people, key=Person.astuple))
print(people[0] < people[2], people[3] <= people[3], people[1] > people[0])
by_age = {}
for p in people:
    by_age.setdefault(p.age, []).append(p.first)
print({k: sorted(v) for k, v in sorted(by_age.items())})
pt = Point(1, 2) + Point(10, 20)
print(pt, hash(pt) == hash(Point(11, 22)), {pt: "here"}[Point(11, 22)])
for bad in (lambda: Person("a", "b", 1, 2), lambda: Person("a", nick="x"), lambda: Person("a", last="b")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    pt.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Person.__lt__(people[0], people[1]), Person.__eq__(people[0], 5))
try:
    pt.y = 3
except Exception as exc:
    print("final:", type(exc).__name__, exc)
