# Order of finally blocks, exception replacement in finally, and exceptions in except blocks.
def trace(label):
    print(label)
def f():
    try:
        trace("try")
        raise ValueError("v")
    except ValueError:
        trace("except")
        raise KeyError("raised in except")
    finally:
        trace("finally")
try:
    f()
except KeyError as e:
    print("got", repr(e), "context:", repr(e.__context__))
def g():
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("finally replaces")
try:
    g()
except TypeError as e:
    print("got", repr(e), "context:", repr(e.__context__))
def h():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                trace(f"body {i}")
            finally:
                trace(f"inner finally {i}")
        except ValueError as e:
            trace(f"handled {e}")
        finally:
            trace(f"outer finally {i}")
h()
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        trace(f"n in finally: {n}")
print(counter())
