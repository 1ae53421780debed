# Recursive Fibonacci: function call overhead.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
N = 32
total = 0
for _ in range(3):
    total += fib(N)
print("fib", N, fib(N), total)
