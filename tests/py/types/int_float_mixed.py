# Mixed int/float/bool arithmetic and comparisons at extremes.
big = 10 ** 30
print(big + 0.5, big * 1.0, big / 3, big // 3.0, float(big) == big, big == float(big))
print(2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 > float("inf"), 10 ** 400 < float("inf"))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** -2, 2.0 ** -2, (-2) ** -2)
print(1 / 3 * 3 == 1, 0.1 * 3 == 0.3, 3 * 0.1, 1e15 + 0.3, 1e16 + 0.3)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([1, 1.0, True]))
print(True + 0.5, True == 1.0, 1 == 1.0 == True, [1, 1.0, True].count(1))
print(int(1e15), int(1.9999999999999999), int(-0.5), 5 / 2 == 2.5, 6 / 2 == 3)
print(divmod(7, -2), divmod(-7.0, 2), divmod(7.5, 0.5), 10 % 3.5, -10 % 3.5)
