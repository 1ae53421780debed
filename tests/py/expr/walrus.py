# Assignment expressions.
data = [1, 5, 3, 8, 2, 9]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
total = 0
vals = iter(data)
while (item := next(vals, None)) is not None:
    total += item
print(total, item)
print((a := 10) + a, a)
def f(x):
    return (z := x + 1) * z
print(f(3))
print([last := v for v in range(4)], last)
print(any((hit := v) > 4 for v in data), hit)
stack = [3, 2, 1]
while stack and (top := stack.pop()):
    print("popped", top)
