# Metaclass-based plugin registry, __init_subclass__, class-level hooks.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        key = kwargs.get("key", name.lower())
        if bases:
            if key in mcls.registry:
                raise TypeError(f"duplicate plugin key {key!r}")
            mcls.registry[key] = cls
        cls.key = key
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.methods = sorted(k for k, v in namespace.items() if callable(v) and not k.startswith("__"))

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by = "PluginMeta"
        return inst

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"

    def __len__(cls):
        return len(cls.methods)


class Plugin(metaclass=PluginMeta):
    def run(self, data):
        raise NotImplementedError(type(self).__name__ + ".run")


class Upper(Plugin):
    def run(self, data):
        return data.upper()


class Reverse(Plugin, key="rev"):
    def run(self, data):
        return data[::-1]

    def helper(self):
        pass


class Broken(Plugin):
    pass


print(sorted(PluginMeta.registry))
print(PluginMeta.registry["rev"], Upper, type(Upper).__name__, type(Plugin) is PluginMeta)
print(Reverse.methods, len(Reverse), len(Broken))
data = "Hello"
for key in sorted(PluginMeta.registry):
    plugin = PluginMeta.registry[key]()
    try:
        data = plugin.run(data)
        print(f"{key:>8}: {data} [{plugin.created_by}]")
    except NotImplementedError as e:
        print(f"{key:>8}: not implemented ({e})")


class Shape:
    subclasses = []

    def __init_subclass__(cls, sides=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.subclasses.append(cls.__name__)


class Triangle(Shape, sides=3):
    pass


class Square(Shape, sides=4):
    pass


class Blob(Shape):
    pass


print(Shape.subclasses, Triangle.sides, Square.sides, Blob.sides)

Dyn = type("Dyn", (Upper,), {"run": lambda self, d: "dyn:" + d, "extra": 1})
print(Dyn, Dyn().run("x"), Dyn.key, Dyn.extra, "dyn" in PluginMeta.registry)
print(isinstance(Dyn(), Plugin), Dyn.__mro__[1:3], Dyn.__name__, Dyn.__bases__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {}


Config().values["a"] = 1
print(Config().values, Config() is Config())


class Upper2(Plugin, key="upper"):
    pass
