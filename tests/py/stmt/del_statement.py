# del of names, items, slices and attributes.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
L = list(range(8))
del L[0]
del L[-1]
del L[1:3]
print(L)
del L[::2]
print(L)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class C:
    pass
o = C()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), o.other)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
M = [[1, 2], [3, 4]]
del M[0][1]
print(M)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
