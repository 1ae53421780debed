# Subclasses of list/tuple/dict/set/int/float/complex: inherited methods and operators.
class L(list):
    pass
l = L(x for x in range(3)); print(l, type(l).__name__, l + [1], type(l + [1]).__name__, l * 2, 2 * l, repr(l), len(l), 1 in l, l[0], l[-1], l[1:])
l.append(9); l.sort(reverse=True); print(l, l == [9, 2, 1, 0], l != [1], l < [10], sorted(l), list(reversed(l)))
l[0] = 100; del l[1]; print(l, l.pop(), l.index(1), l.count(100))
l += [5, 6]; print(l, type(l).__name__)
l *= 2; print(l, type(l).__name__)
print(bool(L()), bool(l), list(iter(l)), [x for x in l])
try: hash(l)
except TypeError as e: print("TypeError:", e)
class L2(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
l2 = L2([3, 1, 2]); print(l2, l2.extra, sorted(l2))
class T(tuple): pass
t = T([1, 2, 3]); print(t, type(t).__name__, t + (4,), t * 2, len(t), t[1], t.index(2), t.count(3), hash(t) == hash((1, 2, 3)), t == (1, 2, 3), t < (1, 2, 4))
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1); print(d['zz'], d.get('zz'), 'zz' in d, d, len(d), list(d), d.keys(), sorted(d.items()))
d['b'] = 2; del d['a']; print(d, d == {'b': 2}, d | {'c': 3}, type(d | {'c': 3}).__name__)
d |= {'q': 0}; print(d, type(d).__name__)
class D2(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.n = len(self)
d2 = D2([(1, 2)], x=3); print(d2, d2.n, D2.fromkeys('ab', 0), type(D2.fromkeys('ab')).__name__)
class S(set): pass
s = S([3, 1, 2]); print(sorted(s), repr(S()), len(s), 2 in s, sorted(s | {9}), type(s | {9}).__name__, sorted(s & {1, 5}), sorted(s - {1}), sorted(s ^ {1, 7}), s == {1, 2, 3}, s <= {1, 2, 3, 4})
s.add(4); s.discard(1); print(sorted(s)); s |= {10}; print(type(s).__name__, sorted(s))
class F(frozenset): pass
f = F([1]); print(repr(f), repr(F()), hash(f) == hash(frozenset([1])), f | {2}, type(f.union([5])).__name__)
class I(int): pass
i = I(5); print(i, repr(i), i + 1, 1 + i, i * 2, i / 2, i // 2, i % 3, i ** 2, -i, +i, abs(I(-3)), ~i, i & 3, i | 8, i ^ 1, i << 2, i >> 1, divmod(i, 3), i.__pow__(2, 3))
print(i == 5, i < 6, i > 4.5, 5.5 > i, hash(i) == hash(5), int(i), float(i), type(i + 1).__name__, round(I(15), -1), i.bit_length(), i.real, i.numerator, f"{i:03d}", format(i, 'x'), str(i), bool(I(0)), [10, 20, 30, 40, 50, 60][i])
class Fl(float): pass
x = Fl(2.5); print(x, repr(x), x + 1, 1 + x, x * 2, x / 2, x // 2, x % 2, x ** 2, -x, abs(Fl(-1.5)), x == 2.5, x < 3, round(x), round(x, 1), int(x), x.is_integer(), x.as_integer_ratio(), x.hex(), x.real, f"{x:.3f}", hash(x) == hash(2.5))
class C(complex): pass
c = C(1, 2); print(c, c + 1, c * 2, -c, abs(C(3, 4)), c == complex(1, 2), c.conjugate(), c.real, c.imag)
print(int.__add__(1, 2), (5).__add__(3), int.__add__(1, 2.0), float.__add__(1.0, 2), (5).__radd__(1), True & False, True.__and__(False), int.__and__(True, False), True | 0)
print(Fl.fromhex('0x1p3'), type(Fl.fromhex('0x1p3')).__name__, I.from_bytes(b'\x01\x00', 'big'), type(I.from_bytes(b'\x01', 'big')).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def __getitem__(self, i):
        return super().__getitem__(-1 - i)
    def __len__(self):
        return super().__len__() * 10
st = Stack([1, 2]).push(3)
print(st[0], st[2], len(st), list(st), st.pop(), bool(st), st.__class__.__name__, Stack.__mro__[1].__name__)
class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, x):
        self.append(x)
        self.sort()
so = Sorted([5, 1, 4]); so.add(3); so.add(0)
print(so, so.index(4), so.count(1), so[1:3], type(so[1:3]).__name__, so.copy(), type(so.copy()).__name__, isinstance(so, list))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
pr = Pair(1, "x")
print(pr, pr.swap(), len(pr), pr == (1, "x"), pr.count(1), hash(pr) == hash((1, "x")), {pr: 1}[(1, "x")], pr + (2,), type(pr.swap()).__name__)
a, b = pr
print(a, b, sorted([Pair(2, 1), Pair(1, 2)]), list.__len__(l), tuple.__len__(t), dict.__len__(d), set.__len__(s), list.__getitem__(l, 0))
