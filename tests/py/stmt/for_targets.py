# for-loop targets: attributes, subscripts, nested unpacking, starred.
class Obj:
    pass
o = Obj()
for o.value in range(3):
    print("attr target", o.value)
store = [None, None]
for store[0] in "ab":
    print("subscript target", store)
d = {}
for d["k"] in (1, 2):
    pass
print(d)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for first, *rest in ["abc", [1, 2], (9,)]:
    print(first, rest)
for i, ch in enumerate(reversed("xyz")):
    print(i, ch)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
