# float arithmetic, comparisons, methods.
import math
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, abs(-a))
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(0.1 + 0.7, 1.1 * 1.1, 3 * 0.1, 0.3 / 0.1, 1e300 * 1e10, 1e-300 * 1e-300)
print((3.0).is_integer(), (3.5).is_integer(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print(float(10), float(-3), float(2 ** 60), float("  1.25 "), float(True))
print(1.0 == 1, 0.5 < 1, -0.0 == 0.0, 2.0 ** 0.5, 10.0 ** -3)
print(int(2.9), int(-2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, 0.1 + 0.1 + 0.1 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (-8.0) ** 0.5
except Exception as e:
    print(type(e).__name__, e)
print((-8) ** (1 / 3))
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(max(1.5, 2), min(-0.0, 0.0), 3.0 * 4, 7 / 2 * 2)
print(float.__name__, type(1.0 * 2).__name__, type(4 / 2).__name__)
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5))
