# super() explicit two-argument forms and super objects.
class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return f"A.cm({cls.__name__})"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(B):
    def who(self):
        return "C>" + super().who()
    def skip(self):
        return super(B, self).who()
c = C()
print(c.who(), c.skip(), super(C, c).who(), super(B, c).who())
print(super(C, C).cm(), C.cm())
s = super(C, c)
print(type(s).__name__)
def outside(self):
    return super(C, self).who()
print(outside(c))
class D(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(D().ok)
try:
    super(B, A()).who()
except TypeError as e:
    print("TypeError:", e)
class E:
    def method(self):
        def inner():
            return super(E, self).__repr__ is not None
        return inner()
print(E().method())
