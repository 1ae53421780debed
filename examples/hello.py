# The first program weft runs: a greeting and a small computation.
def greet(name):
    return f"Hello, {name}! This is weft, a Python interpreter written in Rust."

print(greet("world"))

squares = [n * n for n in range(1, 11)]
print("squares:", squares)
print("sum of squares 1..10 =", sum(squares))

fib = [0, 1]
while len(fib) < 20:
    fib.append(fib[-1] + fib[-2])
print("fib(19) =", fib[-1], "and 2**100 =", 2 ** 100)
