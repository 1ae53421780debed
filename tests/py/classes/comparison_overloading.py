# Rich comparisons, reflected comparisons, NotImplemented fallbacks, total ordering by hand.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    __hash__ = None
vs = [Version(s) for s in ["1.2", "1.10", "1.2.1", "0.9"]]
print(sorted(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"), Version("2.0") >= Version("1.9"))
print(Version("1.0") == "1.0", "1.0" == Version("1.0"), max(vs), min(vs))
try:
    hash(Version("1.0"))
except TypeError as e:
    print("TypeError:", e)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"O{self.v}"
print(OnlyLt(2) > OnlyLt(1), sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
class Always:
    def __eq__(self, o):
        return True
print(Always() == 5, 5 == Always(), [1, 2].count(Always()), Always() in [None], Always() != 3)
class Reflect:
    def __gt__(self, o):
        print("Reflect.__gt__ called")
        return True
print(3 < Reflect())
