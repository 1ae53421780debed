# Nested try blocks, re-raising, bare raise, and exception variable scope.
def risky(n):
    if n == 1:
        raise ValueError("one")
    if n == 2:
        raise TypeError("two")
    return n
for n in range(4):
    try:
        try:
            print("result", risky(n))
        except ValueError:
            print("inner caught ValueError, re-raising")
            raise
        finally:
            print("inner finally", n)
    except Exception as e:
        print("outer caught", type(e).__name__, e)
def handler():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise IndexError("i")
        except IndexError as e2:
            print("inner handler", repr(e2))
        raise
try:
    handler()
except KeyError as e:
    print("bare raise re-raised", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
except ValueError as e:
    print(e, type(e.__context__).__name__)
