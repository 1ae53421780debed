# Sorting records with key functions, multi-key sorts, stability, and grouping.
employees = [
    {"name": "Alice", "dept": "Eng", "salary": 120000, "age": 34},
    {"name": "bob", "dept": "Sales", "salary": 70000, "age": 45},
    {"name": "Carol", "dept": "Eng", "salary": 135000, "age": 29},
    {"name": "dave", "dept": "HR", "salary": 65000, "age": 52},
    {"name": "Eve", "dept": "Eng", "salary": 120000, "age": 41},
    {"name": "Frank", "dept": "Sales", "salary": 82000, "age": 38},
    {"name": "grace", "dept": "HR", "salary": 71000, "age": 27},
]
def names(rows):
    return [r["name"] for r in rows]
print(names(sorted(employees, key=lambda e: e["name"])))
print(names(sorted(employees, key=lambda e: e["name"].lower())))
print(names(sorted(employees, key=lambda e: (e["dept"], -e["salary"], e["name"]))))
print(names(sorted(employees, key=lambda e: e["salary"], reverse=True)))
step1 = sorted(employees, key=lambda e: e["age"])
step2 = sorted(step1, key=lambda e: e["dept"])
print([(e["dept"], e["age"]) for e in step2])
groups = {}
for e in sorted(employees, key=lambda e: e["dept"]):
    groups.setdefault(e["dept"], []).append(e)
for dept, rows in groups.items():
    total = sum(r["salary"] for r in rows)
    print(f"{dept:6} n={len(rows)} total={total:,} avg={total / len(rows):,.1f} oldest={max(rows, key=lambda r: r['age'])['name']}")
class Emp:
    def __init__(self, d):
        self.__dict__.update(d)
    def __repr__(self):
        return f"Emp({self.name})"
objs = [Emp(e) for e in employees]
print(sorted(objs, key=lambda o: (o.dept, o.name.lower())))
print(min(objs, key=lambda o: o.age), max(objs, key=lambda o: (o.salary, o.age)))
ranked = sorted(employees, key=lambda e: -e["salary"])
prev, rank = None, 0
for i, e in enumerate(ranked, 1):
    if e["salary"] != prev:
        rank = i
        prev = e["salary"]
    print(rank, e["name"], e["salary"])
