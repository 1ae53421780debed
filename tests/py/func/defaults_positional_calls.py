def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, 5, 6))
class C:
    def __init__(self, x=10, y=[]):
        self.x = x; y.append(x); self.y = y
    def m(self, k=1, *, z=4):
        return self.x + k + z
print(C().x, C(3).y, C(5).m(), C(5).m(2))
try:
    f()
except TypeError as e:
    print(e)
def g(a, b=1):
    return a, b
g.__defaults__ = (7,)
print(g(1))
g.__defaults__ = ()
try:
    g(1)
except TypeError as e:
    print(e)
