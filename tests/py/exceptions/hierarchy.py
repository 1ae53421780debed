# The builtin exception hierarchy.
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           LookupError, KeyError, IndexError, ValueError, UnicodeError, UnicodeDecodeError,
           TypeError, AttributeError, NameError, UnboundLocalError, RuntimeError,
           RecursionError, NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt,
           SystemExit, OSError, FileNotFoundError, AssertionError, ImportError,
           ModuleNotFoundError, EOFError, SyntaxError, IndentationError, FloatingPointError,
           MemoryError, PermissionError, IsADirectoryError, TabError, UnicodeEncodeError]
for cls in classes:
    print(cls.__name__, "<-", cls.__bases__[0].__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(RecursionError, RuntimeError), issubclass(UnicodeDecodeError, ValueError), issubclass(IOError, OSError), IOError is OSError)
print(EnvironmentError is OSError, issubclass(ModuleNotFoundError, ImportError), issubclass(TabError, SyntaxError))
try:
    {}["x"]
except LookupError as e:
    print("caught KeyError as LookupError:", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
try:
    raise StopIteration
except Exception as e:
    print("StopIteration is an Exception:", type(e).__name__)
