# Integer and float edge cases: big ints, floor division/modulo, round, float repr.
import math

print(2 ** 200, -(2 ** 64) // 7, (2 ** 64) % -7, divmod(-2 ** 70, 13))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, -2.5), (0, 5), (-1, 10 ** 20)]:
    print(f"{a!r:>5} {b!r:>6}: // {a // b!r:>22} % {a % b!r:>22} divmod {divmod(a, b)}")
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e20)])
print(round(2.675, 2), round(1234.5678, -2), round(-1234, -2), round(15, -1), round(25, -1), round(0.125, 2))
print(round(5), type(round(5.0)), type(round(5.0, 1)), round(7, 0), round(-0.4))
floats = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
          5e-324, 1.7976931348623157e308, 100.0, -0.0, 3.0e10, 1.5e-7, 2 ** 0.5, 9007199254740993.0]
print(floats)
print([str(f) for f in floats[:6]])
print(float("1_000.5"), float(" -12 "), float("1e3"), float("inf"), float("-Infinity"), float(".5"))
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), int("z", 36), int("1_000"), int(-3.99), int(3.99))
print(10 ** 30 / 10 ** 10, 10 ** 30 // 10 ** 10, 7 / 2, -7 / 2, 2 ** -2, (-8) ** (1 / 3) if False else "skip")
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2 ** 60 + 0.0), math.isqrt(10 ** 20))
print(math.gcd(2 ** 40, 6 ** 20), math.factorial(25), math.comb(50, 25), math.perm(10, 3))
print(math.sqrt(2), math.pi, math.e, math.log(1000, 10), math.log2(1024), math.log10(0.001), math.exp(1))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4))
print(math.inf > 10 ** 400, -math.inf < -10 ** 400, math.isnan(math.nan), math.nan == math.nan)
print(abs(-2 ** 63), -2 ** 63, (-2) ** 63, 1 << 100, (1 << 100) >> 98, -1 >> 5, ~0, ~(2 ** 65))
print(0xFF & -16, -1 & 0xFFFF, 6 ^ 3, -6 | 3, 12345678901234567890 & 0xFFFFFFFF)
print(int.bit_length(2 ** 100), (255).bit_length(), (-1).bit_length(), (0).bit_length(), (37).bit_count())
print(pow(3, 200, 1000), pow(2, -1, 7), pow(-3, 3), pow(2.0, 0.5), pow(10, -2))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 0.1 * 3, 1.1 * 1.1, 4.35 * 100)
print(3 * 1.1 == 3.3, 0.5 == 1 / 2, 1 == 1.0, hash(1) == hash(1.0), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(float(2 ** 53 + 1), float(10 ** 22), float(10 ** 23), int(1e23), int(-1.5e16))
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (10).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(max(1, 1.0), max(1.0, 1), min(-0.0, 0.0), sorted([3, 1.5, True, -2, 0.0]))
print(17 % 0.5, -17 % 0.5, 5.5 % -2, math.fmod(-7, 3), math.copysign(1, -0.0), divmod(7.5, -2))
print(str(10 ** 50 + 0.5), 10 ** 50 // 3 * 3 == 10 ** 50 - 1, (10 ** 40) % 97, 3 ** 3 ** 2)
print(hex(-255), oct(64), bin(-5), hex(2 ** 70), f"{-255:#x}", complex(3, 4) * 2, abs(complex(3, 4)))
print(int("9" * 50) + 1, -int("9" * 30) // 10 ** 29, 10 ** 18 * 10 ** 18 == 10 ** 36)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(int("12a"))
except ValueError as e:
    print("ValueError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(2 ** 0.5 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 0 ** 0, 0.0 ** 0)
print(float(2 ** 1024))
