# Multiple inheritance and C3 linearization.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in [K1, K2, K3, Z]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
class Base:
    def who(self):
        return ["Base"]
class Left(Base):
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def who(self):
        return ["Right"] + super().who()
class Diamond(Left, Right):
    def who(self):
        return ["Diamond"] + super().who()
print(Diamond().who(), [c.__name__ for c in Diamond.mro()])
try:
    class Bad(A, K1):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: attr = "X"
class Y: attr = "Y"
class XY(X, Y): pass
class YX(Y, X): pass
print(XY.attr, YX.attr, XY().attr)
