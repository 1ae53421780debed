# __init_subclass__ and __class_getitem__.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        print("registering", key)
        Plugin.registry[key] = cls
class CSV(Plugin):
    pass
class JSONish(Plugin, name="json"):
    pass
class Sub(CSV):
    pass
print(sorted(Plugin.registry), Plugin.registry["json"].__name__)
class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        for attr in cls.required:
            if not hasattr(cls, attr):
                raise TypeError(f"{cls.__name__} lacks {attr}")
class Good(Validated):
    required = ("run",)
    def run(self):
        return "ran"
print(Good().run())
try:
    class BadOne(Validated):
        required = ("missing",)
except TypeError as e:
    print("TypeError:", e)
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Generic[int], Generic["x"])
