# dict: construction, ordering, access, mutation.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d))
del d["b"]
d["b"] = 200
print(d)
print(dict(x=1, y=2), dict([("p", 1), ("q", 2)]), dict({"k": "v"}, extra=True), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), {})
print(d.get("a"), d.get("zz"), d.get("zz", "default"), "a" in d, "zz" not in d)
print(d.setdefault("a", 99), d.setdefault("new", []), d)
d["new"].append(1)
print(d.pop("new"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d.update({"z": 26}, y=25)
d.update([("w", 23)])
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
d.clear()
print(d, bool(d))
keys = {1: "int", 1.0: "float overwrites value", True: "bool too", (1, 2): "tuple", "1": "str"}
print(keys)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
m = {"x": 1} | {"y": 2}
m |= {"x": 100}
print(m)
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"], nested)
