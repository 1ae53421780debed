# __eq__ and __hash__ interplay with dicts and sets.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key("Name"): 1}
d[Key("NAME")] = 2
print(d, len(d), Key("name") in d)
s = {Key("a"), Key("A"), Key("b")}
print(len(s), sorted(k.k for k in s))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__ is None)
class Default:
    pass
x = Default()
print(x == x, x == Default(), x != Default(), hash(x) == hash(x), {x: 1}[x])
class IdentityHash:
    def __hash__(self):
        return 42
a, b = IdentityHash(), IdentityHash()
print(len({a, b}), a == b, hash(a))
class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class InheritsEq(Key):
    pass
print(hash(InheritsEq("X")) == hash(Key("x")), InheritsEq("x") == Key("X"))
