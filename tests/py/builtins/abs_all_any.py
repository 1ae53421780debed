# abs, all, any.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 100))
class A:
    def __abs__(self):
        return "custom abs"
print(abs(A()))
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([[], 1]), all(x > 0 for x in range(1, 5)))
print(any([]), any([0, 0.0, ""]), any([0, "x"]), any(iter([None, 3])), any(x > 3 for x in range(5)))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in range(10)), seen)
seen.clear()
print(all(check(x) for x in [5, 4, 1, 9]), seen)
