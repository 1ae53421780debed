# sys.modules, module objects, and caching of imports.
import sys
import math
print(type(sys).__name__, sys.__name__, math.__name__)
print("sys" in sys.modules, "math" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules["math"] is math)
main = sys.modules[__name__]
main.added = "through sys.modules"
print(added)
before = "_helper" in sys.modules
import _helper
print(before, "_helper" in sys.modules)
fake = type(sys)("fake_module")
fake.answer = 42
sys.modules["fake_module"] = fake
import fake_module
print(fake_module.answer, fake_module is fake)
try:
    import _definitely_not_a_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from _helper import not_there
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(sys.version_info[0], sys.version_info >= (3, 0), type(sys.maxsize).__name__, sys.maxsize > 2 ** 31)
print(sys.byteorder in ("little", "big"), type(sys.path).__name__, isinstance(sys.platform, str))
