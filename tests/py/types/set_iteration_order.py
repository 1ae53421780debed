# Sets iterate in CPython's hash-table order (ints hash to themselves).
s = set()
for i in [5, 13, 21, 29, 37, 45, 2, 8]:
    s.add(i)
print(s)
s.discard(13)
s.add(100)
print(s)
print(set(range(20, 0, -1)), set([1000, 10, 100]))
a = set(range(1, 11))
b = set([5, 6, 7, 100, 200])
print(a | b, a & b, a - b, a ^ b, b - a)
t = set(range(100))
print(sum(t), len(t), list(t)[:10])
q = set()
for x in (1, 9, 17, 25):
    q.add(x)
print(q, [q.pop() for _ in range(4)])
c = a.copy()
c.add(33)
print(c)
print(set({5: 1, 1: 2, 20: 3}))
u = {x * 7 % 50 for x in range(30)}
print(u)
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(primes)
print(frozenset(range(40, 0, -3)))
