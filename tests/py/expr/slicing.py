# Slicing of lists, strings, tuples; slice assignment and deletion.
s = "abcdefghij"
L = list(range(10))
for sl in [(None, None, None), (2, 5, None), (None, None, -1), (-3, None, None), (1, 8, 2),
           (8, 1, -2), (100, 200, None), (-100, 3, None), (5, 5, None), (None, None, 3), (-1, -11, -1)]:
    obj = slice(*sl)
    print(sl, s[obj], L[obj], tuple(L)[obj])
L[2:5] = ["a", "b"]
print(L)
L[:0] = [-1]
print(L)
L[::2] = "XXXXX"
print(L)
del L[1::3]
print(L)
L[len(L):] = [99, 100]
print(L)
del L[:]
print(L)
m = list(range(6))
m[1:3] = []
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
print(s[-1], s[-len(s)], s[3:][:2], s[::-1][::2])
print("hello"[1:-1], "hello"[10:], (1, 2, 3)[::-2])
