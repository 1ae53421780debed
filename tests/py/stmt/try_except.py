# try/except/else/finally flow.
def attempt(f):
    try:
        r = f()
    except ZeroDivisionError:
        print("  caught ZeroDivisionError")
        return "zde"
    except (KeyError, IndexError) as e:
        print("  caught lookup:", type(e).__name__, e)
        return "lookup"
    except Exception as e:
        print("  caught generic:", type(e).__name__, e)
        return "generic"
    else:
        print("  no exception, result", r)
        return r
    finally:
        print("  finally")
print(attempt(lambda: 1 / 0))
print(attempt(lambda: {}["missing"]))
print(attempt(lambda: [][3]))
print(attempt(lambda: int("abc")))
print(attempt(lambda: 42))
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
try:
    pass
except:
    print("no")
else:
    print("else without exception")
e = "before"
try:
    raise TypeError("x")
except TypeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
