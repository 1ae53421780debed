# complex(), float(), int() constructors with various arguments and dunder hooks.
print(complex(), complex(1), complex(1, 2), complex("3+4j"), complex(1.5), complex(-1, -1))
print(float(), float(3), float("2.5"), float("-inf"), float(" 7 "), float(True), float("1e-3"))
print(int(), int(3.9), int("12"), int("-0x1f", 16), int("  9 "), int(False), int("1010", 2), int(b"42"))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
    def __complex__(self):
        return 1j
    def __index__(self):
        return 7
print(int(Num()), float(Num()), complex(Num()), bin(Num()), [0, 1, 2, 3, 4, 5, 6, 7, 8][Num()])
for bad in [lambda: float("x"), lambda: float([]), lambda: complex("1+"), lambda: int([]), lambda: int("5", 99)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(float("nan") != float("nan"), int(-0.0), int(1e20), float(2 ** 100))
