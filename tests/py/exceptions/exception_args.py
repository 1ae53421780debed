# str() and repr() of exceptions with various args.
cases = [Exception(), Exception("msg"), Exception("a", "b"), Exception(42), Exception(None),
         ValueError("bad value"), KeyError("key"), KeyError(), KeyError("a", "b"), KeyError(3),
         IndexError("list index out of range"), TypeError(), OSError(2, "No such file"),
         StopIteration(5), SystemExit(3), Exception(("tuple",)), Exception(""), Exception([1, 2])]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = ValueError("original")
e.args = ("changed", 1)
print(e, e.args)
print(StopIteration(7).value, SystemExit(9).code, SystemExit().code, SystemExit("m").code)
err = OSError(2, "No such file or directory")
print(err.errno, err.strerror, type(err).__name__)
err2 = OSError(2, "No such file or directory", "missing.txt")
print(err2, err2.filename)
try:
    raise KeyError("with 'quotes'")
except KeyError as k:
    print(k, repr(k))
