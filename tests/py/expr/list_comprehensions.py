# List comprehensions: filters, nesting, scoping.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "hello" if c != "l"])
x = "outer"
print([x for x in "ab"], x)
print([i for i in range(5)][::-1], [w for w in "a b  c".split(" ") if w])
print([(lambda: i)() for i in range(3)])
print([a + b for a, b in zip("abc", "xyz")], [k for k, v in {"p": 1, "q": 2}.items() if v > 1])
print([y for x in [[1, 2], [3], []] for y in x])
