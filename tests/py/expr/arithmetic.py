# Arithmetic operators on ints and floats, including mixed types.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, ~a)
for x in (-7, -1, 0, 1, 7):
    for y in (-3, -1, 2, 3):
        print(x, y, x // y, x % y, divmod(x, y), x / y)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3, 2.0 ** 3, 9 ** 0.5)
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 7 / 7, type(7 / 7).__name__)
print(True + 1, False * 3, True / 2)
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 100 * 1.1)
print(1e308 * 10, -1e308 * 10, 1e-320 / 10)
