# range objects.
r = range(10)
print(r, list(r), len(r), r[3], r[-1], r[2:5], r[::-2], list(r[::-2]))
print(range(1, 10, 3), list(range(1, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)), list(range(-3)))
print(3 in r, 10 in r, 4.0 in r, r.index(4), r.count(7), range(0, 20, 2).index(10))
print(len(range(0, 10 ** 15, 7)), range(0, 10 ** 20, 7)[-1], 10 ** 19 in range(0, 10 ** 20, 10))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(1, 2, 5) == range(1, 3, 5))
print(reversed(range(4)).__class__.__name__, list(reversed(range(1, 8, 2))))
print(r.start, r.stop, r.step, range(2, 9, 3).stop, sum(range(101)), max(range(7)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(bool(range(0)), bool(range(1)), list(range(0, -10, -4)), range(-5, 5)[::3])
