# dict views: keys/values/items, live updates, set operations on keys/items.
d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(list(k), list(v), list(it), len(k))
d["four"] = 4
print(list(k), list(v), len(it))
del d["one"]
print(list(k), "two" in k, 2 in v, ("two", 2) in it, ("two", 3) in it)
print(sorted(k & {"two", "zzz"}), sorted(k | {"x"}), sorted(k - {"two"}), sorted(k ^ {"two", "q"}))
print(sorted(it & {("two", 2), ("x", 0)}))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
for key, value in d.items():
    print(key, "=>", value)
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(d.keys() == {"two", "three", "four", "new"}, list(d.values()) == [2, 3, 4, 0])
