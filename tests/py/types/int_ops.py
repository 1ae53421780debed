# int operators with small and negative operands.
vals = [0, 1, -1, 2, -3, 7, 10, -100, 255]
for a in vals:
    row = []
    for b in vals:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        if b:
            row.append(a // b)
            row.append(a % b)
    print(a, row)
print(2 ** 10, 2 ** 64, (-3) ** 3, 0 ** 5, 5 ** 0, 10 ** 18)
print(abs(-5), -(-5), +(-5), ~5, ~-5, int(True))
print(7 == 7.0, 7 < 7.5, 8 > 7.9999, hash(7) == hash(7.0), 2 ** 0.5 > 1)
print((5).bit_length(), (0).bit_length(), (-255).bit_length(), (2 ** 100).bit_length())
print((10).conjugate(), (10).real, (10).imag, (10).numerator, (10).denominator)
print(int.__name__, type(2 ** 100) is int, isinstance(True, int))
print((-7).__abs__(), (7).__neg__(), (3).__pow__(4), (17).__mod__(5), (2).__rpow__(3))
print((1234).bit_count(), (-1).bit_count(), (255).bit_count())
