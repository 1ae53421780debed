# dict(), dir(), vars().
print(dict(), dict(a=1), dict([("k", "v"), ["x", "y"]]), dict({"z": 0}, z=1), dict(zip(range(3), "abc")))
print(dict([(1, 2)], **{"s": 3}), dict.fromkeys(range(3), "v"))
class P:
    cls_attr = 1
    def __init__(self):
        self.b = 2
        self.a = 1
    def method(self):
        pass
p = P()
print(vars(p), sorted(vars(P).keys() - set(dir(object))))
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(P) if not n.startswith("__")])
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir("") if not n.startswith("_"))[:12])
class CustomDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(CustomDir()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
