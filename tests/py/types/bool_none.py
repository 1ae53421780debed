# bool and None.
print(True, False, type(True).__name__, int(True), True + True, True * 3.5, -True, ~False)
print(bool(0), bool(1), bool(-1), bool(""), bool("False"), bool([]), bool(None), bool(0.0), bool(0j))
print(True == 1, False == 0, True is True, isinstance(False, int), issubclass(bool, int))
print(True & True, True | False, True ^ True, repr(True), str(False), f"{True}", "%s" % False)
print(None, repr(None), type(None).__name__, None == None, None is None, None == 0, None == False)
print(bool.__name__, [True, False].count(True), sum([True, True, False]), max(True, 2))
print({True: "yes", False: "no"}[1 > 0], ["zero", "one"][True], True / 2)
def returns_none():
    pass
print(returns_none() is None, returns_none())
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
nothing = None
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(hash(True) == hash(1), hash(None) == hash(None), str(True).lower(), True.__class__ is bool)
