# Metaclasses: __new__, __init__, __call__, class registration, keyword args.
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        print(f"Registry.__new__ {name} bases={[b.__name__ for b in bases]} kw={kw}")
        ns["created_by"] = mcs.__name__
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
class Base(metaclass=Registry):
    pass
class Child(Base, tag="special"):
    pass
print(Registry.classes, Base.created_by, Child.tag, Base.tag, type(Child).__name__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            print("creating instance of", cls.__name__)
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, b.v)
Dyn = type("Dyn", (Base,), {"x": 5, "hello": lambda self: "hi"})
print(Dyn.x, Dyn().hello(), Dyn.created_by, Registry.classes[-1], isinstance(Dyn, Registry))
class Meta(type):
    def __repr__(cls):
        return f"<class with meta {cls.__name__}>"
    def __len__(cls):
        return 99
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Fancy(metaclass=Meta):
    pass
print(repr(Fancy), len(Fancy), Fancy.upper_name, isinstance(Fancy, type), type(type), type(Meta))
class Prep(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("__prepare__", name)
        return {"injected": "yes"}
class UsesPrep(metaclass=Prep):
    pass
print(UsesPrep.injected)
