# AttributeError messages for various objects.
class C:
    pass
class S:
    __slots__ = ("a",)
objs = [(C(), "missing"), (C, "cls_missing"), (5, "foo"), ("s", "append"), ([], "push"),
        (None, "x"), ({}, "has_key"), (S(), "a"), (S(), "b"), (len, "x"), ((), "append")]
for obj, name in objs:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".upper = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    del C().nothing
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
print(C().undefined_attribute)
