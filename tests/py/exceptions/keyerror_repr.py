# KeyError messages use repr of the key.
d = {"a": 1}
keys = ["missing", 42, (1, 2), None, 3.5, "with 'q'", "", frozenset()]
for k in keys:
    try:
        d[k]
    except KeyError as e:
        print("KeyError:", e, "| args:", e.args)
class K:
    def __repr__(self):
        return "K-repr"
    def __hash__(self):
        return 1
try:
    d[K()]
except KeyError as e:
    print("KeyError:", e)
try:
    set().remove("gone")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.pop((1,))
except KeyError as e:
    print("KeyError:", e)
d["zz"]
