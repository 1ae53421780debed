# Various raise forms and re-raising.
def reraise():
    try:
        raise ValueError("original")
    except ValueError as e:
        raise e
try:
    reraise()
except ValueError as e:
    print("re-raised same object:", e)
def raise_class():
    raise IndexError
try:
    raise_class()
except IndexError as e:
    print(repr(e), e.args)
try:
    raise Exception("multiple", "args", 3)
except Exception as e:
    print(e, e.args)
def outside_handler():
    raise
try:
    outside_handler()
except RuntimeError as e:
    print("RuntimeError:", e)
err = KeyError("saved")
for i in range(2):
    try:
        raise err
    except KeyError as e:
        print(i, e is err)
def with_traceback():
    try:
        raise ValueError("tb")
    except ValueError as e:
        raise e.with_traceback(None)
try:
    with_traceback()
except ValueError as e:
    print("with_traceback ok:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
raise SystemError("fatal-ish error message")
