# Memoized Fibonacci with big integers, digit sums, and Lucas numbers.
cache = {0: 0, 1: 1}
def fib(n):
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]
for n in range(0, 301, 50):
    f = fib(n)
    print(n, f, len(str(f)), sum(int(d) for d in str(f)))
def fib_fast(n):
    def pair(k):
        if k == 0:
            return 0, 1
        a, b = pair(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k % 2 else (c, d)
    return pair(n)[0]
print(fib_fast(1000) == fib(1000) if len(cache) > 250 else None)
big = fib_fast(5000)
print(len(str(big)), str(big)[:20], str(big)[-20:], big % 1000000007)
first = next(i for i in range(1, 5000) if len(str(fib(i) if i < 900 else fib_fast(i))) >= 100)
print("first fib with 100 digits: index", first)
lucas = [2, 1]
for _ in range(98):
    lucas.append(lucas[-1] + lucas[-2])
print(lucas[-1], all(lucas[n] == fib(n - 1) + fib(n + 1) for n in range(1, 100)))
print(sum(fib(i) for i in range(100)) == fib(101) - 1, fib(100) ** 2 - fib(99) * fib(101))
def zeckendorf(n):
    fibs = [fib(i) for i in range(2, 90) if fib(i) <= n]
    parts = []
    for f in reversed(fibs):
        if f <= n:
            parts.append(f)
            n -= f
    return parts
for n in [100, 1000, 10 ** 15]:
    print(n, "=", " + ".join(map(str, zeckendorf(n))))
def pisano(m):
    a, b = 0, 1
    for i in range(1, m * m + 1):
        a, b = b, (a + b) % m
        if (a, b) == (0, 1):
            return i
print([pisano(m) for m in range(2, 16)])
