# Sorting with keys, multiple criteria, stability, reverse, custom __lt__, sorted dict views.
employees = [
    {"name": "Ann", "dept": "eng", "salary": 120, "hired": (2019, 3, 1)},
    {"name": "bob", "dept": "ops", "salary": 90, "hired": (2020, 1, 15)},
    {"name": "Cid", "dept": "eng", "salary": 120, "hired": (2017, 6, 30)},
    {"name": "dee", "dept": "sales", "salary": 75, "hired": (2021, 11, 2)},
    {"name": "Eve", "dept": "ops", "salary": 95, "hired": (2018, 2, 28)},
    {"name": "fay", "dept": "eng", "salary": 150, "hired": (2022, 8, 8)},
]
print([e["name"] for e in sorted(employees, key=lambda e: e["name"])])
print([e["name"] for e in sorted(employees, key=lambda e: e["name"].lower())])
print([e["name"] for e in sorted(employees, key=lambda e: (e["dept"], -e["salary"], e["hired"]))])
by_salary = sorted(employees, key=lambda e: e["salary"], reverse=True)
print([(e["name"], e["salary"]) for e in by_salary])
tmp = sorted(employees, key=lambda e: e["name"])
tmp.sort(key=lambda e: e["dept"])
print([e["name"] for e in tmp])
depts = {}
for e in employees:
    depts.setdefault(e["dept"], []).append(e["salary"])
summary = sorted(((d, len(s), sum(s) / len(s), max(s)) for d, s in depts.items()), key=lambda t: -t[2])
for d, n, avg, mx in summary:
    print(f"{d:<6}{n:>2}{avg:>8.2f}{mx:>5}")
words = "banana Apple cherry apple Banana date Cherry fig".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(sorted(set(w.lower() for w in words), reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((2, 1)), sorted({"b": 1, "a": 2}))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 9], [1]]))
print(sorted([-3, 2, -1, 4], key=abs), sorted([0.5, -1, 3, True, False]), max("abc", "abd", key=lambda s: s[-1]))


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return self.s


vs = [Version(v) for v in ["1.10.0", "1.2", "1.2.1", "0.9.9", "1.10", "2"]]
print(sorted(vs), max(vs), min(vs))
vs.sort(reverse=True)
print(vs)
grid = [[5, 1, 4], [2, 8, 0], [9, 3, 3]]
print(sorted(grid, key=lambda r: r[2]), sorted(map(sorted, grid)), sorted(grid, key=sum))
inventory = {"pear": 3, "apple": 10, "fig": 3, "kiwi": 0}
print(sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(inventory, key=inventory.get), sorted(inventory.values()), list(reversed(sorted(inventory))))
ranked = {name: rank for rank, name in enumerate(sorted(inventory, key=lambda k: -inventory[k]), 1)}
print(ranked)
nums = list(range(20))
nums.sort(key=lambda n: (n % 3, -n))
print(nums)
print(sorted(["a10", "a2", "a1", "b1"], key=lambda s: (s[0], int(s[1:]))))
mixed = [3, "x", 1]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e)
print(mixed)
try:
    sorted([Version("1"), 3])
except TypeError as e:
    print("TypeError:", e)
print(sorted([], key=len), sorted("zyx", key=None), list(reversed([1, 2, 3])))
print(sorted([{"a": 1}, {"a": 0}], key=lambda d: d["a"]))
try:
    sorted([{"a": 1}, {"a": 0}])
except Exception as exc:
    print("final:", type(exc).__name__, exc)
