# Class decorators, dynamic class creation with type(), and attribute introspection.
def add_repr(cls):
    def __repr__(self):
        attrs = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{cls.__name__}({attrs})"
    cls.__repr__ = __repr__
    return cls
def add_counter(cls):
    orig_init = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **kw):
        cls.instances += 1
        orig_init(self, *a, **kw)
    cls.__init__ = __init__
    return cls
@add_repr
@add_counter
class Node:
    def __init__(self, value, label="n"):
        self.value = value
        self.label = label
print(Node(1), Node(2, label="two"), Node.instances)
def make_class(name, **fields):
    def __init__(self, **kw):
        for k, default in fields.items():
            setattr(self, k, kw.get(k, default))
    return add_repr(type(name, (), {"__init__": __init__, "fields": tuple(fields)}))
Point = make_class("Point", x=0, y=0)
print(Point(x=5), Point().fields, Point.__name__, type(Point).__name__)
Base = type("Base", (), {"greet": lambda self: f"hello from {type(self).__name__}"})
Derived = type("Derived", (Base,), {})
print(Derived().greet(), Derived.__mro__[1].__name__, issubclass(Derived, Base))
print([k for k in sorted(Node.__dict__) if not k.startswith("__")])
