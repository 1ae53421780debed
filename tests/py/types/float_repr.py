# repr/str of floats: shortest round-trip representation.
vals = [0.1 + 0.2, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 1e17, 1.5e16, 123456789012345678.0,
        1e-5, 1e-4, 0.0001, 0.00001, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        1.0, 100.0, 1e22, 1e23, -0.0, 0.5, 0.25, 1.1, 2.675, 9007199254740993.0, 3.141592653589793,
        2.718281828459045, 1e100, 1.234e-100, 4.35, 0.1 * 3, 100 * 1.1, 1 - 0.9]
for v in vals:
    print(repr(v), str(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(-nan), float("-inf"), float("Infinity"), float("NaN"))
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, nan == nan, nan != nan, inf == inf)
print(float("1e500"), float("-1e500"), float("1e-500"), 1e308 * 10, -1e308 * 10)
print(float("  3.5  "), float("1_000.5"), float("-.5"), float("5."), float("1e3"))
print([float(x) for x in ["0", "-0", "+1.5", "inf", "-iNF", "nan"]])
print(2.5 .hex() if False else (0.5).hex(), float.fromhex("0x1.8p1"), (1.0).hex())
