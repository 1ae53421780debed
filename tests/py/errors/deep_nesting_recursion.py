import sys
def f(n): return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
a = []
for i in range(100000):
    a = [a]
try:
    repr(a)
except RecursionError as e:
    print("repr RecursionError")
b = []
for i in range(100000):
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("eq RecursionError")
sys.setrecursionlimit(5000)
def g(n): return 0 if n == 0 else 1 + g(n - 1)
print(g(4000))
