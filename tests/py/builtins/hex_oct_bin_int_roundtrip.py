# Round-tripping integers through bin/oct/hex and int(s, base).
for n in [0, 1, 7, 255, -255, 1024, 2 ** 40 + 12345, -(2 ** 70)]:
    b, o, h = bin(n), oct(n), hex(n)
    print(n, b, o, h, int(b, 0), int(o, 0), int(h, 0), int(b, 2), int(h, 16), format(n, "b"), f"{n:#x}")
for base in range(2, 37):
    print(base, int("10", base), int("z" if base == 36 else "1", base))
