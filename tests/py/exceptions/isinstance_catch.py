# Catching by tuple, by base class, ordering of except clauses, exception objects' types.
def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("v")
    if kind == "attr":
        return None.x
    if kind == "name":
        return undefined_name
    return "ok"
for kind in ["key", "index", "zero", "type", "value", "attr", "name", "none"]:
    try:
        result = risky(kind)
    except (KeyError, IndexError) as e:
        print(kind, "-> lookup", type(e).__name__, isinstance(e, LookupError), e)
    except ArithmeticError as e:
        print(kind, "-> arithmetic", type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print(kind, "-> type/value", type(e).__name__, e)
    except Exception as e:
        print(kind, "-> other", type(e).__name__, e)
    else:
        print(kind, "-> no error", result)
exc_types = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except exc_types as e:
    print("caught via variable tuple:", e)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("not here")
except ValueError as e:
    print("outer got", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised, instance caught:", type(e).__name__, repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except 42:
        pass
    print("except clause with non-class is not evaluated if nothing raised")
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
