# Implicit chaining (__context__), explicit chaining (raise from), suppression (from None).
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
def explicit():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
def suppressed():
    try:
        [][0]
    except IndexError:
        raise TypeError("clean") from None
for f in [implicit, explicit, suppressed]:
    try:
        f()
    except Exception as e:
        ctx = e.__context__
        cause = e.__cause__
        print(f.__name__, type(e).__name__, e,
              "| context:", type(ctx).__name__ if ctx else None,
              "| cause:", type(cause).__name__ if cause else None,
              "| suppress:", e.__suppress_context__)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
def nested():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise IndexError("second")
    except IndexError:
        raise ValueError("third")
try:
    nested()
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
e = Exception("manual")
e.__cause__ = KeyError("set by hand")
print(e.__cause__, e.__suppress_context__)
try:
    raise e
except Exception as caught:
    print(caught is e, caught.__cause__)
