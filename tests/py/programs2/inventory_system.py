# Inventory management: dict views, set algebra, list mutation methods, slicing assignment.
stock = {"apple": 50, "banana": 0, "cherry": 200, "date": 15, "elder": 3}
incoming = {"banana": 40, "fig": 12, "apple": 10}
keys = stock.keys()
print(sorted(keys & incoming.keys()), sorted(keys - incoming), sorted(keys | {"grape"}), sorted(keys ^ incoming.keys()))
print(keys >= {"apple"}, {"apple", "zzz"} <= keys, ("apple", 50) in stock.items(), 50 in stock.values())
for item, qty in incoming.items():
    stock[item] = stock.get(item, 0) + qty
print(len(keys), list(keys)[-1], stock)
low = [k for k, v in stock.items() if v < 20]
print("low stock:", low)
removed = stock.pop("elder"), stock.pop("zzz", None), stock.setdefault("grape", 7), stock.setdefault("apple", -1)
print(removed, stock.popitem(), len(stock))
stock.update([("kiwi", 1)], lime=2)
stock.update({"kiwi": 5})
print(stock, list(stock.items())[1:3])
print(dict(sorted(stock.items(), key=lambda kv: kv[1])), stock == dict(reversed(list(stock.items()))))
print(list(reversed(stock)), list(reversed(stock.values()))[:2])
merged = stock | {"apple": 0}
stock |= {"new": 1}
print(merged["apple"], stock["apple"], "new" in stock, "new" in merged)
try:
    stock.popitem() if False else stock["nothing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    for k in stock:
        if k == "kiwi":
            del stock[k]
except RuntimeError as e:
    print("RuntimeError:", e)

shelf = ["a", "b", "c", "d", "e", "f", "g"]
shelf[1:3] = ["B"]
print(shelf)
shelf[::2] = [x.upper() for x in shelf[::2]]
print(shelf)
shelf[2:2] = ["ins1", "ins2"]
del shelf[-2:]
print(shelf)
shelf.insert(-1, "neg")
shelf.insert(100, "end")
shelf.insert(-100, "start")
print(shelf, shelf.index("neg"), shelf.count("B"))
shelf.remove("B")
shelf.extend(range(2))
shelf += "xy"
print(shelf, shelf.pop(), shelf.pop(0), shelf.pop(-2))
del shelf[::3]
print(shelf)
try:
    shelf[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    shelf.remove("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    shelf.index("zz", 1)
except ValueError as e:
    print("ValueError:", e)
nums = [5, 3, 9, 1]
nums.reverse()
copy = nums.copy()
nums.clear()
print(nums, copy, copy * 2, [0] * 0, copy[::-1], copy[10:], copy[-100:2])
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1.isdisjoint({9}), s1.issuperset({1, 2}))
s1 &= {1, 2, 3}
s1.discard(99)
s1.add(10)
print(sorted(s1), s1.pop() in {1, 2, 3, 10}, len(s1), frozenset([3, 1]) == {1, 3}, {1, 2} < {1, 2, 3})
try:
    s2.remove(99)
except KeyError as e:
    print("KeyError:", e)
fs = frozenset("aab")
print(sorted(fs), fs | {"c"} == frozenset("abc"), type(fs | {"c"}).__name__, type({"c"} | fs).__name__)
print(sorted(set.union({1}, [2], (3,))), sorted(set().intersection({1})), set() == frozenset())
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(rec, d, [rec, rec][0][2][2][0])
print(tuple(rec[:2]) < (1, 3), [1, 2, 3] < [1, 2], (1, "a") < (1, "b"), [[]] == [[]], () < (0,))
print("apple" < "apricot", "Z" < "a", "" < "a", "abc" < "abcd", max(["b", "ab", "B"]))
