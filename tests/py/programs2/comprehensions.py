# Dict/set/list comprehensions, nested, with conditions, scoping rules.
words = ["apple", "Avocado", "banana", "blueberry", "cherry", "kiwi", "Kumquat", "lime"]
by_letter = {w[0].lower(): [x for x in words if x[0].lower() == w[0].lower()] for w in words}
print(by_letter)
lengths = {w: len(w) for w in words if len(w) > 4}
print(lengths)
print(sorted({len(w) for w in words}), {w.lower()[0] for w in words} == set("abcckl"))
matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
print(matrix, [[row[c] for row in matrix] for c in range(4)])
print([x for row in matrix for x in row if x % 2 if x % 3])
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print({k: v for k, v in zip("abc", range(10))}, dict.fromkeys("xyz", 0))
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
x = "outer"
res = [x for x in range(3)]
print(x, res)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
print({i: {j: i * j for j in range(i)} for i in range(4)})
g = (n * 2 for n in range(5))
print(list(g), list(g))
counts = {}
text = "the cat and the hat and the bat"
print({w: text.split().count(w) for w in sorted(set(text.split()))})
flat = sum([[i] * i for i in range(4)], [])
print(flat)
print([[c for c in w if c in "aeiou"] for w in words[:3]])


class Table:
    rows = [1, 2, 3]
    doubled = [r * 2 for r in rows]
    try:
        offsets = [r + len(rows) for r in rows]
    except NameError as e:
        offsets = str(e)


print(Table.doubled, Table.offsets)
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}}
print({(o, i): v for o, inner in nested.items() for i, v in inner.items()})
print(sorted((v, k) for k, v in lengths.items())[:3])
print([*map(str.upper, words[:2])], list(map(len, words)), list(zip(*[iter(range(6))] * 2)))
print([n for n in range(30) if n % 2 == 0 and n % 3 == 0], sum(1 for w in words if "a" in w))
print(any(w.startswith("k") for w in words), all(len(w) > 3 for w in words))
print({frozenset((1, 2)): "a", frozenset((2, 1)): "b"})
print([i if i % 2 else -i for i in range(6)])
print(list(enumerate(w for w in words if w.islower())))
z = 10
print([z := z + n for n in range(4)], z)
