# round() with ints, floats, ndigits and banker's rounding.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, 0))
for v in [1234, -1234, 1250, 1350, -1250, 15, 25, 5]:
    print(v, round(v), round(v, -1), round(v, -2), round(v, 1), type(round(v, 1)).__name__)
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2 ** 70 + 0.0, -20))
print(round(float("inf"), 2), round(-0.0), round(-0.4), round(0.49999999999999994))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
class R:
    def __round__(self, n=None):
        return f"custom round {n}"
print(round(R()), round(R(), 3))
