# __bool__ and __len__ determine truthiness.
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__ called")
        return self.n
class Neither:
    pass
print(bool(WithBool(True)), bool(WithBool(False)), bool(WithLen(0)), bool(WithLen(3)), bool(Neither()))
if WithLen(2):
    print("truthy by len")
print(not WithBool(False), WithLen(0) or "fallback", len(WithLen(7)))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()))
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
