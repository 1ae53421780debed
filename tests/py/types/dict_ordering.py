# dict insertion ordering under various mutations.
d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d)
d.pop("quick")
d["quick"] = 1
print(list(d))
d2 = {i: i * i for i in range(10)}
for i in range(0, 10, 3):
    del d2[i]
d2[0] = "back"
print(d2)
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged, list(merged.items())[1])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
big = {}
for i in range(1000):
    big[str(i)] = i
for i in range(0, 1000, 2):
    del big[str(i)]
print(len(big), list(big)[:5], list(big)[-3:])
