# len, list, tuple, set, frozenset constructors.
print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(10)), len(b"xy"))
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list(x * 2 for x in "ab"))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(2)), tuple({"k": 0}))
print(sorted(set()), sorted(set("banana")), sorted(set([3, 3, 1])), sorted(frozenset("aab")), set() == frozenset())
l1 = [1, 2]
l2 = list(l1)
print(l2 == l1, l2 is l1)
t1 = (1, 2)
print(tuple(t1) is t1, type(tuple(t1)).__name__)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(x for x in "ab")
except TypeError as e:
    print("TypeError:", e)
class L:
    def __len__(self):
        return 2 ** 62
print(len(L()))
class Big:
    def __len__(self):
        return 2 ** 64
try:
    len(Big())
except OverflowError as e:
    print("OverflowError:", e)
