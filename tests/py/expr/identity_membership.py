# 'is', 'in' and their negations with custom and builtin containers.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, a is a)
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
print(3 in Box([1, 3]), 4 not in Box([1]))
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 5 in It())
nan = float("nan")
print(nan in [nan], nan == nan)
print("" in "abc", "bc" in "abc", b"b" in b"abc", 98 in b"abc")
print(1 in {1: 0}, 0 in {1: 0}, (1, 2) in {(1, 2)}, [1] in [[1], [2]])
