# hash (of ints and tuples of ints only) and id (only compared).
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(True), hash(False), hash(10 ** 20))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash(((1, 2), 3)))
print(hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 64 + 5))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None), type(id(a)).__name__)
x = object()
print(id(x) == id(x), hash(x) == hash(x))
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
