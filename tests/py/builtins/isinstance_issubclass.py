# isinstance and issubclass.
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), isinstance(C(), (A, B)))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", str), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(A, type), isinstance(A, object), isinstance(5, object))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(issubclass(KeyError, (ValueError, LookupError)), issubclass(type, object), issubclass(object, type))
print(isinstance([], (list, tuple)), isinstance((), (list, (int, tuple))))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("plain", Magic), issubclass(int, Magic), issubclass(str, Magic))
