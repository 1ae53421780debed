# enumerate, zip (including strict=True).
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
e = enumerate(["p", "q"])
print(next(e), next(e), type(e).__name__)
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2, 3])), list(zip("abcd", range(2), [True] * 5)))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[(1, "x"), (2, "y")])))
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip("abc", "de", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("ab", "cde", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("ab", "cd", "e", strict=True))
except ValueError as e:
    print("ValueError:", e)
def gen():
    for i in range(5):
        print("gen yields", i)
        yield i
print(list(zip(gen(), "ab")))
for i, (a, b) in enumerate(zip("xy", "zw")):
    print(i, a, b)
try:
    zip(5)
except TypeError as e:
    print("TypeError:", e)
