# Dict and set comprehensions.
d = {x: x ** 2 for x in range(6)}
print(d)
print({v: k for k, v in d.items() if k % 2})
print({c: "abcabc".count(c) for c in "abcabc"})
print(sorted({x % 4 for x in range(20)}))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
words = ["apple", "bob", "cat", "axe", "bee"]
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print({(i, j): i * j for i in range(3) for j in range(2)})
print(sorted({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}, key=sorted))
