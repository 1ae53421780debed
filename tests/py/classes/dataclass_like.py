# A hand-written dataclass-like decorator using annotations.
def dataclass(cls):
    fields = list(cls.__dict__.get("__annotations__", {}))
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kwargs):
        for i, f in enumerate(fields):
            if i < len(args):
                setattr(self, f, args[i])
            elif f in kwargs:
                setattr(self, f, kwargs[f])
            elif f in defaults:
                setattr(self, f, defaults[f])
            else:
                raise TypeError(f"missing field {f!r}")
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    def __lt__(self, other):
        return tuple(getattr(self, f) for f in fields) < tuple(getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__lt__ = __lt__
    cls.__hash__ = None
    cls._fields = tuple(fields)
    return cls
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
items = [Item("widget", 2.5, 4), Item("gadget", 10.0), Item(name="doohickey", price=0.75, qty=12)]
for it in items:
    print(it)
print(Item._fields, Item("a", 1) == Item("a", 1), Item("a", 1) == Item("a", 2), Item("a", 1) == "a")
print(sorted(items))
print(sorted(items, key=lambda i: i.price * i.qty))
try:
    Item("only name")
except TypeError as e:
    print("TypeError:", e)
print(sum(i.price * i.qty for i in items))
